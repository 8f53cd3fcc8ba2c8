// Cohorts: creating them, joining with a code, enrolling students, adding instructors and graders.
import type { Db } from '../db/client.js';
import { randomInt } from 'node:crypto';
import {
  cohortStaff,
  findCohortByJoinCode,
  findCohortByName,
  insertCohort,
  insertEnrolment,
  insertGrader,
  insertInstructor,
  listAllCohorts,
  listCohortsOfUser,
  type CohortRole,
} from '../db/cohorts.js';
import { isUniqueViolation } from '../db/errors.js';
import type { Cohort, Role, User } from '../db/types.js';
import { findUserByEmail } from '../db/users.js';
import type { Actor, RequestContext } from './actor.js';
import { recordAudit } from './audit.js';
import { ConflictError, DomainError, NotFoundError } from './errors.js';
import { normalizeEmail, normalizeJoinCode } from './normalize.js';
import { authorize, can } from './policies.js';
import { auditActorId } from './system.js';
import { loadCohortTarget } from './targets.js';

export type { CohortRole } from '../db/cohorts.js';

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** `ABCD-2345`: 8 characters without look-alikes (about 40 bits). */
export function generateJoinCode(): string {
  const chars = Array.from({ length: 8 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4)}`;
}

export interface CreateCohortInput {
  name: string;
  course?: string | undefined;
  context?: RequestContext;
}

/** A new cohort with a fresh join code; an instructor who creates one teaches it. */
export async function createCohort(db: Db, actor: Actor, input: CreateCohortInput): Promise<Cohort> {
  authorize(actor, 'create', { type: 'cohorts' });
  for (let attempt = 0; ; attempt++) {
    try {
      const cohort = await insertCohort(db, {
        name: input.name.trim(),
        course: input.course?.trim() || null,
        joinCode: generateJoinCode(),
        ...(actor.role === 'instructor' ? { instructorId: actor.id } : {}),
      });
      await recordAudit(db, {
        actorId: auditActorId(actor),
        action: 'cohort.created',
        target: { type: 'cohort', id: cohort.id },
        context: input.context,
        detail: { name: cohort.name },
      });
      return cohort;
    } catch (err) {
      if (!isUniqueViolation(err) || attempt >= 5) throw err;
    }
  }
}

export interface CohortMembership {
  cohort: Cohort;
  /** The actor's roles in this cohort; empty for an admin who is not a member. */
  roles: CohortRole[];
}

/** The cohorts the actor belongs to (admins: every cohort). */
export async function listMyCohorts(db: Db, actor: Actor): Promise<CohortMembership[]> {
  const mine = await listCohortsOfUser(db, actor.id);
  if (!can(actor, 'listAll', { type: 'cohorts' })) return mine;
  const roles = new Map(mine.map((m) => [m.cohort.id, m.roles]));
  return (await listAllCohorts(db)).map((cohort) => ({ cohort, roles: roles.get(cohort.id) ?? [] }));
}

type Person = Pick<User, 'id' | 'email' | 'name'>;

export interface CohortDetails {
  cohort: Cohort;
  instructors: Person[];
  graders: Person[];
  studentCount: number;
  /** Whether the actor may see (and so share) the join code. */
  showJoinCode: boolean;
}

export async function getCohort(db: Db, actor: Actor, input: { id: string }): Promise<CohortDetails> {
  const { cohort, target } = await loadCohortTarget(db, actor, input.id);
  authorize(actor, 'read', target);
  const staff = await cohortStaff(db, cohort.id);
  const { instructorIds: _i, graderIds: _g, ...plain } = cohort;
  return { cohort: plain, ...staff, showJoinCode: can(actor, 'viewJoinCode', target) };
}

/** A logged-in student joins another cohort with its code. */
export async function joinCohort(
  db: Db,
  actor: Actor,
  input: { joinCode: string; context?: RequestContext },
): Promise<Cohort> {
  authorize(actor, 'join', { type: 'cohorts' });
  const cohort = await findCohortByJoinCode(db, normalizeJoinCode(input.joinCode));
  if (!cohort || cohort.archivedAt)
    throw new DomainError(
      400,
      'invalid_request',
      'joinCode: no cohort has this join code; check it with your instructor',
    );
  await addMember(db, cohort.id, actor.id, insertEnrolment, 'You are already in this cohort.');
  await recordAudit(db, {
    actorId: actor.id,
    action: 'cohort.enrolled',
    target: { type: 'cohort', id: cohort.id },
    context: input.context,
    detail: { email: actor.email, via: 'join_code' },
  });
  return cohort;
}

export interface MemberInput {
  cohortId: string;
  email: string;
  context?: RequestContext;
}

const memberKinds = {
  student: { roles: ['student'], insert: insertEnrolment, noun: 'a student' },
  instructor: { roles: ['instructor', 'admin'], insert: insertInstructor, noun: 'an instructor or an admin' },
  grader: {
    roles: ['grader', 'instructor', 'admin'],
    insert: insertGrader,
    noun: 'a grader, an instructor or an admin',
  },
} as const satisfies Record<
  CohortRole,
  { roles: readonly Role[]; insert: (db: Db, c: string, u: string) => Promise<void>; noun: string }
>;

/** Enrols an existing student account (by email) in a cohort. */
export function enrolStudent(db: Db, actor: Actor, input: MemberInput): Promise<User> {
  return addByEmail(db, actor, input, 'student');
}

export function addInstructor(db: Db, actor: Actor, input: MemberInput): Promise<User> {
  return addByEmail(db, actor, input, 'instructor');
}

export function addGrader(db: Db, actor: Actor, input: MemberInput): Promise<User> {
  return addByEmail(db, actor, input, 'grader');
}

async function addByEmail(db: Db, actor: Actor, input: MemberInput, kind: CohortRole): Promise<User> {
  const { cohort, target } = await loadCohortTarget(db, actor, input.cohortId);
  authorize(actor, kind === 'student' ? 'enrol' : 'manageStaff', target);
  const user = await findUserByEmail(db, normalizeEmail(input.email));
  if (!user) throw new NotFoundError('User');
  const spec = memberKinds[kind];
  if (!(spec.roles as readonly Role[]).includes(user.role)) {
    throw new ConflictError(
      `${user.email} is ${user.role === 'admin' ? 'an admin' : `a ${user.role}`}; only ${spec.noun} can be added as ${kind}.`,
    );
  }
  await addMember(
    db,
    cohort.id,
    user.id,
    spec.insert,
    `${user.email} is already ${kind === 'student' ? 'enrolled in' : `a ${kind} of`} this cohort.`,
  );
  await recordAudit(db, {
    actorId: auditActorId(actor),
    action: kind === 'student' ? 'cohort.enrolled' : 'cohort.staff_added',
    target: { type: 'cohort', id: cohort.id },
    context: input.context,
    detail: { email: user.email, role: kind },
  });
  return user;
}

async function addMember(
  db: Db,
  cohortId: string,
  userId: string,
  insert: (db: Db, c: string, u: string) => Promise<void>,
  duplicate: string,
): Promise<void> {
  try {
    await insert(db, cohortId, userId);
  } catch (err) {
    if (isUniqueViolation(err)) throw new ConflictError(duplicate);
    throw err;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** For operators: a cohort named by its id, its join code, or its exact name (which must be unambiguous). */
export async function findCohortByReference(db: Db, actor: Actor, reference: string): Promise<Cohort> {
  const ref = reference.trim();
  if (UUID.test(ref)) return (await getCohort(db, actor, { id: ref })).cohort;
  const byCode = await findCohortByJoinCode(db, normalizeJoinCode(ref));
  if (byCode) return (await getCohort(db, actor, { id: byCode.id })).cohort;
  const byName = await findCohortByName(db, ref);
  if (byName.length > 1)
    throw new ConflictError(`${byName.length} cohorts are named "${ref}"; use the cohort's id or join code instead.`);
  if (!byName[0]) throw new NotFoundError(`Cohort "${ref}"`);
  return (await getCohort(db, actor, { id: byName[0].id })).cohort;
}
