/**
 * Simulator benchmarks (`npm run bench` runs them through tests/bench/main.ts). Each returns one
 * figure `{ name, value, unit }`. Wall time is measured around work on the virtual clock, which is
 * advanced as fast as the work allows. Run node with `--expose-gc` for `sim.cluster_bytes`.
 */
import { Cluster } from '../../server/src/sim/index.js';
import { collectGarbage } from './gc';

export interface Figure {
  name: string;
  value: number;
  unit: string;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

const micros = (start: bigint) => Number(process.hrtime.bigint() - start) / 1000;

/** Median time to create a fresh default cluster (`minikube start` state). */
export async function provisionMicros(runs = 2000): Promise<Figure> {
  // Warm-up until the JIT has settled, as in a server that creates clusters all day.
  for (let i = 0; i < 2000; i++) Cluster.create({ seed: i });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    Cluster.create({ seed: i });
    times.push(micros(t));
  }
  return Promise.resolve({ name: 'sim.provision_us', value: round(median(times)), unit: 'us' });
}

/** Retained heap per fresh cluster, over 1,000 clusters. */
export async function clusterBytes(count = 1000): Promise<Figure> {
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const keep: Cluster[] = [];
  for (let i = 0; i < count; i++) keep.push(Cluster.create({ seed: i }));
  collectGarbage();
  const after = process.memoryUsage().heapUsed;
  const value = Math.round((after - before) / keep.length);
  return Promise.resolve({ name: 'sim.cluster_bytes', value, unit: 'bytes' });
}

/** Median time to snapshot a fresh cluster, serialise it as it is stored, and restore it. */
export async function snapshotRestoreMicros(runs = 500): Promise<Figure> {
  const cluster = Cluster.create();
  cluster.settle();
  const times: number[] = [];
  for (let i = 0; i < runs + 50; i++) {
    const t = process.hrtime.bigint();
    const json = JSON.stringify(cluster.snapshot());
    Cluster.restore(JSON.parse(json) as ReturnType<Cluster['snapshot']>);
    if (i >= 50) times.push(micros(t));
  }
  return Promise.resolve({ name: 'sim.snapshot_restore_us', value: round(median(times)), unit: 'us' });
}

/** One `tick()` of an idle cluster (nothing queued, nothing due). */
export async function reconcileIdleMicros(runs = 20000): Promise<Figure> {
  const cluster = Cluster.create();
  cluster.settle();
  let now = cluster.now();
  for (let i = 0; i < 1000; i++) cluster.tick((now += 100));
  const t = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) cluster.tick((now += 100));
  return Promise.resolve({ name: 'sim.reconcile_idle_us', value: round(micros(t) / runs), unit: 'us' });
}

/**
 * 1,000 nodes; a Deployment of 10,000 replicas from creation until every pod is Running. The median
 * of three runs, each on a fresh cluster from a collected heap, after one run at a tenth of the
 * size: a server has scheduled pods before, so the figure is of the engine and not of V8 compiling
 * it (on a 2-core machine the compiler threads compete with the run for a core).
 */
export async function schedule10kPodsMillis(replicas = 10_000, nodes = 1000): Promise<Figure> {
  scheduleReplicas(replicas / 10, nodes / 10);
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    collectGarbage();
    runs.push(scheduleReplicas(replicas, nodes));
  }
  return Promise.resolve({ name: 'sim.schedule_10k_pods_ms', value: round(median(runs)), unit: 'ms' });
}

/** One run: wall milliseconds from creating the Deployment until all its pods are Running. */
function scheduleReplicas(replicas: number, nodes: number): number {
  // Room for 10,000 pods: every per-cluster limit raised, the storage quota too (about 2 KB a pod).
  const cluster = Cluster.create({
    nodes,
    limits: { maxPods: 20_000, maxReplicas: 20_000, maxObjects: 50_000, maxStoredBytes: 256 * 1024 * 1024 },
  });
  cluster.settle();
  const t = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  cluster.api.create({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web' },
    spec: {
      replicas,
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: {
          containers: [{ name: 'nginx', image: 'nginx:1.27', resources: { requests: { cpu: '10m', memory: '16Mi' } } }],
        },
      },
    },
  });
  let running = 0;
  for (let step = 0; step < 600 && running < replicas; step++) {
    cluster.advance(1000);
    running = countRunning(cluster);
  }
  const ms = micros(t) / 1000;
  const used = process.cpuUsage(cpu);
  // On a shared machine wall time includes waiting for a core; the CPU time says what the work costs.
  process.stderr.write(
    `  sim.schedule_10k_pods: ${replicas} pods on ${nodes} nodes, ${round(ms)} ms wall, ${round((used.user + used.system) / 1000)} ms CPU\n`,
  );
  if (running < replicas) throw new Error(`only ${running} of ${replicas} pods Running`);
  return ms;
}

/** Running pods of the ReplicaSet(s), unsorted: sorting 10,000 pods after every step would be the bench's own cost. */
function countRunning(cluster: Cluster): number {
  let n = 0;
  for (const rs of cluster.store.list('replicasets.apps', 'default')) {
    for (const p of cluster.store.dependents(rs.metadata.uid, false))
      if ((p.status as { phase?: string } | undefined)?.phase === 'Running') n++;
  }
  return n;
}

const round = (x: number) => Math.round(x * 10) / 10;

export const SIM_BENCHMARKS: readonly (() => Promise<Figure>)[] = [
  provisionMicros,
  clusterBytes,
  snapshotRestoreMicros,
  reconcileIdleMicros,
  schedule10kPodsMillis,
];
