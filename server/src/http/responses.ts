// Every JSON response body, as zod schemas: they type the route handlers, document the OpenAPI file, are checked
// against every response in the route tests, and (through contract.ts) type the client. Zod only, so the client's
// compile pulls in nothing else of the server.
import { z } from 'zod';
import { answerSchema, scoringSchema } from '../labs/quizFormat.js';
import { role } from './routes/schemas.js';

const iso = z.iso.datetime();
const count = z.number().int();

// Accounts and sessions.

export const actorSchema = z.object({ id: z.uuid(), email: z.email(), name: z.string(), role });
export const userSchema = actorSchema.extend({ createdAt: iso });
export const personSchema = actorSchema.pick({ id: true, email: true, name: true });

export const csrfResponse = z.object({ csrfToken: z.string().nullable() });
export const loggedInResponse = z.object({
  user: actorSchema,
  csrfToken: z.string().describe('Send as x-csrf-token on mutating requests'),
});
export const meResponse = z.object({ user: actorSchema });
export const sessionResponse = z.object({ user: actorSchema.nullable() });
export const userResponse = z.object({ user: userSchema });
export const usersResponse = z.object({ users: z.array(userSchema), total: count });
export const createdUserResponse = userResponse.extend({ generatedPassword: z.string().optional() });

// Cohorts and their progress.

export const cohortSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  course: z.string().nullable(),
  createdAt: iso,
  myRoles: z
    .array(z.enum(['student', 'instructor', 'grader']))
    .describe('Your roles in this cohort (empty for an admin who is not a member)'),
  archivedAt: iso.nullable().describe('Set once the cohort is archived'),
});
export const cohortsResponse = z.object({ cohorts: z.array(cohortSummarySchema) });

export const cohortSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  course: z.string().nullable(),
  joinCode: z.string().nullable().describe('Shown to the cohort’s instructors and to admins only'),
  createdAt: iso,
  instructors: z.array(personSchema),
  graders: z.array(personSchema),
  studentCount: count,
  archivedAt: iso.nullable(),
  help: z
    .object({ failedChecks: count, idleMinutes: count })
    .describe('"Needs help": failed checks on one step, or minutes on it without progress while online'),
});

const studentLabProgress = z.object({
  labId: z.string(),
  stepsCompleted: count,
  checkAttempts: count,
  hintsRevealed: count,
  lastActiveAt: iso.nullable(),
});
const studentQuizProgress = z.object({
  quizId: z.string(),
  bestScore: z.number(),
  maxScore: z.number(),
  attempts: count,
  lastSubmittedAt: iso,
});
export const studentProgressSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  enrolledAt: iso,
  lastActiveAt: iso.nullable(),
  stepsCompleted: count,
  checkAttempts: count,
  hintsRevealed: count,
  quizScore: z.number(),
  quizMaxScore: z.number(),
  labs: z.array(studentLabProgress),
  quizzes: z.array(studentQuizProgress),
});
export const cohortProgressResponse = z.object({
  cohort: cohortSchema.pick({ id: true, name: true, course: true }),
  labIds: z.array(z.string()),
  quizIds: z.array(z.string()),
  students: z.array(studentProgressSchema),
});

// The live cohort dashboard (see also the /dashboard socket.io namespace).

