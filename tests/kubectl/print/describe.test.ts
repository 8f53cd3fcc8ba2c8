// Layouts follow kubernetes/kubectl pkg/describe/describe.go (describePod, describeDeployment,
// DescribePodTemplate, describeService, describeNode + describeNodeResource, describeJob,
// describePersistentVolumeClaim, describeNamespace, describeSecret, describeConfigMap, genericDescriber,
// DescribeEvents) rendered through tabbedString's tabwriter (minwidth 0, padding 2); the shapes match the
// `kubectl describe` outputs in kubernetes/website (deployment.md, connecting-applications-with-services,
// managing-secret-using-kubectl.md, configure-persistent-volume-storage.md).
import type { Event } from 'kubernetes-types/core/v1';
import { describeObject, describeObjects } from '../../../server/src/kubectl/print/index.js';
import { ago, deployment, node, NOW, pod, replicaSet, service } from './fixtures.js';

function lines(...l: string[]): string {
  return l.join('\n') + '\n';
}

const podEvents: Event[] = [
  {
    metadata: { name: 'web-1.1' },
    involvedObject: { kind: 'Pod', name: 'web-1' },
    type: 'Normal',
    reason: 'Scheduled',
    message: 'Successfully assigned default/web-1 to minikube',
    source: { component: 'default-scheduler' },
    firstTimestamp: ago(300),
    lastTimestamp: ago(300),
    count: 1,
  },
  {
    metadata: { name: 'web-1.2' },
    involvedObject: { kind: 'Pod', name: 'web-1' },
    type: 'Warning',
    reason: 'BackOff',
    message: 'Back-off restarting failed container nginx in pod web-1_default(uid-web-1)',
    source: { component: 'kubelet', host: 'minikube' },
    firstTimestamp: ago(200),
    lastTimestamp: ago(12),
    count: 7,
  },
];

