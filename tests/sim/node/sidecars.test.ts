/**
 * Native sidecars (init containers with `restartPolicy: Always`), as the v1.32 kubelet runs them.
 * Sources (kubernetes v1.32): pkg/kubelet/kuberuntime/kuberuntime_container.go
 * computeInitContainerActions (the next container starts once a sidecar is started, i.e. running
 * with its startup probe passed; sidecars restart whatever the pod's restartPolicy) and
 * killContainersWithSyncResult (containers stop first, then sidecars, last started first);
 * pkg/kubelet/status/generate.go GeneratePodInitializedCondition / GenerateContainersReadyCondition;
 * pkg/printers/internalversion/printers.go printPod (READY counts restartable init containers);
 * the walkthrough: kubernetes/website content/en/docs/concepts/workloads/pods/sidecar-containers.md.
 */
import { Cluster } from '../../../server/src/sim/index.js';
import { podStatusCells } from '../../../server/src/kubectl/print/columns/pod.js';
import { eventsOf, getPod, pod, until } from './helpers.js';

const shipper = (extra: Record<string, unknown> = {}) => ({
  name: 'logshipper',
  image: 'alpine:3.20',
  restartPolicy: 'Always',
  command: ['sh', '-c', 'tail -F /opt/logs.txt'],
  ...extra,
});
const app = {
  name: 'myapp',
  image: 'alpine:3.20',
  command: ['sh', '-c', 'while true; do echo logging >> /opt/logs.txt; sleep 1; done'],
};

describe('native sidecars', () => {
  it('containers start once the sidecar has started; READY counts it', () => {
    const c = Cluster.create();
    c.api.create(pod('myapp', { initContainers: [shipper()], containers: [app] }));
    until(c, () => getPod(c, 'myapp').status?.phase === 'Running');
    until(c, () => getPod(c, 'myapp').status?.containerStatuses?.[0]?.ready === true);
    const p = getPod(c, 'myapp');
    expect(podStatusCells(p, c.now())).toEqual(['2/2', 'Running', '0']);
    const events = eventsOf(c, 'myapp');
    expect(events.indexOf('Started: Started container logshipper')).toBeLessThan(
      events.indexOf('Started: Started container myapp'),
    );
    expect(p.status?.initContainerStatuses?.[0]).toMatchObject({ name: 'logshipper', ready: true, started: true });
  });

  it('a startup probe holds the containers back until it passes', () => {
    const c = Cluster.create();
    const probe = { exec: { command: ['true'] }, initialDelaySeconds: 5, periodSeconds: 1 };
    c.api.create(pod('probed', { initContainers: [shipper({ startupProbe: probe })], containers: [app] }));
    c.advance(3_000);
    let p = getPod(c, 'probed');
    expect(podStatusCells(p, c.now())).toEqual(['0/2', 'Init:0/1', '0']);
    expect(p.status?.containerStatuses?.[0]?.state?.waiting?.reason).toBe('PodInitializing');
    c.advance(5_000);
    p = getPod(c, 'probed');
    expect(p.status?.phase).toBe('Running');
    expect(podStatusCells(p, c.now())[0]).toBe('2/2');
  });

  it('a sidecar restarts even under restartPolicy Never, and stops when the containers are done', () => {
    const c = Cluster.create();
    c.api.create(
      pod('job', {
        restartPolicy: 'Never',
        initContainers: [shipper({ command: ['sh', '-c', 'sleep 2; exit 1'] })],
        containers: [{ name: 'work', image: 'busybox:1.36', command: ['sh', '-c', 'sleep 5'] }],
      }),
    );
    until(c, () => (getPod(c, 'job').status?.initContainerStatuses?.[0]?.restartCount ?? 0) > 0);
    until(c, () => getPod(c, 'job').status?.phase === 'Succeeded', 60_000);
    const restarts = getPod(c, 'job').status?.initContainerStatuses?.[0]?.restartCount;
    c.advance(120_000);
    const sidecar = getPod(c, 'job').status?.initContainerStatuses?.[0];
    expect(sidecar?.state?.terminated).toBeDefined();
    expect(sidecar?.restartCount).toBe(restarts);
    expect(getPod(c, 'job').status?.phase).toBe('Succeeded');
  });

  it('a running sidecar is stopped once the containers have completed', () => {
    const c = Cluster.create();
    c.api.create(
      pod('batch', {
        restartPolicy: 'Never',
        initContainers: [shipper()],
        containers: [{ name: 'work', image: 'busybox:1.36', command: ['sh', '-c', 'sleep 5'] }],
      }),
    );
    until(c, () => getPod(c, 'batch').status?.phase === 'Succeeded', 60_000);
    c.advance(1_000);
    expect(eventsOf(c, 'batch')).toContain('Killing: Stopping container logshipper');
    expect(getPod(c, 'batch').status?.initContainerStatuses?.[0]?.state?.terminated).toBeDefined();
  });

  it('on delete the containers stop first, then the sidecars, last started first', () => {
    const c = Cluster.create();
    c.api.create(
      pod('web', {
        initContainers: [shipper(), shipper({ name: 'proxy' })],
        containers: [{ name: 'nginx', image: 'nginx:1.27' }],
      }),
    );
    until(c, () => getPod(c, 'web').status?.containerStatuses?.[0]?.ready === true);
    c.api.delete('pods', 'default', 'web');
    until(c, () => c.api.find('pods', 'default', 'web') === undefined, 60_000);
    expect(eventsOf(c, 'web').filter((e) => e.startsWith('Killing'))).toEqual([
      'Killing: Stopping container nginx',
      'Killing: Stopping container proxy',
      'Killing: Stopping container logshipper',
    ]);
  });
});
