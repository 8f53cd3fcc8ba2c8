// The audit log (admins).
import { z } from 'zod';
import { presentAuditEntry } from '../presenters.js';
import { auditLogResponse } from '../responses.js';
import { route, type AnyRoute, type RouteDeps } from '../route.js';

export function auditRoutes({ services: { audit } }: RouteDeps): AnyRoute[] {
  return [
    route({
      method: 'get',
      path: '/audit-log',
      tag: 'audit',
      summary: 'Security-relevant events, newest first (admins)',
      auth: 'user',
      query: z.strictObject({
        limit: z.coerce.number().int('must be a whole number').min(1).max(500).default(100),
        before: z.iso.datetime({ error: 'must be an ISO 8601 date-time' }).optional(),
        action: z.string().max(64).optional(),
        actorId: z.uuid().optional(),
      }),
      response: { status: 200, description: 'Entries', schema: auditLogResponse },
      handler: async ({ actor, query }) => {
        const entries = await audit.listAudit(actor, {
          ...query,
          before: query.before ? new Date(query.before) : undefined,
        });
        return { entries: entries.map(presentAuditEntry) };
      },
    }),
  ];
}
