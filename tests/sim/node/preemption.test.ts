/**
 * The DefaultPreemption PostFilter, as kube-scheduler v1.32 runs it. Sources (kubernetes/kubernetes, release-1.32):
 * - pkg/scheduler/framework/plugins/defaultpreemption/default_preemption.go: PostFilter prefixes "preemption: ";
 *   PodEligibleToPreemptOthers ("not eligible due to preemptionPolicy=Never.", "not eligible due to a terminating pod
 *   on the nominated node."); SelectVictimsOnNode ("No preemption victims found for incoming pod", reprieve order,
 *   PDB-violating pods reprieved first); filterPodsWithPDBViolation.
 * - pkg/scheduler/framework/preemption/preemption.go: Preempt (FitError over the dry run's statuses, absent nodes
 *   "Preemption is not helpful for scheduling"); pickOneNodeForPreemption (fewest PDB violations, lowest highest
 *   victim priority, smallest priority sum, fewest victims, latest start); prepareCandidate (DisruptionTarget
 *   condition reason PreemptionByScheduler, message "%s: preempting to accommodate a higher priority pod" with the
 *   scheduler name, event reason "Preempted" with "Preempted by pod %v on node %v", the preemptor's UID).
 * - pkg/scheduler/framework/types.go FitError.Error(): the PostFilter message follows after a space; nothing when a
 *   node was nominated. pkg/scheduler/schedule_one.go: status.nominatedNodeName set with the PodScheduled condition.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import { Cluster } from '../../../server/src/sim/index.js';
import { eventsOf, findPod, getPod, pod, until } from './helpers.js';

const priorityClass = (name: string, value: number, preemptionPolicy?: string) => ({
  apiVersion: 'scheduling.k8s.io/v1',
  kind: 'PriorityClass',
  metadata: { name },
  value,
  ...(preemptionPolicy ? { preemptionPolicy } : {}),
});

/** A pod of a class asking for `cpu`; `sleep` ignores SIGTERM, so its pod takes the whole grace period to go. */
function cpuPod(
  name: string,
  cpu: string,
  opts: { cls?: string; node?: string; sleep?: boolean; labels?: Record<string, string> } = {},
) {
  const container = opts.sleep
    ? { name: 'app', image: 'busybox:1.36', command: ['sleep', '3600'], resources: { requests: { cpu } } }
    : { name: 'app', image: 'nginx:1.27', resources: { requests: { cpu } } };
  return pod(
    name,
    {
      containers: [container],
      ...(opts.cls ? { priorityClassName: opts.cls } : {}),
      ...(opts.node ? { nodeSelector: { 'kubernetes.io/hostname': opts.node } } : {}),
    },
    opts.labels,
  );
}

function scheduledMessage(c: Cluster, name: string): string | undefined {
  return getPod(c, name).status?.conditions?.find((x) => x.type === 'PodScheduled' && x.status === 'False')?.message;
}

const running = (c: Cluster, name: string) => findPod(c, name)?.status?.phase === 'Running';

/** One minikube node (2 CPUs, 750m requested by the control plane): two 500m low-priority pods leave 250m. */
function fullNode(opts: { sleep?: boolean } = {}): Cluster {
  const c = Cluster.create();
  c.api.create(priorityClass('low', 100));
  c.api.create(priorityClass('high', 1000));
  c.api.create(cpuPod('low-1', '500m', { cls: 'low', ...opts }));
  until(c, () => running(c, 'low-1'));
  c.advance(1000);
  c.api.create(cpuPod('low-2', '500m', { cls: 'low', ...opts }));
  until(c, () => running(c, 'low-2'));
  return c;
}

