/**
 * Durability benchmark: what "acknowledged means saved" adds to a prompt. 50 students in real sandboxes on
 * PostgreSQL, in worker threads as the server runs them, each create a ConfigMap every 200 ms (250 journal entries
 * per second, group-committed); a sample is the time the main thread takes from a worker's journal entry to its
 * being durable, which is how long its prompt waits (plus two messages between threads).
 *
 * Steady state, checkpoints included: a busy lab is checkpointed every CHECKPOINT_JOURNAL_ENTRIES commands, so
 * before the timed run student i types i/STUDENTS of that many commands; the labs then fall due one after another
 * during the run, as labs of students who started at different times do.
 *
 * Beside them, on a connection of its own, a probe commits a one-row INSERT every 10 ms for the same seconds (one
 * after another, each timed from when it was due): the same PostgreSQL's bare commit, to read the journal's figures
 * against. On a virtual machine the disk's flush time
 * moves from minute to minute (a bare commit's p99 was seen anywhere from 2 to 700 ms here), so a journal p99 means
 * little without the bare one measured at the same time.
 *
 * Then every lab is saved and dropped, as an idle lab is, and opened again: the time a returning student waits.
 *
 *   durability.ack_p50_ms, durability.ack_p99_ms, durability.pg_commit_p99_ms, sandbox.restore_p50_ms,
 *   sandbox.restore_p99_ms
 */
import { createKubelabSandboxFactory } from '../../server/src/services/sandboxesFactory';
import { SandboxManager, type SandboxStore } from '../../server/src/services/sandboxes';
import { SandboxPool } from '../../server/src/services/sandboxesPool';
import { CHECKPOINT_JOURNAL_ENTRIES } from '../../server/src/services/sandboxesEntry';
import { createDbSandboxStore } from '../../server/src/services/sandboxesStore';
import { warmUp } from '../../server/src/services/sandboxesWarmup';
import { loadConfig } from '../../server/src/config';
import type { PrismaClient } from '../../server/src/db/client';
import { Course } from '../../server/src/services/course';
import { Client } from 'pg';
import { createTestDatabase } from '../support/db';
import type { Figure } from './sim';

const STUDENTS = 50;
const PERIOD_MS = 200;
const DURATION_MS = 10_000;
/** Samples of the first seconds are left out: fresh workers, connections and compiled code, not a running server. */
const WARMUP_MS = 2000;
const PROBE_PERIOD_MS = 10;

export async function benchDurability(log: (line: string) => void = () => undefined): Promise<Figure[]> {
  const db = await createTestDatabase();
  try {
    const users = await db.prisma.user.createManyAndReturn({
      data: Array.from({ length: STUDENTS }, (_, i) => ({
        email: `durable-${i}@example.com`,
        name: `Durable ${i}`,
        role: 'student' as const,
        passwordHash: 'not-a-hash',
      })),
      select: { id: true },
    });
    const { acks, commits } = await ackSamples(db.prisma, db.url, users, log);
    const store = createDbSandboxStore(db.prisma);
    const course = Course.load();
    // Restored where the server restores: in a sandbox worker, which warms its code up before taking students.
    warmUp(course);
    const returning = new SandboxManager({ factory: createKubelabSandboxFactory({ course }), store });
    const restores: number[] = [];
    for (const u of users) {
      const t0 = performance.now();
      const a = await returning.attach(
        u.id,
        'kubectl-first-day',
        { output: () => undefined },
        { mode: 'interactive', create: true },
      );
      restores.push(performance.now() - t0);
      a.detach();
    }
    await returning.shutdown();
    return [
      { name: 'durability.ack_p50_ms', value: quantile(acks, 0.5), unit: 'ms' },
      { name: 'durability.ack_p99_ms', value: quantile(acks, 0.99), unit: 'ms' },
      { name: 'durability.pg_commit_p99_ms', value: quantile(commits, 0.99), unit: 'ms' },
      { name: 'sandbox.restore_p50_ms', value: quantile(restores, 0.5), unit: 'ms' },
      { name: 'sandbox.restore_p99_ms', value: quantile(restores, 0.99), unit: 'ms' },
    ];
  } finally {
    await db.drop();
  }
}