export const studentRowSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  online: z.boolean(),
  currentLabId: z.string().nullable(),
  currentStepId: z.string().nullable(),
  stepStartedAt: iso.nullable().describe('When the current step began (time on it = now − this)'),
  lastActiveAt: iso.nullable(),
  hintsUsed: count,
  failedChecks: count.describe('Failed checks on the current step'),
  labs: z.array(
    z.object({
      labId: z.string(),
      passed: count,
      total: count,
      completedAt: iso.nullable(),
      late: z.boolean().describe('Completed after the cohort’s due date'),
    }),
  ),
  quizzes: z.array(z.object({ quizId: z.string(), score: z.number(), maxScore: z.number(), attempts: count })),
  flag: z
    .object({ labId: z.string(), stepId: z.string(), reason: z.enum(['failed_checks', 'idle']) })
    .nullable()
    .describe('Needs help'),
});
export const boardResponse = z.object({
  cohort: z.object({
    id: z.uuid(),
    name: z.string(),
    course: z.string().nullable(),
    joinCode: z.string().nullable(),
    archivedAt: iso.nullable(),
    help: z.object({ failedChecks: count, idleMinutes: count }),
  }),
  labs: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      chapterTitle: z.string(),
      steps: z.array(z.object({ id: z.string(), title: z.string() })),
      dueAt: iso.nullable(),
    }),
  ),
  quizzes: z.array(z.object({ id: z.string(), title: z.string(), chapterTitle: z.string() })),
  students: z.array(studentRowSchema),
});
export const studentRowResponse = z.object({ student: studentRowSchema });
export const labStepsResponse = z.object({
  cells: z.array(
    z.object({
      studentId: z.uuid(),
      stepId: z.string(),
      state: z.enum(['passed', 'failed', 'pending']),
      attempts: count,
      passedAt: iso.nullable(),
    }),
  ),
});
export const activitySchema = z.object({
  id: z.uuid(),
  at: iso,
  studentId: z.uuid(),
  kind: z.enum(['step_passed', 'lab_completed', 'quiz_submitted', 'hint_revealed', 'solution_revealed', 'flagged']),
  labId: z.string().nullable(),
  stepId: z.string().nullable(),
  quizId: z.string().nullable(),
  cohortId: z.uuid().nullable(),
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export const activityResponse = z.object({
  activities: z.array(activitySchema),
  next: z.string().nullable().describe('Pass as `before` for the next (older) page; null on the last page'),
});
export const studentDetailResponse = z.object({
  student: personSchema,
  labs: z.array(
    z.object({
      labId: z.string(),
      title: z.string(),
      steps: z.array(
        z.object({ id: z.string(), title: z.string(), attempts: count, hints: count, passedAt: iso.nullable() }),
      ),
      commands: z.array(z.string()).describe('What the student typed in this lab, oldest first (at most 500)'),
    }),
  ),
  quizAttempts: z.array(
    z.object({
      id: z.uuid(),
      quizId: z.string(),
      score: z.number(),
      maxScore: z.number(),
      submittedAt: iso,
      answers: z.record(z.string(), answerSchema),
    }),
  ),
});

export const auditEntrySchema = z.object({
  id: z.uuid(),
  createdAt: iso,
  action: z.string(),
  actorId: z.uuid().nullable(),
  actorEmail: z.string().nullable(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  ip: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});
export const auditLogResponse = z.object({ entries: z.array(auditEntrySchema) });

// Labs.

export const labProgressSchema = z.object({ passed: count, total: count, percent: count });
export const labSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  chapter: z.string(),
  chapterTitle: z.string(),
  summary: z.string(),
  estimatedMinutes: z.number(),
  prerequisites: z.array(z.string()),
  progress: labProgressSchema,
});
export const chapterSchema = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  progress: labProgressSchema,
  quizId: z.string().nullable(),
});
export const catalogueResponse = z.object({ labs: z.array(labSummarySchema), chapters: z.array(chapterSchema) });

export const stepSchema = z.object({
  id: z.string(),
  title: z.string(),
  instructions: z.string().describe('Markdown'),
  status: z.enum(['pending', 'passed', 'failed']),
  attempts: count,
  failedChecks: count,
  firstPassedAt: iso.nullable(),
  hints: z.array(z.string()),
  hintsTotal: count,
  solution: z.array(z.string()).nullable(),
  solutionAfterFailedChecks: count,
  checks: z.array(
    z.object({ description: z.string(), passed: z.boolean().nullable(), message: z.string().nullable() }),
  ),
  waitingOnCluster: z
    .boolean()
    .describe('Part of the step is done; the rest is the cluster catching up, and the step passes by itself then'),
});
export const labSchema = labSummarySchema.extend({
  currentStepId: z.string().nullable(),
  quizId: z.string().nullable(),
  steps: z.array(stepSchema),
});
export const labResponse = z.object({ lab: labSchema });
export const hintResponse = z.object({ index: count, hint: z.string(), remaining: count });
export const solutionResponse = z.object({ solution: z.array(z.string()) });

// Quizzes. Questions carry what a student needs to answer, never the answers.

