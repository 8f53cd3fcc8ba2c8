// A quiz that shows answers after its due date: the due date comes from the student's cohort (Grades settings);
// before it, a submission shows the score alone; once it has passed, the review carries answers and explanations.
import { Course } from '../../server/src/services/course';
import { createCohort, enrolStudent } from '../../server/src/services/cohorts';
import { updateGradingSettings } from '../../server/src/services/grades';
import { QuizService } from '../../server/src/services/quizzes';
import { SYSTEM_ACTOR } from '../../server/src/services/system';
import { createUser } from '../../server/src/services/users';
import type { Actor } from '../../server/src/services/actor';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { testCourse } from '../support/services';

const QUIZ = 'minikube-quiz';
const DUE = new Date('2026-05-01T12:00:00Z');

let db: TestDatabase;
let course: Course;
let sam: Actor;
let now = new Date('2026-04-30T12:00:00Z');

beforeAll(async () => {
  db = await createTestDatabase();
  const real = testCourse().catalogue;
  course = new Course({
    ...real,
    quizzes: real.quizzes.map((q) =>
      q.id === QUIZ
        ? { ...q, scoring: { ...q.scoring, attemptsAllowed: 0, showAnswers: 'after-due-date' as const } }
        : q,
    ),
  });
  const { user } = await createUser(db.prisma, SYSTEM_ACTOR, {
    email: 'sam@example.org',
    name: 'Sam',
    role: 'student',
    password: 'a long password',
  });
  sam = { id: user.id, email: user.email, name: user.name, role: user.role };
  const cohort = await createCohort(db.prisma, SYSTEM_ACTOR, { name: 'A' });
  await enrolStudent(db.prisma, SYSTEM_ACTOR, { cohortId: cohort.id, email: sam.email });
  await updateGradingSettings(db.prisma, course, SYSTEM_ACTOR, {
    cohortId: cohort.id,
    settings: {
      labWeight: 1,
      quizWeight: 1,
      hintPenalty: 0,
      quizAttempt: 'quiz',
      canvasAssignmentIds: {},
      quizDueDates: { [QUIZ]: DUE.toISOString() },
    },
  });
});
afterAll(() => db.drop());

it('withholds answers until the cohort’s due date, then shows them', async () => {
  const quizzes = new QuizService(db.prisma, course, undefined, () => now);
  const first = await quizzes.submitAttempt(sam, { quizId: QUIZ, answers: { 'stop-keeps': { value: true } } });
  expect(first.answersShown).toBe(false);
  expect((await quizzes.get(sam, QUIZ)).standing.answersShown).toBe(false);

  now = new Date(DUE.getTime() + 1000);
  const later = await quizzes.get(sam, QUIZ);
  expect(later.standing.answersShown).toBe(true);
  expect(later.lastReview?.answersShown).toBe(true);
  const listed = await quizzes.list(sam);
  expect(listed.find((q) => q.quiz.id === QUIZ)?.standing.answersShown).toBe(true);
  expect(listed.find((q) => q.quiz.id === 'features-quiz')?.standing.answersShown).toBe(false);
});
