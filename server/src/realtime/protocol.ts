/**
 * The socket.io protocol between the browser and the server, shared by both sides.
 * The client imports this file with `import type` only, so it must stay free of runtime
 * dependencies; the zod schemas that validate these payloads live in `payloads.ts`.
 */
import type { ActivityLine, StudentRow } from '../services/dashboardTypes.js';

export type { ActivityLine, StudentRow } from '../services/dashboardTypes.js';

/** Namespace of a student's (or a watching instructor's) terminal. */
export type TerminalNamespace = '/terminal';
/** Namespace of an instructor's live cohort dashboard. */
export type DashboardNamespace = '/dashboard';

/** Bounds the server enforces; the client keeps its own copy (it may not import values from here). */
export interface TerminalBounds {
  /** The client's chunk size for input; the server's own limit is in bytes (`TerminalReady.inputMaxBytes`). */
  maxInputChars: 4096;
  minCols: 20;
  maxCols: 500;
  minRows: 5;
  maxRows: 200;
}

/** `io('/terminal', { auth })`: the lab to open, and for a read-only watch, whose terminal. */
export interface TerminalAuth {
  labId: string;
  /** User id of the student to watch (instructors only); omitted for one's own terminal. */
  watch?: string | undefined;
}

export interface TerminalSize {
  cols: number;
  rows: number;
}

export type TerminalMode = 'interactive' | 'watch';

/** Sent once after the connection is accepted and before the scrollback replay. */
export interface TerminalReady {
  labId: string;
  studentId: string;
  mode: TerminalMode;
  /** true when the sandbox came back from a saved snapshot rather than being created fresh. */
  restored: boolean;
  /** The terminal size the shell currently renders for. */
  size: TerminalSize;
  /** Largest `input` event the server accepts, in bytes of UTF-8 (TERMINAL_INPUT_MAX_BYTES): split pastes to fit. */
  inputMaxBytes: number;
}

/**
 * Why the server refused a connection (`connect_error` carries it as `err.data`; `err.message` is
 * for the user). `too_many`: the user has too many terminal tabs open; retrying helps once one is closed.
 */
export type TerminalErrorCode = 'unauthenticated' | 'forbidden' | 'invalid' | 'not_found' | 'unavailable' | 'too_many';

export interface ConnectErrorData {
  code: TerminalErrorCode;
}

export interface TerminalClosing {
  reason: string;
  retry: boolean;
  /** When to reconnect, if not after the client's usual pause (0 after a lab reset: the fresh sandbox is ready). */
  retryAfterMs?: number;
}

export interface TerminalClientToServerEvents {
  /**
   * Keystrokes, at most `TerminalReady.inputMaxBytes` bytes of UTF-8 (larger ones are ignored); ignored in watch
   * mode unless the student accepted an assist from this watcher.
   */
  input: (data: string) => void;
  /** The terminal's size; ignored in watch mode. */
  resize: (size: TerminalSize) => void;
  /** A watcher asks to type into the student's terminal; the student's tabs are asked (`assist` state `requested`). */
  assistRequest: () => void;
  /** The student's answer to a request (from one of their own tabs). */
  assistAnswer: (answer: AssistAnswer) => void;
  /** Either side ends an assist (or withdraws a request). */
  assistEnd: () => void;
}

export interface AssistAnswer {
  accept: boolean;
}

/**
 * Where an assist stands, sent to the watcher and to every tab of the student:
 * `requested` (the student is asked), `active` (the helper's keys reach the terminal), `ended`
 * (by either side, or a side left), `declined`, `unavailable` (the watcher's request could not be made: `message` says why).
 */
export interface AssistState {
  state: 'requested' | 'active' | 'ended' | 'declined' | 'unavailable';
  /** Who asks to type, or is typing. */
  helper: { id: string; name: string };
  message?: string;
}

export interface TerminalServerToClientEvents {
  /** First event of every connection: the client resets its screen, then the scrollback replay follows as `output`. */
  ready: (info: TerminalReady) => void;
  /**
   * Terminal output, batched over a few milliseconds. The client calls `ack`, when a batch has one, once xterm has
   * written it; the server holds back further output while too many of those are unacknowledged.
   */
  output: (data: string, ack?: () => void) => void;
  /** The student's terminal size changed in another tab (watchers mirror it). */
  size: (size: TerminalSize) => void;
  /** The server is about to close this connection, why (shown to the user), and whether reconnecting later may help. */
  closing: (info: TerminalClosing) => void;
  /** A step of this lab was checked (after a command, or by hand); the lab page refreshes its steps. */
  progress: (event: StepProgress) => void;
  /** An assist's state changed (see AssistState). */
  assist: (state: AssistState) => void;
  /** Watchers only: whether the student has this lab open (after `ready`, then on every change). */
  studentPresence: (info: { online: boolean }) => void;
  /** How many of the student's tabs have this lab's terminal open (they share one shell); on every change. */
  tabs: (info: OpenTabs) => void;
}

export interface OpenTabs {
  /** This tab included. */
  open: number;
}

export interface StepProgress {
  labId: string;
  stepId: string;
  passed: boolean;
  /** True the first time the step passes. */
  completed: boolean;
}

/** `io('/dashboard', { auth })`: the cohort to follow. */
export interface DashboardAuth {
  cohortId: string;
}

export interface PresenceEvent {
  studentId: string;
  labId: string;
  online: boolean;
  at: string;
}

export interface ProgressEvent {
  studentId: string;
  labId: string;
  stepId: string;
  passed: boolean;
  at: string;
}

export interface DashboardServerToClientEvents {
  /** Which students have a terminal open right now, sent on connect. */
  presenceSnapshot: (online: PresenceEvent[]) => void;
  presence: (event: PresenceEvent) => void;
  progress: (event: ProgressEvent) => void;
  /** Fresh rows of the students who changed, batched over a fraction of a second (replace rows by id). */
  rows: (rows: StudentRow[]) => void;
  /** New lines of the activity feed, each sent once (prepend them). */
  activity: (lines: ActivityLine[]) => void;
}

// The dashboard is receive-only.
export type DashboardClientToServerEvents = Record<string, never>;