const questionBase = { id: z.string(), prompt: z.string() };
const choices = z.array(z.object({ id: z.string(), text: z.string() }));
export const questionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('single'), ...questionBase, choices }),
  z.object({ type: z.literal('multiple'), ...questionBase, choices }),
  z.object({ type: z.literal('truefalse'), ...questionBase }),
  z.object({ type: z.literal('command'), ...questionBase, placeholder: z.string().nullable() }),
]);
const { multiSelect, counts, showAnswers } = scoringSchema.shape;
export const standingSchema = z.object({
  attemptsUsed: count,
  attemptsLeft: count.nullable(),
  score: z.number().nullable(),
  maxScore: z.number().nullable(),
  passed: z.boolean(),
  answersShown: z.boolean().describe('Whether right answers and explanations may be shown now'),
});
export const quizReviewResponse = z.object({
  answersShown: z.boolean().describe('False: per-question results, right answers and explanations are withheld'),
  attempt: z.object({ id: z.string(), score: z.number(), maxScore: z.number(), submittedAt: iso }),
  results: z.array(
    z.object({
      questionId: z.string(),
      correct: z.boolean().nullable(),
      earned: z.number().nullable(),
      points: z.number(),
      answer: answerSchema.nullable(),
      correctAnswer: answerSchema.nullable(),
      explanation: z.string().nullable(),
    }),
  ),
  standing: standingSchema,
});
export const quizzesResponse = z.object({
  quizzes: z.array(
    z.object({
      id: z.string(),
      chapter: z.string(),
      title: z.string(),
      questionCount: count,
      standing: standingSchema,
    }),
  ),
});
export const quizResponse = z.object({
  quiz: z.object({
    id: z.string(),
    chapter: z.string(),
    title: z.string(),
    scoring: z.object({
      multiSelect: multiSelect.unwrap(),
      attemptsAllowed: count,
      counts: counts.unwrap(),
      passPercent: z.number(),
      showAnswers: showAnswers.unwrap(),
      shuffleChoices: z.boolean(),
    }),
    questions: z.array(questionSchema),
    /** The points of all questions (a multi-select question may be worth several). */
    maxScore: count,
  }),
  standing: standingSchema,
  lastAttempt: quizReviewResponse.nullable(),
});

export const myScoresResponse = z.object({
  labs: z.array(
    z.object({
      labId: z.string(),
      title: z.string(),
      chapter: z.string(),
      stepsPassed: count,
      totalSteps: count,
      checkAttempts: count,
      hintsUsed: count,
      completedAt: iso.nullable(),
    }),
  ),
  quizzes: z.array(
    z.object({
      quizId: z.string(),
      chapter: z.string(),
      score: z.number().nullable(),
      maxScore: z.number().nullable(),
      attempts: count,
      passed: z.boolean(),
      counts: counts.unwrap(),
    }),
  ),
});

// Grades (the Grades page, exports, API tokens).

const gradeItemSchema = z.object({
  id: z.string().describe('Stable column id: lab:<lab id> or quiz:<quiz id>'),
  kind: z.enum(['lab', 'quiz']),
  title: z.string(),
  chapter: z.string(),
  maxPoints: z.number(),
});
export const gradingSettingsResponse = z.object({
  labWeight: count,
  quizWeight: count,
  hintPenalty: z.number(),
  quizAttempt: z.enum(['quiz', 'best', 'last', 'average']),
  canvasAssignmentIds: z.record(z.string(), z.string()),
  quizDueDates: z.record(z.string(), z.string()),
});
export const gradebookRowSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  grades: z.array(
    z.object({
      itemId: z.string(),
      points: z.number().nullable().describe('Null: not started or not submitted (0 in totals)'),
      status: z.enum(['not_started', 'in_progress', 'completed', 'submitted']),
      submittedAt: iso.nullable(),
    }),
  ),
  labPoints: z.number(),
  quizPoints: z.number(),
  totalPoints: z.number(),
  totalMax: z.number(),
  percent: z.number(),
});
export const gradebookResponse = z.object({
  cohort: z.object({ id: z.uuid(), name: z.string() }),
  items: z.array(gradeItemSchema),
  settings: gradingSettingsResponse,
  students: z.array(gradebookRowSchema),
});
export const apiTokenSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string().describe('The first characters of the token, to tell tokens apart'),
  createdAt: iso,
  lastUsedAt: iso.nullable(),
  revokedAt: iso.nullable(),
});
export const apiTokensResponse = z.object({ tokens: z.array(apiTokenSchema) });
export const createdApiTokenResponse = z.object({
  token: z.string().describe('Shown this once: only a hash is stored'),
  apiToken: apiTokenSchema,
});
export const quizAttemptsResponse = z.object({
  attempts: z.array(
    z.object({
      quizId: z.string(),
      quizTitle: z.string(),
      review: quizReviewResponse,
    }),
  ),
});
