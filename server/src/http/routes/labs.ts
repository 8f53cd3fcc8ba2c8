// Labs: the catalogue with the caller's progress, a lab with its steps, checking, hints, solutions, scores.
// Presenters list every field sent by hand: checks' internals and locked solutions never leave the server.
import { z } from 'zod';
import type { LabView, StepView } from '../../services/progress.js';
import type { LabResponse, Step } from '../contract.js';
import { catalogueResponse, hintResponse, labResponse, myScoresResponse, solutionResponse } from '../responses.js';
import { route, type AnyRoute, type RouteDeps } from '../route.js';

const slug = z.string().regex(/^[a-z0-9-]{1,80}$/, 'must be a lab id such as "minikube-basics"');
const labParams = z.object({ labId: slug });
const stepParams = z.object({ labId: slug, stepId: slug });
const studentLabParams = z.object({ cohortId: z.uuid(), userId: z.uuid(), labId: slug });

function presentStep(s: StepView): Step {
  return {
    id: s.step.id,
    title: s.step.title,
    instructions: s.step.instructions,
    status: s.status,
    attempts: s.attempts,
    failedChecks: s.failedChecks,
    firstPassedAt: s.firstPassedAt?.toISOString() ?? null,
    hints: s.hints,
    hintsTotal: s.hintsTotal,
    solution: s.solution,
    solutionAfterFailedChecks: s.solutionAfterFailedChecks,
    checks: s.checks.map((c) => ({ description: c.description, passed: c.passed, message: c.message })),
    waitingOnCluster: s.waitingOnCluster,
  };
}

export function presentLab(v: LabView): LabResponse {
  return {
    lab: {
      id: v.lab.id,
      title: v.lab.title,
      chapter: v.lab.chapter,
      chapterTitle: v.chapterTitle,
      summary: v.lab.summary,
      estimatedMinutes: v.lab.estimatedMinutes,
      prerequisites: v.lab.prerequisites,
      progress: v.progress,
      currentStepId: v.currentStepId,
      quizId: v.quizId,
      steps: v.steps.map(presentStep),
    },
  };
}

export function labRoutes({ services }: RouteDeps): AnyRoute[] {
  const { progress, quizzes: quizService, course, labResets } = services;
  return [
    route({
      method: 'get',
      path: '/labs',
      tag: 'labs',
      summary: 'The lab catalogue in course order, with your progress per lab and per chapter',
      auth: 'user',
      response: { status: 200, description: 'Labs and chapters', schema: catalogueResponse },
      handler: async ({ actor }) => {
        const entries = await progress.listLabs(actor);
        const quizzes = await quizService.list(actor);
        const chapters = course.chapters.map((c) => {
          const mine = entries.filter((e) => e.lab.chapter === c.id);
          const passed = mine.reduce((n, e) => n + e.progress.passed, 0);
          const total = mine.reduce((n, e) => n + e.progress.total, 0);
          const quiz = quizzes.find((q) => q.quiz.chapter === c.id);
          return {
            id: c.id,
            title: c.title,
            summary: c.summary,
            progress: { passed, total, percent: total ? Math.round((100 * passed) / total) : 0 },
            quizId: quiz?.quiz.id ?? null,
          };
        });
        return {
          labs: entries.map((e) => ({
            id: e.lab.id,
            title: e.lab.title,
            chapter: e.lab.chapter,
            chapterTitle: e.chapterTitle,
            summary: e.lab.summary,
            estimatedMinutes: e.lab.estimatedMinutes,
            prerequisites: e.lab.prerequisites,
            progress: e.progress,
          })),
          chapters,
        };
      },
    }),
    route({
      method: 'get',
      path: '/labs/:labId',
      tag: 'labs',
      summary: 'A lab with its steps, their status, the hints you revealed and unlocked solutions',
      auth: 'user',
      params: labParams,
      response: { status: 200, description: 'The lab', schema: labResponse },
      handler: async ({ actor, params }) => presentLab(await progress.getLab(actor, params.labId)),
    }),
    route({
      method: 'post',
      path: '/labs/:labId/check',
      tag: 'labs',
      summary: 'Check your current step against your running environment (also done automatically after each command)',
      auth: 'user',
      params: labParams,
      response: { status: 200, description: 'The lab after the check', schema: labResponse },
      handler: async ({ actor, params }) => presentLab(await progress.checkStep(actor, params.labId)),
    }),
    route({
      method: 'post',
      path: '/labs/:labId/reset',
      tag: 'labs',
      summary: 'Reset your lab: a fresh cluster, shell and files in the starting state (steps already done stay done)',
      description: 'Open terminals of the lab reconnect to the fresh environment. Audited.',
      auth: 'user',
      params: labParams,
      response: { status: 204, description: 'Reset' },
      handler: async ({ actor, params, context }) => {
        await labResets.resetLab(actor, { labId: params.labId, context });
      },
    }),
    route({
      method: 'post',
      path: '/cohorts/:cohortId/students/:userId/labs/:labId/reset',
      tag: 'labs',
      summary: "Reset a student's lab (instructors of the cohort): a fresh environment, their progress kept",
      description: "The student's open terminals reconnect to the fresh environment. Audited.",
      auth: 'user',
      params: studentLabParams,
      response: { status: 204, description: 'Reset' },
      handler: async ({ actor, params, context }) => {
        await labResets.resetLab(actor, { ...params, context });
      },
    }),
    route({
      method: 'post',
      path: '/labs/:labId/steps/:stepId/hints',
      tag: 'labs',
      summary: 'Reveal the next hint of a step (recorded)',
      auth: 'user',
      params: stepParams,
      response: { status: 201, description: 'The hint', schema: hintResponse },
      handler: async ({ actor, params }) => {
        const r = await progress.revealHint(actor, params.labId, params.stepId);
        return { index: r.index, hint: r.hint, remaining: r.remaining };
      },
    }),
    route({
      method: 'get',
      path: '/labs/:labId/steps/:stepId/solution',
      tag: 'labs',
      summary: "A step's reference solution, once the step passed or enough checks failed",
      auth: 'user',
      params: stepParams,
      response: { status: 200, description: 'The lines to type', schema: solutionResponse },
      handler: async ({ actor, params }) => ({
        solution: (await progress.revealSolution(actor, params.labId, params.stepId)).solution,
      }),
    }),
    route({
      method: 'get',
      path: '/scores/me',
      tag: 'labs',
      summary: 'Your scores: steps passed per lab (with check attempts and hints used) and the counting score per quiz',
      auth: 'user',
      response: { status: 200, description: 'Scores', schema: myScoresResponse },
      handler: async ({ actor }) => {
        const [labs, quizzes] = await Promise.all([progress.labScoresOf(actor), quizService.list(actor)]);
        return {
          labs: labs.map((l) => ({
            labId: l.labId,
            title: l.title,
            chapter: l.chapter,
            stepsPassed: l.stepsPassed,
            totalSteps: l.totalSteps,
            checkAttempts: l.checkAttempts,
            hintsUsed: l.hintsUsed,
            completedAt: l.completedAt?.toISOString() ?? null,
          })),
          quizzes: quizzes.map(({ quiz, standing }) => ({
            quizId: quiz.id,
            chapter: quiz.chapter,
            score: standing.counted?.score ?? null,
            maxScore: standing.counted?.maxScore ?? null,
            attempts: standing.attemptsUsed,
            passed: standing.passed,
            counts: quiz.scoring.counts,
          })),
        };
      },
    }),
  ];
}
