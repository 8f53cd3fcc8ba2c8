// Runs sequences through both kubectls and tallies agreement per command family.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { family, normalise, same } from './compare';
import { ClusterHost } from './host';
import { Sandbox, type Outcome } from './sandbox';
import { MANIFESTS, type Sequence, type Step } from './sequences';

export interface Difference {
  sequence: string;
  command: string;
  ours: Outcome;
  real: Outcome;
}

export interface Tally {
  /** family → [agreeing, compared] */
  families: Map<string, [number, number]>;
  differences: Difference[];
  /** Commands not compared because the cluster was not running (after `minikube stop`/`delete` in a lab). */
  skipped: number;
}

/** Sequences run this many at a time (their real kubectl calls share sandbox.ts's process limit). */
const PARALLEL_SEQUENCES = 6;

export async function runSequences(sequences: readonly Sequence[], seed: number): Promise<Tally> {
  const host = await ClusterHost.start();
  const root = mkdtempSync(path.join(tmpdir(), 'kubelab-differential-'));
  const tally: Tally = { families: new Map(), differences: [], skipped: 0 };
  const record = (sequence: string, argv: readonly string[], r: { ours: Outcome; real: Outcome }) => {
    const ours = normalise(argv, r.ours);
    const real = normalise(argv, r.real);
    const key = family(argv, real);
    const counts = tally.families.get(key) ?? [0, 0];
    const agree = same(ours, real);
    tally.families.set(key, [counts[0] + (agree ? 1 : 0), counts[1] + 1]);
    if (!agree) tally.differences.push({ sequence, command: `kubectl ${argv.join(' ')}`, ours, real });
  };
  const runOne = async (sequence: Sequence, index: number) => {
    const id = `sb${index}`;
    const dir = path.join(root, id);
    const sandbox = sequence.lab
      ? Sandbox.forLab(host, id, dir, sequence.lab, seed)
      : Sandbox.fresh(host, id, dir, seed + index);
    if (!sequence.lab) for (const [file, content] of Object.entries(MANIFESTS)) sandbox.write(file, content);
    try {
      // Consecutive reads run together; a mutation waits for them (it changes what they read).
      let reads: Promise<void>[] = [];
      for (const step of sequence.steps) {
        if (step.kind !== 'read') {
          await Promise.all(reads);
          reads = [];
        }
        if (step.kind !== 'shell' && step.kind !== 'settle' && sandbox.env.cluster.state !== 'Running') {
          tally.skipped++;
          continue;
        }
        await runStep(
          sandbox,
          step,
          (argv, r) => record(sequence.name, argv, r),
          (p) => reads.push(p),
        );
      }
      await Promise.all(reads);
    } finally {
      sandbox.close();
    }
  };
  try {
    let next = 0;
    const worker = async () => {
      while (next < sequences.length) {
        const i = next++;
        await runOne(sequences[i]!, i);
      }
    };
    await Promise.all(Array.from({ length: PARALLEL_SEQUENCES }, worker));
  } finally {
    await host.stop();
    rmSync(root, { recursive: true, force: true });
  }
  return tally;
}

type Recorder = (argv: readonly string[], r: { ours: Outcome; real: Outcome }) => void;

async function runStep(sandbox: Sandbox, step: Step, record: Recorder, background: (p: Promise<void>) => void) {
  switch (step.kind) {
    case 'shell':
      return sandbox.shell(step.line);
    case 'settle':
      return sandbox.settle();
    case 'read':
      return background(sandbox.read(step.argv).then((r) => record(step.argv, r)));
    case 'mutate':
      return record(step.argv, await sandbox.mutate(step.argv));
  }
}

/** The summary table the test prints. */
export function summary(tally: Tally): string {
  const rows = [...tally.families.entries()].sort(([a], [b]) => a.localeCompare(b));
  const width = Math.max(...rows.map(([f]) => f.length), 'family'.length);
  const lines = rows.map(([f, [agree, total]]) => `${f.padEnd(width)}  ${String(agree).padStart(4)} / ${total}`);
  const agree = rows.reduce((n, [, [a]]) => n + a, 0);
  const total = rows.reduce((n, [, [, t]]) => n + t, 0);
  return [
    `${'family'.padEnd(width)}  agree / compared`,
    ...lines,
    `${'all'.padEnd(width)}  ${String(agree).padStart(4)} / ${total}` +
      (tally.skipped ? ` (${tally.skipped} not compared: cluster stopped)` : ''),
  ].join('\n');
}
