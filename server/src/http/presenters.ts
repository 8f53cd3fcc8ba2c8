// What the browser receives, field by field: a new database column never reaches a client unless it is added here.
// The shapes are those of responses.ts (through contract.ts); the functions build them.
import type { Actor } from '../services/actor.js';
import type {
  AuditEntry as AuditEntryOut,
  CohortProgressResponse,
  CohortResponse,
  CohortSummary,
  SessionUser,
  User,
} from './contract.js';
import type { AuditEntry, CohortDetails, CohortMembership, CohortProgress, UserRecord } from './serviceTypes.js';

export function presentActor(a: Actor): SessionUser {
  return { id: a.id, email: a.email, name: a.name, role: a.role };
}

export function presentUser(u: UserRecord): User {
  return { id: u.id, email: u.email, name: u.name, role: u.role, createdAt: u.createdAt.toISOString() };
}

export function presentMembership(m: CohortMembership): CohortSummary {
  return {
    id: m.cohort.id,
    name: m.cohort.name,
    course: m.cohort.course,
    createdAt: m.cohort.createdAt.toISOString(),
    myRoles: m.roles,
    archivedAt: m.cohort.archivedAt?.toISOString() ?? null,
  };
}

export function presentCohort(d: CohortDetails): CohortResponse {
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
    archivedAt: d.cohort.archivedAt?.toISOString() ?? null,
    help: { failedChecks: d.cohort.helpFailedChecks, idleMinutes: d.cohort.helpIdleMinutes },
  };
}

export function presentProgress(p: CohortProgress): CohortProgressResponse {
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

export function presentAuditEntry(e: AuditEntry): AuditEntryOut {
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
