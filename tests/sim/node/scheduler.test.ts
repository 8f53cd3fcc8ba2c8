import type { Node, Pod } from 'kubernetes-types/core/v1';
import { Cluster, type Stored } from '../../../server/src/sim/index.js';
import { feasibleNodesToFind } from '../../../server/src/sim/node/scheduler/scheduler.js';
import { eventsOf, getPod, nginx, pod } from './helpers.js';

const withCpu = (name: string, cpu: string, extra: Record<string, unknown> = {}) =>
  pod(name, { containers: [{ name: 'app', image: 'nginx:1.27', resources: { requests: { cpu } } }], ...extra });

function taint(c: Cluster, node: string, key: string, effect = 'NoSchedule', value?: string): void {
  c.api.patch('nodes', undefined, node, { spec: { taints: [{ key, effect, ...(value ? { value } : {}) }] } }, 'merge');
}

function failedScheduling(c: Cluster, name: string): string | undefined {
  const p = getPod(c, name);
  return p.status?.conditions?.find((x) => x.type === 'PodScheduled' && x.status === 'False')?.message;
}

describe('scheduler', () => {
  it('binds a pod with PodScheduled and the Scheduled event', () => {
    const c = Cluster.create();
    c.api.create(nginx('web'));
    c.advance(10);
    const p = getPod(c, 'web');
    expect(p.spec?.nodeName).toBe('minikube');
    expect(p.status?.conditions?.find((x) => x.type === 'PodScheduled')?.status).toBe('True');
    expect(eventsOf(c, 'web')[0]).toBe('Scheduled: Successfully assigned default/web to minikube');
  });

  it('writes the real FailedScheduling message, filter histogram then preemption', () => {
    // Source: kubernetes/kubernetes pkg/scheduler/framework/types.go FitError.Error() (NoNodeAvailableMsg,
    // SeparatorFormat " %v.", reasons sorted "count reason"), defaultpreemption PostFilter ("preemption: " + msg),
    // tainttoleration ("node(s) had untolerated taint {%s: %s}"), noderesources ("Insufficient cpu").
    const c = Cluster.create({ nodes: 3 });
    taint(c, 'minikube', 'node-role.kubernetes.io/control-plane');
    c.api.create(withCpu('big', '3'));
    c.advance(10);
    expect(failedScheduling(c, 'big')).toBe(
      '0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.',
    );
    const p = getPod(c, 'big');
    expect(p.status?.phase).toBe('Pending');
    expect(p.status?.conditions?.find((x) => x.type === 'PodScheduled')?.reason).toBe('Unschedulable');
    expect(eventsOf(c, 'big')).toEqual([`FailedScheduling: ${failedScheduling(c, 'big') ?? ''}`]);
  });

  it('NodeUnschedulable: a cordoned node takes no pods until uncordoned', () => {
    const c = Cluster.create();
    c.api.patch('nodes', undefined, 'minikube', { spec: { unschedulable: true } }, 'merge');
    c.advance(10);
    c.api.create(nginx('web'));
    c.advance(10);
    // NodeUnschedulable runs before TaintToleration, so the cordon is what the message names.
    expect(failedScheduling(c, 'web')).toBe(
      '0/1 nodes are available: 1 node(s) were unschedulable. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.',
    );
    expect(
      (c.api.get<Node>('nodes', undefined, 'minikube').spec?.taints ?? []).map((t) => `${t.key}:${t.effect}`),
    ).toEqual(['node.kubernetes.io/unschedulable:NoSchedule']);
    c.api.patch('nodes', undefined, 'minikube', { spec: { unschedulable: false } }, 'merge');
    c.advance(10);
    expect(getPod(c, 'web').spec?.nodeName).toBe('minikube');
  });

  it('NodeUnschedulable without the taint (plugin order: unschedulable before taints)', () => {
    const c = Cluster.create();
    // Written directly: no node controller has added the taint yet.
    const node = c.store.get('nodes', undefined, 'minikube') as Stored<Node>;
    c.store.put('nodes', { ...node, spec: { ...node.spec, unschedulable: true } });
    c.api.create(nginx('web'));
    c.advance(1);
    expect(eventsOf(c, 'web')[0]).toMatch(
      /^FailedScheduling: 0\/1 nodes are available: 1 node\(s\) (were unschedulable|had untolerated taint)/,
    );
  });

  it('NodeAffinity: nodeSelector and required node affinity', () => {
    const c = Cluster.create({ nodes: 2 });
    c.api.create(pod('sel', { nodeSelector: { disktype: 'ssd' }, containers: [{ name: 'a', image: 'nginx' }] }));
    c.advance(10);
    expect(failedScheduling(c, 'sel')).toBe(
      "0/2 nodes are available: 2 node(s) didn't match Pod's node affinity/selector. preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.",
    );
    c.api.patch('nodes', undefined, 'minikube-m02', { metadata: { labels: { disktype: 'ssd' } } }, 'merge');
    c.advance(10);
    expect(getPod(c, 'sel').spec?.nodeName).toBe('minikube-m02');
    c.api.create(
      pod('aff', {
        affinity: {
          nodeAffinity: {
            requiredDuringSchedulingIgnoredDuringExecution: {
              nodeSelectorTerms: [
                { matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: ['minikube'] }] },
              ],
            },
          },
        },
        containers: [{ name: 'a', image: 'nginx' }],
      }),
    );
    c.advance(10);
    expect(getPod(c, 'aff').spec?.nodeName).toBe('minikube');
  });

  it('TaintToleration: a toleration lets the pod onto a tainted node', () => {
    const c = Cluster.create();
    taint(c, 'minikube', 'dedicated', 'NoSchedule', 'gpu');
    c.api.create(nginx('plain'));
    c.api.create(
      pod('tolerant', {
        tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'gpu', effect: 'NoSchedule' }],
        containers: [{ name: 'a', image: 'nginx' }],
      }),
    );
    c.advance(10);
    expect(failedScheduling(c, 'plain')).toContain('1 node(s) had untolerated taint {dedicated: gpu}');
    expect(getPod(c, 'tolerant').spec?.nodeName).toBe('minikube');
  });

  it('NodePorts: two pods asking for the same hostPort do not share a node', () => {
    const c = Cluster.create();
    const hp = (name: string) =>
      pod(name, { containers: [{ name: 'a', image: 'nginx', ports: [{ containerPort: 80, hostPort: 8080 }] }] });
    c.api.create(hp('one'));
    c.advance(10);
    c.api.create(hp('two'));
    c.advance(10);
    expect(getPod(c, 'one').spec?.nodeName).toBe('minikube');
    expect(failedScheduling(c, 'two')).toBe(
      "0/1 nodes are available: 1 node(s) didn't have free ports for the requested pod ports. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.",
    );
  });

  it('NodeResourcesFit: memory and pod count', () => {
    const c = Cluster.create();
    c.api.create(
      pod('mem', { containers: [{ name: 'a', image: 'nginx', resources: { requests: { memory: '8Gi' } } }] }),
    );
    c.advance(10);
    expect(failedScheduling(c, 'mem')).toBe(
      '0/1 nodes are available: 1 Insufficient memory. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.',
    );
  });

  it('InterPodAffinity: required anti-affinity on hostname spreads, then refuses', () => {
    const c = Cluster.create({ nodes: 2 });
    const anti = (name: string) =>
      pod(
        name,
        {
          affinity: {
            podAntiAffinity: {
              requiredDuringSchedulingIgnoredDuringExecution: [
                { labelSelector: { matchLabels: { app: 'db' } }, topologyKey: 'kubernetes.io/hostname' },
              ],
            },
          },
          containers: [{ name: 'a', image: 'redis' }],
        },
        { app: 'db' },
      );
    for (const n of ['db-0', 'db-1', 'db-2']) {
      c.api.create(anti(n));
      c.advance(10);
    }
    const nodes = ['db-0', 'db-1'].map((n) => getPod(c, n).spec?.nodeName).sort();
    expect(nodes).toEqual(['minikube', 'minikube-m02']);
    expect(failedScheduling(c, 'db-2')).toBe(
      "0/2 nodes are available: 2 node(s) didn't match pod anti-affinity rules. preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod.",
    );
  });

  it('scores: spread (LeastAllocated) uses every node, binpack (MostAllocated) fills one', () => {
    const place = (scoring: 'spread' | 'binpack') => {
      const c = Cluster.create({ nodes: 3, scoring });
      for (let i = 0; i < 3; i++) {
        c.api.create(withCpu(`p${i}`, '200m'));
        c.advance(10);
      }
      return new Set([0, 1, 2].map((i) => getPod(c, `p${i}`).spec?.nodeName));
    };
    // The control plane already requests 750m, so spreading prefers the two workers.
    expect(place('spread')).toEqual(new Set(['minikube-m02', 'minikube-m03']));
    expect(place('binpack')).toEqual(new Set(['minikube']));
  });

  it('bin-packing: pods with requests fill the node; the 5th stays Pending with the real event', () => {
    const c = Cluster.create();
    // minikube: 2 CPUs; the control plane and CoreDNS already request 750m.
    for (let i = 1; i <= 5; i++) c.api.create(withCpu(`fill-${i}`, '300m'));
    c.settle();
    const phases = [1, 2, 3, 4, 5].map((i) => getPod(c, `fill-${i}`).status?.phase);
    expect(phases).toEqual(['Running', 'Running', 'Running', 'Running', 'Pending']);
    expect(eventsOf(c, 'fill-5')).toEqual([
      'FailedScheduling: 0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.',
    ]);
    // Room frees up: the pending pod is retried and scheduled.
    c.api.delete('pods', 'default', 'fill-1');
    c.settle();
    expect(getPod(c, 'fill-5').status?.phase).toBe('Running');
  });

  it('leaves pods for another scheduler alone and does not touch bootstrap pods', () => {
    const c = Cluster.create();
    const before = c.store.list('pods').map((p) => p.metadata.resourceVersion);
    c.api.create(pod('other', { schedulerName: 'my-scheduler', containers: [{ name: 'a', image: 'nginx' }] }));
    c.settle();
    expect(getPod(c, 'other').spec?.nodeName).toBeUndefined();
    expect(c.store.list('pods', 'kube-system').map((p) => p.metadata.resourceVersion)).toEqual(before);
  });

  it('evaluates a share of large clusters as percentageOfNodesToScore does', () => {
    expect(feasibleNodesToFind(3)).toBe(3);
    expect(feasibleNodesToFind(100)).toBe(100);
    expect(feasibleNodesToFind(1000)).toBe(420);
    expect(feasibleNodesToFind(5000)).toBe(500);
  });

  it('is deterministic and survives a snapshot', () => {
    const run = () => {
      const c = Cluster.create({ nodes: 3 });
      for (let i = 0; i < 6; i++) c.api.create(nginx(`w${i}`));
      c.settle();
      return c;
    };
    const a = run();
    const b = run();
    expect(a.store.list('pods', 'default').map((p) => (p as Stored<Pod>).spec?.nodeName)).toEqual(
      b.store.list('pods', 'default').map((p) => (p as Stored<Pod>).spec?.nodeName),
    );
    const r = Cluster.restore(JSON.parse(JSON.stringify(a.snapshot())) as ReturnType<Cluster['snapshot']>);
    r.api.create(withCpu('late', '100m'));
    r.settle();
    expect(getPod(r, 'late').status?.phase).toBe('Running');
  });
});

describe('default topology spreading', () => {
  it("spreads a controller's replicas over the nodes, as kube-scheduler's PodTopologySpread defaults do", () => {
    const c = Cluster.create({ nodes: 2 });
    c.api.create({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: {
        replicas: 4,
        selector: { matchLabels: { app: 'web' } },
        template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx' }] } },
      },
    });
    c.settle();
    const nodes = c.api
      .list<Pod>('pods', { namespace: 'default', labelSelector: 'app=web' })
      .items.map((p) => p.spec?.nodeName);
    expect(nodes.filter((n) => n === 'minikube')).toHaveLength(2);
    expect(nodes.filter((n) => n === 'minikube-m02')).toHaveLength(2);
  });
});
