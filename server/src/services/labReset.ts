/**
 * Resetting a lab: the student's cluster, shell and files start again from the lab's initial state. The
 * student resets their own lab; an instructor resets a student of a cohort they teach. Step completions,
 * hints and attempts are kept: they record what the student has already shown they can do, and a reset
 * is how a student recovers from a broken cluster, which must never cost them their progress.
 */
import type { Db } from '../db/client.js';
import { isEnrolled } from '../db/cohorts.js';
import type { Actor, RequestContext } from './actor.js';
import { recordAudit } from './audit.js';
import type { Course } from './course.js';
import { NotFoundError } from './errors.js';
import { authorize } from './policies.js';
import type { ProgressService } from './progress.js';
import { loadCohortTarget, studentWorkTarget } from './targets.js';

/** The part of the sandbox manager a reset needs (SandboxManager.reset). */
export interface LabSandboxes {
  /** Drops the live environment (its tabs reconnect to a fresh one) and its saved snapshot. */
  reset(userId: string, labId: string): Promise<void>;
}

export interface ResetLabInput {
  labId: string;
  /** Whose lab: the actor's own when absent. */
  userId?: string;
  /** The cohort an instructor resets through (required when resetting someone else's lab). */
  cohortId?: string;
  context?: RequestContext | undefined;
}

export class LabResetService {
  private sandboxes: LabSandboxes;

  /** `sandboxes` until `useSandboxes`: the snapshot store alone (right while no sandbox manager runs). */
  constructor(private readonly deps: { db: Db; course: Course; progress: ProgressService; sandboxes: LabSandboxes }) {
    this.sandboxes = deps.sandboxes;
  }

  /** The server's sandbox manager, once built (it is built after the services, from them). */
  useSandboxes(sandboxes: LabSandboxes): void {
    this.sandboxes = sandboxes;
  }

  async resetLab(actor: Actor, input: ResetLabInput): Promise<void> {
    const { db, course } = this.deps;
    const userId = input.userId ?? actor.id;
    if (input.cohortId === undefined) {
      authorize(actor, 'use', await studentWorkTarget(db, userId));
    } else {
      const { target } = await loadCohortTarget(db, actor, input.cohortId);
      authorize(actor, 'resetStudentLab', target);
      if (!(await isEnrolled(db, input.cohortId, userId))) throw new NotFoundError('Student');
    }
    course.findLab(input.labId);
    await this.sandboxes.reset(userId, input.labId);
    this.deps.progress.forgetResults(userId, input.labId);
    await recordAudit(db, {
      actorId: actor.id,
      action: 'lab.reset',
      target: { type: 'user', id: userId },
      context: input.context,
      detail: { labId: input.labId, ...(input.cohortId ? { cohortId: input.cohortId } : {}) },
    });
  }
}
