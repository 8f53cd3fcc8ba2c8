// STATUS/READY/RESTARTS expectations follow printPod in kubernetes/kubernetes
// pkg/printers/internalversion/printers.go (v1.32+) and its printers_test.go cases
// (Init:0/1, Init:CrashLoopBackOff, Init:ExitCode:1, Init:Signal:9, ExitCode:137, Completed→Running/NotReady,
// Terminating, Unknown for NodeLost, SchedulingGated, restartable init containers counted as containers).
import type { ContainerStatus, Pod } from 'kubernetes-types/core/v1';
import { podStatusCells } from '../../../server/src/kubectl/print/columns/pod.js';
import { printerFor, renderTable } from '../../../server/src/kubectl/print/index.js';
import { ago, NOW, pod, runningStatus } from './fixtures.js';

function waiting(name: string, reason: string, restarts = 0, lastFinished?: string): ContainerStatus {
  return {
    name,
    ready: false,
    restartCount: restarts,
    image: 'busybox',
    imageID: '',
    state: { waiting: { reason } },
    lastState: lastFinished ? { terminated: { exitCode: 1, reason: 'Error', finishedAt: lastFinished } } : {},
  };
}

function terminated(name: string, exitCode: number, reason?: string, signal?: number): ContainerStatus {
  return {
    name,
    ready: false,
    restartCount: 0,
    image: 'busybox',
    imageID: '',
    state: {
      terminated: { exitCode, ...(reason ? { reason } : {}), ...(signal ? { signal } : {}), finishedAt: ago(10) },
    },
  };
}

const pendingConditions = [{ type: 'PodScheduled', status: 'True' }];

function withStatus(status: Pod['status'], spec?: Partial<Pod['spec']>): Pod {
  return pod('p', { status, ...(spec ? { spec } : {}) });
}

describe('printPod STATUS, READY and RESTARTS', () => {
  it.each<[string, Pod, [string, string, string]]>([
    ['running', pod('p'), ['1/1', 'Running', '0']],
    [
      'creating',
      withStatus({
        phase: 'Pending',
        conditions: pendingConditions,
        containerStatuses: [waiting('nginx', 'ContainerCreating')],
      }),
      ['0/1', 'ContainerCreating', '0'],
    ],
    [
      'pull error',
      withStatus({ phase: 'Pending', containerStatuses: [waiting('nginx', 'ErrImagePull')] }),
      ['0/1', 'ErrImagePull', '0'],
    ],
    [
      'pull back-off',
      withStatus({ phase: 'Pending', containerStatuses: [waiting('nginx', 'ImagePullBackOff')] }),
      ['0/1', 'ImagePullBackOff', '0'],
    ],
    [
      'crash loop with the last restart 30s ago',
      withStatus({ phase: 'Running', containerStatuses: [waiting('nginx', 'CrashLoopBackOff', 4, ago(30))] }),
      ['0/1', 'CrashLoopBackOff', '4 (30s ago)'],
    ],
    [
      'restarted and running again 2m10s later',
      withStatus({
        phase: 'Running',
        containerStatuses: [runningStatus('nginx', { restarts: 2, lastFinished: ago(130) })],
      }),
      ['1/1', 'Running', '2 (2m10s ago)'],
    ],
    [
      'completed',
      withStatus({ phase: 'Succeeded', containerStatuses: [terminated('nginx', 0, 'Completed')] }),
      ['0/1', 'Completed', '0'],
    ],
    [
      'error',
      withStatus({ phase: 'Failed', containerStatuses: [terminated('nginx', 1, 'Error')] }),
      ['0/1', 'Error', '0'],
    ],
    [
      'OOM killed',
      withStatus({ phase: 'Running', containerStatuses: [terminated('nginx', 137, 'OOMKilled')] }),
      ['0/1', 'OOMKilled', '0'],
    ],
    [
      'exit code without reason',
      withStatus({ phase: 'Failed', containerStatuses: [terminated('nginx', 137)] }),
      ['0/1', 'ExitCode:137', '0'],
    ],
    [
      'signal without reason',
      withStatus({ phase: 'Failed', containerStatuses: [terminated('nginx', 0, undefined, 9)] }),
      ['0/1', 'Signal:9', '0'],
    ],
    [
      'unschedulable',
      withStatus({
        phase: 'Pending',
        conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable' }],
      }),
      ['0/1', 'Pending', '0'],
    ],
    [
      'scheduling gated',
      withStatus({
        phase: 'Pending',
        conditions: [{ type: 'PodScheduled', status: 'False', reason: 'SchedulingGated' }],
      }),
      ['0/1', 'SchedulingGated', '0'],
    ],
    [
      'evicted',
      withStatus({ phase: 'Failed', reason: 'Evicted', message: 'The node was low on resource: memory.' }),
      ['0/1', 'Evicted', '0'],
    ],
  ])('%s', (_name, p, expected) => {
    expect(podStatusCells(p, NOW)).toEqual(expected);
  });

  const initSpec = { initContainers: [{ name: 'init-myservice', image: 'busybox:1.28' }] };

  it.each<[string, ContainerStatus, [string, string, string]]>([
    [
      'running init container',
      {
        name: 'init-myservice',
        ready: false,
        restartCount: 0,
        image: 'busybox',
        imageID: '',
        state: { running: { startedAt: ago(5) } },
      },
      ['0/1', 'Init:0/1', '0'],
    ],
    [
      'init crash loop',
      waiting('init-myservice', 'CrashLoopBackOff', 3, ago(20)),
      ['0/1', 'Init:CrashLoopBackOff', '3 (20s ago)'],
    ],
    ['init failed with a reason', terminated('init-myservice', 1, 'Error'), ['0/1', 'Init:Error', '0']],
    ['init failed without a reason', terminated('init-myservice', 1), ['0/1', 'Init:ExitCode:1', '0']],
    ['init killed by a signal', terminated('init-myservice', 137, undefined, 9), ['0/1', 'Init:Signal:9', '0']],
  ])('%s', (_name, initStatus, expected) => {
    const p = withStatus(
      {
        phase: 'Pending',
        initContainerStatuses: [initStatus],
        containerStatuses: [waiting('nginx', 'PodInitializing')],
      },
      initSpec,
    );
    expect(podStatusCells(p, NOW)).toEqual(expected);
  });

  it('shows Terminating while a pod is being deleted, Unknown when its node is lost', () => {
    const deleting = pod('p', { metadata: { name: 'p', creationTimestamp: ago(300), deletionTimestamp: ago(5) } });
    expect(podStatusCells(deleting, NOW)[1]).toBe('Terminating');
    const lost = pod('p', {
      metadata: { name: 'p', creationTimestamp: ago(300), deletionTimestamp: ago(5) },
      status: { phase: 'Running', reason: 'NodeLost' },
    });
    expect(podStatusCells(lost, NOW)[1]).toBe('Unknown');
    const done = pod('p', {
      metadata: { name: 'p', creationTimestamp: ago(300), deletionTimestamp: ago(5) },
      status: { phase: 'Succeeded', containerStatuses: [terminated('nginx', 0, 'Completed')] },
    });
    expect(podStatusCells(done, NOW)[1]).toBe('Completed');
  });

  it('turns Completed back into Running or NotReady while another container runs', () => {
    const twoContainers = { containers: [{ name: 'a' }, { name: 'b' }] };
    const statuses = [terminated('a', 0, 'Completed'), runningStatus('b')];
    const ready = withStatus(
      { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }], containerStatuses: statuses },
      twoContainers,
    );
    const notReady = withStatus(
      { phase: 'Running', conditions: [{ type: 'Ready', status: 'False' }], containerStatuses: statuses },
      twoContainers,
    );
    expect(podStatusCells(ready, NOW)).toEqual(['1/2', 'Running', '0']);
    expect(podStatusCells(notReady, NOW)).toEqual(['1/2', 'NotReady', '0']);
  });

  it('counts a started sidecar (restartable init container) as a container', () => {
    const p = withStatus(
      {
        phase: 'Running',
        conditions: [
          { type: 'Initialized', status: 'True' },
          { type: 'Ready', status: 'True' },
        ],
        initContainerStatuses: [{ ...runningStatus('log-shipper'), started: true }],
        containerStatuses: [runningStatus('nginx')],
      },
      { initContainers: [{ name: 'log-shipper', image: 'fluent-bit', restartPolicy: 'Always' }] },
    );
    expect(podStatusCells(p, NOW)).toEqual(['2/2', 'Running', '0']);
  });
});

