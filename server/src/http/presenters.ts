// What the browser receives, field by field: a new database column never reaches a client unless it is added here.
// The zod schemas document the responses in the OpenAPI file; the functions build them.
import { z } from 'zod';
import type { Actor } from '../services/actor.js';
import type { AuditEntry, CohortDetails, CohortMembership, CohortProgress, UserRecord } from './serviceTypes.js';

const iso = z.iso.datetime();
const role = z.enum(['student', 'instructor', 'grader', 'admin']);

export const userSchema = z.object({ id: z.uuid(), email: z.email(), name: z.string(), role, createdAt: iso });
export const personSchema = z.object({ id: z.uuid(), email: z.email(), name: z.string() });
export const actorSchema = z.object({ id: z.uuid(), email: z.email(), name: z.string(), role });

export function presentActor(a: Actor): z.infer<typeof actorSchema> {
  return { id: a.id, email: a.email, name: a.name, role: a.role };
}

export function presentUser(u: UserRecord): z.infer<typeof userSchema> {
  return { id: u.id, email: u.email, name: u.name, role: u.role, createdAt: u.createdAt.toISOString() };
}

export const cohortSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  course: z.string().nullable(),
  createdAt: iso,
  myRoles: z
    .array(z.enum(['student', 'instructor', 'grader']))
    .describe('Your roles in this cohort (empty for an admin who is not a member)'),
});

export function presentMembership(m: CohortMembership): z.infer<typeof cohortSummarySchema> {
  return {
    id: m.cohort.id,
    name: m.cohort.name,
    course: m.cohort.course,
    createdAt: m.cohort.createdAt.toISOString(),
    myRoles: m.roles,
  };
}

export const cohortSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  course: z.string().nullable(),
  joinCode: z.string().nullable().describe('Shown to the cohort’s instructors and to admins only'),
  createdAt: iso,
  instructors: z.array(personSchema),
  graders: z.array(personSchema),
  studentCount: z.number().int(),
});

export function presentCohort(d: CohortDetails): z.infer<typeof cohortSchema> {
  const person = (p: { id: string; email: string; name: string }) => ({ id: p.id, email: p.email, name: p.name });
  return {
    id: d.cohort.id,
    name: d.cohort.name,
    course: d.cohort.course,
    joinCode: d.showJoinCode ? d.cohort.joinCode : null,
    createdAt: d.cohort.createdAt.toISOString(),
    instructors: d.instructors.map(person),
    graders: d.graders.map(person),
    studentCount: d.studentCount,
  };
}

const labProgress = z.object({
  labId: z.string(),
  stepsCompleted: z.number().int(),
  checkAttempts: z.number().int(),
  hintsRevealed: z.number().int(),
  lastActiveAt: iso.nullable(),
});
const quizProgress = z.object({
  quizId: z.string(),
  bestScore: z.number(),
  maxScore: z.number(),
  attempts: z.number().int(),
  lastSubmittedAt: iso,
});

export const progressSchema = z.object({
  cohort: z.object({ id: z.uuid(), name: z.string(), course: z.string().nullable() }),
  labIds: z.array(z.string()),
  quizIds: z.array(z.string()),
  students: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      email: z.string(),
      enrolledAt: iso,
      lastActiveAt: iso.nullable(),
      stepsCompleted: z.number().int(),
      checkAttempts: z.number().int(),
      hintsRevealed: z.number().int(),
      quizScore: z.number(),
      quizMaxScore: z.number(),
      labs: z.array(labProgress),
      quizzes: z.array(quizProgress),
    }),
  ),
});

export function presentProgress(p: CohortProgress): z.infer<typeof progressSchema> {
  return {
    cohort: { id: p.cohort.id, name: p.cohort.name, course: p.cohort.course },
    labIds: p.labIds,
    quizIds: p.quizIds,
    students: p.students.map((s) => ({
      id: s.id,
      name: s.name,
      email: s.email,
      enrolledAt: s.enrolledAt.toISOString(),
      lastActiveAt: s.lastActiveAt?.toISOString() ?? null,
      stepsCompleted: s.stepsCompleted,
      checkAttempts: s.checkAttempts,
      hintsRevealed: s.hintsRevealed,
      quizScore: s.quizScore,
      quizMaxScore: s.quizMaxScore,
      labs: s.labs.map((l) => ({
        labId: l.labId,
        stepsCompleted: l.stepsCompleted,
        checkAttempts: l.checkAttempts,
        hintsRevealed: l.hintsRevealed,
        lastActiveAt: l.lastActiveAt?.toISOString() ?? null,
      })),
      quizzes: s.quizzes.map((q) => ({
        quizId: q.quizId,
        bestScore: q.bestScore,
        maxScore: q.maxScore,
        attempts: q.attempts,
        lastSubmittedAt: q.lastSubmittedAt.toISOString(),
      })),
    })),
  };
}

export const auditEntrySchema = z.object({
  id: z.uuid(),
  createdAt: iso,
  action: z.string(),
  actorId: z.uuid().nullable(),
  actorEmail: z.string().nullable(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  ip: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});

export function presentAuditEntry(e: AuditEntry): z.infer<typeof auditEntrySchema> {
  return {
    id: e.id,
    createdAt: e.createdAt.toISOString(),
    action: e.action,
    actorId: e.actorId,
    actorEmail: e.actor?.email ?? null,
    targetType: e.targetType,
    targetId: e.targetId,
    ip: e.ip,
    detail: typeof e.detail === 'object' && e.detail !== null && !Array.isArray(e.detail) ? e.detail : {},
  };
}
