import type { Node, Pod } from 'kubernetes-types/core/v1';
import { Cluster, type Stored } from '../../../server/src/sim/index.js';
import { eventsOf, getPod, nginx } from './helpers.js';

const deployment = (name: string, replicas: number) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name },
  spec: {
    replicas,
    selector: { matchLabels: { app: name } },
    template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } },
  },
});

const node = (c: Cluster, name: string) => c.api.get<Node>('nodes', undefined, name);
const ready = (c: Cluster, name: string) => node(c, name).status?.conditions?.find((x) => x.type === 'Ready');
const taints = (c: Cluster, name: string) => (node(c, name).spec?.taints ?? []).map((t) => `${t.key}:${t.effect}`);
const webPods = (c: Cluster) =>
  c.store.list('pods', 'default').filter((p) => p.metadata.labels?.app === 'web') as Stored<Pod>[];

describe('node lifecycle', () => {
  it('a stopped node goes NotReady after 40 s; its pods are evicted after 300 s and replaced elsewhere', () => {
    const c = Cluster.create({ nodes: 3 });
    c.api.create(deployment('web', 6));
    c.settle();
    expect(webPods(c).filter((p) => p.status?.phase === 'Running')).toHaveLength(6);
    const victims = webPods(c)
      .filter((p) => p.spec?.nodeName === 'minikube-m02')
      .map((p) => p.metadata.name);
    expect(victims.length).toBeGreaterThan(0);

    c.stopNode('minikube-m02');
    c.advance(39_000);
    expect(ready(c, 'minikube-m02')?.status).toBe('True');
    c.advance(2_000);
    expect(ready(c, 'minikube-m02')).toMatchObject({
      status: 'Unknown',
      reason: 'NodeStatusUnknown',
      message: 'Kubelet stopped posting node status.',
    });
    expect(node(c, 'minikube-m02').status?.conditions?.every((x) => x.status === 'Unknown')).toBe(true);
    expect(taints(c, 'minikube-m02')).toEqual([
      'node.kubernetes.io/unreachable:NoSchedule',
      'node.kubernetes.io/unreachable:NoExecute',
    ]);
    // Its pods are marked not ready but stay until their toleration (300 s) runs out.
    expect(getPod(c, victims[0]!).status?.conditions?.find((x) => x.type === 'Ready')?.status).toBe('False');
    c.advance(295_000);
    expect(getPod(c, victims[0]!).metadata.deletionTimestamp).toBeUndefined();
    c.advance(10_000);
    const evicted = getPod(c, victims[0]!);
    expect(evicted.metadata.deletionTimestamp).toBeDefined();
    expect(eventsOf(c, victims[0]!)).toContain(`TaintManagerEviction: Marking for deletion Pod default/${victims[0]!}`);
    c.settle();
    // The kubelet is down: the old pods stay Terminating; the ReplicaSet has replaced them elsewhere.
    const running = webPods(c).filter((p) => p.status?.phase === 'Running' && !p.metadata.deletionTimestamp);
    expect(running).toHaveLength(6);
    expect(running.every((p) => p.spec?.nodeName !== 'minikube-m02')).toBe(true);
    expect(
      webPods(c)
        .filter((p) => p.metadata.deletionTimestamp)
        .map((p) => p.metadata.name)
        .sort(),
    ).toEqual([...victims].sort());

    // The node comes back: Ready, untainted, and its kubelet finishes the deletions.
    c.startNode('minikube-m02');
    c.settle();
    expect(ready(c, 'minikube-m02')?.status).toBe('True');
    expect(taints(c, 'minikube-m02')).toEqual([]);
    expect(webPods(c)).toHaveLength(6);
  });

  it('cordon adds the unschedulable taint; uncordon removes it', () => {
    const c = Cluster.create();
    c.api.patch('nodes', undefined, 'minikube', { spec: { unschedulable: true } }, 'merge');
    c.settle();
    expect(taints(c, 'minikube')).toEqual(['node.kubernetes.io/unschedulable:NoSchedule']);
    c.api.patch('nodes', undefined, 'minikube', { spec: { unschedulable: null } }, 'merge');
    c.settle();
    expect(taints(c, 'minikube')).toEqual([]);
  });

  it('a NoExecute taint the pod does not tolerate evicts it at once', () => {
    const c = Cluster.create();
    c.api.create(nginx('web'));
    c.settle();
    c.api.patch(
      'nodes',
      undefined,
      'minikube',
      { spec: { taints: [{ key: 'maintenance', effect: 'NoExecute' }] } },
      'merge',
    );
    c.advance(10);
    expect(getPod(c, 'web').metadata.deletionTimestamp).toBeDefined();
    // DaemonSet-style pods that tolerate everything stay.
    const proxy = c.store.list('pods', 'kube-system').find((p) => p.metadata.name.startsWith('kube-proxy-'));
    expect(proxy?.metadata.deletionTimestamp).toBeUndefined();
  });

  it('writes nothing for a healthy idle cluster', () => {
    const c = Cluster.create({ nodes: 2 });
    c.settle();
    const rv = c.store.list('nodes').map((n) => n.metadata.resourceVersion);
    c.advance(10 * 60_000);
    expect(c.store.list('nodes').map((n) => n.metadata.resourceVersion)).toEqual(rv);
  });
});
