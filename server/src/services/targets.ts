// Loads what `authorize()` needs to decide about a stored thing. Throws NotFoundError when it does not exist.
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
  actor: Actor,
  cohortId: string,
): Promise<{ cohort: CohortWithMembers; target: Extract<Target, { type: 'cohort' }> }> {
  const cohort = await findCohortWithMembers(cohortId);
  if (!cohort) throw new NotFoundError('Cohort');
  const studentIds = (await isEnrolled(cohortId, actor.id)) ? [actor.id] : [];
  return { cohort, target: { type: 'cohort', cohort: facts(cohort, studentIds) } };
}

/** A student's work (labs, progress, quizzes): `authorize(actor, 'use' | 'read' | 'watch', await studentWorkTarget(id))`. */
export async function studentWorkTarget(ownerId: string): Promise<Extract<Target, { type: 'studentWork' }>> {
  const cohorts = await listCohortsOfStudent(ownerId);
  return { type: 'studentWork', ownerId, cohorts: cohorts.map((c) => facts(c, [ownerId])) };
}

export async function loadUserTarget(userId: string): Promise<Extract<Target, { type: 'user' }>> {
  const user = await findUserById(userId);
  if (!user) throw new NotFoundError('User');
  return { type: 'user', user: { id: user.id, role: user.role } };
}
