// The course itself: every file valid, every chapter with a quiz, enough labs and questions, and
// every lab proven solvable by replaying its reference solutions in the real shell.
import path from 'node:path';
import { realEnvironment, validateLabs } from '../../server/src/cli/labs';
import { MAX_WAIT_MS, replayAdversarial, replayLab, type ReplayEnvironmentFactory } from '../../server/src/labs/replay';
import { checkSteps } from '../../server/src/labs/progressCheck';
import { createLabCluster, labFiles } from '../../server/src/labs/setup';
import { loadCatalogue } from '../../server/src/services/course';

const dir = path.join(__dirname, '..', '..', 'labs');

it('every lab, chapter and quiz file is valid', async () => {
  const report = await validateLabs({ dir, replay: false });
  expect(report.problems).toEqual([]);
});

it('covers the course: at least 12 labs, a quiz per chapter, at least 60 questions of every type', () => {
  const c = loadCatalogue(dir);
  expect(c.labs.length).toBeGreaterThanOrEqual(12);
  for (const chapter of c.chapters) {
    expect(c.quizzes.some((q) => q.chapter === chapter.id)).toBe(true);
    expect(c.labs.some((l) => l.chapter === chapter.id)).toBe(true);
  }
  const questions = c.quizzes.flatMap((q) => q.questions);
  expect(questions.length).toBeGreaterThanOrEqual(60);
  expect(new Set(questions.map((q) => q.type))).toEqual(new Set(['single', 'multiple', 'truefalse', 'command']));
  expect(c.labs[0]!.cluster.state).toBe('absent');
  for (const lab of c.labs) for (const step of lab.steps) expect(step.hints.length).toBeGreaterThan(0);
});

describe('every lab is solvable', () => {
  const catalogue = loadCatalogue(dir);
  let environment: ReplayEnvironmentFactory;
  beforeAll(async () => {
    environment = await realEnvironment();
  });
  for (const lab of catalogue.labs) {
    it(`${lab.id}: each step's checks fail before and pass after its reference solution`, () => {
      const result = replayLab(lab, environment);
      expect(result.problems.map((p) => p.message)).toEqual([]);
      // No step keeps a student waiting idle for the cluster longer than a minute.
      expect(result.waits.filter((w) => w.ms === null || w.ms > MAX_WAIT_MS)).toEqual([]);
    }, 60_000);
    it(`${lab.id}: cannot trap a prompt student, one who runs ahead, or one who repeats a step`, () => {
      expect(replayAdversarial(lab, environment).map((p) => p.message)).toEqual([]);
    }, 120_000);
  }
});

it('rollouts-and-rollbacks done promptly (undo within 1 s of set image) completes, every step recorded', async () => {
  const lab = loadCatalogue(dir).labs.find((l) => l.id === 'rollouts-and-rollbacks')!;
  const cluster = createLabCluster(lab, { seed: 7 });
  const env = (await realEnvironment())(cluster, labFiles(lab));
  const done = new Set<string>();
  const check = () => {
    for (const o of checkSteps(lab, done, env.check)) if (o.evaluation.passed) done.add(o.step.id);
  };
  for (const line of [
    'kubectl rollout history deployment/web',
    'kubectl set image deployment/web nginx=nginx:1.26',
    'kubectl rollout status deployment/web',
    'kubectl set image deployment/web nginx=nginx:1.27',
  ])
    env.runLine(line);
  check();
  cluster.advance(500);
  env.runLine('kubectl rollout undo deployment/web');
  check();
  // The rollback finishes by itself; the product re-checks as the cluster changes.
  for (let s = 0; s < 60 && done.size < lab.steps.length; s++) {
    cluster.advance(1000);
    check();
  }
  expect([...done].sort()).toEqual(lab.steps.map((s) => s.id).sort());
});
