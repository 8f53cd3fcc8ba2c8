// Column sets and cells follow kubernetes/kubernetes pkg/printers/internalversion/printers.go (v1.32+);
// layouts match the outputs shown in kubernetes/website (deployment.md, replicaset.md, service.md,
// job.md, cron-jobs.md, storage-classes.md, horizontal-pod-autoscale-walkthrough.md, rbac.md).
import {
  crdColumnsPrinter,
  printerFor,
  renderTable,
  type KubeObject,
} from '../../../server/src/kubectl/print/index.js';
import { ago, deployment, node, NOW, replicaSet, service } from './fixtures.js';

function table(objs: readonly object[], wide = false): string {
  const first = objs[0] as KubeObject;
  return renderTable(printerFor(first.apiVersion, first.kind ?? ''), objs, { now: NOW }, { wide });
}

describe('workloads', () => {
  it('prints deployments, including one mid-rollout', () => {
    // docs/concepts/workloads/controllers/deployment.md
    const done = deployment('nginx-deployment', 3, {
      replicas: 3,
      updatedReplicas: 3,
      readyReplicas: 3,
      availableReplicas: 3,
    });
    const rolling = deployment('web', 4, {
      replicas: 5,
      updatedReplicas: 2,
      readyReplicas: 3,
      availableReplicas: 3,
      unavailableReplicas: 2,
    });
    expect(table([done, rolling])).toBe(
      'NAME               READY   UP-TO-DATE   AVAILABLE   AGE\n' +
        'nginx-deployment   3/3     3            3           18s\n' +
        'web                3/4     2            3           18s\n',
    );
    expect(table([done], true)).toBe(
      'NAME               READY   UP-TO-DATE   AVAILABLE   AGE   CONTAINERS   IMAGES         SELECTOR\n' +
        'nginx-deployment   3/3     3            3           18s   nginx        nginx:1.14.2   app=nginx-deployment\n',
    );
  });

  it('prints a freshly created deployment with no status yet', () => {
    expect(table([deployment('new', 2, {})])).toBe(
      'NAME   READY   UP-TO-DATE   AVAILABLE   AGE\nnew    0/2     0            0           18s\n',
    );
  });

  it('prints replica sets', () => {
    // docs/concepts/workloads/controllers/deployment.md ("kubectl get rs")
    expect(table([replicaSet('nginx-deployment-75675f5897', 3, 3, 3)])).toBe(
      'NAME                          DESIRED   CURRENT   READY   AGE\n' +
        'nginx-deployment-75675f5897   3         3         3       18s\n',
    );
    expect(table([replicaSet('nginx-deployment-75675f5897', 3, 3, 3)], true)).toBe(
      'NAME                          DESIRED   CURRENT   READY   AGE   CONTAINERS   IMAGES         SELECTOR\n' +
        'nginx-deployment-75675f5897   3         3         3       18s   nginx        nginx:1.14.2   app=nginx,pod-template-hash=75675f5897\n',
    );
  });

  it('prints daemon sets and stateful sets', () => {
    const ds = {
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name: 'kube-proxy', namespace: 'kube-system', creationTimestamp: ago(7200) },
      spec: {
        selector: { matchLabels: { 'k8s-app': 'kube-proxy' } },
        template: {
          spec: {
            nodeSelector: { 'kubernetes.io/os': 'linux' },
            containers: [{ name: 'kube-proxy', image: 'registry.k8s.io/kube-proxy:v1.32.0' }],
          },
        },
      },
      status: {
        desiredNumberScheduled: 1,
        currentNumberScheduled: 1,
        numberReady: 1,
        updatedNumberScheduled: 1,
        numberAvailable: 1,
        numberMisscheduled: 0,
      },
    };
    expect(table([ds])).toBe(
      'NAME         DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR            AGE\n' +
        'kube-proxy   1         1         1       1            1           kubernetes.io/os=linux   120m\n',
    );
    const sts = {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name: 'web', namespace: 'default', creationTimestamp: ago(65) },
      spec: {
        replicas: 3,
        selector: {},
        serviceName: 'nginx',
        template: { spec: { containers: [{ name: 'nginx', image: 'registry.k8s.io/nginx-slim:0.24' }] } },
      },
      status: { replicas: 2, readyReplicas: 2 },
    };
    expect(table([sts], true)).toBe(
      'NAME   READY   AGE   CONTAINERS   IMAGES\n' +
        'web    2/3     65s   nginx        registry.k8s.io/nginx-slim:0.24\n',
    );
  });

  it('prints jobs with the 1.30+ STATUS column', () => {
    const job = (name: string, status: object, spec: object = {}, extraMeta: object = {}): object => ({
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name, namespace: 'default', creationTimestamp: ago(200), ...extraMeta },
      spec: {
        completions: 1,
        parallelism: 1,
        template: { spec: { containers: [{ name: 'pi', image: 'perl:5.34.0' }] } },
        ...spec,
      },
      status,
    });
    const running = job('pi-running', { active: 1, startTime: ago(150) });
    const complete = job('pi', {
      succeeded: 1,
      startTime: ago(200),
      completionTime: ago(169),
      conditions: [
        { type: 'SuccessCriteriaMet', status: 'True' },
        { type: 'Complete', status: 'True' },
      ],
    });
    const failed = job('fail', {
      failed: 7,
      startTime: ago(200),
      conditions: [{ type: 'Failed', status: 'True', reason: 'BackoffLimitExceeded' }],
    });
    const suspended = job(
      'later',
      { conditions: [{ type: 'Suspended', status: 'True' }] },
      { suspend: true, completions: undefined, parallelism: 3 },
    );
    // docs/concepts/workloads/controllers/job.md: "pi   Complete   1/1   31s   ..."
    expect(table([running, complete, failed, suspended])).toBe(
      'NAME         STATUS      COMPLETIONS   DURATION   AGE\n' +
        'pi-running   Running     0/1           2m30s      3m20s\n' +
        'pi           Complete    1/1           31s        3m20s\n' +
        'fail         Failed      0/1           3m20s      3m20s\n' +
        'later        Suspended   0/1 of 3                 3m20s\n',
    );
  });

  it('prints cron jobs with TIMEZONE', () => {
    const cj = {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'hello', namespace: 'default', creationTimestamp: ago(130) },
      spec: {
        schedule: '* * * * *',
        suspend: false,
        jobTemplate: { spec: { template: { spec: { containers: [{ name: 'hello', image: 'busybox:1.28' }] } } } },
      },
      status: { active: [{ name: 'hello-28573218' }], lastScheduleTime: ago(10) },
    };
    const never = {
      ...cj,
      metadata: { ...cj.metadata, name: 'nightly' },
      spec: { ...cj.spec, schedule: '0 2 * * *', timeZone: 'Etc/UTC' },
      status: {},
    };
    // docs/concepts/workloads/controllers/cron-jobs.md
    expect(table([cj, never])).toBe(
      'NAME      SCHEDULE    TIMEZONE   SUSPEND   ACTIVE   LAST SCHEDULE   AGE\n' +
        'hello     * * * * *   <none>     False     1        10s             2m10s\n' +
        'nightly   0 2 * * *   Etc/UTC    False     0        <none>          2m10s\n',
    );
  });
});

