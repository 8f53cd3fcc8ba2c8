// Who may do what, declared once as data: for each resource, each action, the roles allowed and the condition.
// Every HTTP route and every socket event goes through `authorize()`. A role missing from an action is denied.
import type { Actor, Role } from './actor.js';
import { ForbiddenError } from './errors.js';

/** What a cohort decision needs to know. `studentIds` must contain the actor's id if the actor is enrolled. */
export interface CohortFacts {
  id: string;
  instructorIds: readonly string[];
  graderIds: readonly string[];
  studentIds: readonly string[];
}

export type Target =
  /** The collection of cohorts (create one, list every one). */
  | { type: 'cohorts' }
  | { type: 'cohort'; cohort: CohortFacts }
  | { type: 'users' }
  | { type: 'user'; user: { id: string; role: Role } }
  | { type: 'auditLog' }
  /** A student's own things: lab sessions and terminals, step completions, hints, quiz attempts. */
  | { type: 'studentWork'; ownerId: string; cohorts: readonly CohortFacts[] };

type TargetType = Target['type'];
type TargetOf<K extends TargetType> = Extract<Target, { type: K }>;
type Rule<T> = (actor: Actor, target: T) => boolean;
type RuleTable = { [K in TargetType]: Record<string, Partial<Record<Role, Rule<TargetOf<K>>>>> };

const always = (): boolean => true;
const teaches = (a: Actor, t: TargetOf<'cohort'>) => t.cohort.instructorIds.includes(a.id);
const grades = (a: Actor, t: TargetOf<'cohort'>) => t.cohort.graderIds.includes(a.id);
const enrolled = (a: Actor, t: TargetOf<'cohort'>) => t.cohort.studentIds.includes(a.id);
const self = (a: Actor, t: TargetOf<'user'>) => a.id === t.user.id;
const notSelf = (a: Actor, t: TargetOf<'user'>) => a.id !== t.user.id;
const owns = (a: Actor, t: TargetOf<'studentWork'>) => a.id === t.ownerId;
const teachesOwner = (a: Actor, t: TargetOf<'studentWork'>) =>
  owns(a, t) || t.cohorts.some((c) => c.instructorIds.includes(a.id));
const gradesOwner = (a: Actor, t: TargetOf<'studentWork'>) =>
  owns(a, t) || t.cohorts.some((c) => c.graderIds.includes(a.id));

export const policies = {
  cohorts: {
    create: { admin: always, instructor: always },
    listAll: { admin: always },
    /** Join a cohort with its join code (students only; staff are added by an instructor or an admin). */
    join: { student: always },
  },
  cohort: {
    read: { admin: always, instructor: teaches, grader: grades, student: enrolled },
    viewJoinCode: { admin: always, instructor: teaches },
    enrol: { admin: always, instructor: teaches },
    manageStaff: { admin: always, instructor: teaches },
    /** Join code, archive, due dates, "needs help" thresholds, removing members, clearing flags. */
    manage: { admin: always, instructor: teaches },
    viewDashboard: { admin: always, instructor: teaches, grader: grades },
    exportScores: { admin: always, instructor: teaches, grader: grades },
    /** Give a student of the cohort a fresh environment in a lab (their progress is kept). */
    resetStudentLab: { instructor: teaches },
    /** The Grades page: the gradebook and the grading scheme. */
    viewGrades: { admin: always, instructor: teaches, grader: grades },
    configureGrading: { admin: always, instructor: teaches },
  },
  users: {
    list: { admin: always },
    create: { admin: always },
  },
  user: {
    read: { admin: always, instructor: self, grader: self, student: self },
    update: { admin: always },
    /** Admins cannot change their own role: an installation must not lose its last admin by accident. */
    changeRole: { admin: notSelf },
    /** API tokens for scripted exports: staff who grade, for themselves (an admin's token would reach every cohort). */
    manageTokens: { instructor: self, grader: self },
  },
  auditLog: {
    read: { admin: always },
  },
  studentWork: {
    /** Open the terminal, run checks, reveal hints, submit quizzes: only on one's own work, whatever the role. */
    use: { student: owns, instructor: owns, grader: owns, admin: owns },
    read: { student: owns, instructor: teachesOwner, grader: gradesOwner, admin: always },
    /** Every quiz attempt with the right answers: the student's graders and instructors, never the student. */
    reviewAttempts: {
      instructor: (a, t) => t.cohorts.some((c) => c.instructorIds.includes(a.id)),
      grader: (a, t) => t.cohorts.some((c) => c.graderIds.includes(a.id)),
      admin: always,
    },
    /** Follow a student's terminal live (read-only). */
    watch: { instructor: teachesOwner, admin: always },
    /** Ask to type into a student's terminal (the student must accept). */
    assist: { instructor: teachesOwner, admin: always },
  },
} as const satisfies RuleTable;

export type Action<K extends TargetType> = keyof (typeof policies)[K] & string;

function ruleFor<T extends Target>(actor: Actor, action: Action<T['type']>, target: T): Rule<T> | undefined {
  const table = policies[target.type] as Record<string, Partial<Record<Role, Rule<T>>>>;
  return table[action]?.[actor.role];
}

export function can<T extends Target>(actor: Actor, action: Action<T['type']>, target: T): boolean {
  const rule = ruleFor(actor, action, target);
  return rule !== undefined && rule(actor, target);
}

const targetLabels: Record<TargetType, string> = {
  cohorts: 'cohorts',
  cohort: 'this cohort',
  users: 'users',
  user: 'this user',
  auditLog: 'the audit log',
  studentWork: "this student's work",
};

/** Throws a 403 ForbiddenError unless `actor` may do `action` on `target`. */
export function authorize<T extends Target>(actor: Actor, action: Action<T['type']>, target: T): void {
  if (!can(actor, action, target)) {
    const verb = action.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);
    throw new ForbiddenError(`You are not allowed to ${verb} ${targetLabels[target.type]}.`);
  }
}
