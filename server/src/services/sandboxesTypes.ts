/**
 * What the sandbox manager needs from a student's environment (cluster + shell), and how it
 * stores snapshots. The environment builder implements `SandboxFactory`; the manager owns
 * everything else: clocks, snapshots, eviction, limits, scrollback.
 */

import type { KubeApiRequest, KubeApiResult, KubeApiSession, SessionInput, SessionStatus } from '../kubeapi/index.js';
import type { LineHooks } from '../shell/index.js';
import type { JsonText } from '../db/labSessions.js';

/** JSON-safe state of a sandbox: no closures, no class instances. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface SandboxSnapshot {
  /** The cluster's snapshot (objects, virtual clock, generator state). */
  cluster: JsonValue;
  /** The shell's snapshot (history, virtual files, working directory …). */
  shell: JsonValue;
}

/** A live environment: a shell session over a simulated cluster. */
export interface Sandbox {
  /** Feed keystrokes (raw terminal input) to the shell. */
  write(data: string): void;
  resize(cols: number, rows: number): void;
  /** Subscribe to the shell's output (ANSI text); returns the unsubscribe function. */
  onOutput(listener: (data: string) => void): () => void;
  /** Advance the cluster's virtual clock (and the shell's timers) to wall-clock time `nowMs`. */
  tick(nowMs: number): void;
  snapshot(): SandboxSnapshot;
  /**
   * A number that changes whenever state a snapshot would capture has changed
   * (e.g. the cluster's resourceVersion plus the shell's history length). The manager saves a
   * snapshot shortly after it moves, and skips saving while it does not.
   */
  changeCounter(): number;
  /** About how many bytes a snapshot of its cluster takes (cheap: the storage quota keeps count). */
  snapshotBytes?(): number;
  /**
   * Registers what runs around each interactive command line: `guard` before it (it may refuse the line), `end`
   * after it, before its prompt: a promise there (the journal write of the line's changes) holds the prompt back
   * until it settles, so a change the student saw is durable.
   */
  setLineHooks?(hooks: LineHooks): void;
  /**
   * Cancels a half-typed line (or unfinished heredoc) as Ctrl-C would: called when the last tab showing it goes,
   * so a reload cannot join it to the next command.
   */
  discardTypedInput?(): void;
  /** Release timers and watches; the sandbox is not used afterwards. */
  dispose?(): void;
  /** Answers a Kubernetes API request on the sandbox's cluster (see kubeapi/); absent: the sandbox has none. */
  kubeApi?(request: KubeApiRequest): KubeApiResult;
}

export interface SandboxContext {
  userId: string;
  labId: string;
  /** The student's Unix login for a new sandbox's prompt and home (restored ones keep theirs). */
  login?: string;
  /** Wall-clock time in milliseconds (the manager's clock, injectable in tests). */
  nowMs: number;
  cols: number;
  rows: number;
}

export interface SandboxFactory {
  /** A fresh environment for the lab, in its initial state. */
  create(ctx: SandboxContext): Sandbox | Promise<Sandbox>;
  /** An environment restored from a snapshot `create`/`restore` produced earlier. */
  restore(ctx: SandboxContext, snapshot: SandboxSnapshot): Sandbox | Promise<Sandbox>;
}

export interface StoredSandbox {
  snapshot: SandboxSnapshot;
  scrollback: string;
}

export interface OpenedSandbox {
  /** The saved state with its journal replayed, or null when the lab was never saved. */
  stored: StoredSandbox | null;
  /** This opening's fencing token: saves and journal entries of an older opening are refused. */
  epoch: number;
  /** The sequence number of the last journal entry written (new entries continue after it). */
  journalSeq: number;
  /** Taken over from a server process that stopped without handing it over (its lease lapsed). */
  takenOver?: boolean;
}

/** Where a write comes from: the opening (epoch) and, for a journal entry, its sequence number. */
export interface SandboxFence {
  epoch: number;
  seq: number;
}

/** A write refused because another opening of the same lab (a newer copy) owns it now. */
export class StaleSandboxError extends Error {
  constructor(userId: string, labId: string) {
    super(`the sandbox of ${userId} in ${labId} was opened again elsewhere; this copy may no longer save`);
    this.name = 'StaleSandboxError';
  }
}

/**
 * The lab is held by another live server process that did not hand it over in time (it is busy or just died and its
 * lease has not lapsed yet): the client tries again shortly.
 */
