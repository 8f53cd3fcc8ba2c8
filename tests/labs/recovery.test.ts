// A step that fails because the student removed what the lab started with says how to get it back.
import { checkSteps } from '../../server/src/labs/progressCheck';
import { createLabCluster } from '../../server/src/labs/setup';
import { loadCatalogue } from '../../server/src/services/course';

const labs = loadCatalogue().labs;
const lab = (id: string) => labs.find((l) => l.id === id)!;
const env = (cluster: ReturnType<typeof createLabCluster>) => ({
  cluster,
  commands: [],
  home: '/home/student',
  readFile: () => undefined,
});
const messages = (labId: string, cluster: ReturnType<typeof createLabCluster>, stepId: string) =>
  checkSteps(lab(labId), new Set(), env(cluster))
    .find((o) => o.step.id === stepId)!
    .evaluation.checks.filter((c) => !c.passed)
    .map((c) => c.message);

it('names the deleted starting object and the way back, for a named check and for pods counted by selector', () => {
  const cluster = createLabCluster(lab('rollouts-and-rollbacks'), { seed: 1 });
  cluster.api.delete('deployments.apps', 'default', 'web');
  cluster.settle();
  expect(messages('rollouts-and-rollbacks', cluster, 'update')[0]).toMatch(
    /deployment web, which the lab started with, is gone: Reset lab \(above the steps\) brings the lab back to its start; steps done stay done$/,
  );
  const healing = createLabCluster(lab('self-healing'), { seed: 1 });
  healing.api.delete('deployments.apps', 'default', 'web');
  healing.settle();
  expect(
    messages('self-healing', healing, 'stop-node').some((m) =>
      m.includes('deployment web, which the lab started with, is gone'),
    ),
  ).toBe(true);
});

it('says how to get a deleted cluster back, and gives no hint while the starting objects are there', () => {
  const cluster = createLabCluster(lab('rollouts-and-rollbacks'), { seed: 1 });
  expect(messages('rollouts-and-rollbacks', cluster, 'update').join()).not.toContain('Reset lab');
  cluster.destroy();
  expect(messages('rollouts-and-rollbacks', cluster, 'update')[0]).toContain(
    "the lab's cluster was deleted (minikube delete): Reset lab",
  );
});