/** Journal acknowledgement times, the server's sandboxes in worker threads; and bare commits at the same time. */
async function ackSamples(
  prisma: PrismaClient,
  url: string,
  users: { id: string }[],
  log: (line: string) => void,
): Promise<{ acks: number[]; commits: number[] }> {
  const samples: number[] = [];
  let started = Infinity;
  let appended = 0;
  const store = createDbSandboxStore(prisma);
  const timed: SandboxStore = {
    ...store,
    append: async (userId, labId, entry, fence) => {
      const t0 = performance.now();
      await store.append(userId, labId, entry, fence);
      appended++;
      if (t0 - started > WARMUP_MS) samples.push(performance.now() - t0);
    },
  };
  const manager = new SandboxPool({
    workers: 2,
    store: timed,
    labsDir: undefined,
    // The server's own checkpoint timing (SNAPSHOT_DEBOUNCE_MS, SNAPSHOT_MAX_DELAY_MS): checkpoints share the disk
    // and the cores with the journal.
    manager: {
      snapshotDebounceMs: loadConfig({}).limits.snapshotDebounceMs,
      snapshotMaxDelayMs: loadConfig({}).limits.snapshotMaxDelayMs,
      // The warm-up types faster than a student may.
      limits: { commandsPerSecond: 10_000, commandBurst: 10_000 },
    },
    onError: (err) => log(`durability bench: ${String(err)}`),
    onNotice: () => undefined,
  }).start();
  await manager.ready();
  const attachments = await Promise.all(
    users.map((u) =>
      manager.attach(u.id, 'kubectl-first-day', { output: () => undefined }, { mode: 'interactive', create: true }),
    ),
  );
  log(`durability bench: ${STUDENTS} sandboxes ready`);
  const ahead = attachments.map((_, i) => Math.floor((i * CHECKPOINT_JOURNAL_ENTRIES) / STUDENTS));
  attachments.forEach((a, i) => {
    for (let k = 0; k < ahead[i]!; k++) a.write(`kubectl create configmap w${k} --from-literal=k=v\r`);
  });
  const expected = ahead.reduce((sum, n) => sum + n, 0);
  while (appended < expected) await new Promise((r) => setTimeout(r, 50));
  log(`durability bench: ${expected} commands typed ahead`);
  const probe = await startCommitProbe(url);
  started = performance.now();
  let n = 0;
  await new Promise<void>((resolve) => {
    const timers = attachments.map((a, i) =>
      setTimeout(
        () => {
          const timer = setInterval(() => {
            if (performance.now() - started > DURATION_MS) {
              clearInterval(timer);
              return;
            }
            a.write(`kubectl create configmap c${n++} --from-literal=k=v\r`);
          }, PERIOD_MS);
        },
        (i * PERIOD_MS) / STUDENTS,
      ),
    );
    setTimeout(() => {
      for (const t of timers) clearTimeout(t);
      resolve();
    }, DURATION_MS + 1000);
  });
  const commits = await probe.stop();
  await manager.shutdown();
  log(`durability bench: ${samples.length} journal entries, ${commits.length} bare commits`);

  return { acks: samples, commits: commits.slice(Math.floor(WARMUP_MS / PROBE_PERIOD_MS)) };
}

/**
 * One-row INSERTs committed every PROBE_PERIOD_MS on a connection of their own; `stop` returns their times. Each is
 * timed from when it was due, queued behind the one before if that has not ended: during a stall of the disk the
 * probe counts every commit held up, as the journal does, not one.
 */
async function startCommitProbe(url: string): Promise<{ stop(): Promise<number[]> }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query('CREATE TABLE commit_probe (at double precision)');
  const times: number[] = [];
  const pending = new Set<Promise<unknown>>();
  const timer = setInterval(() => {
    const t0 = performance.now();
    const commit = client
      .query({ name: 'probe', text: 'INSERT INTO commit_probe VALUES ($1)', values: [t0] })
      .then(() => times.push(performance.now() - t0))
      .finally(() => pending.delete(commit));
    pending.add(commit);
  }, PROBE_PERIOD_MS);
  return {
    async stop() {
      clearInterval(timer);
      await Promise.allSettled([...pending]);
      await client.end();
      return times;
    },
  };
}

function quantile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}