describe('services and networking', () => {
  it('prints every service type', () => {
    // docs/concepts/services-networking/service.md and docs/tutorials/stateless-application/expose-external-ip-address.md
    const svcs = [
      service('kubernetes', {
        type: 'ClusterIP',
        clusterIP: '10.96.0.1',
        clusterIPs: ['10.96.0.1'],
        ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 8443 }],
      }),
      service('web', {
        type: 'NodePort',
        clusterIP: '10.104.12.7',
        clusterIPs: ['10.104.12.7'],
        selector: { app: 'web' },
        ports: [{ port: 80, nodePort: 30080, protocol: 'TCP', targetPort: 80 }],
      }),
      service('lb-pending', {
        type: 'LoadBalancer',
        clusterIP: '10.97.3.4',
        clusterIPs: ['10.97.3.4'],
        ports: [{ port: 8080, nodePort: 31234, protocol: 'TCP' }],
      }),
      service(
        'lb',
        {
          type: 'LoadBalancer',
          clusterIP: '10.97.3.5',
          clusterIPs: ['10.97.3.5'],
          ports: [
            { port: 80, nodePort: 32000, protocol: 'TCP' },
            { port: 443, nodePort: 32001, protocol: 'TCP' },
          ],
        },
        { loadBalancer: { ingress: [{ ip: '192.168.49.100' }] } },
      ),
      service('db', {
        type: 'ClusterIP',
        clusterIP: 'None',
        clusterIPs: ['None'],
        selector: { app: 'db' },
        ports: [{ port: 5432, protocol: 'TCP' }],
      }),
      service('ext', { type: 'ExternalName', externalName: 'my.database.example.com' }),
      service('dns', {
        type: 'ClusterIP',
        clusterIP: '10.96.0.10',
        clusterIPs: ['10.96.0.10'],
        ports: [
          { name: 'dns', port: 53, protocol: 'UDP' },
          { name: 'dns-tcp', port: 53, protocol: 'TCP' },
          { name: 'metrics', port: 9153, protocol: 'TCP' },
        ],
      }),
    ];
    expect(table(svcs)).toBe(
      'NAME         TYPE           CLUSTER-IP    EXTERNAL-IP               PORT(S)                      AGE\n' +
        'kubernetes   ClusterIP      10.96.0.1     <none>                    443/TCP                      3d\n' +
        'web          NodePort       10.104.12.7   <none>                    80:30080/TCP                 3d\n' +
        'lb-pending   LoadBalancer   10.97.3.4     <pending>                 8080:31234/TCP               3d\n' +
        'lb           LoadBalancer   10.97.3.5     192.168.49.100            80:32000/TCP,443:32001/TCP   3d\n' +
        'db           ClusterIP      None          <none>                    5432/TCP                     3d\n' +
        'ext          ExternalName   <none>        my.database.example.com   <none>                       3d\n' +
        'dns          ClusterIP      10.96.0.10    <none>                    53/UDP,53/TCP,9153/TCP       3d\n',
    );
    expect(table([svcs[1]!, svcs[0]!], true)).toBe(
      'NAME         TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)        AGE   SELECTOR\n' +
        'web          NodePort    10.104.12.7   <none>        80:30080/TCP   3d    app=web\n' +
        'kubernetes   ClusterIP   10.96.0.1     <none>        443/TCP        3d    <none>\n',
    );
  });

  it('prints endpoints and endpoint slices, three at most', () => {
    const ep = {
      apiVersion: 'v1',
      kind: 'Endpoints',
      metadata: { name: 'web', namespace: 'default', creationTimestamp: ago(30) },
      subsets: [
        {
          addresses: [{ ip: '10.244.0.5' }, { ip: '10.244.0.6' }, { ip: '10.244.0.7' }, { ip: '10.244.0.8' }],
          ports: [{ port: 80, protocol: 'TCP' }],
        },
      ],
    };
    const none = { apiVersion: 'v1', kind: 'Endpoints', metadata: { name: 'empty', creationTimestamp: ago(30) } };
    expect(table([ep, none])).toBe(
      'NAME    ENDPOINTS                                               AGE\n' +
        'web     10.244.0.5:80,10.244.0.6:80,10.244.0.7:80 + 1 more...   30s\n' +
        'empty   <none>                                                  30s\n',
    );
    const slice = {
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: { name: 'web-abc12', namespace: 'default', creationTimestamp: ago(30) },
      addressType: 'IPv4',
      ports: [{ name: '', port: 80, protocol: 'TCP' }],
      endpoints: [
        { addresses: ['10.244.0.5'], conditions: { ready: true } },
        { addresses: ['10.244.0.6'], conditions: { ready: true } },
      ],
    };
    expect(table([slice])).toBe(
      'NAME        ADDRESSTYPE   PORTS   ENDPOINTS               AGE\nweb-abc12   IPv4          80      10.244.0.5,10.244.0.6   30s\n',
    );
  });

  it('prints ingresses, ingress classes and network policies', () => {
    const ing = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: 'example-ingress', namespace: 'default', creationTimestamp: ago(90) },
      spec: { ingressClassName: 'nginx', rules: [{ host: 'hello-world.example' }], tls: [] },
      status: { loadBalancer: { ingress: [{ ip: '172.17.0.15' }] } },
    };
    // docs/tasks/access-application-cluster/ingress-minikube.md
    expect(table([ing])).toBe(
      'NAME              CLASS   HOSTS                 ADDRESS       PORTS   AGE\n' +
        'example-ingress   nginx   hello-world.example   172.17.0.15   80      90s\n',
    );
    const ic = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'IngressClass',
      metadata: { name: 'nginx', creationTimestamp: ago(3600) },
      spec: { controller: 'k8s.io/ingress-nginx' },
    };
    expect(table([ic])).toBe(
      'NAME    CONTROLLER             PARAMETERS   AGE\nnginx   k8s.io/ingress-nginx   <none>       60m\n',
    );
    const np = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'access-nginx', namespace: 'default', creationTimestamp: ago(40) },
      spec: { podSelector: { matchLabels: { app: 'nginx' } } },
    };
    const denyAll = { ...np, metadata: { ...np.metadata, name: 'default-deny' }, spec: { podSelector: {} } };
    expect(table([np, denyAll])).toBe(
      'NAME           POD-SELECTOR   AGE\naccess-nginx   app=nginx      40s\ndefault-deny   <none>         40s\n',
    );
  });
});

