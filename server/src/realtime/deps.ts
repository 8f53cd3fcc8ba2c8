// What the realtime gateways need from the services layer, injected by main.ts (and by tests).
import type { AccessChange } from '../services/accessEvents.js';
import type { Actor } from '../services/actor.js';
import type { ActivityLine, StudentRow } from '../services/dashboardTypes.js';
import type { SandboxHost } from '../services/sandboxes.js';
import type { TerminalLimits } from './terminalLimits.js';

/** The authenticated user behind a socket. */
export type RealtimeActor = Actor;

/** Authentication and the access rules, answered by services/ (`createSandboxAccess` in sandboxesAccess.ts). */
export interface RealtimeAccess {
  /** The actor and login session behind a session cookie's token, or null when it is unknown or expired. */
  authenticate(token: string): Promise<{ actor: RealtimeActor; sessionId: string } | null>;
  /** May the actor open their own terminal in this lab? */
  canUseLab(actor: RealtimeActor, labId: string): Promise<boolean>;
  /** May the actor watch (read-only) this student's terminal in this lab? */
  canWatch(actor: RealtimeActor, studentId: string, labId: string): Promise<boolean>;
  /** May the actor follow this cohort's dashboard? */
  canFollowCohort(actor: RealtimeActor, cohortId: string): Promise<boolean>;
  /** Cohorts a student is enrolled in (to route presence and progress to their dashboards). */
  cohortsOfStudent(studentId: string): Promise<string[]>;
  /** Students enrolled in a cohort. */
  studentsOfCohort(cohortId: string): Promise<string[]>;
  /** May the actor ask to type into this student's terminal (the student must still accept)? */
  canAssist?(actor: RealtimeActor, studentId: string, labId: string): Promise<boolean>;
  /** Writes an assist's steps to the audit log. */
  auditAssist?(event: AssistAudit): Promise<void>;
}

export interface AssistAudit {
  action: 'requested' | 'started' | 'declined' | 'ended';
  helperId: string;
  studentId: string;
  labId: string;
  /** Who ended it, for `ended`. */
  endedBy?: 'helper' | 'student' | 'left';
}

export interface RealtimeDeps {
  sandboxes: SandboxHost;
  access: RealtimeAccess;
  /** Name of the session cookie (services/sessions' SESSION_COOKIE). */
  sessionCookie: string;
  /**
   * Origins allowed to open sockets besides the server's own (e.g. the Vite dev server).
   * A request whose Origin matches neither is refused, so another site cannot use a student's cookie.
   */
  allowedOrigins?: string[];
  /** Where checked steps come from (services' ProgressService): the one subscriber of its feed is this gateway. */
  progress: { onProgress(listener: (event: CheckedStep) => void): () => void };
  /** Logouts and role changes: the sockets of that session (or user) are closed at once. */
  accessChanges?: { onChange(listener: (change: AccessChange) => void): () => void };
  /** Live rows of the cohort dashboard (services' DashboardService). */
  dashboard?: { rowsOf(cohortId: string, userIds: readonly string[]): Promise<StudentRow[]> };
  /** The activity feed's new lines (services' ActivityService). */
  activity?: { onActivity(listener: (lines: ActivityLine[]) => void): () => void };
  /** How long dashboard changes are gathered before one `rows` event (default 250 ms). */
  dashboardBatchMs?: number;
  /** How often the online students' rows are recomputed, so "no progress for M minutes" flags appear (default 30 s). */
  dashboardSweepMs?: number;
  onError?: (err: unknown, context: string) => void;
  /**
   * Several server processes share rooms through socket.io's adapter (realtime/cluster.ts): a room with no member
   * here may have some elsewhere, so events are emitted without looking at this process's rooms first.
   */
  clustered?: boolean;
  /** Input size and sockets per user (defaults in terminalLimits.ts). */
  terminalLimits?: Partial<TerminalLimits>;
}

/** The part of services/progress' ProgressEvent the gateways forward. */
export interface CheckedStep {
  userId: string;
  labId: string;
  stepId: string;
  passed: boolean;
  completed: boolean;
}
