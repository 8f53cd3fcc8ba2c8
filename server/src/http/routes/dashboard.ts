// The live cohort dashboard: the board, a lab's steps on demand, the activity feed, a student's drill-down, flags.
import { z } from 'zod';
import { presentActivity, presentBoard, presentStudentDetail, presentStudentRow } from '../dashboardPresenters.js';
import {
  activityResponse,
  boardResponse,
  labStepsResponse,
  studentDetailResponse,
  studentRowResponse,
} from '../responses.js';
import { route, type AnyRoute, type RouteDeps } from '../route.js';
import { cohortMemberParams, idParams, labId } from './schemas.js';

export function dashboardRoutes({ services: { dashboard } }: RouteDeps): AnyRoute[] {
  return [
    route({
      method: 'get',
      path: '/cohorts/:id/board',
      tag: 'dashboard',
      summary: 'The cohort dashboard: one row per student (instructors and graders of the cohort, admins)',
      description: 'Live changes arrive on the `/dashboard` socket.io namespace as `rows` and `activity` events.',
      auth: 'user',
      params: idParams,
      response: { status: 200, description: 'The board', schema: boardResponse },
      handler: async ({ actor, params }) => presentBoard(await dashboard.board(actor, params.id)),
    }),
    route({
      method: 'get',
      path: '/cohorts/:id/labs/:labId/steps',
      tag: 'dashboard',
      summary: "Every student's state on each step of one lab",
      auth: 'user',
      params: z.object({ id: z.uuid(), labId }),
      response: { status: 200, description: 'Checked steps (a missing cell is pending)', schema: labStepsResponse },
      handler: async ({ actor, params }) => ({
        cells: (await dashboard.labSteps(actor, params.id, params.labId)).map((c) => ({
          studentId: c.studentId,
          stepId: c.stepId,
          state: c.state,
          attempts: c.attempts,
          passedAt: c.passedAt,
        })),
      }),
    }),
    route({
      method: 'get',
      path: '/cohorts/:id/activity',
      tag: 'dashboard',
      summary: 'The activity feed, newest first, a page at a time',
      auth: 'user',
      params: idParams,
      query: z.strictObject({
        before: z.uuid().optional(),
        limit: z.coerce.number().int('must be a whole number').min(1).max(200).default(50),
      }),
      response: { status: 200, description: 'A page of events', schema: activityResponse },
      handler: async ({ actor, params, query }) => {
        const rows = await dashboard.feed(actor, params.id, query);
        const last = rows[rows.length - 1];
        return { activities: rows.map(presentActivity), next: rows.length === query.limit && last ? last.id : null };
      },
    }),
    route({
      method: 'get',
      path: '/cohorts/:id/students/:userId',
      tag: 'dashboard',
      summary: 'One student: progress per lab and step, quiz attempts with answers, commands typed per lab',
      auth: 'user',
      params: cohortMemberParams,
      response: { status: 200, description: 'The student', schema: studentDetailResponse },
      handler: async ({ actor, params }) =>
        presentStudentDetail(await dashboard.student(actor, params.id, params.userId)),
    }),
    route({
      method: 'post',
      path: '/cohorts/:id/students/:userId/clear-flag',
      tag: 'dashboard',
      summary: 'Clear a student\'s "needs help" flag (the cohort\'s instructors, admins; audited)',
      description:
        'The flag comes back only after new trouble: N more failed checks, or M more minutes without progress.',
      auth: 'user',
      params: cohortMemberParams,
      response: { status: 200, description: 'The student’s row', schema: studentRowResponse },
      handler: async ({ actor, params, context }) => ({
        student: presentStudentRow(
          await dashboard.clearFlag(actor, { cohortId: params.id, userId: params.userId, context }),
        ),
      }),
    }),
  ];
}