describe('cluster objects', () => {
  it('prints nodes: ready, cordoned, not ready, without roles; wide adds the node info', () => {
    const worker = node('minikube-m02', { ready: 'False', labels: { 'kubernetes.io/hostname': 'minikube-m02' } });
    const cordoned = node('minikube-m03', { unschedulable: true, labels: {} });
    const unknown = node('minikube-m04', { ready: 'Unknown', labels: { 'kubernetes.io/role': 'worker' } });
    expect(table([node('minikube'), worker, cordoned, unknown])).toBe(
      'NAME           STATUS                     ROLES           AGE   VERSION\n' +
        'minikube       Ready                      control-plane   10m   v1.32.0\n' +
        'minikube-m02   NotReady                   <none>          10m   v1.32.0\n' +
        'minikube-m03   Ready,SchedulingDisabled   <none>          10m   v1.32.0\n' +
        'minikube-m04   NotReady                   worker          10m   v1.32.0\n',
    );
    expect(table([node('minikube')], true)).toBe(
      'NAME       STATUS   ROLES           AGE   VERSION   INTERNAL-IP    EXTERNAL-IP   OS-IMAGE             KERNEL-VERSION      CONTAINER-RUNTIME\n' +
        'minikube   Ready    control-plane   10m   v1.32.0   192.168.49.2   <none>        Ubuntu 22.04.5 LTS   5.15.0-1057-azure   docker://27.4.1\n',
    );
  });

  it('prints namespaces, config maps, secrets and service accounts', () => {
    const ns = (name: string, phase = 'Active'): object => ({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name, creationTimestamp: ago(86400 * 2 + 3600) },
      status: { phase },
    });
    expect(table([ns('default'), ns('old', 'Terminating')])).toBe(
      'NAME      STATUS        AGE\ndefault   Active        2d1h\nold       Terminating   2d1h\n',
    );
    const cm = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'kube-root-ca.crt', creationTimestamp: ago(120) },
      data: { 'ca.crt': 'x' },
    };
    const cm2 = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'game-config', creationTimestamp: ago(119) },
      data: { a: '1', b: '2' },
      binaryData: { c: 'AA==' },
    };
    expect(table([cm, cm2])).toBe(
      'NAME               DATA   AGE\nkube-root-ca.crt   1      2m\ngame-config        3      119s\n',
    );
    const secret = {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'db-user-pass', creationTimestamp: ago(51) },
      type: 'Opaque',
      data: { password: 'MWYyZDFlMmU2N2Rm', username: 'YWRtaW4=' },
    };
    const tls = {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'tls', creationTimestamp: ago(51) },
      type: 'kubernetes.io/tls',
      data: { 'tls.crt': '', 'tls.key': '' },
    };
    // docs/tasks/configmap-secret/managing-secret-using-kubectl.md
    expect(table([secret, tls])).toBe(
      'NAME           TYPE                DATA   AGE\ndb-user-pass   Opaque              2      51s\ntls            kubernetes.io/tls   2      51s\n',
    );
    const sa = { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', creationTimestamp: ago(600) } };
    expect(table([sa])).toBe('NAME      SECRETS   AGE\ndefault   0         10m\n');
  });

  it('prints events as kubectl get events does', () => {
    const ev = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: 'nginx.17c', namespace: 'default', creationTimestamp: ago(213) },
      involvedObject: { kind: 'Pod', name: 'nginx-66f9f9cfd5-2w97n', namespace: 'default' },
      reason: 'FailedScheduling',
      message: '0/1 nodes are available: 1 Insufficient cpu.',
      type: 'Warning',
      firstTimestamp: ago(213),
      lastTimestamp: ago(213),
      count: 1,
      source: { component: 'default-scheduler' },
    };
    expect(table([ev])).toBe(
      'LAST SEEN   TYPE      REASON             OBJECT                       MESSAGE\n' +
        '3m33s       Warning   FailedScheduling   pod/nginx-66f9f9cfd5-2w97n   0/1 nodes are available: 1 Insufficient cpu.\n',
    );
    expect(table([ev], true)).toBe(
      'LAST SEEN   TYPE      REASON             OBJECT                       SUBOBJECT   SOURCE              MESSAGE                                        FIRST SEEN   COUNT   NAME\n' +
        '3m33s       Warning   FailedScheduling   pod/nginx-66f9f9cfd5-2w97n               default-scheduler   0/1 nodes are available: 1 Insufficient cpu.   3m33s        1       nginx.17c\n',
    );
  });

  it('prints quotas and limit ranges', () => {
    const quota = {
      apiVersion: 'v1',
      kind: 'ResourceQuota',
      metadata: { name: 'compute-resources', namespace: 'default', creationTimestamp: ago(10) },
      status: {
        hard: { 'requests.cpu': '1', 'requests.memory': '1Gi', 'limits.cpu': '2', 'limits.memory': '2Gi', pods: '4' },
        used: {
          'requests.cpu': '500m',
          'requests.memory': '512Mi',
          'limits.cpu': '1',
          'limits.memory': '1Gi',
          pods: '2',
        },
      },
    };
    expect(table([quota])).toBe(
      'NAME                REQUEST                                                       LIMIT                                     AGE\n' +
        'compute-resources   pods: 2/4, requests.cpu: 500m/1, requests.memory: 512Mi/1Gi   limits.cpu: 1/2, limits.memory: 1Gi/2Gi   10s\n',
    );
    const lr = {
      apiVersion: 'v1',
      kind: 'LimitRange',
      metadata: { name: 'cpu-limit-range', creationTimestamp: '2024-05-01T11:00:00Z' },
      spec: { limits: [] },
    };
    expect(table([lr])).toBe('NAME              CREATED AT\ncpu-limit-range   2024-05-01T11:00:00Z\n');
  });
});

