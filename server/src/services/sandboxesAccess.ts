// Who may open, watch and follow sandboxes: the realtime gateways' questions, answered by the policies.
import { listCohortsOfStudent, listEnrolledStudents } from '../db/cohorts.js';
import type { Db } from '../db/client.js';
import type { Actor } from './actor.js';
import { recordAudit } from './audit.js';
import { NotFoundError } from './errors.js';
import { can } from './policies.js';
import { loadCohortTarget, studentWorkTarget } from './targets.js';

/** Who is behind a session cookie's token, and which login session it is. */
export interface SocketSession {
  actor: Actor;
  sessionId: string;
}

export interface SandboxAccess {
  authenticate(token: string): Promise<SocketSession | null>;
  canUseLab(actor: Actor, labId: string): Promise<boolean>;
  canWatch(actor: Actor, studentId: string, labId: string): Promise<boolean>;
  canFollowCohort(actor: Actor, cohortId: string): Promise<boolean>;
  cohortsOfStudent(studentId: string): Promise<string[]>;
  studentsOfCohort(cohortId: string): Promise<string[]>;
  canAssist(actor: Actor, studentId: string, labId: string): Promise<boolean>;
  auditAssist(event: {
    action: 'requested' | 'started' | 'declined' | 'ended';
    helperId: string;
    studentId: string;
    labId: string;
    endedBy?: 'helper' | 'student' | 'left';
  }): Promise<void>;
}

export interface SandboxAccessOptions {
  db: Db;
  /** The session service's `find`. */
  authenticate: (token: string) => Promise<SocketSession | null>;
  /** Whether a lab with this id exists (the lab catalogue); every id is accepted when omitted. */
  labExists?: (labId: string) => boolean | Promise<boolean>;
}

export function createSandboxAccess(options: SandboxAccessOptions): SandboxAccess {
  const { db } = options;
  const labExists = options.labExists ?? (() => true);
  return {
    authenticate: options.authenticate,
    async canUseLab(actor, labId) {
      if (!(await labExists(labId))) return false;
      return can(actor, 'use', await studentWorkTarget(db, actor.id));
    },
    async canWatch(actor, studentId, labId) {
      if (!(await labExists(labId))) return false;
      return can(actor, 'watch', await studentWorkTarget(db, studentId));
    },
    async canFollowCohort(actor, cohortId) {
      try {
        const { target } = await loadCohortTarget(db, actor, cohortId);
        return can(actor, 'viewDashboard', target);
      } catch (err) {
        if (err instanceof NotFoundError) return false;
        throw err;
      }
    },
    async cohortsOfStudent(studentId) {
      return (await listCohortsOfStudent(db, studentId)).map((c) => c.id);
    },
    async studentsOfCohort(cohortId) {
      return (await listEnrolledStudents(db, cohortId)).map((s) => s.id);
    },
    async canAssist(actor, studentId, labId) {
      if (!(await labExists(labId))) return false;
      return can(actor, 'assist', await studentWorkTarget(db, studentId));
    },
    async auditAssist({ action, helperId, studentId, labId, endedBy }) {
      await recordAudit(db, {
        actorId: action === 'ended' && endedBy === 'student' ? studentId : helperId,
        action: `terminal.assist_${action}`,
        target: { type: 'user', id: studentId },
        detail: { labId, helperId, ...(endedBy ? { endedBy } : {}) },
      });
    },
  };
}
