import type { Pod } from 'kubernetes-types/core/v1';
import { Cluster, type ClusterSnapshot, type KubeObject } from '../../server/src/sim/index.js';

const deployment = (name: string, replicas: number, image = 'nginx:1.27'): KubeObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name },
  spec: {
    replicas,
    selector: { matchLabels: { app: name } },
    template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'app', image }] } },
  },
});

/** A scenario touching every controller family: rollout, service, volume, job, node stop. */
function scenario(c: Cluster): void {
  c.api.create(deployment('web', 3));
  c.api.create({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'web' },
    spec: { selector: { app: 'web' }, ports: [{ port: 80 }] },
  });
  c.api.create({
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: { name: 'data' },
    spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
  });
  c.settle();
  c.api.patch(
    'deployments.apps',
    'default',
    'web',
    { spec: { template: { spec: { containers: [{ name: 'app', image: 'nginx:1.26' }] } } } },
    'strategic',
  );
  c.advance(3000);
  const pod = c.api.list<Pod>('pods', { namespace: 'default', labelSelector: 'app=web' }).items[0];
  if (pod) c.api.delete('pods', 'default', pod.metadata.name);
  c.advance(5000);
}

const roundTrip = (s: ClusterSnapshot) => JSON.parse(JSON.stringify(s)) as ClusterSnapshot;

describe('cluster isolation, determinism and persistence', () => {
  it('keeps many clusters in one process apart', () => {
    const clusters = Array.from({ length: 40 }, (_, i) => Cluster.create({ seed: i + 1 }));
    clusters[7]!.api.create(deployment('only-in-seven', 2));
    clusters[7]!.api.delete('services', 'default', 'kubernetes');
    for (const c of clusters) c.settle();
    clusters.forEach((c, i) => {
      const names = c.api.list('deployments.apps', { namespace: 'default' }).items.map((d) => d.metadata.name);
      expect(names).toEqual(i === 7 ? ['only-in-seven'] : []);
      expect(c.api.find('services', 'default', 'kubernetes') === undefined).toBe(i === 7);
    });
    // No object is shared between two clusters.
    const a = clusters[0]!.api.get('nodes', undefined, 'minikube');
    const b = clusters[1]!.api.get('nodes', undefined, 'minikube');
    expect(a).not.toBe(b);
  });

  it('gives the same cluster, byte for byte, for the same seed and inputs', () => {
    const one = Cluster.create({ seed: 42 });
    const two = Cluster.create({ seed: 42 });
    scenario(one);
    scenario(two);
    expect(JSON.stringify(one.snapshot())).toBe(JSON.stringify(two.snapshot()));
    const other = Cluster.create({ seed: 43 });
    scenario(other);
    expect(JSON.stringify(other.snapshot())).not.toBe(JSON.stringify(one.snapshot()));
  });

  it('restores an identical cluster from a JSON snapshot taken mid-rollout, which then carries on identically', () => {
    const live = Cluster.create({ seed: 9 });
    scenario(live);
    const restored = Cluster.restore(roundTrip(live.snapshot()));
    expect(JSON.stringify(restored.snapshot())).toBe(JSON.stringify(live.snapshot()));
    for (const c of [live, restored]) {
      c.api.create(deployment('after', 1, 'redis:7'));
      c.settle();
    }
    expect(JSON.stringify(restored.snapshot())).toBe(JSON.stringify(live.snapshot()));
    expect(restored.api.list('pods', { namespace: 'default', labelSelector: 'app=after' }).items).toHaveLength(1);
  });

  it('round-trips a stopped cluster and one that was never started', () => {
    for (const state of ['Stopped', 'Absent'] as const) {
      const c = Cluster.create({ state });
      const restored = Cluster.restore(roundTrip(c.snapshot()));
      expect(restored.state).toBe(state);
      restored.start();
      restored.settle();
      expect(restored.api.get('nodes', undefined, 'minikube').metadata.name).toBe('minikube');
    }
  });
});

