/**
 * What the cohort dashboard shows, as sent to browsers (dates as ISO strings): the HTTP routes and the `/dashboard`
 * socket both send these. Types only, with no imports, so realtime/protocol.ts (which the client reads) can use them.
 */

export interface HelpSettings {
  failedChecks: number;
  idleMinutes: number;
}

export type FlagReason = 'failed_checks' | 'idle';

export interface StudentLabCell {
  labId: string;
  passed: number;
  total: number;
  completedAt: string | null;
  /** Completed after the cohort's due date for the lab. */
  late: boolean;
}

export interface StudentRow {
  id: string;
  name: string;
  email: string;
  online: boolean;
  currentLabId: string | null;
  currentStepId: string | null;
  /** When the current step began: the previous step's pass, or the lab's first opening. */
  stepStartedAt: string | null;
  lastActiveAt: string | null;
  hintsUsed: number;
  /** Failed checks on the current step. */
  failedChecks: number;
  labs: StudentLabCell[];
  quizzes: { quizId: string; score: number; maxScore: number; attempts: number }[];
  flag: { labId: string; stepId: string; reason: FlagReason } | null;
}

export interface CohortBoard {
  cohort: {
    id: string;
    name: string;
    course: string | null;
    archivedAt: string | null;
    joinCode: string | null;
    help: HelpSettings;
  };
  labs: {
    id: string;
    title: string;
    chapterTitle: string;
    steps: { id: string; title: string }[];
    dueAt: string | null;
  }[];
  quizzes: { id: string; title: string; chapterTitle: string }[];
  students: StudentRow[];
}

export interface StepCell {
  studentId: string;
  stepId: string;
  state: 'passed' | 'failed' | 'pending';
  attempts: number;
  passedAt: string | null;
}

export interface StudentDetail {
  student: { id: string; name: string; email: string };
  labs: {
    labId: string;
    title: string;
    steps: { id: string; title: string; attempts: number; hints: number; passedAt: string | null }[];
    commands: string[];
  }[];
  quizAttempts: {
    id: string;
    quizId: string;
    score: number;
    maxScore: number;
    submittedAt: string;
    answers: Record<string, QuizAnswer>;
  }[];
}

/** A student's answer to one question, as labs/quizFormat.ts validates it. */
export type QuizAnswer = { choice: string } | { choices: string[] } | { value: boolean } | { command: string };

export type ActivityKind =
  'step_passed' | 'lab_completed' | 'quiz_submitted' | 'hint_revealed' | 'solution_revealed' | 'flagged';

/** One line of the activity feed. */
export interface ActivityLine {
  id: string;
  at: string;
  studentId: string;
  kind: ActivityKind;
  labId: string | null;
  stepId: string | null;
  quizId: string | null;
  /** The cohort the event belongs to (a flag, raised under that cohort's thresholds); null: every cohort of the student. */
  cohortId: string | null;
  detail: Record<string, string | number | boolean | null>;
}
