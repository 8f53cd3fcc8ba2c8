// Writes and reads the audit log of security-relevant events.
import type { Db } from '../db/client.js';
import { insertAuditLog, listAuditLogs, type AuditFilter } from '../db/auditLog.js';
import type { AuditLog } from '../db/types.js';
import type { Actor, RequestContext } from './actor.js';
import { authorize } from './policies.js';

export type AuditAction =
  | 'auth.login'
  | 'auth.login_failed'
  | 'auth.login_rate_limited'
  | 'auth.logout'
  | 'auth.registered'
  | 'user.created'
  | 'user.role_changed'
  | 'cohort.created'
  | 'cohort.enrolled'
  | 'cohort.staff_added'
  | 'scores.exported'
  | 'lab.reset'
  | 'grading.changed'
  | 'token.created'
  | 'token.revoked'
  | 'kubeconfig.issued'
  | 'kubeconfig.revoked'
  | 'cohort.member_removed'
  | 'cohort.join_code_regenerated'
  | 'cohort.archived'
  | 'cohort.unarchived'
  | 'cohort.settings_changed'
  | 'cohort.due_date_set'
  | 'dashboard.flag_cleared'
  | 'terminal.assist_requested'
  | 'terminal.assist_started'
  | 'terminal.assist_declined'
  | 'terminal.assist_ended';

export interface AuditEvent {
  actorId: string | null;
  action: AuditAction;
  target?: { type: string; id: string };
  context?: RequestContext | undefined;
  detail?: Record<string, unknown>;
}

export async function recordAudit(db: Db, event: AuditEvent): Promise<void> {
  await insertAuditLog(db, {
    actorId: event.actorId,
    action: event.action,
    targetType: event.target?.type ?? null,
    targetId: event.target?.id ?? null,
    ip: event.context?.ip ?? null,
    detail: event.detail ?? {},
  });
}

export async function listAudit(
  db: Db,
  actor: Actor,
  input: AuditFilter,
): Promise<(AuditLog & { actor: { email: string } | null })[]> {
  authorize(actor, 'read', { type: 'auditLog' });
  return listAuditLogs(db, input);
}