describe('storage', () => {
  it('prints persistent volumes and claims, bound and pending', () => {
    // docs/tasks/configure-pod-container/configure-persistent-volume-storage.md
    const pv = {
      apiVersion: 'v1',
      kind: 'PersistentVolume',
      metadata: { name: 'task-pv-volume', creationTimestamp: ago(85) },
      spec: {
        storageClassName: 'manual',
        capacity: { storage: '10Gi' },
        accessModes: ['ReadWriteOnce'],
        persistentVolumeReclaimPolicy: 'Retain',
        claimRef: { namespace: 'default', name: 'task-pv-claim' },
        volumeMode: 'Filesystem',
      },
      status: { phase: 'Bound' },
    };
    expect(table([pv])).toBe(
      'NAME             CAPACITY   ACCESS MODES   RECLAIM POLICY   STATUS   CLAIM                   STORAGECLASS   VOLUMEATTRIBUTESCLASS   REASON   AGE\n' +
        'task-pv-volume   10Gi       RWO            Retain           Bound    default/task-pv-claim   manual         <unset>                          85s\n',
    );
    const bound = {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: 'task-pv-claim', namespace: 'default', creationTimestamp: ago(30) },
      spec: {
        storageClassName: 'manual',
        accessModes: ['ReadWriteOnce'],
        resources: { requests: { storage: '3Gi' } },
        volumeName: 'task-pv-volume',
        volumeMode: 'Filesystem',
      },
      status: { phase: 'Bound', accessModes: ['ReadWriteOnce'], capacity: { storage: '10Gi' } },
    };
    const pending = {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: 'data', namespace: 'default', creationTimestamp: ago(30) },
      spec: {
        storageClassName: 'standard',
        accessModes: ['ReadWriteOnce', 'ReadOnlyMany'],
        resources: { requests: { storage: '1Gi' } },
      },
      status: { phase: 'Pending' },
    };
    expect(table([bound, pending])).toBe(
      'NAME            STATUS    VOLUME           CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE\n' +
        'task-pv-claim   Bound     task-pv-volume   10Gi       RWO            manual         <unset>                 30s\n' +
        'data            Pending                                              standard       <unset>                 30s\n',
    );
  });

  it('marks the default storage class', () => {
    const sc = {
      apiVersion: 'storage.k8s.io/v1',
      kind: 'StorageClass',
      metadata: {
        name: 'standard',
        creationTimestamp: ago(600),
        annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' },
      },
      provisioner: 'k8s.io/minikube-hostpath',
      reclaimPolicy: 'Delete',
      volumeBindingMode: 'Immediate',
    };
    expect(table([sc])).toBe(
      'NAME                 PROVISIONER                RECLAIMPOLICY   VOLUMEBINDINGMODE   ALLOWVOLUMEEXPANSION   AGE\n' +
        'standard (default)   k8s.io/minikube-hostpath   Delete          Immediate           false                  10m\n',
    );
  });
});

