// Cohorts: mine, create, read, join, enrol, staff, dashboard, score exports.
import { presentCohort, presentMembership, presentProgress, presentUser } from '../presenters.js';
import { cohortProgressResponse, cohortSchema, cohortsResponse, userResponse } from '../responses.js';
import { route, type AnyRoute, type RouteDeps } from '../route.js';
import { createCohortBody, emailBody, idParams, joinCohortBody } from './schemas.js';

export function cohortRoutes({ services: { cohorts, scores }, throttles }: RouteDeps): AnyRoute[] {
  return [
    route({
      method: 'get',
      path: '/cohorts',
      tag: 'cohorts',
      summary: 'The cohorts you belong to (admins: every cohort)',
      auth: 'user',
      response: { status: 200, description: 'Cohorts', schema: cohortsResponse },
      handler: async ({ actor }) => ({ cohorts: (await cohorts.listMyCohorts(actor)).map(presentMembership) }),
    }),
    route({
      method: 'post',
      path: '/cohorts',
      tag: 'cohorts',
      summary: 'Create a cohort (instructors, who then teach it, and admins)',
      auth: 'user',
      body: createCohortBody,
      response: { status: 201, description: 'The new cohort, with its join code', schema: cohortSchema },
      handler: async ({ actor, body, context }) => {
        const cohort = await cohorts.createCohort(actor, { ...body, context });
        return presentCohort(await cohorts.getCohort(actor, { id: cohort.id }));
      },
    }),
    route({
      method: 'post',
      path: '/cohorts/join',
      tag: 'cohorts',
      summary: 'Join another cohort with its join code (students)',
      description: 'Rate-limited as registering is: wrong join codes per address, sign-ups per cohort.',
      auth: 'user',
      before: [throttles.joinCode],
      body: joinCohortBody,
      response: { status: 201, description: 'Joined', schema: cohortSchema },
      handler: async ({ actor, body, context }) => {
        const cohort = await cohorts.joinCohort(actor, { ...body, context });
        return presentCohort(await cohorts.getCohort(actor, { id: cohort.id }));
      },
    }),
    route({
      method: 'get',
      path: '/cohorts/:id',
      tag: 'cohorts',
      summary: 'A cohort: instructors, graders, number of students (and join code for its instructors)',
      auth: 'user',
      params: idParams,
      response: { status: 200, description: 'The cohort', schema: cohortSchema },
      handler: async ({ actor, params }) => presentCohort(await cohorts.getCohort(actor, params)),
    }),
    route({
      method: 'post',
      path: '/cohorts/:id/enrolments',
      tag: 'cohorts',
      summary: 'Enrol an existing student account by email',
      auth: 'user',
      params: idParams,
      body: emailBody,
      response: { status: 201, description: 'The enrolled student', schema: userResponse },
      handler: async ({ actor, params, body, context }) => ({
        user: presentUser(await cohorts.enrolStudent(actor, { cohortId: params.id, email: body.email, context })),
      }),
    }),
    route({
      method: 'post',
      path: '/cohorts/:id/instructors',
      tag: 'cohorts',
      summary: 'Add an instructor (an instructor or admin account) by email',
      auth: 'user',
      params: idParams,
      body: emailBody,
      response: { status: 201, description: 'The new instructor', schema: userResponse },
      handler: async ({ actor, params, body, context }) => ({
        user: presentUser(await cohorts.addInstructor(actor, { cohortId: params.id, email: body.email, context })),
      }),
    }),
    route({
      method: 'post',
      path: '/cohorts/:id/graders',
      tag: 'cohorts',
      summary: 'Add a grader (a grader, instructor or admin account) by email',
      auth: 'user',
      params: idParams,
      body: emailBody,
      response: { status: 201, description: 'The new grader', schema: userResponse },
      handler: async ({ actor, params, body, context }) => ({
        user: presentUser(await cohorts.addGrader(actor, { cohortId: params.id, email: body.email, context })),
      }),
    }),
    route({
      method: 'get',
      path: '/cohorts/:id/dashboard',
      tag: 'cohorts',
      summary: "Every student's progress (the cohort's instructors and graders, admins)",
      auth: 'user',
      params: idParams,
      response: { status: 200, description: 'Progress per student', schema: cohortProgressResponse },
      handler: async ({ actor, params }) =>
        presentProgress(await scores.cohortDashboard(actor, { cohortId: params.id })),
    }),
    route({
      method: 'get',
      path: '/cohorts/:id/scores.json',
      tag: 'scores',
      summary: 'Export scores as JSON (audited)',
      auth: 'user',
      params: idParams,
      response: { status: 200, description: 'Score report', schema: cohortProgressResponse },
      handler: async ({ actor, params, context }) =>
        presentProgress(await scores.exportScores(actor, { cohortId: params.id, format: 'json', context })),
    }),
    route({
      method: 'get',
      path: '/cohorts/:id/scores.csv',
      tag: 'scores',
      summary: 'Export scores as CSV, one row per student (audited)',
      auth: 'user',
      params: idParams,
      response: { status: 200, description: 'CSV with a header row', contentType: 'text/csv' },
      handler: async ({ actor, params, context, res }) => {
        const { filename, csv } = await scores.exportScoresCsv(actor, { cohortId: params.id, context });
        res.status(200).type('text/csv; charset=utf-8').attachment(filename).send(csv);
      },
    }),
  ];
}
