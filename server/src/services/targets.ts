// Loads what `authorize()` needs to decide about a stored thing. Throws NotFoundError when it does not exist.
import type { Db } from '../db/client.js';
import { findCohortWithMembers, isEnrolled, listCohortsOfStudent, type CohortWithMembers } from '../db/cohorts.js';
import { findUserById } from '../db/users.js';
import type { Actor } from './actor.js';
import { NotFoundError } from './errors.js';
import type { CohortFacts, Target } from './policies.js';

function facts(c: CohortWithMembers, studentIds: string[]): CohortFacts {
  return { id: c.id, instructorIds: c.instructorIds, graderIds: c.graderIds, studentIds };
}

/** The cohort and its facts as seen by `actor` (whether the actor is enrolled is looked up only for them). */
export async function loadCohortTarget(
  db: Db,
  actor: Actor,
  cohortId: string,
): Promise<{ cohort: CohortWithMembers; target: Extract<Target, { type: 'cohort' }> }> {
  const cohort = await findCohortWithMembers(db, cohortId);
  if (!cohort) throw new NotFoundError('Cohort');
  const studentIds = (await isEnrolled(db, cohortId, actor.id)) ? [actor.id] : [];
  return { cohort, target: { type: 'cohort', cohort: facts(cohort, studentIds) } };
}

/** A student's work (labs, progress, quizzes): `authorize(actor, 'use' | 'read' | 'watch', await studentWorkTarget(db, id))`. */
export async function studentWorkTarget(db: Db, ownerId: string): Promise<Extract<Target, { type: 'studentWork' }>> {
  const cohorts = await listCohortsOfStudent(db, ownerId);
  return { type: 'studentWork', ownerId, cohorts: cohorts.map((c) => facts(c, [ownerId])) };
}

export async function loadUserTarget(db: Db, userId: string): Promise<Extract<Target, { type: 'user' }>> {
  const user = await findUserById(db, userId);
  if (!user) throw new NotFoundError('User');
  return { type: 'user', user: { id: user.id, role: user.role } };
}
