// Running a cohort: join code, archive, "needs help" thresholds, due dates, removing members.
import { z } from 'zod';
import { presentCohort } from '../presenters.js';
import { cohortSchema } from '../responses.js';
import { route, type AnyRoute, type RouteDeps } from '../route.js';
import { archiveBody, cohortMemberParams, dueDateBody, helpSettingsBody, idParams, labId } from './schemas.js';

const MEMBERS = [
  { path: 'enrolments', role: 'student', noun: 'a student (their work is kept)' },
  { path: 'instructors', role: 'instructor', noun: 'an instructor (not yourself)' },
  { path: 'graders', role: 'grader', noun: 'a grader' },
] as const;

export function cohortAdminRoutes({ services: { cohorts, cohortDueDates } }: RouteDeps): AnyRoute[] {
  const details = (actor: Parameters<typeof cohorts.getCohort>[0], id: string) =>
    cohorts.getCohort(actor, { id }).then(presentCohort);
  return [
    route({
      method: 'post',
      path: '/cohorts/:id/join-code',
      tag: 'cohorts',
      summary: 'Replace the join code (the old one stops working; instructors, admins; audited)',
      auth: 'user',
      params: idParams,
      response: { status: 200, description: 'The cohort with its new code', schema: cohortSchema },
      handler: async ({ actor, params, context }) => {
        await cohorts.regenerateJoinCode(actor, { cohortId: params.id, context });
        return details(actor, params.id);
      },
    }),
    route({
      method: 'post',
      path: '/cohorts/:id/archive',
      tag: 'cohorts',
      summary: 'Archive or restore a cohort (an archived one accepts no new students; audited)',
      auth: 'user',
      params: idParams,
      body: archiveBody,
      response: { status: 200, description: 'The cohort', schema: cohortSchema },
      handler: async ({ actor, params, body, context }) => {
        await cohorts.setArchived(actor, { cohortId: params.id, archived: body.archived, context });
        return details(actor, params.id);
      },
    }),
    route({
      method: 'patch',
      path: '/cohorts/:id/settings',
      tag: 'cohorts',
      summary: '"Needs help" thresholds: failed checks on one step, minutes without progress while online',
      auth: 'user',
      params: idParams,
      body: helpSettingsBody,
      response: { status: 200, description: 'The cohort', schema: cohortSchema },
      handler: async ({ actor, params, body, context }) => {
        await cohorts.updateHelpSettings(actor, { cohortId: params.id, ...body, context });
        return details(actor, params.id);
      },
    }),
    route({
      method: 'put',
      path: '/cohorts/:id/due-dates/:labId',
      tag: 'cohorts',
      summary: 'Set (or with null remove) when the cohort should have finished a lab; later completions are late',
      auth: 'user',
      params: z.object({ id: z.uuid(), labId }),
      body: dueDateBody,
      response: { status: 204, description: 'Saved' },
      handler: async ({ actor, params, body, context }) => {
        const dueAt = body.dueAt === null ? null : new Date(body.dueAt);
        await cohortDueDates.setLabDueDate(actor, { cohortId: params.id, labId: params.labId, dueAt, context });
      },
    }),
    ...MEMBERS.map((m) =>
      route({
        method: 'delete',
        path: `/cohorts/:id/${m.path}/:userId`,
        tag: 'cohorts',
        summary: `Remove ${m.noun} from the cohort (audited)`,
        auth: 'user',
        params: cohortMemberParams,
        response: { status: 204, description: 'Removed' },
        handler: async ({ actor, params, context }) => {
          await cohorts.removeMember(actor, {
            cohortId: params.id,
            user: { id: params.userId },
            role: m.role,
            context,
          });
        },
      }),
    ),
  ];
}
