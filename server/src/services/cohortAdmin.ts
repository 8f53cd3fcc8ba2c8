// Running a cohort: a new join code, removing members, archiving, "needs help" thresholds, per-lab due dates.
import type { Db } from '../db/client.js';
import type { CohortRole } from '../db/cohorts.js';
import { isUniqueViolation } from '../db/errors.js';
import type { Cohort } from '../db/types.js';
import { findUserByEmail, findUserById } from '../db/users.js';
import type { Actor, RequestContext } from './actor.js';
import { recordAudit, type AuditAction } from './audit.js';
import { generateJoinCode } from './cohorts.js';
import type { Course } from './course.js';
import { ConflictError, NotFoundError } from './errors.js';
import { normalizeEmail } from './normalize.js';
import { authorize } from './policies.js';
import { auditActorId } from './system.js';
import { loadCohortTarget } from './targets.js';

interface CohortInput {
  cohortId: string;
  context?: RequestContext;
}

async function managed(db: Db, actor: Actor, cohortId: string): Promise<Cohort> {
  const { cohort, target } = await loadCohortTarget(db, actor, cohortId);
  authorize(actor, 'manage', target);
  return cohort;
}

function audit(db: Db, actor: Actor, input: CohortInput, action: AuditAction, detail: Record<string, unknown> = {}) {
  return recordAudit(db, {
    actorId: auditActorId(actor),
    action,
    target: { type: 'cohort', id: input.cohortId },
    context: input.context,
    detail,
  });
}

/** The old code stops working at once (a leaked code is the usual reason). */
export async function regenerateJoinCode(db: Db, actor: Actor, input: CohortInput): Promise<Cohort> {
  await managed(db, actor, input.cohortId);
  for (let attempt = 0; ; attempt++) {
    try {
      const cohort = await db.cohort.update({ where: { id: input.cohortId }, data: { joinCode: generateJoinCode() } });
      await audit(db, actor, input, 'cohort.join_code_regenerated');
      return cohort;
    } catch (err) {
      if (!isUniqueViolation(err) || attempt >= 5) throw err;
    }
  }
}

export async function setArchived(db: Db, actor: Actor, input: CohortInput & { archived: boolean }): Promise<Cohort> {
  await managed(db, actor, input.cohortId);
  const cohort = await db.cohort.update({
    where: { id: input.cohortId },
    data: { archivedAt: input.archived ? new Date() : null },
  });
  await audit(db, actor, input, input.archived ? 'cohort.archived' : 'cohort.unarchived');
  return cohort;
}

export async function updateHelpSettings(
  db: Db,
  actor: Actor,
  input: CohortInput & { helpFailedChecks?: number | undefined; helpIdleMinutes?: number | undefined },
): Promise<Cohort> {
  await managed(db, actor, input.cohortId);
  const data = {
    ...(input.helpFailedChecks === undefined ? {} : { helpFailedChecks: input.helpFailedChecks }),
    ...(input.helpIdleMinutes === undefined ? {} : { helpIdleMinutes: input.helpIdleMinutes }),
  };
  const cohort = await db.cohort.update({ where: { id: input.cohortId }, data });
  await audit(db, actor, input, 'cohort.settings_changed', data);
  return cohort;
}

/** Sets (or with `dueAt: null` removes) the due date of one lab for the cohort. */
export async function setLabDueDate(
  db: Db,
  course: Course,
  actor: Actor,
  input: CohortInput & { labId: string; dueAt: Date | null },
): Promise<void> {
  await managed(db, actor, input.cohortId);
  course.findLab(input.labId);
  const key = { cohortId_labId: { cohortId: input.cohortId, labId: input.labId } };
  if (input.dueAt === null) await db.labDueDate.deleteMany({ where: { cohortId: input.cohortId, labId: input.labId } });
  else
    await db.labDueDate.upsert({
      where: key,
      create: { cohortId: input.cohortId, labId: input.labId, dueAt: input.dueAt },
      update: { dueAt: input.dueAt },
    });
  await audit(db, actor, input, 'cohort.due_date_set', {
    labId: input.labId,
    dueAt: input.dueAt?.toISOString() ?? null,
  });
}

/**
 * Takes a student, instructor or grader out of the cohort. A student's work stays (it is theirs); an instructor
 * cannot remove themselves, so a cohort never loses the person removing people by accident.
 */
export async function removeMember(
  db: Db,
  actor: Actor,
  input: CohortInput & { user: { id: string } | { email: string }; role: CohortRole },
): Promise<void> {
  const { target } = await loadCohortTarget(db, actor, input.cohortId);
  authorize(actor, input.role === 'student' ? 'enrol' : 'manageStaff', target);
  const user =
    'email' in input.user
      ? await findUserByEmail(db, normalizeEmail(input.user.email))
      : await findUserById(db, input.user.id);
  if (!user) throw new NotFoundError('User');
  if (input.role === 'instructor' && user.id === actor.id)
    throw new ConflictError('You cannot remove yourself; another instructor of the cohort or an admin can.');
  const where = { cohortId_userId: { cohortId: input.cohortId, userId: user.id } };
  const removed =
    input.role === 'student'
      ? await db.enrolment.deleteMany({ where: where.cohortId_userId })
      : input.role === 'instructor'
        ? await db.cohortInstructor.deleteMany({ where: where.cohortId_userId })
        : await db.cohortGrader.deleteMany({ where: where.cohortId_userId });
  if (removed.count === 0)
    throw new NotFoundError(`${input.role[0]!.toUpperCase()}${input.role.slice(1)} ${user.email} in this cohort`);
  await audit(db, actor, input, 'cohort.member_removed', { email: user.email, role: input.role });
}
