// The course itself: every file valid, every chapter with a quiz, enough labs and questions, and
// every lab proven solvable by replaying its reference solutions in the real shell.
import path from 'node:path';
import { realEnvironment, validateLabs } from '../../server/src/cli/labs';
import { replayLab, type ReplayEnvironmentFactory } from '../../server/src/labs/replay';
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
    }, 60_000);
  }
});