describe('cluster limits', () => {
  it('refuses objects past the per-cluster limits with clear errors', () => {
    const c = Cluster.create({ limits: { maxObjects: 150, maxPods: 12, maxReplicas: 5 } });
    expect(() => c.api.create(deployment('big', 6))).toThrow(
      'Deployment.apps "big" is invalid: spec.replicas: Invalid value: 6: must be less than or equal to 5 in this lab cluster',
    );
    const pod = (n: number): KubeObject => ({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: `p${n}` },
      spec: { containers: [{ name: 'c', image: 'nginx' }] },
    });
    // The fresh cluster already runs 7 system pods.
    for (let i = 0; i < 5; i++) c.api.create(pod(i));
    expect(() => c.api.create(pod(99))).toThrow('pods "p99" is forbidden: this cluster holds its limit of 12 pods');
    for (let i = 0; c.store.size() < 150; i++)
      c.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `cm${i}` } });
    expect(() => c.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'one-too-many' } })).toThrow(
      'configmaps "one-too-many" is forbidden: this cluster holds its limit of 150 objects',
    );
    expect(() =>
      c.api.create({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'huge' },
        data: { big: 'x'.repeat(1024 * 1024) },
      }),
    ).toThrow(/forbidden|Request entity too large/);
  });

  it('bounds the number of watches', () => {
    const c = Cluster.create({ limits: { maxWatches: 3 } });
    for (let i = 0; i < 3; i++) c.api.watch('pods', {}, () => undefined);
    expect(() => c.api.watch('pods', {}, () => undefined)).toThrow('too many watches on this cluster (limit 3)');
  });

  it('does bounded work per tick so one busy cluster cannot stall the process', () => {
    const c = Cluster.create({ nodes: 2, limits: { maxPods: 1000, maxReplicas: 800, maxObjects: 5000 } });
    c.api.create(deployment('many', 800));
    const t0 = c.now();
    c.tick(t0 + 1);
    // One tick never finishes 800 pods' worth of reconciles; later ticks carry on.
    const pending = c.busy();
    expect(pending).toBe(true);
    for (let i = 2; c.busy() && i < 200; i++) c.tick(t0 + i);
    c.settle();
    expect(c.api.list('pods', { namespace: 'default', labelSelector: 'app=many' }).items.length).toBeGreaterThan(0);
  });
});

describe('watch', () => {
  it('delivers ADDED, MODIFIED and DELETED from a resourceVersion on, and stops when asked', () => {
    const c = Cluster.create({ controllers: [] });
    const from = c.api.list('configmaps', { namespace: 'default' }).resourceVersion;
    c.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a' }, data: { x: '1' } });
    const seen: string[] = [];
    const stop = c.api.watch('configmaps', { namespace: 'default', resourceVersion: from }, (e) =>
      seen.push(`${e.type} ${e.object.metadata.name}`),
    );
    const cm = c.api.get('configmaps', 'default', 'a');
    c.api.update({ ...cm, data: { x: '2' } });
    c.api.delete('configmaps', 'default', 'a');
    stop();
    c.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'b' } });
    expect(seen).toEqual(['ADDED a', 'MODIFIED a', 'DELETED a']);
  });

  it('replays the recent history in order once it has wrapped, and answers Gone for older versions', () => {
    const c = Cluster.create({ controllers: [] });
    const first = c.api.list('configmaps', { namespace: 'default' }).resourceVersion;
    for (let i = 0; i < 600; i++) c.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `cm-${i}` } });
    const from = String(c.store.resourceVersion() - 5);
    const seen: string[] = [];
    const stop = c.api.watch('configmaps', { namespace: 'default', resourceVersion: from }, (e) =>
      seen.push(e.object.metadata.name),
    );
    stop();
    expect(seen).toEqual(['cm-595', 'cm-596', 'cm-597', 'cm-598', 'cm-599']);
    expect(() => c.api.watch('configmaps', { resourceVersion: first }, () => undefined)).toThrow(
      /too old resource version/,
    );
  });
});
