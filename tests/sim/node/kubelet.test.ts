import type { Pod } from 'kubernetes-types/core/v1';
import { parseQuantity, quantityMilliValue, quantityValue } from '../../../server/src/lib/quantity';
import {
  Cluster,
  containerView,
  execInContainer,
  nodeMetrics,
  podLogs,
  podMetrics,
  type Stored,
} from '../../../server/src/sim/index.js';
import { eventCount, eventsOf, findPod, getPod, nginx, pod, state, until } from './helpers.js';

const busybox = (name: string, command: string[], extra: Record<string, unknown> = {}) =>
  pod(name, { containers: [{ name: 'box', image: 'busybox:1.36', command }], ...extra });
const restarts = (p: Stored<Pod>) => p.status?.containerStatuses?.[0]?.restartCount ?? 0;

describe('kubelet', () => {
  it('takes a pod through ContainerCreating to Running in about a second and a half', () => {
    const c = Cluster.create();
    c.api.create(nginx('web'));
    c.advance(1);
    const creating = getPod(c, 'web');
    expect(creating.status?.phase).toBe('Pending');
    expect(state(creating)).toBe('Waiting:ContainerCreating');
    expect(creating.status?.podIP).toBe('10.244.0.3');
    expect(creating.status?.hostIP).toBe('192.168.49.2');
    const took = until(c, () => getPod(c, 'web').status?.phase === 'Running');
    expect(took).toBeGreaterThan(1000);
    expect(took).toBeLessThan(3000);
    const p = getPod(c, 'web');
    expect(state(p)).toBe('Running');
    expect(p.status?.conditions?.map((x) => `${x.type}=${x.status}`)).toEqual([
      'PodReadyToStartContainers=True',
      'Initialized=True',
      'Ready=True',
      'ContainersReady=True',
      'PodScheduled=True',
    ]);
    expect(p.status?.containerStatuses?.[0]?.imageID).toMatch(/^docker-pullable:\/\/nginx@sha256:[0-9a-f]{64}$/);
    expect(eventsOf(c, 'web')).toEqual([
      'Scheduled: Successfully assigned default/web to minikube',
      'Pulling: Pulling image "nginx:1.27"',
      'Pulled: Successfully pulled image "nginx:1.27" in 1.201s (1.201s including waiting). Image size: 72099410 bytes.',
      'Created: Created container: nginx',
      'Started: Started container nginx',
    ]);
    // The image is now on the node.
    c.api.create(nginx('web2'));
    until(c, () => getPod(c, 'web2').status?.phase === 'Running');
    expect(eventsOf(c, 'web2')[1]).toBe('Pulled: Container image "nginx:1.27" already present on machine');
    expect(getPod(c, 'web2').status?.podIP).toBe('10.244.0.4');
  });

  it('writes the status once per visible transition', () => {
    const c = Cluster.create();
    const writes: string[] = [];
    c.store.watch({ resource: 'pods' }, (e) => {
      if (e.object.metadata.name === 'web') writes.push(`${e.type}:${(e.object as Stored<Pod>).status?.phase ?? ''}`);
    });
    c.api.create(nginx('web'));
    c.advance(5000);
    // create, bind, ContainerCreating, Running
    expect(writes).toEqual(['ADDED:Pending', 'MODIFIED:Pending', 'MODIFIED:Pending', 'MODIFIED:Running']);
  });

  it('unknown tag: ErrImagePull, then ImagePullBackOff with back-off', () => {
    const c = Cluster.create();
    c.api.create(pod('bad', { containers: [{ name: 'nginx', image: 'nginx:nope' }] }));
    until(c, () => state(getPod(c, 'bad')) === 'Waiting:ErrImagePull');
    const p = getPod(c, 'bad');
    expect(p.status?.containerStatuses?.[0]?.state?.waiting?.message).toBe(
      'Error response from daemon: manifest for nginx:nope not found: manifest unknown: manifest unknown',
    );
    until(c, () => state(getPod(c, 'bad')) === 'Waiting:ImagePullBackOff');
    expect(eventsOf(c, 'bad')).toEqual([
      'Scheduled: Successfully assigned default/bad to minikube',
      'Pulling: Pulling image "nginx:nope"',
      'Failed: Failed to pull image "nginx:nope": Error response from daemon: manifest for nginx:nope not found: manifest unknown: manifest unknown',
      'Failed: Error: ErrImagePull',
      'BackOff: Back-off pulling image "nginx:nope"',
      'Failed: Error: ImagePullBackOff',
    ]);
    c.advance(5 * 60_000);
    expect(eventCount(c, 'bad', 'Pulling')).toBeGreaterThanOrEqual(4);
    expect(getPod(c, 'bad').status?.phase).toBe('Pending');
  });

  it('unknown repository: pull access denied', () => {
    const c = Cluster.create();
    c.api.create(pod('nope', { containers: [{ name: 'a', image: 'no-such-image' }] }));
    c.advance(5000);
    expect(eventsOf(c, 'nope')).toContain(
      'Failed: Failed to pull image "no-such-image": Error response from daemon: pull access denied for no-such-image, repository does not exist or may require \'docker login\': denied: requested access to the resource is denied',
    );
  });

  // kuberuntime_manager.go doBackOff: no wait before the first restart, then 10 s doubling; a sync that finds the
  // container backing off fails, and the pod worker retries it 10 to 15 s later (pod_workers.go completeWork,
  // wait.Jitter(backOffPeriod, 0.5)), which delays each restart by up to that much (kubernetes#123602).
  it('a crashing container restarts with back-off 10s, 20s, 40s… into CrashLoopBackOff', () => {
    const c = Cluster.create();
    c.api.create(busybox('crash', ['sh', '-c', 'exit 1']));
    const restartTimes: number[] = [];
    let last = 0;
    const start = c.now();
    while (c.now() - start < 200_000) {
      c.advance(100);
      const n = restarts(getPod(c, 'crash'));
      if (n !== last) {
        restartTimes.push(c.now());
        last = n;
      }
    }
    const gaps = restartTimes.slice(1).map((t, i) => Math.round((t - (restartTimes[i] ?? 0)) / 1000));
    // The first restart is immediate; then the back-off doubles: 10, 20, 40, 80 s, each a retry period late at most.
    expect(restartTimes[0]! - start).toBeLessThan(3000);
    [10, 20, 40, 80].forEach((backOff, i) => {
      expect(gaps[i]).toBeGreaterThanOrEqual(backOff);
      expect(gaps[i]).toBeLessThanOrEqual(backOff + 16);
    });
    const p = getPod(c, 'crash');
    expect(p.status?.phase).toBe('Running');
    expect(state(p)).toBe('Waiting:CrashLoopBackOff');
    expect(p.status?.containerStatuses?.[0]?.lastState?.terminated).toMatchObject({ exitCode: 1, reason: 'Error' });
    expect(eventsOf(c, 'crash')).toContain(
      `BackOff: Back-off restarting failed container box in pod crash_default(${p.metadata.uid})`,
    );
  });

  it('OOMKilled when the image needs more memory than its limit', () => {
    const c = Cluster.create();
    c.api.create(
      pod('oom', {
        containers: [
          {
            name: 'db',
            image: 'mysql:8.0',
            env: [{ name: 'MYSQL_ROOT_PASSWORD', value: 'x' }],
            resources: { limits: { memory: '64Mi' } },
          },
        ],
      }),
    );
    until(c, () => restarts(getPod(c, 'oom')) > 0);
    expect(getPod(c, 'oom').status?.containerStatuses?.[0]?.lastState?.terminated).toMatchObject({
      exitCode: 137,
      reason: 'OOMKilled',
    });
  });

  it('restartPolicy Never and OnFailure: Job-style pods complete or fail', () => {
    const c = Cluster.create();
    c.api.create(busybox('ok', ['echo', 'hi'], { restartPolicy: 'Never' }));
    c.api.create(busybox('fail', ['sh', '-c', 'exit 3'], { restartPolicy: 'Never' }));
    c.api.create(busybox('retry', ['sh', '-c', 'exit 2'], { restartPolicy: 'OnFailure' }));
    c.api.create(busybox('done', ['sh', '-c', 'sleep 2; echo finished'], { restartPolicy: 'OnFailure' }));
    c.advance(30_000);
    expect(getPod(c, 'ok').status?.phase).toBe('Succeeded');
    expect(state(getPod(c, 'ok'))).toBe('Terminated:Completed');
    expect(getPod(c, 'ok').status?.conditions?.find((x) => x.type === 'Ready')?.reason).toBe('PodCompleted');
    expect(getPod(c, 'fail').status?.phase).toBe('Failed');
    expect(getPod(c, 'fail').status?.containerStatuses?.[0]?.state?.terminated?.exitCode).toBe(3);
    expect(getPod(c, 'retry').status?.phase).toBe('Running');
    expect(restarts(getPod(c, 'retry'))).toBeGreaterThan(0);
    expect(getPod(c, 'done').status?.phase).toBe('Succeeded');
    expect(podLogs(c, getPod(c, 'ok'))).toEqual(['hi']);
    expect(podLogs(c, getPod(c, 'done'))).toEqual(['finished']);
  });

  it('init containers run in order first (Init:0/2 … then Running)', () => {
    const c = Cluster.create();
    c.api.create(
      pod('init', {
        initContainers: [
          { name: 'wait', image: 'busybox:1.28', command: ['sh', '-c', 'sleep 5'] },
          { name: 'prep', image: 'busybox:1.28', command: ['sh', '-c', 'echo ready'] },
        ],
        containers: [{ name: 'app', image: 'nginx' }],
      }),
    );
    until(c, () => getPod(c, 'init').status?.initContainerStatuses?.[0]?.state?.running !== undefined);
    let p = getPod(c, 'init');
    expect(p.status?.phase).toBe('Pending');
    expect(p.status?.initContainerStatuses?.[1]?.state?.waiting?.reason).toBe('PodInitializing');
    expect(p.status?.containerStatuses?.[0]?.state?.waiting?.reason).toBe('PodInitializing');
    expect(p.status?.conditions?.find((x) => x.type === 'Initialized')?.message).toBe(
      'containers with incomplete status: [wait prep]',
    );
    const took = until(c, () => getPod(c, 'init').status?.phase === 'Running');
    expect(took).toBeGreaterThan(4000);
    p = getPod(c, 'init');
    expect(p.status?.initContainerStatuses?.map((s) => s.state?.terminated?.reason)).toEqual([
      'Completed',
      'Completed',
    ]);
  });

  it('readiness probe on a port the image does not serve never passes', () => {
    const c = Cluster.create();
    c.api.create(nginx('np', { readinessProbe: { httpGet: { path: '/', port: 8080 }, periodSeconds: 5 } }));
    c.advance(60_000);
    const p = getPod(c, 'np');
    expect(p.status?.phase).toBe('Running');
    expect(p.status?.containerStatuses?.[0]?.ready).toBe(false);
    expect(p.status?.conditions?.find((x) => x.type === 'Ready')).toMatchObject({
      status: 'False',
      reason: 'ContainersNotReady',
      message: 'containers with unready status: [nginx]',
    });
    expect(eventsOf(c, 'np')).toContain(
      `Unhealthy: Readiness probe failed: Get "http://${p.status?.podIP ?? ''}:8080/": dial tcp ${p.status?.podIP ?? ''}:8080: connect: connection refused`,
    );
    expect(eventCount(c, 'np', 'Unhealthy')).toBeGreaterThan(5);
  });

  it('readiness probe on the served port passes after its initial delay', () => {
    const c = Cluster.create();
    c.api.create(nginx('ok', { readinessProbe: { httpGet: { path: '/', port: 80 }, initialDelaySeconds: 5 } }));
    c.advance(4000);
    expect(getPod(c, 'ok').status?.containerStatuses?.[0]?.ready).toBe(false);
    c.advance(4000);
    expect(getPod(c, 'ok').status?.containerStatuses?.[0]?.ready).toBe(true);
  });

  it('a failing liveness probe kills and restarts the container', () => {
    const c = Cluster.create();
    c.api.create(
      nginx('live', { livenessProbe: { tcpSocket: { port: 8080 }, periodSeconds: 10, failureThreshold: 3 } }),
    );
    until(c, () => restarts(getPod(c, 'live')) === 1);
    expect(eventsOf(c, 'live')).toContain('Killing: Container nginx failed liveness probe, will be restarted');
    expect(eventCount(c, 'live', 'Unhealthy')).toBe(3);
  });

  it('the docs liveness-exec example restarts once /tmp/healthy is gone', () => {
    const c = Cluster.create();
    c.api.create(
      pod('liveness-exec', {
        containers: [
          {
            name: 'liveness',
            image: 'registry.k8s.io/busybox:1.27.2',
            args: ['/bin/sh', '-c', 'touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600'],
            livenessProbe: { exec: { command: ['cat', '/tmp/healthy'] }, initialDelaySeconds: 5, periodSeconds: 5 },
          },
        ],
      }),
    );
    c.advance(30_000);
    expect(restarts(getPod(c, 'liveness-exec'))).toBe(0);
    until(c, () => restarts(getPod(c, 'liveness-exec')) === 1);
    expect(eventsOf(c, 'liveness-exec')).toContain(
      "Unhealthy: Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory",
    );
  });

  it('graceful termination: nginx goes promptly, a sleeping shell waits for its grace period', () => {
    const c = Cluster.create();
    c.api.create(nginx('web'));
    c.api.create(busybox('sleeper', ['sleep', '3600']));
    c.advance(5000);
    c.api.delete('pods', 'default', 'web');
    c.api.delete('pods', 'default', 'sleeper');
    c.advance(100);
    expect(findPod(c, 'web')?.metadata.deletionTimestamp).toBeDefined();
    expect(eventsOf(c, 'web')).toContain('Killing: Stopping container nginx');
    c.advance(2000);
    expect(findPod(c, 'web')).toBeUndefined();
    expect(findPod(c, 'sleeper')).toBeDefined();
    c.advance(28_000);
    expect(findPod(c, 'sleeper')).toBeUndefined();
  });

  it('hostNetwork pods get the node IP', () => {
    const c = Cluster.create();
    c.api.create(pod('host', { hostNetwork: true, containers: [{ name: 'a', image: 'nginx' }] }));
    c.advance(3000);
    expect(getPod(c, 'host').status?.podIP).toBe('192.168.49.2');
  });

  it('leaves the bootstrap pods alone', () => {
    const c = Cluster.create();
    const before = c.store.list('pods').map((p) => p.metadata.resourceVersion);
    c.settle();
    c.advance(60_000);
    expect(c.store.list('pods').map((p) => p.metadata.resourceVersion)).toEqual(before);
  });

  it('survives a snapshot mid-lifecycle', () => {
    const c = Cluster.create();
    c.api.create(nginx('web'));
    c.api.create(busybox('crash', ['false']));
    c.advance(500);
    const r = Cluster.restore(JSON.parse(JSON.stringify(c.snapshot())) as ReturnType<Cluster['snapshot']>);
    c.advance(60_000);
    r.advance(60_000);
    expect(JSON.stringify(r.snapshot())).toBe(JSON.stringify(c.snapshot()));
    expect(getPod(r, 'web').status?.phase).toBe('Running');
  });
});