describe('kubectl describe pod', () => {
  it('prints the full layout with events at the bottom', () => {
    const p = pod('web-1', {
      metadata: {
        name: 'web-1',
        namespace: 'default',
        creationTimestamp: ago(300),
        labels: { app: 'web', 'pod-template-hash': '7d4b9c8f5' },
        ownerReferences: [
          { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-7d4b9c8f5', uid: 'u1', controller: true },
        ],
      },
      spec: {
        containers: [
          {
            name: 'nginx',
            image: 'nginx:1.25',
            ports: [{ containerPort: 80, protocol: 'TCP' }],
            env: [
              { name: 'MODE', value: 'prod' },
              { name: 'POD_NAME', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.name' } } },
            ],
            resources: { requests: { cpu: '100m', memory: '64Mi' }, limits: { memory: '128Mi' } },
            readinessProbe: {
              httpGet: { path: '/', port: 80, scheme: 'HTTP' },
              timeoutSeconds: 1,
              periodSeconds: 10,
              successThreshold: 1,
              failureThreshold: 3,
            },
            volumeMounts: [
              { name: 'kube-api-access-x', mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', readOnly: true },
            ],
          },
        ],
        nodeName: 'minikube',
        serviceAccountName: 'default',
        priority: 0,
        volumes: [
          {
            name: 'kube-api-access-x',
            projected: {
              sources: [
                { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
                { configMap: { name: 'kube-root-ca.crt' } },
                { downwardAPI: { items: [] } },
              ],
            },
          },
        ],
        tolerations: [
          { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
          { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
        ],
      },
      status: {
        phase: 'Running',
        hostIP: '192.168.49.2',
        podIP: '10.244.0.5',
        podIPs: [{ ip: '10.244.0.5' }],
        startTime: ago(300),
        qosClass: 'Burstable',
        conditions: [
          { type: 'PodReadyToStartContainers', status: 'True' },
          { type: 'Initialized', status: 'True' },
          { type: 'Ready', status: 'True' },
          { type: 'ContainersReady', status: 'True' },
          { type: 'PodScheduled', status: 'True' },
        ],
        containerStatuses: [
          {
            name: 'nginx',
            ready: true,
            restartCount: 1,
            image: 'nginx:1.25',
            imageID: 'docker-pullable://nginx@sha256:abc',
            containerID: 'docker://123',
            state: { running: { startedAt: ago(12) } },
            lastState: { terminated: { exitCode: 137, reason: 'OOMKilled', startedAt: ago(290), finishedAt: ago(13) } },
          },
        ],
      },
    });
    expect(describeObject(p, { now: NOW, events: podEvents })).toBe(
      lines(
        'Name:             web-1',
        'Namespace:        default',
        'Priority:         0',
        'Service Account:  default',
        'Node:             minikube/192.168.49.2',
        'Start Time:       Wed, 01 May 2024 11:55:00 +0000',
        'Labels:           app=web',
        '                  pod-template-hash=7d4b9c8f5',
        'Annotations:      <none>',
        'Status:           Running',
        'IP:               10.244.0.5',
        'IPs:',
        '  IP:           10.244.0.5',
        'Controlled By:  ReplicaSet/web-7d4b9c8f5',
        'Containers:',
        '  nginx:',
        '    Container ID:   docker://123',
        '    Image:          nginx:1.25',
        '    Image ID:       docker-pullable://nginx@sha256:abc',
        '    Port:           80/TCP',
        '    Host Port:      0/TCP',
        '    State:          Running',
        '      Started:      Wed, 01 May 2024 11:59:48 +0000',
        '    Last State:     Terminated',
        '      Reason:       OOMKilled',
        '      Exit Code:    137',
        '      Started:      Wed, 01 May 2024 11:55:10 +0000',
        '      Finished:     Wed, 01 May 2024 11:59:47 +0000',
        '    Ready:          True',
        '    Restart Count:  1',
        '    Limits:',
        '      memory:  128Mi',
        '    Requests:',
        '      cpu:      100m',
        '      memory:   64Mi',
        '    Readiness:  http-get http://:80/ delay=0s timeout=1s period=10s #success=1 #failure=3',
        '    Environment:',
        '      MODE:      prod',
        '      POD_NAME:  web-1 (v1:metadata.name)',
        '    Mounts:',
        '      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-x (ro)',
        'Conditions:',
        '  Type                        Status',
        '  PodReadyToStartContainers   True ',
        '  Initialized                 True ',
        '  Ready                       True ',
        '  ContainersReady             True ',
        '  PodScheduled                True ',
        'Volumes:',
        '  kube-api-access-x:',
        '    Type:                    Projected (a volume that contains injected data from multiple sources)',
        '    TokenExpirationSeconds:  3607',
        '    ConfigMapName:           kube-root-ca.crt',
        '    Optional:                false',
        '    DownwardAPI:             true',
        'QoS Class:                   Burstable',
        'Node-Selectors:              <none>',
        'Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s',
        '                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s',
        'Events:',
        '  Type     Reason     Age                  From               Message',
        '  ----     ------     ----                 ----               -------',
        '  Normal   Scheduled  5m                   default-scheduler  Successfully assigned default/web-1 to minikube',
        '  Warning  BackOff    12s (x7 over 3m20s)  kubelet            Back-off restarting failed container nginx in pod web-1_default(uid-web-1)',
      ),
    );
  });

  it('prints a pending pod: no node, empty IP, Events: <none>', () => {
    const p = pod('pending', {
      spec: { nodeName: '', containers: [{ name: 'c', image: 'busybox' }] },
      status: { phase: 'Pending', qosClass: 'BestEffort', conditions: [{ type: 'PodScheduled', status: 'False' }] },
    });
    expect(describeObject(p, { now: NOW, events: [] })).toBe(
      lines(
        'Name:         pending',
        'Namespace:    default',
        'Node:         <none>',
        'Labels:       app=web',
        'Annotations:  <none>',
        'Status:       Pending',
        'IP:           ',
        'IPs:          <none>',
        'Containers:',
        '  c:',
        '    Image:        busybox',
        '    Port:         <none>',
        '    Host Port:    <none>',
        '    Environment:  <none>',
        '    Mounts:       <none>',
        'Conditions:',
        '  Type           Status',
        '  PodScheduled   False ',
        'Volumes:         <none>',
        'QoS Class:       BestEffort',
        'Node-Selectors:  <none>',
        'Tolerations:     <none>',
        'Events:          <none>',
      ),
    );
  });
});

describe('kubectl describe for controllers', () => {
  it('describes a deployment mid-rollout', () => {
    const d = deployment('nginx-deployment', 3, {
      replicas: 4,
      updatedReplicas: 2,
      readyReplicas: 3,
      availableReplicas: 3,
      unavailableReplicas: 1,
      conditions: [
        { type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable' },
        { type: 'Progressing', status: 'True', reason: 'ReplicaSetUpdated' },
      ],
    });
    d.metadata!.annotations = { 'deployment.kubernetes.io/revision': '2' };
    const ev = (message: string, s: number, count: number): Event => ({
      metadata: { name: `ev-${s}` },
      involvedObject: { kind: 'Deployment', name: 'nginx-deployment' },
      type: 'Normal',
      reason: 'ScalingReplicaSet',
      message,
      source: { component: 'deployment-controller' },
      firstTimestamp: ago(s),
      lastTimestamp: ago(count > 1 ? 10 : s),
      count,
    });
    const out = describeObject(d, {
      now: NOW,
      replicaSets: {
        old: [replicaSet('nginx-deployment-75675f5897', 2, 2, 2)],
        new: [replicaSet('nginx-deployment-6b474476c4', 2, 2, 1)],
      },
      events: [
        ev('Scaled up replica set nginx-deployment-75675f5897 to 3', 120, 1),
        ev('Scaled up replica set nginx-deployment-6b474476c4 to 1', 30, 2),
      ],
    });
    expect(out).toBe(
      lines(
        'Name:                   nginx-deployment',
        'Namespace:              default',
        'CreationTimestamp:      Wed, 01 May 2024 11:59:42 +0000',
        'Labels:                 app=nginx-deployment',
        'Annotations:            deployment.kubernetes.io/revision: 2',
        'Selector:               app=nginx-deployment',
        'Replicas:               3 desired | 2 updated | 4 total | 3 available | 1 unavailable',
        'StrategyType:           RollingUpdate',
        'MinReadySeconds:        0',
        'RollingUpdateStrategy:  25% max unavailable, 25% max surge',
        'Pod Template:',
        '  Labels:  app=nginx-deployment',
        '  Containers:',
        '   nginx:',
        '    Image:         nginx:1.14.2',
        '    Port:          80/TCP',
        '    Host Port:     0/TCP',
        '    Environment:   <none>',
        '    Mounts:        <none>',
        '  Volumes:         <none>',
        '  Node-Selectors:  <none>',
        '  Tolerations:     <none>',
        'Conditions:',
        '  Type           Status  Reason',
        '  ----           ------  ------',
        '  Available      True    MinimumReplicasAvailable',
        '  Progressing    True    ReplicaSetUpdated',
        'OldReplicaSets:  nginx-deployment-75675f5897 (2/2 replicas created)',
        'NewReplicaSet:   nginx-deployment-6b474476c4 (2/2 replicas created)',
        'Events:',
        '  Type    Reason             Age                From                   Message',
        '  ----    ------             ----               ----                   -------',
        '  Normal  ScalingReplicaSet  2m                 deployment-controller  Scaled up replica set nginx-deployment-75675f5897 to 3',
        '  Normal  ScalingReplicaSet  10s (x2 over 30s)  deployment-controller  Scaled up replica set nginx-deployment-6b474476c4 to 1',
      ),
    );
  });

  it('describes a replica set with the pods it owns', () => {
    const rs = replicaSet('web-6b474476c4', 2, 2, 1);
    const owned = (name: string, phase: string): object =>
      pod(name, {
        metadata: {
          name,
          ownerReferences: [
            {
              apiVersion: 'apps/v1',
              kind: 'ReplicaSet',
              name: 'web-6b474476c4',
              uid: 'uid-web-6b474476c4',
              controller: true,
            },
          ],
        },
        status: { phase },
      });
    const out = describeObject(rs, {
      now: NOW,
      pods: [owned('a', 'Running'), owned('b', 'Pending'), pod('stranger')] as never,
      events: [],
    });
    expect(out.split('\n').slice(0, 7).join('\n')).toBe(
      [
        'Name:         web-6b474476c4',
        'Namespace:    default',
        'Selector:     app=nginx,pod-template-hash=6b474476c4',
        'Labels:       app=nginx',
        'Annotations:  <none>',
        'Replicas:     2 current / 2 desired',
        'Pods Status:  1 Running / 1 Waiting / 0 Succeeded / 0 Failed',
      ].join('\n'),
    );
  });

  it('describes a completed job', () => {
    const job = {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'pi', namespace: 'default', labels: { 'batch.kubernetes.io/job-name': 'pi' } },
      spec: {
        parallelism: 1,
        completions: 1,
        completionMode: 'NonIndexed',
        suspend: false,
        backoffLimit: 4,
        selector: { matchLabels: { 'batch.kubernetes.io/controller-uid': 'c0ffee' } },
        template: {
          metadata: { labels: { 'batch.kubernetes.io/job-name': 'pi' } },
          spec: {
            restartPolicy: 'Never',
            containers: [
              { name: 'pi', image: 'perl:5.34.0', command: ['perl', '-Mbignum=bpi', '-wle', 'print bpi(2000)'] },
            ],
          },
        },
      },
      status: { startTime: ago(200), completionTime: ago(169), succeeded: 1, ready: 0 },
    };
    // docs/concepts/workloads/controllers/job.md ("kubectl describe job pi")
    expect(describeObject(job, { now: NOW, events: [] })).toBe(
      lines(
        'Name:             pi',
        'Namespace:        default',
        'Selector:         batch.kubernetes.io/controller-uid=c0ffee',
        'Labels:           batch.kubernetes.io/job-name=pi',
        'Annotations:      <none>',
        'Parallelism:      1',
        'Completions:      1',
        'Completion Mode:  NonIndexed',
        'Suspend:          false',
        'Backoff Limit:    4',
        'Start Time:       Wed, 01 May 2024 11:56:40 +0000',
        'Completed At:     Wed, 01 May 2024 11:57:11 +0000',
        'Duration:         31s',
        'Pods Statuses:    0 Active (0 Ready) / 1 Succeeded / 0 Failed',
        'Pod Template:',
        '  Labels:  batch.kubernetes.io/job-name=pi',
        '  Containers:',
        '   pi:',
        '    Image:      perl:5.34.0',
        '    Port:       <none>',
        '    Host Port:  <none>',
        '    Command:',
        '      perl',
        '      -Mbignum=bpi',
        '      -wle',
        '      print bpi(2000)',
        '    Environment:   <none>',
        '    Mounts:        <none>',
        '  Volumes:         <none>',
        '  Node-Selectors:  <none>',
        '  Tolerations:     <none>',
        'Events:            <none>',
      ),
    );
  });
});

describe('kubectl describe for services, nodes and storage', () => {
  it('describes a NodePort service with its endpoints', () => {
    const svc = service('my-service', {
      type: 'NodePort',
      clusterIP: '10.104.12.7',
      clusterIPs: ['10.104.12.7'],
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      selector: { app: 'web' },
      ports: [{ port: 80, nodePort: 30080, protocol: 'TCP', targetPort: 8080 }],
      sessionAffinity: 'None',
      externalTrafficPolicy: 'Cluster',
      internalTrafficPolicy: 'Cluster',
    });
    const slice = {
      addressType: 'IPv4',
      ports: [{ name: '', port: 8080, protocol: 'TCP' }],
      endpoints: [
        { addresses: ['10.244.0.5'], conditions: { ready: true } },
        { addresses: ['10.244.0.6'], conditions: { ready: true } },
        { addresses: ['10.244.0.7'], conditions: { ready: false } },
      ],
    };
    expect(describeObject(svc, { now: NOW, endpointSlices: [slice], events: [] })).toBe(
      lines(
        'Name:                     my-service',
        'Namespace:                default',
        'Labels:                   <none>',
        'Annotations:              <none>',
        'Selector:                 app=web',
        'Type:                     NodePort',
        'IP Family Policy:         SingleStack',
        'IP Families:              IPv4',
        'IP:                       10.104.12.7',
        'IPs:                      10.104.12.7',
        'Port:                     <unset>  80/TCP',
        'TargetPort:               8080/TCP',
        'NodePort:                 <unset>  30080/TCP',
        'Endpoints:                10.244.0.5:8080,10.244.0.6:8080',
        'Session Affinity:         None',
        'External Traffic Policy:  Cluster',
        'Internal Traffic Policy:  Cluster',
        'Events:                   <none>',
      ),
    );
  });

  it('describes a cordoned node with its pods and allocated resources', () => {
    const n = node('minikube', { unschedulable: true });
    n.spec!.taints = [{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule', timeAdded: ago(60) }];
    const p = pod('web-1', {
      spec: {
        containers: [
          {
            name: 'nginx',
            image: 'nginx',
            resources: { requests: { cpu: '250m', memory: '64Mi' }, limits: { cpu: '500m', memory: '128Mi' } },
          },
        ],
      },
    });
    const out = describeObject(n, {
      now: NOW,
      pods: [p],
      lease: { spec: { holderIdentity: 'minikube', acquireTime: ago(600), renewTime: ago(5) } },
      events: [],
    });
    expect(out).toBe(
      lines(
        'Name:               minikube',
        'Roles:              control-plane',
        'Labels:             kubernetes.io/hostname=minikube',
        '                    kubernetes.io/os=linux',
        '                    node-role.kubernetes.io/control-plane=',
        'Annotations:        <none>',
        'CreationTimestamp:  Wed, 01 May 2024 11:50:00 +0000',
        'Taints:             node.kubernetes.io/unschedulable:NoSchedule',
        'Unschedulable:      true',
        'Lease:',
        '  HolderIdentity:  minikube',
        '  AcquireTime:     Wed, 01 May 2024 11:50:00 +0000',
        '  RenewTime:       Wed, 01 May 2024 11:59:55 +0000',
        'Conditions:',
        '  Type    Status  LastHeartbeatTime                 LastTransitionTime                Reason         Message',
        '  ----    ------  -----------------                 ------------------                ------         -------',
        '  Ready   True    Wed, 01 May 2024 11:59:00 +0000   Wed, 01 May 2024 11:50:00 +0000   KubeletReady   kubelet is posting ready status',
        'Addresses:',
        '  InternalIP:  192.168.49.2',
        '  Hostname:    minikube',
        'Capacity:',
        '  cpu:                2',
        '  ephemeral-storage:  61202244Ki',
        '  hugepages-2Mi:      0',
        '  memory:             3912972Ki',
        '  pods:               110',
        'Allocatable:',
        '  cpu:                2',
        '  ephemeral-storage:  61202244Ki',
        '  hugepages-2Mi:      0',
        '  memory:             3912972Ki',
        '  pods:               110',
        'System Info:',
        '  Machine ID:                 m1',
        '  System UUID:                s1',
        '  Boot ID:                    b1',
        '  Kernel Version:             5.15.0-1057-azure',
        '  OS Image:                   Ubuntu 22.04.5 LTS',
        '  Operating System:           linux',
        '  Architecture:               amd64',
        '  Container Runtime Version:  docker://27.4.1',
        '  Kubelet Version:            v1.32.0',
        '  Kube-Proxy Version:         v1.32.0',
        'PodCIDR:                      10.244.0.0/24',
        'PodCIDRs:                     10.244.0.0/24',
        'Non-terminated Pods:          (1 in total)',
        '  Namespace                   Name     CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age',
        '  ---------                   ----     ------------  ----------  ---------------  -------------  ---',
        '  default                     web-1    250m (12%)    500m (25%)  64Mi (1%)        128Mi (3%)     5m',
        'Allocated resources:',
        '  (Total limits may be over 100 percent, i.e., overcommitted.)',
        '  Resource           Requests    Limits',
        '  --------           --------    ------',
        '  cpu                250m (12%)  500m (25%)',
        '  memory             64Mi (1%)   128Mi (3%)',
        '  ephemeral-storage  0 (0%)      0 (0%)',
        '  hugepages-2Mi      0 (0%)      0 (0%)',
        'Events:              <none>',
      ),
    );
  });

  it('describes a bound claim and who uses it', () => {
    const pvc = {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: {
        name: 'task-pv-claim',
        namespace: 'default',
        finalizers: ['kubernetes.io/pvc-protection'],
        annotations: { 'pv.kubernetes.io/bind-completed': 'yes' },
      },
      spec: {
        storageClassName: 'manual',
        accessModes: ['ReadWriteOnce'],
        resources: { requests: { storage: '3Gi' } },
        volumeName: 'task-pv-volume',
        volumeMode: 'Filesystem',
      },
      status: { phase: 'Bound', accessModes: ['ReadWriteOnce'], capacity: { storage: '10Gi' } },
    };
    const user = pod('task-pv-pod', {
      spec: { volumes: [{ name: 'v', persistentVolumeClaim: { claimName: 'task-pv-claim' } }] },
    });
    expect(describeObject(pvc, { now: NOW, pods: [user], events: [] })).toBe(
      lines(
        'Name:          task-pv-claim',
        'Namespace:     default',
        'StorageClass:  manual',
        'Status:        Bound',
        'Volume:        task-pv-volume',
        'Labels:        <none>',
        'Annotations:   pv.kubernetes.io/bind-completed: yes',
        'Finalizers:    [kubernetes.io/pvc-protection]',
        'Capacity:      10Gi',
        'Access Modes:  RWO',
        'VolumeMode:    Filesystem',
        'Used By:       task-pv-pod',
        'Events:        <none>',
      ),
    );
  });
});

describe('kubectl describe for namespaces, config and custom resources', () => {
  it('describes a namespace without quotas or limits (and without events)', () => {
    const ns = {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'default', labels: { 'kubernetes.io/metadata.name': 'default' } },
      status: { phase: 'Active' },
    };
    expect(describeObject(ns, { now: NOW, events: [] })).toBe(
      lines(
        'Name:         default',
        'Labels:       kubernetes.io/metadata.name=default',
        'Annotations:  <none>',
        'Status:       Active',
        '',
        'No resource quota.',
        '',
        'No LimitRange resource.',
      ),
    );
  });

  it('describes secrets by size only', () => {
    const s = {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'db-user-pass', namespace: 'default' },
      type: 'Opaque',
      data: { password: 'MWYyZDFlMmU2N2Rm', username: 'YWRtaW4=' },
    };
    // docs/tasks/configmap-secret/managing-secret-using-kubectl.md
    expect(describeObject(s, { now: NOW, events: [] })).toBe(
      lines(
        'Name:         db-user-pass',
        'Namespace:    default',
        'Labels:       <none>',
        'Annotations:  <none>',
        '',
        'Type:  Opaque',
        '',
        'Data',
        '====',
        'password:  12 bytes',
        'username:  5 bytes',
      ),
    );
  });

  it('describes config maps with their data', () => {
    const cm = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'game-config', namespace: 'default' },
      data: { 'game.properties': 'enemies=aliens\nlives=3' },
    };
    expect(describeObject(cm, { now: NOW, events: [] })).toBe(
      lines(
        'Name:         game-config',
        'Namespace:    default',
        'Labels:       <none>',
        'Annotations:  <none>',
        '',
        'Data',
        '====',
        'game.properties:',
        '----',
        'enemies=aliens',
        'lives=3',
        '',
        '',
        'BinaryData',
        '====',
        '',
        'Events:  <none>',
      ),
    );
  });

  it('describes anything else generically', () => {
    const ct = {
      apiVersion: 'stable.example.com/v1',
      kind: 'CronTab',
      metadata: {
        name: 'my-new-cron-object',
        namespace: 'default',
        creationTimestamp: '2024-05-01T11:00:00Z',
        generation: 1,
        resourceVersion: '1234',
        uid: 'abc',
      },
      spec: { cronSpec: '* * * * */5', image: 'my-awesome-cron-image', replicas: 2 },
    };
    expect(describeObject(ct, { now: NOW, events: [] })).toBe(
      lines(
        'Name:         my-new-cron-object',
        'Namespace:    default',
        'Labels:       <none>',
        'Annotations:  <none>',
        'API Version:  stable.example.com/v1',
        'Kind:         CronTab',
        'Metadata:',
        '  Creation Timestamp:  2024-05-01T11:00:00Z',
        '  Generation:          1',
        '  Resource Version:    1234',
        '  UID:                 abc',
        'Spec:',
        '  Cron Spec:  * * * * */5',
        '  Image:      my-awesome-cron-image',
        '  Replicas:   2',
        'Events:       <none>',
      ),
    );
  });

  it('separates several objects with a blank line', () => {
    const a = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'a', namespace: 'default' }, type: 'Opaque' };
    expect(
      describeObjects([
        { obj: a, input: { now: NOW } },
        { obj: a, input: { now: NOW } },
      ]),
    ).toMatch(/====\n\n\nName:/);
  });
});

describe('kubectl describe for RBAC, service accounts, cron jobs and ingresses', () => {
  it('describes a role as a policy-rule table (no events)', () => {
    const role = {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'Role',
      metadata: { name: 'pod-reader', namespace: 'default' },
      rules: [
        { apiGroups: [''], resources: ['pods'], verbs: ['get', 'watch', 'list'] },
        { apiGroups: ['apps'], resources: ['deployments'], verbs: ['get'] },
      ],
    };
    // docs/reference/access-authn-authz/rbac.md
    expect(describeObject(role, { now: NOW, events: [] })).toBe(
      lines(
        'Name:         pod-reader',
        'Labels:       <none>',
        'Annotations:  <none>',
        'PolicyRule:',
        '  Resources         Non-Resource URLs  Resource Names  Verbs',
        '  ---------         -----------------  --------------  -----',
        '  deployments.apps  []                 []              [get]',
        '  pods              []                 []              [get watch list]',
      ),
    );
  });

  it('describes a service account', () => {
    const sa = { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: 'default' } };
    expect(describeObject(sa, { now: NOW, events: [] })).toBe(
      lines(
        'Name:                default',
        'Namespace:           default',
        'Labels:              <none>',
        'Annotations:         <none>',
        'Image pull secrets:  <none>',
        'Mountable secrets:   <none>',
        'Tokens:              <none>',
        'Events:              <none>',
      ),
    );
  });

  it('describes an ingress with its rules and backends', () => {
    const ing = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: 'example-ingress', namespace: 'default' },
      spec: {
        ingressClassName: 'nginx',
        rules: [
          {
            host: 'hello-world.example',
            http: {
              paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { number: 8080 } } } }],
            },
          },
        ],
      },
      status: { loadBalancer: { ingress: [{ ip: '172.17.0.15' }] } },
    };
    // docs/tasks/access-application-cluster/ingress-minikube.md
    expect(describeObject(ing, { now: NOW, events: [], backendEndpoints: () => '10.244.0.5:8080' })).toBe(
      lines(
        'Name:             example-ingress',
        'Labels:           <none>',
        'Namespace:        default',
        'Address:          172.17.0.15',
        'Ingress Class:    nginx',
        'Default backend:  <default>',
        'Rules:',
        '  Host                 Path  Backends',
        '  ----                 ----  --------',
        '  hello-world.example  ',
        '                       /   web:8080 (10.244.0.5:8080)',
        'Annotations:           <none>',
        'Events:                <none>',
      ),
    );
  });

  it('describes a cron job and its active jobs', () => {
    const cj = {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'hello', namespace: 'default' },
      spec: {
        schedule: '* * * * *',
        concurrencyPolicy: 'Allow',
        suspend: false,
        successfulJobsHistoryLimit: 3,
        failedJobsHistoryLimit: 1,
        jobTemplate: { spec: { template: { spec: { containers: [{ name: 'hello', image: 'busybox:1.28' }] } } } },
      },
      status: { lastScheduleTime: ago(10), active: [{ name: 'hello-28573218' }] },
    };
    const out = describeObject(cj, { now: NOW, events: [] });
    expect(out).toContain('Schedule:                      * * * * *\n');
    expect(out).toContain('Suspend:                       False\n');
    expect(out).toContain(
      'Last Schedule Time:  Wed, 01 May 2024 11:59:50 +0000\nActive Jobs:         hello-28573218\nEvents:              <none>\n',
    );
  });
});