describe('policy, autoscaling, RBAC, leases and custom resources', () => {
  it('prints horizontal pod autoscalers with 1.30+ targets', () => {
    const hpa = (name: string, current?: number): object => ({
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: { name, namespace: 'default', creationTimestamp: ago(18) },
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'php-apache' },
        minReplicas: 1,
        maxReplicas: 10,
        metrics: [
          { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } },
        ],
      },
      status: {
        currentReplicas: 1,
        desiredReplicas: 1,
        ...(current === undefined
          ? {}
          : {
              currentMetrics: [
                {
                  type: 'Resource',
                  resource: { name: 'cpu', current: { averageUtilization: current, averageValue: '1m' } },
                },
              ],
            }),
      },
    });
    // docs/tasks/run-application/horizontal-pod-autoscale-walkthrough.md
    expect(table([hpa('php-apache', 0), hpa('cold')])).toBe(
      'NAME         REFERENCE               TARGETS              MINPODS   MAXPODS   REPLICAS   AGE\n' +
        'php-apache   Deployment/php-apache   cpu: 0%/50%          1         10        1          18s\n' +
        'cold         Deployment/php-apache   cpu: <unknown>/50%   1         10        1          18s\n',
    );
    const v1 = {
      apiVersion: 'autoscaling/v1',
      kind: 'HorizontalPodAutoscaler',
      metadata: { name: 'web', creationTimestamp: ago(18) },
      spec: { scaleTargetRef: { kind: 'Deployment', name: 'web' }, maxReplicas: 5, targetCPUUtilizationPercentage: 80 },
      status: { currentReplicas: 2, currentCPUUtilizationPercentage: 12 },
    };
    expect(table([v1])).toBe(
      'NAME   REFERENCE        TARGETS        MINPODS   MAXPODS   REPLICAS   AGE\nweb    Deployment/web   cpu: 12%/80%   <unset>   5         2          18s\n',
    );
  });

  it('prints pod disruption budgets and leases', () => {
    const pdb = {
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: { name: 'zk-pdb', creationTimestamp: ago(7) },
      spec: { maxUnavailable: 1, selector: { matchLabels: { app: 'zookeeper' } } },
      status: { disruptionsAllowed: 1 },
    };
    const pct = {
      ...pdb,
      metadata: { name: 'web', creationTimestamp: ago(7) },
      spec: { minAvailable: '50%' },
      status: { disruptionsAllowed: 0 },
    };
    // docs/tasks/run-application/configure-pdb.md
    expect(table([pdb, pct])).toBe(
      'NAME     MIN AVAILABLE   MAX UNAVAILABLE   ALLOWED DISRUPTIONS   AGE\n' +
        'zk-pdb   N/A             1                 1                     7s\n' +
        'web      50%             N/A               0                     7s\n',
    );
    const lease = {
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      metadata: { name: 'minikube', namespace: 'kube-node-lease', creationTimestamp: ago(600) },
      spec: { holderIdentity: 'minikube' },
    };
    expect(table([lease])).toBe('NAME       HOLDER     AGE\nminikube   minikube   10m\n');
  });

  it('prints roles with the default table and bindings with their subjects', () => {
    const role = {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'Role',
      metadata: { name: 'pod-reader', namespace: 'default', creationTimestamp: '2024-05-01T10:30:00Z' },
      rules: [],
    };
    expect(table([role])).toBe('NAME         CREATED AT\npod-reader   2024-05-01T10:30:00Z\n');
    const rb = {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: { name: 'read-pods', namespace: 'default', creationTimestamp: ago(45) },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'pod-reader' },
      subjects: [
        { kind: 'User', name: 'jane', apiGroup: 'rbac.authorization.k8s.io' },
        { kind: 'ServiceAccount', name: 'default', namespace: 'default' },
      ],
    };
    expect(table([rb])).toBe('NAME        ROLE              AGE\nread-pods   Role/pod-reader   45s\n');
    // An empty last cell still pads the cell before it (Go's tabwriter).
    expect(table([rb], true)).toBe(
      'NAME        ROLE              AGE   USERS   GROUPS   SERVICEACCOUNTS\nread-pods   Role/pod-reader   45s   jane             default/default\n',
    );
    const crb = {
      ...rb,
      kind: 'ClusterRoleBinding',
      metadata: { name: 'admins', creationTimestamp: ago(45) },
      roleRef: { kind: 'ClusterRole', name: 'cluster-admin' },
      subjects: [{ kind: 'Group', name: 'system:masters' }],
    };
    expect(table([crb], true)).toBe(
      'NAME     ROLE                        AGE   USERS   GROUPS           SERVICEACCOUNTS\nadmins   ClusterRole/cluster-admin   45s           system:masters   \n',
    );
  });

  it('prints CRDs with CREATED AT, custom resources with NAME/AGE or their printer columns', () => {
    const crd = {
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: { name: 'crontabs.stable.example.com', creationTimestamp: '2024-05-01T11:00:00Z' },
    };
    expect(table([crd])).toBe(
      'NAME                          CREATED AT\ncrontabs.stable.example.com   2024-05-01T11:00:00Z\n',
    );
    const ct = {
      apiVersion: 'stable.example.com/v1',
      kind: 'CronTab',
      metadata: { name: 'my-new-cron-object', creationTimestamp: ago(6) },
      spec: { cronSpec: '* * * * */5', image: 'my-awesome-cron-image', replicas: 1 },
    };
    expect(table([ct])).toBe('NAME                 AGE\nmy-new-cron-object   6s\n');
    // docs/tasks/extend-kubernetes/custom-resources/custom-resource-definitions.md (additional printer columns)
    const printer = crdColumnsPrinter([
      { name: 'Spec', type: 'string', jsonPath: '.spec.cronSpec' },
      { name: 'Replicas', type: 'integer', jsonPath: '.spec.replicas' },
      { name: 'Age', type: 'date', jsonPath: '.metadata.creationTimestamp' },
    ]);
    expect(renderTable(printer, [ct], { now: NOW })).toBe(
      'NAME                 SPEC          REPLICAS   AGE\nmy-new-cron-object   * * * * */5   1          6s\n',
    );
  });
});