describe('kubectl get pods', () => {
  const pods = [
    pod('nginx-deployment-66b6c48dd5-4jw2h'),
    pod('crash-5d8f9c7b6-x2x9p', {
      metadata: { name: 'crash-5d8f9c7b6-x2x9p', creationTimestamp: ago(3 * 86400 + 3600) },
      status: {
        phase: 'Running',
        podIP: '10.244.0.7',
        podIPs: [{ ip: '10.244.0.7' }],
        containerStatuses: [waiting('nginx', 'CrashLoopBackOff', 12, ago(95))],
      },
    }),
  ];

  it('prints the default columns, padded by three spaces', () => {
    // Layout as in kubernetes/website docs/concepts/workloads/controllers/deployment.md ("kubectl get pods").
    expect(renderTable(printerFor('v1', 'Pod'), pods, { now: NOW })).toBe(
      'NAME                                READY   STATUS             RESTARTS       AGE\n' +
        'nginx-deployment-66b6c48dd5-4jw2h   1/1     Running            0              5m\n' +
        'crash-5d8f9c7b6-x2x9p               0/1     CrashLoopBackOff   12 (95s ago)   3d1h\n',
    );
  });

  it('adds IP, NODE, NOMINATED NODE and READINESS GATES with -o wide', () => {
    const gated = pod('gated', {
      spec: {
        readinessGates: [{ conditionType: 'example.com/feature-1' }, { conditionType: 'example.com/feature-2' }],
      },
      status: {
        phase: 'Running',
        podIPs: [{ ip: '10.244.0.9' }],
        conditions: [
          { type: 'example.com/feature-1', status: 'True' },
          { type: 'Ready', status: 'False' },
        ],
        containerStatuses: [runningStatus('nginx')],
      },
    });
    const pending = withStatus({ phase: 'Pending' }, { nodeName: '' });
    expect(renderTable(printerFor('v1', 'Pod'), [gated, pending], { now: NOW }, { wide: true })).toBe(
      'NAME    READY   STATUS    RESTARTS   AGE   IP           NODE       NOMINATED NODE   READINESS GATES\n' +
        'gated   1/1     Running   0          5m    10.244.0.9   minikube   <none>           1/2\n' +
        'p       0/1     Pending   0          5m    <none>       <none>     <none>           <none>\n',
    );
  });
});
