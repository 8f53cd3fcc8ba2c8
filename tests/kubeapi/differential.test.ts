// Issue 15, differential fidelity: every command of a few hundred runs through our kubectl (the sandbox's shell) and
// through the real kubectl v1.32 (the PATH's, over the sandbox's Kubernetes API) against the same cluster state, and
// the two must print the same stdout and stderr and exit with the same code. Sequences: seeded fast-check generation
// (tests/kubeapi/differential/sequences.ts), every lab's reference solution, and exec's cases. The only thing masked
// is what the real kubectl computes from its own wall clock (compare.ts). A summary per command family is printed.
import { createPatch } from 'diff';
import { loadCatalogue } from '../../server/src/services/course';
import { requireRealKubectl } from './support';
import { runSequences, summary } from './differential/runner';
import { EXEC_SEQUENCE, generatedSequences, labSequence } from './differential/sequences';

// About a minute on a 2-core machine (some 1000 real kubectl calls); room for a busy one.
jest.setTimeout(300_000);

const SEED = 20261207;
const GENERATED = 90;

it('our kubectl prints what the real kubectl prints, command for command', async () => {
  requireRealKubectl();
  const labs = loadCatalogue().labs;
  const sequences = [...generatedSequences(SEED, GENERATED), ...labs.map(labSequence), EXEC_SEQUENCE];
  const tally = await runSequences(sequences, SEED);
  process.stdout.write(`${summary(tally)}\n`);
  // Each difference as a unified diff of `[exit code]`, stdout and stderr, ours against the real kubectl's.
  const shown = tally.differences.slice(0, 20).map((d) => {
    const text = (o: typeof d.ours) => `[exit ${o.code}]\n${o.stdout}\n--- stderr\n${o.stderr}`;
    return `${d.sequence}: ${d.command}\n${createPatch('output', text(d.ours), text(d.real), 'ours', 'real')}`;
  });
  expect(shown).toEqual([]);
});
