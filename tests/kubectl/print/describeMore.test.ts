/**
 * The describers kubectl v1.32 has for PodDisruptionBudget, PriorityClass, NetworkPolicy, StorageClass,
 * PersistentVolume, IngressClass, EndpointSlice and ReplicationController, field for field. Each
 * expectation follows kubernetes/kubectl v0.32.9 pkg/describe/describe.go (function named per case)
 * rendered through tabbedString's tabwriter (minwidth 0, padding 2); the manifests are the docs'
 * (kubernetes/website content/en/examples: service/networking/networkpolicy.yaml, policy/zookeeper-pod-
 * disruption-budget-minavailable.yaml, pods/storage/pv-volume.yaml, priorityclass/high-priority-priorityclass.yaml).
 */
import { describeObject } from '../../../server/src/kubectl/print/index.js';
import { NOW } from './fixtures.js';

const lines = (...l: string[]) => l.join('\n') + '\n';
const describe_ = (obj: Record<string, unknown>, events = true) =>
  describeObject(obj, { now: NOW, ...(events ? { events: [] } : {}) });

describe('more describers (describe.go)', () => {
  it('describeNetworkPolicy: selectors, ports, ipBlock, policy types; no events', () => {
    const np = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'test-network-policy', namespace: 'default', creationTimestamp: '2025-01-01T00:00:18Z' },
      spec: {
        podSelector: { matchLabels: { role: 'db' } },
        policyTypes: ['Ingress', 'Egress'],
        ingress: [
          {
            from: [
              { ipBlock: { cidr: '172.17.0.0/16', except: ['172.17.1.0/24'] } },
              { namespaceSelector: { matchLabels: { project: 'myproject' } } },
              { podSelector: { matchLabels: { role: 'frontend' } } },
            ],
            ports: [{ protocol: 'TCP', port: 6379 }],
          },
          {},
        ],
        egress: [{ to: [{ ipBlock: { cidr: '10.0.0.0/24' } }], ports: [{ protocol: 'TCP', port: 5978 }] }],
      },
    };
    expect(describe_(np)).toBe(
      lines(
        'Name:         test-network-policy',
        'Namespace:    default',
        'Created on:   2025-01-01 00:00:18 +0000 UTC',
        'Labels:       <none>',
        'Annotations:  <none>',
        'Spec:',
        '  PodSelector:     role=db',
        '  Allowing ingress traffic:',
        '    To Port: 6379/TCP',
        '    From:',
        '      IPBlock:',
        '        CIDR: 172.17.0.0/16',
        '        Except: 172.17.1.0/24',
        '    From:',
        '      NamespaceSelector: project=myproject',
        '    From:',
        '      PodSelector: role=frontend',
        '    ----------',
        '    To Port: <any> (traffic allowed to all ports)',
        '    From: <any> (traffic not restricted by source)',
        '  Allowing egress traffic:',
        '    To Port: 5978/TCP',
        '    To:',
        '      IPBlock:',
        '        CIDR: 10.0.0.0/24',
        '        Except: ',
        '  Policy Types: Ingress, Egress',
      ),
    );
    const deny = { ...np, spec: { podSelector: {}, policyTypes: ['Ingress'] } };
    expect(describe_(deny).split('\n').slice(5).join('\n')).toBe(
      lines(
        'Spec:',
        '  PodSelector:     <none> (Allowing the specific traffic to all pods in this namespace)',
        '  Allowing ingress traffic:',
        '    <none> (Selected pods are isolated for ingress connectivity)',
        '  Not affecting egress traffic',
        '  Policy Types: Ingress',
      ),
    );
  });

  it('describePodDisruptionBudgetV1', () => {
    const pdb = {
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: { name: 'zk-pdb', namespace: 'default' },
      spec: { minAvailable: 2, selector: { matchLabels: { app: 'zookeeper' } } },
      status: { disruptionsAllowed: 1, currentHealthy: 3, desiredHealthy: 2, expectedPods: 3 },
    };
    expect(describe_(pdb)).toBe(
      lines(
        'Name:           zk-pdb',
        'Namespace:      default',
        'Min available:  2',
        'Selector:       app=zookeeper',
        'Status:',
        '    Allowed disruptions:  1',
        '    Current:              3',
        '    Desired:              2',
        '    Total:                3',
        'Events:                   <none>',
      ),
    );
    const pct = { ...pdb, spec: { maxUnavailable: '50%' } };
    expect(describe_(pct, false).split('\n').slice(2, 4)).toEqual([
      'Max unavailable:  50%',
      'Selector:         <unset>',
    ]);
  });

  it('describePriorityClass', () => {
    expect(
      describe_({
        apiVersion: 'scheduling.k8s.io/v1',
        kind: 'PriorityClass',
        metadata: { name: 'high-priority' },
        value: 1000000,
        preemptionPolicy: 'PreemptLowerPriority',
        description: 'This priority class should be used for XYZ service pods only.',
      }),
    ).toBe(
      lines(
        'Name:              high-priority',
        'Value:             1000000',
        'GlobalDefault:     false',
        'PreemptionPolicy:  PreemptLowerPriority',
        'Description:       This priority class should be used for XYZ service pods only.',
        'Annotations:       <none>',
        'Events:            <none>',
      ),
    );
  });

  it('describeStorageClass (minikube standard) and describePersistentVolume', () => {
    expect(
      describe_({
        apiVersion: 'storage.k8s.io/v1',
        kind: 'StorageClass',
        metadata: { name: 'standard', annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } },
        provisioner: 'k8s.io/minikube-hostpath',
        reclaimPolicy: 'Delete',
        volumeBindingMode: 'Immediate',
      }),
    ).toBe(
      lines(
        'Name:                  standard',
        'IsDefaultClass:        Yes',
        'Annotations:           storageclass.kubernetes.io/is-default-class=true',
        'Provisioner:           k8s.io/minikube-hostpath',
        'Parameters:            <none>',
        'AllowVolumeExpansion:  <unset>',
        'MountOptions:          <none>',
        'ReclaimPolicy:         Delete',
        'VolumeBindingMode:     Immediate',
        'Events:                <none>',
      ),
    );
    expect(
      describe_({
        apiVersion: 'v1',
        kind: 'PersistentVolume',
        metadata: { name: 'task-pv-volume', labels: { type: 'local' }, finalizers: ['kubernetes.io/pv-protection'] },
        spec: {
          storageClassName: 'manual',
          capacity: { storage: '10Gi' },
          accessModes: ['ReadWriteOnce'],
          hostPath: { path: '/mnt/data', type: '' },
          persistentVolumeReclaimPolicy: 'Retain',
          volumeMode: 'Filesystem',
          claimRef: { namespace: 'default', name: 'task-pv-claim' },
        },
        status: { phase: 'Bound' },
      }),
    ).toBe(
      lines(
        'Name:            task-pv-volume',
        'Labels:          type=local',
        'Annotations:     <none>',
        'Finalizers:      [kubernetes.io/pv-protection]',
        'StorageClass:    manual',
        'Status:          Bound',
        'Claim:           default/task-pv-claim',
        'Reclaim Policy:  Retain',
        'Access Modes:    RWO',
        'VolumeMode:      Filesystem',
        'Capacity:        10Gi',
        'Node Affinity:   <none>',
        'Message:         ',
        'Source:',
        '    Type:          HostPath (bare host directory volume)',
        '    Path:          /mnt/data',
        '    HostPathType:  ',
        'Events:            <none>',
      ),
    );
  });

  it('describeIngressClassV1 and describeEndpointSliceV1', () => {
    expect(
      describe_({
        apiVersion: 'networking.k8s.io/v1',
        kind: 'IngressClass',
        metadata: { name: 'nginx', labels: { 'app.kubernetes.io/component': 'controller' } },
        spec: { controller: 'k8s.io/ingress-nginx' },
      }),
    ).toBe(
      lines(
        'Name:         nginx',
        'Labels:       app.kubernetes.io/component=controller',
        'Annotations:  <none>',
        'Controller:   k8s.io/ingress-nginx',
        'Events:       <none>',
      ),
    );
    expect(
      describe_({
        apiVersion: 'discovery.k8s.io/v1',
        kind: 'EndpointSlice',
        metadata: { name: 'web-abcde', namespace: 'default', labels: { 'kubernetes.io/service-name': 'web' } },
        addressType: 'IPv4',
        ports: [{ name: '', port: 80, protocol: 'TCP' }],
        endpoints: [
          {
            addresses: ['10.244.0.3'],
            conditions: { ready: true },
            targetRef: { kind: 'Pod', name: 'web-1' },
            nodeName: 'minikube',
          },
        ],
      }),
    ).toBe(
      lines(
        'Name:         web-abcde',
        'Namespace:    default',
        'Labels:       kubernetes.io/service-name=web',
        'Annotations:  <none>',
        'AddressType:  IPv4',
        'Ports:',
        '  Name     Port  Protocol',
        '  ----     ----  --------',
        '  <unset>  80    TCP',
        'Endpoints:',
        '  - Addresses:  10.244.0.3',
        '    Conditions:',
        '      Ready:    true',
        '    Hostname:   <unset>',
        '    TargetRef:  Pod/web-1',
        '    NodeName:   minikube',
        '    Zone:       <unset>',
        'Events:         <none>',
      ),
    );
  });

  it('describeReplicationController: map selector, replicas, pods status, template', () => {
    const out = describe_({
      apiVersion: 'v1',
      kind: 'ReplicationController',
      metadata: { name: 'nginx', namespace: 'default', uid: 'rc-uid' },
      spec: {
        replicas: 3,
        selector: { app: 'nginx' },
        template: {
          metadata: { labels: { app: 'nginx' } },
          spec: { containers: [{ name: 'nginx', image: 'nginx', ports: [{ containerPort: 80, protocol: 'TCP' }] }] },
        },
      },
      status: { replicas: 3 },
    });
    expect(out.split('\n').slice(0, 8)).toEqual([
      'Name:         nginx',
      'Namespace:    default',
      'Selector:     app=nginx',
      'Labels:       <none>',
      'Annotations:  <none>',
      'Replicas:     3 current / 3 desired',
      'Pods Status:  0 Running / 0 Waiting / 0 Succeeded / 0 Failed',
      'Pod Template:',
    ]);
  });

  it('describeHorizontalPodAutoscalerV2: every metric source type and printDirectionBehavior', () => {
    const out = describe_({
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: { name: 'php-apache', namespace: 'default', creationTimestamp: '2025-01-01T00:00:18Z' },
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'php-apache' },
        minReplicas: 1,
        maxReplicas: 10,
        metrics: [
          { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } },
          {
            type: 'Pods',
            pods: { metric: { name: 'packets-per-second' }, target: { type: 'AverageValue', averageValue: '1k' } },
          },
          {
            type: 'Object',
            object: {
              metric: { name: 'requests-per-second' },
              describedObject: { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', name: 'main-route' },
              target: { type: 'Value', value: '10k' },
            },
          },
          {
            type: 'External',
            external: {
              metric: { name: 'queue_messages_ready' },
              target: { type: 'AverageValue', averageValue: '30' },
            },
          },
        ],
        behavior: {
          scaleDown: {
            stabilizationWindowSeconds: 300,
            policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }],
          },
        },
      },
      status: {
        currentReplicas: 1,
        desiredReplicas: 1,
        currentMetrics: [
          { type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 0, averageValue: '1m' } } },
        ],
      },
    });
    expect(out).toBe(
      lines(
        'Name:                                                          php-apache',
        'Namespace:                                                     default',
        'Labels:                                                        <none>',
        'Annotations:                                                   <none>',
        'CreationTimestamp:                                             Wed, 01 Jan 2025 00:00:18 +0000',
        'Reference:                                                     Deployment/php-apache',
        'Metrics:                                                       ( current / target )',
        '  resource cpu on pods  (as a percentage of request):          0% (1m) / 50%',
        '  "packets-per-second" on pods:                                <unknown> / 1k',
        '  "requests-per-second" on Ingress/main-route (target value):  <unknown> / 10k',
        '  "queue_messages_ready" (target average value):               <unknown> / 30',
        'Min replicas:                                                  1',
        'Max replicas:                                                  10',
        'Behavior:',
        '  Scale Down:',
        '    Stabilization Window: 300 seconds',
        '    Select Policy: Max',
        '    Policies:',
        '      - Type: Percent  Value: 100  Period: 15 seconds',
        // A tabbed line right after the policies joins their column block (text/tabwriter).
        'Deployment pods:       1 current / 1 desired',
        'Events:                <none>',
      ),
    );
  });

  it('describeServiceAccount: tokens by name and uid annotations, missing secrets marked (not found)', () => {
    const sa = {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: { name: 'build-robot', namespace: 'default', uid: 'sa-uid' },
      imagePullSecrets: [{ name: 'myregistrykey' }],
      secrets: [{ name: 'gone' }],
    };
    const token = (name: string, uid: string) => ({
      metadata: {
        name,
        annotations: { 'kubernetes.io/service-account.name': 'build-robot', 'kubernetes.io/service-account.uid': uid },
      },
      type: 'kubernetes.io/service-account-token',
    });
    const out = describeObject(sa, {
      now: NOW,
      events: [],
      secrets: [
        token('build-robot-secret', 'sa-uid'),
        token('stale', 'other-uid'),
        { metadata: { name: 'myregistrykey' } },
      ],
    });
    expect(out).toBe(
      lines(
        'Name:                build-robot',
        'Namespace:           default',
        'Labels:              <none>',
        'Annotations:         <none>',
        'Image pull secrets:  myregistrykey',
        'Mountable secrets:   gone (not found)',
        'Tokens:              build-robot-secret',
        'Events:              <none>',
      ),
    );
  });
});
