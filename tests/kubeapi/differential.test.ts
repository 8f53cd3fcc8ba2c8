// Issue 15, differential fidelity: every command of a few hundred runs through our kubectl (the sandbox's shell) and
// through the real kubectl v1.32 (the PATH's, over the sandbox's Kubernetes API) against the same cluster state, and
// the two must print the same stdout and stderr and exit with the same code. Sequences: seeded fast-check generation
// (tests/kubeapi/differential/sequences.ts) and every lab's reference solution. The only thing masked is what the
// real kubectl computes from its own wall clock (compare.ts). A summary per command family is printed.
import { loadCatalogue } from '../../server/src/services/course';
import { requireRealKubectl } from './support';
import { runSequences, summary } from './differential/runner';
import { generatedSequences, labSequence } from './differential/sequences';

jest.setTimeout(180_000);

const SEED = 20261207;
const GENERATED = 40;

it('our kubectl prints what the real kubectl prints, command for command', async () => {
  requireRealKubectl();
  const labs = loadCatalogue().labs;
  const tally = await runSequences([...generatedSequences(SEED, GENERATED), ...labs.map(labSequence)], SEED);
  process.stdout.write(`${summary(tally)}\n`);
  const shown = tally.differences.slice(0, 20).map((d) => ({
    ...d,
    ours: `[${d.ours.code}] ${d.ours.stdout}${d.ours.stderr}`,
    real: `[${d.real.code}] ${d.real.stdout}${d.real.stderr}`,
  }));
  expect(shown).toEqual([]);
});