describe('logs, exec and metrics', () => {
  it('nginx logs its start-up; busybox its command output; --previous the crashed run', () => {
    const c = Cluster.create();
    c.api.create(nginx('web'));
    c.api.create(busybox('ticker', ['sh', '-c', 'while true; do echo tick; sleep 5; done']));
    c.api.create(busybox('crash', ['sh', '-c', 'echo dying; exit 1']));
    c.advance(21_000);
    const web = podLogs(c, getPod(c, 'web'));
    expect(web[0]).toBe(
      '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
    );
    expect(web).toContain('2025/01/01 00:00:01 [notice] 1#1: nginx/1.27.3');
    expect(podLogs(c, getPod(c, 'ticker'))).toEqual(['tick', 'tick', 'tick', 'tick', 'tick']);
    expect(podLogs(c, getPod(c, 'ticker'), { tail: 2 })).toEqual(['tick', 'tick']);
    expect(podLogs(c, getPod(c, 'crash'), { previous: true })).toEqual(['dying']);
    expect(() => podLogs(c, getPod(c, 'web'), { previous: true })).toThrow(
      'previous terminated container "nginx" in pod "web" not found',
    );
  });

  it('logs of a container that has not started are the API server error', () => {
    const c = Cluster.create();
    c.api.create(pod('bad', { containers: [{ name: 'nginx', image: 'nginx:nope' }] }));
    c.advance(5000);
    expect(() => podLogs(c, getPod(c, 'bad'))).toThrow(
      'container "nginx" in pod "bad" is waiting to start: trying and failing to pull image',
    );
  });

  it('exec: common commands, and no bash in busybox', () => {
    const c = Cluster.create();
    c.api.create(nginx('web', { env: [{ name: 'GREETING', value: 'hello' }] }));
    c.api.create(busybox('box', ['sleep', '3600']));
    c.advance(5000);
    const web = getPod(c, 'web');
    expect(execInContainer(c, web, undefined, ['cat', '/etc/hostname']).stdout).toBe('web\n');
    expect(execInContainer(c, web, undefined, ['hostname'])).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    expect(execInContainer(c, web, undefined, ['nginx', '-v']).stderr).toBe('nginx version: nginx/1.27.3\n');
    expect(execInContainer(c, web, undefined, ['cat', '/usr/share/nginx/html/index.html']).stdout).toContain(
      '<title>Welcome to nginx!</title>',
    );
    const env = execInContainer(c, web, 'nginx', ['env']).stdout;
    expect(env).toContain('GREETING=hello\n');
    expect(env).toContain('KUBERNETES_SERVICE_HOST=10.96.0.1\n');
    const box = getPod(c, 'box');
    expect(execInContainer(c, box, undefined, ['bash'])).toEqual({
      stdout: '',
      stderr:
        'OCI runtime exec failed: exec failed: unable to start container process: exec: "bash": executable file not found in $PATH: unknown\n',
      exitCode: 126,
    });
    expect(execInContainer(c, box, undefined, ['ps']).stdout).toContain('    1 root      0:00 sleep 3600');
    // What a shell in the container works on (scripts run in kubectl's container shell, over this).
    const fs = containerView(c, box, 'box');
    expect(fs?.binaries).toContain('sh');
    expect(fs?.binaries).not.toContain('bash');
    expect(fs?.files['/etc/resolv.conf']).toBe(
      'nameserver 10.96.0.10\nsearch default.svc.cluster.local svc.cluster.local cluster.local\noptions ndots:5\n',
    );
    expect(fs?.dirs).toEqual(expect.arrayContaining(['/', '/tmp', '/etc', '/usr']));
    expect(containerView(c, web, 'nginx')?.files['/usr/share/nginx/html/index.html']).toContain(
      '<title>Welcome to nginx!</title>',
    );
  });

  it('metrics only with the metrics-server addon', () => {
    const c = Cluster.create();
    c.api.create(nginx('web'));
    c.advance(5000);
    expect(podMetrics(c, 'default')).toBeUndefined();
    expect(nodeMetrics(c)).toBeUndefined();
    c.setAddon('metrics-server', true);
    const pods = podMetrics(c, 'default') ?? [];
    expect(pods.map((p) => p.metadata.name)).toEqual(['web']);
    const kib = (m: string | undefined) => quantityValue(parseQuantity(m ?? '0')) / 1024;
    const nanocores = (m: string | undefined) => quantityMilliValue(parseQuantity(m ?? '0')) * 1_000_000;
    expect(kib(pods[0]?.containers[0]?.usage.memory)).toBeGreaterThan(8 * 1024 - 1);
    const nodes = nodeMetrics(c) ?? [];
    expect(nodes[0]?.metadata.name).toBe('minikube');
    expect(nanocores(nodes[0]?.usage.cpu)).toBeGreaterThan(100_000_000);
    expect(nodes[0]?.usage.memory).toMatch(/^\d+(Ki|Mi)$/);
    const before = nanocores(pods[0]?.containers[0]?.usage.cpu);
    c.runtime.podCpuMillis[getPod(c, 'web').metadata.uid] = 250;
    expect(nanocores((podMetrics(c, 'default') ?? [])[0]?.containers[0]?.usage.cpu)).toBe(before + 250_000_000);
  });
});