describe('preemption', () => {
  it('evicts the least important lower-priority pod, nominates the node, then schedules the preemptor there', () => {
    const c = fullNode();
    c.api.create(cpuPod('high', '500m', { cls: 'high' }));
    c.advance(10);
    const high = getPod(c, 'high');
    expect(high.spec?.priority).toBe(1000);
    expect(high.status?.nominatedNodeName).toBe('minikube');
    // Preemption succeeded: the FitError carries no PostFilter message.
    expect(scheduledMessage(c, 'high')).toBe('0/1 nodes are available: 1 Insufficient cpu.');
    // Same priority: the pod that started later is the less important one; low-1 is reprieved.
    const victim = getPod(c, 'low-2');
    expect(victim.metadata.deletionTimestamp).toBeDefined();
    expect(victim.status?.conditions?.find((x) => x.type === 'DisruptionTarget')).toMatchObject({
      status: 'True',
      reason: 'PreemptionByScheduler',
      message: 'default-scheduler: preempting to accommodate a higher priority pod',
    });
    expect(eventsOf(c, 'low-2')).toContain(`Preempted: Preempted by pod ${high.metadata.uid} on node minikube`);
    expect(getPod(c, 'low-1').metadata.deletionTimestamp).toBeUndefined();
    until(c, () => getPod(c, 'high').spec?.nodeName === 'minikube');
    expect(findPod(c, 'low-2')).toBeUndefined();
    expect(eventsOf(c, 'high').map((e) => e.split(':')[0])).toEqual(['FailedScheduling', 'Scheduled']);
  });

  it('keeps the freed room for the preemptor while its victim terminates', () => {
    const c = fullNode({ sleep: true });
    c.api.create(cpuPod('high', '500m', { cls: 'high' }));
    c.advance(10);
    expect(getPod(c, 'low-2').metadata.deletionTimestamp).toBeDefined();
    // A pod of lower priority than the nominated one sees the preemptor's requests on the node.
    c.api.create(cpuPod('other', '300m'));
    c.advance(10);
    expect(getPod(c, 'other').spec?.nodeName).toBeUndefined();
    expect(scheduledMessage(c, 'other')).toBe(
      '0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.',
    );
    // Tried again meanwhile, the preemptor waits for its victim instead of evicting more.
    c.api.patch('nodes', undefined, 'minikube', { metadata: { labels: { retry: 'now' } } }, 'merge');
    c.advance(10);
    expect(scheduledMessage(c, 'high')).toBe(
      '0/1 nodes are available: 1 Insufficient cpu. preemption: not eligible due to a terminating pod on the nominated node.',
    );
    expect(getPod(c, 'low-1').metadata.deletionTimestamp).toBeUndefined();
    // sleep ignores SIGTERM: the victim goes after its 30s grace period, then the preemptor binds.
    until(c, () => getPod(c, 'high').spec?.nodeName === 'minikube', 60_000);
    expect(getPod(c, 'other').spec?.nodeName).toBeUndefined();
  });

  it('does not preempt with preemptionPolicy Never', () => {
    const c = fullNode();
    c.api.create(priorityClass('high-nonpreempting', 1000, 'Never'));
    c.api.create(cpuPod('polite', '500m', { cls: 'high-nonpreempting' }));
    c.advance(10);
    expect(getPod(c, 'polite').spec?.preemptionPolicy).toBe('Never');
    expect(scheduledMessage(c, 'polite')).toBe(
      '0/1 nodes are available: 1 Insufficient cpu. preemption: not eligible due to preemptionPolicy=Never.',
    );
    expect(getPod(c, 'polite').status?.nominatedNodeName).toBeUndefined();
    expect(getPod(c, 'low-2').metadata.deletionTimestamp).toBeUndefined();
  });

  it('says why no node can be freed: no lower-priority pods, or too big even without them', () => {
    const c = fullNode();
    c.api.create(cpuPod('plain', '500m'));
    c.api.create(cpuPod('huge', '1500m', { cls: 'high' }));
    c.advance(10);
    // Priority 0, like every other pod on the node but the system ones (higher).
    expect(scheduledMessage(c, 'plain')).toBe(
      '0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.',
    );
    // Without every lower-priority pod (both low ones, and storage-provisioner, priority 0 as in minikube) 1250m is
    // free: 1500m does not fit, so the dry run's filter status is the reason.
    expect(scheduledMessage(c, 'huge')).toBe(
      '0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 Insufficient cpu.',
    );
    expect(getPod(c, 'huge').status?.nominatedNodeName).toBeUndefined();
    expect(getPod(c, 'low-1').metadata.deletionTimestamp).toBeUndefined();
    expect(getPod(c, 'low-2').metadata.deletionTimestamp).toBeUndefined();
  });

  it('prefers the node whose victims have the lowest priority, and never touches nodes preemption cannot help', () => {
    const c = Cluster.create({ nodes: 3 });
    c.api.create(priorityClass('p10', 10));
    c.api.create(priorityClass('p20', 20));
    c.api.create(priorityClass('top', 1000));
    c.api.patch('nodes', undefined, 'minikube', { spec: { unschedulable: true } }, 'merge');
    c.api.create(cpuPod('a', '1800m', { cls: 'p20', node: 'minikube-m02' }));
    c.api.create(cpuPod('b', '1800m', { cls: 'p10', node: 'minikube-m03' }));
    until(c, () => running(c, 'a') && running(c, 'b'));
    c.api.create(cpuPod('top', '1', { cls: 'top' }));
    c.advance(10);
    expect(getPod(c, 'top').status?.nominatedNodeName).toBe('minikube-m03');
    expect(scheduledMessage(c, 'top')).toBe(
      '0/3 nodes are available: 1 node(s) were unschedulable, 2 Insufficient cpu.',
    );
    expect(getPod(c, 'b').metadata.deletionTimestamp).toBeDefined();
    expect(getPod(c, 'a').metadata.deletionTimestamp).toBeUndefined();
  });

  it('prefers evicting pods whose PodDisruptionBudget allows it', () => {
    const c = Cluster.create({ nodes: 2 });
    c.api.create(priorityClass('low', 100));
    c.api.create(priorityClass('high', 1000));
    c.api.create({
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: { name: 'guarded' },
      spec: { minAvailable: 1, selector: { matchLabels: { app: 'guarded' } } },
    });
    c.api.create(cpuPod('guarded', '1200m', { cls: 'low', node: 'minikube', labels: { app: 'guarded' } }));
    c.api.create(cpuPod('plain', '1800m', { cls: 'low', node: 'minikube-m02', labels: { app: 'plain' } }));
    until(c, () => running(c, 'guarded') && running(c, 'plain'));
    c.advance(5000);
    c.api.create(cpuPod('high', '1', { cls: 'high' }));
    c.advance(10);
    expect(getPod(c, 'high').status?.nominatedNodeName).toBe('minikube-m02');
    expect(getPod(c, 'plain').metadata.deletionTimestamp).toBeDefined();
    expect(getPod(c, 'guarded').metadata.deletionTimestamp).toBeUndefined();
  });

  it('never evicts pods that would not make room (storage-provisioner, priority 0, requests nothing)', () => {
    const c = Cluster.create();
    c.api.create(priorityClass('high', 1000));
    c.api.create(cpuPod('greedy', '1500m', { cls: 'high' }));
    c.advance(10);
    expect(scheduledMessage(c, 'greedy')).toBe(
      '0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 Insufficient cpu.',
    );
    const deleting = (c.store.list('pods', 'kube-system') as unknown as Pod[]).filter(
      (p) => p.metadata?.deletionTimestamp,
    );
    expect(deleting).toEqual([]);
  });
});