export class SandboxBusyError extends Error {
  constructor(userId: string, labId: string, owner: string) {
    super(`the sandbox of ${userId} in ${labId} is held by server ${owner}`);
    this.name = 'SandboxBusyError';
  }
}

/** Persistence of snapshots and journals (PostgreSQL in production, see `sandboxesStore.ts`). */
export interface SandboxStore {
  /** Takes ownership of the lab (a new fencing token) and returns its saved state, journal replayed. */
  open(userId: string, labId: string): Promise<OpenedSandbox>;
  /** The saved state, journal replayed, without taking ownership. */
  load(userId: string, labId: string): Promise<StoredSandbox | null>;
  /** Saves a checkpoint holding the journal up to `fence.seq`; rejects with StaleSandboxError when fenced off. */
  save(userId: string, labId: string, data: StoredSandbox, fence: SandboxFence): Promise<void>;
  /**
   * Appends a journal entry (JSON text, or its storable UTF-8 bytes); resolves once it is durable; rejects with
   * StaleSandboxError when fenced off.
   * `lazy`: no prompt waits for it, so the store may hold it a few milliseconds to write it with others.
   */
  append(
    userId: string,
    labId: string,
    entry: JsonText,
    fence: SandboxFence,
    options?: { lazy?: boolean },
  ): Promise<void>;
  /** Writes the entries it holds back now (a prompt came to wait behind one of them). */
  hurry?(): void;
  /** Forgets the saved environment and its journal (a lab reset); nothing saved is fine. */
  delete(userId: string, labId: string): Promise<void>;
  /** The opening `epoch` left memory (saved): gives its lease back, so another process may take it at once. */
  close?(userId: string, labId: string, epoch: number): Promise<void>;
}

export interface SandboxLimits {
  /** Keystrokes (input characters) per second per student, with a burst of `inputBurst`. */
  inputCharsPerSecond: number;
  inputBurst: number;
  /** Commands per second per student (line breaks and `;`, `&&` …, see countCommands), with a burst of `commandBurst`. */
  commandsPerSecond: number;
  commandBurst: number;
  /** Output bytes per second per sandbox, with a burst of `outputBurst`. */
  outputBytesPerSecond: number;
  outputBurst: number;
  /** Live sandboxes one student may hold in memory at once (different labs); the least recently used goes first. */
  maxLivePerUser: number;
  /**
   * Resizes applied per second per student, from all their tabs together, with a burst of `resizeBurst`
   * (each one re-renders a full-screen program such as `watch`). Besides, a sandbox applies at most one per
   * tick, the latest; one over the budget waits for a later tick, so the final size always arrives.
   */
  resizesPerSecond: number;
  resizeBurst: number;
}

export interface SandboxManagerOptions {
  factory: SandboxFactory;
  store: SandboxStore;
  limits?: Partial<SandboxLimits>;
  /** Period of the shared clock interval. */
  tickIntervalMs?: number;
  /** Time budget of one clock interval; sandboxes not reached are ticked first next time. */
  tickBudgetMs?: number;
  /** Save a snapshot this long after the last change … */
  snapshotDebounceMs?: number;
  /** … but no later than this after the first unsaved change (default: twice the debounce, at least 1 s). */
  snapshotMaxDelayMs?: number;
  /** Evict a sandbox nobody is attached to after this long. */
  idleEvictMs?: number;
  /** Bytes of recent output kept for replay on reconnect. */
  scrollbackBytes?: number;
  /** Initial terminal size for a new sandbox. */
  defaultSize?: { cols: number; rows: number };
  now?: () => number;
  onError?: (err: unknown, context: string) => void;
  /**
   * Called before each interactive command line runs; a string refuses the line with that message (a quarantined
   * command). With `onLineEnd`, tells a worker's host which line runs, for its watchdog.
   */
  onLineStart?: (userId: string, labId: string, line: string) => string | undefined;
  onLineEnd?: (userId: string, labId: string) => void;
  /** Called when a sandbox becomes live in memory and when it leaves. */
  onLive?: (userId: string, labId: string, live: boolean) => void;
  /** Longest a prompt waits for its command's journal entry to be durable before going on with a notice (3 s). */
  ackWaitMs?: number;
  /** Things an operator may want to know that are not errors (saves of a sandbox work again). */
  onNotice?: (message: string) => void;
}