describe('less common built-in kinds', () => {
  it('prints component statuses, priority classes, controller revisions and API services', () => {
    const cs = {
      apiVersion: 'v1',
      kind: 'ComponentStatus',
      metadata: { name: 'etcd-0' },
      conditions: [{ type: 'Healthy', status: 'True', message: 'ok' }],
    };
    expect(table([cs])).toBe('NAME     STATUS    MESSAGE   ERROR\netcd-0   Healthy   ok        \n');
    const pc = {
      apiVersion: 'scheduling.k8s.io/v1',
      kind: 'PriorityClass',
      metadata: { name: 'system-node-critical', creationTimestamp: ago(600) },
      value: 2000001000,
      globalDefault: false,
      preemptionPolicy: 'PreemptLowerPriority',
    };
    expect(table([pc])).toBe(
      'NAME                   VALUE        GLOBAL-DEFAULT   AGE\nsystem-node-critical   2000001000   false            10m\n',
    );
    const cr = {
      apiVersion: 'apps/v1',
      kind: 'ControllerRevision',
      metadata: {
        name: 'web-6596fb7c8d',
        creationTimestamp: ago(60),
        ownerReferences: [{ apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'web', uid: 'u', controller: true }],
      },
      revision: 1,
    };
    expect(table([cr])).toBe(
      'NAME             CONTROLLER             REVISION   AGE\nweb-6596fb7c8d   statefulset.apps/web   1          60s\n',
    );
    const api = {
      apiVersion: 'apiregistration.k8s.io/v1',
      kind: 'APIService',
      metadata: { name: 'v1beta1.metrics.k8s.io', creationTimestamp: ago(60) },
      spec: { service: { namespace: 'kube-system', name: 'metrics-server' } },
      status: { conditions: [{ type: 'Available', status: 'False', reason: 'MissingEndpoints' }] },
    };
    const local = {
      apiVersion: 'apiregistration.k8s.io/v1',
      kind: 'APIService',
      metadata: { name: 'v1.apps', creationTimestamp: ago(60) },
      spec: { service: null },
      status: { conditions: [{ type: 'Available', status: 'True' }] },
    };
    expect(table([api, local])).toBe(
      'NAME                     SERVICE                      AVAILABLE                  AGE\n' +
        'v1beta1.metrics.k8s.io   kube-system/metrics-server   False (MissingEndpoints)   60s\n' +
        'v1.apps                  Local                        True                       60s\n',
    );
  });
});
