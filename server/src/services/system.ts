// The operator at the command line (`npm run kubelab`): trusted like an admin, recorded in the audit log without a user.
import type { Actor } from './actor.js';

export const SYSTEM_ACTOR: Actor = Object.freeze({
  id: '00000000-0000-0000-0000-000000000000',
  email: 'system@kubelab.invalid',
  name: 'kubelab CLI',
  role: 'admin',
});

/** The audit log's actor id for `actor` (null for the CLI, which is not a user). */
export function auditActorId(actor: Actor | null): string | null {
  return actor === null || actor.id === SYSTEM_ACTOR.id ? null : actor.id;
}
