// What the cohort dashboard's routes send, field by field (the socket gateway sends the same rows).
import type { Activity, BoardResponse, StudentDetailResponse, StudentRow as StudentRowOut } from './contract.js';
import type { ActivityLine, CohortBoard, StudentDetail, StudentRow } from './serviceTypes.js';

export function presentStudentRow(r: StudentRow): StudentRowOut {
  return {
    id: r.id,
    name: r.name,
    email: r.email,
    online: r.online,
    currentLabId: r.currentLabId,
    currentStepId: r.currentStepId,
    stepStartedAt: r.stepStartedAt,
    lastActiveAt: r.lastActiveAt,
    hintsUsed: r.hintsUsed,
    failedChecks: r.failedChecks,
    labs: r.labs.map((l) => ({
      labId: l.labId,
      passed: l.passed,
      total: l.total,
      completedAt: l.completedAt,
      late: l.late,
    })),
    quizzes: r.quizzes.map((q) => ({ quizId: q.quizId, score: q.score, maxScore: q.maxScore, attempts: q.attempts })),
    flag: r.flag && { labId: r.flag.labId, stepId: r.flag.stepId, reason: r.flag.reason },
  };
}

export function presentBoard(b: CohortBoard): BoardResponse {
  return {
    cohort: {
      id: b.cohort.id,
      name: b.cohort.name,
      course: b.cohort.course,
      joinCode: b.cohort.joinCode,
      archivedAt: b.cohort.archivedAt,
      help: { failedChecks: b.cohort.help.failedChecks, idleMinutes: b.cohort.help.idleMinutes },
    },
    labs: b.labs.map((l) => ({
      id: l.id,
      title: l.title,
      chapterTitle: l.chapterTitle,
      steps: l.steps.map((s) => ({ id: s.id, title: s.title })),
      dueAt: l.dueAt,
    })),
    quizzes: b.quizzes.map((q) => ({ id: q.id, title: q.title, chapterTitle: q.chapterTitle })),
    students: b.students.map(presentStudentRow),
  };
}

export function presentActivity(a: ActivityLine): Activity {
  return {
    id: a.id,
    at: a.at,
    studentId: a.studentId,
    kind: a.kind,
    labId: a.labId,
    stepId: a.stepId,
    quizId: a.quizId,
    cohortId: a.cohortId,
    detail: { ...a.detail },
  };
}

export function presentStudentDetail(d: StudentDetail): StudentDetailResponse {
  return {
    student: { id: d.student.id, email: d.student.email, name: d.student.name },
    labs: d.labs.map((l) => ({
      labId: l.labId,
      title: l.title,
      steps: l.steps.map((s) => ({
        id: s.id,
        title: s.title,
        attempts: s.attempts,
        hints: s.hints,
        passedAt: s.passedAt,
      })),
      commands: l.commands,
    })),
    quizAttempts: d.quizAttempts.map((a) => ({
      id: a.id,
      quizId: a.quizId,
      score: a.score,
      maxScore: a.maxScore,
      submittedAt: a.submittedAt,
      answers: a.answers,
    })),
  };
}