/** A browser tab attached to a sandbox. */
export interface SandboxClient {
  output(data: string): void;
  size?(size: { cols: number; rows: number }): void;
  /**
   * The sandbox went away under the client: idle (no tab left), replaced (the student opened another lab),
   * shutdown, reset (the lab was reset: attaching again gives a fresh sandbox).
   */
  closed?(reason: CloseReason): void;
}

/**
 * `interactive`: the student's own tab (input, resize, presence). `watch`: read-only. `assist`: someone the student
 * let type into their terminal; input only (counted against the student's limits), no resize, not presence.
 */
export type AttachMode = 'interactive' | 'watch' | 'assist';

/**
 * `moved`: another opening of the lab (a newer copy) owns it now; the client reconnects to that one. `crashed`: the
 * worker thread holding it stopped answering and was replaced; the client reconnects and the lab is restored.
 */
export type CloseReason = 'idle' | 'replaced' | 'shutdown' | 'moved' | 'crashed' | 'reset';

export interface AttachOptions {
  mode: AttachMode;
  /** Create a fresh sandbox when none was ever saved (false for watchers). */
  create: boolean;
  /** The Unix login a newly created sandbox uses (see loginName). */
  login?: string;
  /** A line for the terminal when this attach opens the sandbox (restored after a crash). */
  notice?: string;
}

export interface Attachment {
  readonly restored: boolean;
  /** Recent output, for the client to replay before live output. */
  readonly scrollback: string;
  readonly size: { cols: number; rows: number };
  write(data: string): void;
  resize(cols: number, rows: number): void;
  detach(): void;
}

export interface PresenceChange {
  userId: string;
  labId: string;
  online: boolean;
}

export type { KubeApiRequest, SessionInput, SessionStatus };

/** The head of a Kubernetes API answer; a streaming one's body comes through its `KubeApiClient`. */
export interface KubeApiHead {
  status: number;
  contentType: string;
  /** The whole body, for an answer that does not stream. */
  body?: string | Uint8Array;
  /** Extra headers (an OpenAPI document's ETag). */
  headers?: Record<string, string>;
  streaming: boolean;
  /** An upgraded session (exec, attach, port-forward) was opened: what it is and the streams it carries. */
  session?: Pick<KubeApiSession, 'protocol' | 'streams'>;
  /** A forwarded connection's dial failed (see KubeApiResponse.dialError). */
  dialError?: string;
}

/** Where a streamed answer (a watch, `logs -f`) goes. Chunks may come before the head is returned: buffer them. */
export interface KubeApiClient {
  chunk(data: string): void;
  /** The stream ended (its own end, the sandbox went away, or `stop`). */
  end(): void;
  /** A session's output on stdout (1) or stderr (2). */
  output?(channel: 1 | 2, data: string | Uint8Array): void;
  /** A session ended with this Status (then `end` follows). */
  finish?(status: SessionStatus): void;
}

export interface KubeApiExchange extends KubeApiHead {
  /** Ends a stream (the HTTP client left or its time is up); nothing for a plain answer. */
  stop(): void;
  /** Sends a session's input (stdin, its close, a resize); nothing for other answers. */
  input(input: SessionInput): void;
}

/** Where the realtime gateways find sandboxes: a SandboxManager in this thread, or a pool of worker threads. */
export interface SandboxHost {
  start(): this;
  attach(userId: string, labId: string, client: SandboxClient, options: AttachOptions): Promise<Attachment>;
  onPresence(listener: (change: PresenceChange) => void): () => void;
  /** Students with an interactive terminal open right now. */
  online(): PresenceChange[];
  isLive(userId: string, labId: string): boolean;
  readonly liveCount: number;
  /** Saves every sandbox with unsaved changes now. */
  flush(): Promise<void>;
  /** Drops the lab's live environment unsaved (its tabs reconnect to a fresh one) and its saved state. */
  reset(userId: string, labId: string): Promise<void>;
  /** Saves every live sandbox, tells their clients, and stops. */
  shutdown(): Promise<void>;
  /**
   * A Kubernetes API request on the student's cluster for the lab (opened, or created, as an attach would). A write
   * is journaled and durable before the answer comes back; an open stream keeps the sandbox in use.
   */
  kubeApi(
    userId: string,
    labId: string,
    request: KubeApiRequest,
    client: KubeApiClient,
    options?: { login?: string },
  ): Promise<KubeApiExchange>;
  /**
   * Saves the lab if it is live here and lets it go, its tabs told `moved` (they reconnect to the process that
   * asked for it: see services/leases.ts).
   */
  handOver?(userId: string, labId: string): Promise<void>;
}
