/**
 * The cluster's storage quota (etcd's `--quota-backend-bytes`) and the strings it stores: one student
 * can neither grow a save file past what the server can write nor make it unsavable.
 */
import type { Event, Pod } from 'kubernetes-types/core/v1';
import { createEnvironment, type Environment } from '../../server/src/kubectl/environment';
import {
  accessLog,
  Cluster,
  DEFAULT_LIMITS,
  type ClusterLimits,
  type ClusterSnapshot,
  type KubeObject,
} from '../../server/src/sim/index';
import { Store } from '../../server/src/sim/store';
import type { Stored } from '../../server/src/sim/types';
import { replaceLoneSurrogates } from '../../server/src/sim/wellFormed';

const SPACE_EXCEEDED = 'etcdserver: mvcc: database space exceeded';

const configMap = (name: string, bytes: number): KubeObject => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name },
  data: { blob: 'x'.repeat(bytes) },
});

const manifest = (name: string, bytes: number) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  blob: ${'x'.repeat(bytes)}\n`;

/** A student's environment after `minikube start` (kubeconfig written), on a cluster of these limits. */
function started(limits: Partial<ClusterLimits> = {}): Environment {
  const env = createEnvironment({ virtualTime: true, cluster: Cluster.create({ state: 'Absent', limits }) });
  env.run('minikube start');
  return env;
}

const roundTrip = (s: ClusterSnapshot) => JSON.parse(JSON.stringify(s)) as ClusterSnapshot;

/** What the store's running total must equal: every object's JSON, measured afresh. */
function measured(store: Store): number {
  let total = 0;
  for (const objects of Object.values(store.dump())) for (const o of objects) total += JSON.stringify(o).length;
  return total;
}

const measuredAfresh = (c: Cluster) => measured(c.store);

describe('storage quota', () => {
  // 900 KB ConfigMaps are within every per-object limit; nine of them are not within the cluster's.
  const CM_BYTES = 900_000;

  it('refuses a write past the quota as kube-apiserver does when etcd is full; deletes free space', () => {
    const env = started();
    // One file at a time: the student's disk holds 4 MB. `create`: apply's annotation would double the size.
    const create = (i: number, bytes = CM_BYTES, verb = 'create') => {
      env.shell.vfs.writeFile('/home/student/cm.yaml', manifest(`cm-${i}`, bytes));
      return env.run(`kubectl ${verb} -f cm.yaml`);
    };
    let refused = -1;
    for (let i = 0; i < 12 && refused < 0; i++) {
      const r = create(i);
      if (r.exitCode === 0) expect(r.output).toBe(`configmap/cm-${i} created\n`);
      else refused = i;
    }
    expect(refused).toBe(9);
    const stored = env.cluster.store.storedBytes();
    expect(stored).toBeLessThanOrEqual(DEFAULT_LIMITS.maxStoredBytes);
    expect(stored + CM_BYTES).toBeGreaterThan(DEFAULT_LIMITS.maxStoredBytes);

    expect(create(9)).toEqual({
      output: `Error from server: error when creating "cm.yaml": ${SPACE_EXCEEDED}\n`,
      exitCode: 1,
      status: 'done',
    });
    // 200 KB applied is 400 KB stored (the last-applied annotation): more than is left.
    expect(DEFAULT_LIMITS.maxStoredBytes - stored).toBeLessThan(400_000);
    expect(create(20, 200_000, 'apply')).toMatchObject({
      output: `Error from server: error when creating "cm.yaml": ${SPACE_EXCEEDED}\n`,
      exitCode: 1,
    });
    // Filled to the last few hundred bytes, a write that grows an object is refused too; one that
    // shrinks it is not, nor is a delete.
    env.cluster.api.create(configMap('filler', DEFAULT_LIMITS.maxStoredBytes - stored - 400));
    const full = env.cluster.store.storedBytes();
    expect(env.run(`kubectl annotate configmap cm-0 note=${'n'.repeat(1000)}`)).toMatchObject({
      output: `Error from server: ${SPACE_EXCEEDED}\n`,
      exitCode: 1,
    });
    expect(env.run(`kubectl patch configmap cm-1 --type=merge -p '{"data":{"blob":"small"}}'`)).toMatchObject({
      output: 'configmap/cm-1 patched\n',
      exitCode: 0,
    });
    expect(env.run('kubectl delete configmap cm-0')).toMatchObject({
      output: 'configmap "cm-0" deleted\n',
      exitCode: 0,
    });
    expect(env.cluster.store.storedBytes()).toBeLessThan(full - 2 * (CM_BYTES - 100));
    expect(create(9)).toMatchObject({ output: 'configmap/cm-9 created\n', exitCode: 0 });
    expect(env.cluster.store.storedBytes()).toBe(measuredAfresh(env.cluster));
  });

  it('keeps the snapshot of a full cluster under the bound, and its accounting across a restore', () => {
    const c = Cluster.create();
    c.settle();
    let i = 0;
    expect(() => {
      for (; i < 20; i++) c.api.create(configMap(`cm-${i}`, CM_BYTES));
    }).toThrow(SPACE_EXCEEDED);
    c.settle();
    const json = JSON.stringify(c.snapshot());
    // Objects up to the quota, plus the snapshot's own small parts (clock, queues, runtime).
    expect(json.length).toBeLessThan(DEFAULT_LIMITS.maxStoredBytes + 64 * 1024);

    const restored = Cluster.restore(JSON.parse(json) as ClusterSnapshot);
    expect(restored.store.storedBytes()).toBe(c.store.storedBytes());
    expect(restored.store.storedBytes()).toBe(measuredAfresh(restored));
    expect(() => restored.api.create(configMap(`cm-${i}`, CM_BYTES))).toThrow(SPACE_EXCEEDED);
    restored.api.delete('configmaps', 'default', 'cm-0');
    expect(restored.api.create(configMap(`cm-${i}`, CM_BYTES)).metadata.name).toBe(`cm-${i}`);
  });

  it('keeps its running total exact through every kind of store write', () => {
    const store = new Store();
    const obj = (name: string, data: string) =>
      ({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name, namespace: 'default', resourceVersion: '' },
        data: { data },
      }) as unknown as Stored;
    // Sizes unknown (events, bootstrap): more than one measuring batch of them.
    for (let i = 0; i < 1500; i++) store.put('configmaps', obj(`a${i}`, 'x'.repeat(i % 50)));
    // A size the caller measured (the API server's writes).
    const sized = obj('sized', 'y'.repeat(300));
    store.put('configmaps', sized, JSON.stringify(sized).length);
    expect(store.storedBytes()).toBe(measured(store));
    // Changed without a size (a kubelet's status write), then removed; some after being measured.
    for (let i = 0; i < 1500; i += 3) store.put('configmaps', obj(`a${i}`, 'changed'));
    for (let i = 0; i < 1500; i += 5) store.remove('configmaps', 'default', `a${i}`);
    expect(store.approximateBytes()).not.toBe(measured(store));
    expect(store.storedBytes()).toBe(measured(store));
    const resized = { ...store.get('configmaps', 'default', 'sized')!, data: { data: 'z' } };
    store.put('configmaps', resized, JSON.stringify(resized).length);
    expect(store.bytesOf('configmaps', 'default', 'sized')).toBe(
      JSON.stringify(store.get('configmaps', 'default', 'sized')).length,
    );
    expect(store.storedBytes()).toBe(measured(store));
  });

  it('lets snapshots from before the quota restore with its default', () => {
    const snapshot = roundTrip(Cluster.create().snapshot());
    delete (snapshot.limits as { maxStoredBytes?: number }).maxStoredBytes;
    expect(Cluster.restore(snapshot).limits.maxStoredBytes).toBe(DEFAULT_LIMITS.maxStoredBytes);
  });

  it('holds controllers to the same quota: they record the failure, back off and recover', () => {
    const base = Cluster.create();
    base.settle();
    // Room for the Deployment, its ReplicaSet, a few pods and their events: not for 40 pods.
    const c = Cluster.create({ limits: { maxStoredBytes: base.store.storedBytes() + 200_000 } });
    c.settle();
    c.api.create(configMap('ballast', 150_000));
    c.api.create({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: {
        replicas: 40,
        selector: { matchLabels: { app: 'web' } },
        template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'app', image: 'nginx' }] } },
      },
    });
    expect(() => c.settle()).not.toThrow();
    const pods = () => c.api.list('pods', { namespace: 'default', labelSelector: 'app=web' }).items.length;
    expect(pods()).toBeGreaterThan(0);
    expect(pods()).toBeLessThan(40);
    const failures = c.api
      .list<Event>('events', { namespace: 'default' })
      .items.filter((e) => e.reason === 'FailedCreate' && e.involvedObject.kind === 'ReplicaSet');
    expect(failures.map((e) => e.message)).toEqual([`Error creating: ${SPACE_EXCEEDED}`]);
    expect(failures[0]?.type).toBe('Warning');
    // Its status write was refused as well (a full etcd takes no writes): the events tell the student.
    const [rs] = c.api.list('replicasets.apps', { namespace: 'default' }).items;
    expect(rs?.status).toBeUndefined();
    // The student frees space; the controllers' next retries succeed.
    c.api.delete('configmaps', 'default', 'ballast');
    c.advance(60_000);
    c.settle();
    expect(pods()).toBe(40);
    expect(c.store.storedBytes()).toBe(measuredAfresh(c));
  });
});

describe('strings the cluster cannot store', () => {
  it('replaces a lone surrogate with U+FFFD wherever a write enters the cluster', () => {
    const env = started();
    expect(env.run('kubectl create configmap lone --from-literal=k=a\ud800b').exitCode).toBe(0);
    expect(env.run('kubectl get configmap lone -o jsonpath={.data.k}').output).toBe('a\ufffdb');
    expect(env.run('kubectl annotate configmap lone note=\udc00end').exitCode).toBe(0);
    const c = env.cluster;
    expect(c.api.get('configmaps', 'default', 'lone').metadata.annotations).toEqual({ note: '\ufffdend' });

    c.api.apply({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'applied' }, data: { k: '\ud83d' } });
    c.api.create({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p' },
      spec: { containers: [{ name: 'c', image: 'nginx' }] },
    });
    const pod = c.api.get('pods', 'default', 'p');
    c.api.update({ ...pod, status: { message: 'x\udfff' } }, { subresource: 'status' });
    expect((c.api.get('pods', 'default', 'p').status as { message?: string }).message).toBe('x\ufffd');
    // A well-formed pair stays as it is.
    c.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'emoji' }, data: { k: '\ud83d\ude00' } });
    expect(c.api.get<{ data: Record<string, string> }>('configmaps', 'default', 'emoji').data.k).toBe('😀');

    const json = JSON.stringify(c.snapshot());
    expect(json).not.toMatch(/\\ud[89a-f]/i);
    expect(json).toContain('\ufffd');
  });

  it('keeps the request line and user agent of simulated traffic storable (the access log is saved)', () => {
    const c = Cluster.create();
    c.api.create({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'web' },
      spec: { containers: [{ name: 'nginx', image: 'nginx:1.27', ports: [{ containerPort: 80 }] }] },
    });
    c.settle();
    const pod = c.api.get<Pod>('pods', 'default', 'web');
    const answer = c.http({ kind: 'node', name: 'minikube' }, `http://${pod.status?.podIP ?? ''}/a\ud800`, {
      userAgent: 'curl\udbff',
    });
    expect(answer.kind).toBe('response');
    expect(accessLog(c.runtime, pod.metadata.uid)).toMatchObject([{ path: '/a\ufffd', userAgent: 'curl\ufffd' }]);
  });

  it('bounds the saved access log: 1 KiB of path or user agent an entry, 2,000 entries a cluster', () => {
    const c = Cluster.create();
    c.api.create({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: {
        replicas: 11,
        selector: { matchLabels: { app: 'web' } },
        template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx' }] } },
      },
    });
    c.settle();
    const pods = c.api.list<Pod>('pods', { namespace: 'default', labelSelector: 'app=web' }).items;
    expect(pods).toHaveLength(11);
    const node = { kind: 'node' as const, name: 'minikube' };
    for (const pod of pods) {
      for (let i = 0; i < 200; i++) {
        c.advance(10);
        c.http(node, `http://${pod.status?.podIP ?? ''}/${'p'.repeat(5000)}`, { userAgent: 'u'.repeat(5000) });
      }
    }
    const logs = pods.map((p) => accessLog(c.runtime, p.metadata.uid));
    expect(logs.reduce((n, log) => n + log.length, 0)).toBe(2000);
    // The oldest went: the first pod's entries.
    expect(logs[0]).toHaveLength(0);
    expect(logs[10]).toHaveLength(200);
    expect(logs[10]![0]).toMatchObject({ path: `/${'p'.repeat(1023)}`, userAgent: 'u'.repeat(1024) });
  });

  it('fixes keys and nested values in place', () => {
    const value = { 'k\ud800': ['a', { deep: '\udc00' }, 3], fine: 'ok' };
    replaceLoneSurrogates(value);
    expect(value).toEqual({ 'k\ufffd': ['a', { deep: '\ufffd' }, 3], fine: 'ok' });
  });
});
