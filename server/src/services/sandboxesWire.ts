/**
 * The messages between the main thread's SandboxPool and a sandbox worker thread, and the small request/reply
 * helper both sides use. Everything crossing is structured-cloneable data: no functions, no class instances
 * (errors cross as their name and message and are rebuilt with `fromWire`).
 */
import { SandboxNotFoundError } from './sandboxes.js';
import {
  SandboxBusyError,
  StaleSandboxError,
  type AttachOptions,
  type CloseReason,
  type KubeApiRequest,
  type PresenceChange,
  type SandboxManagerOptions,
  type SessionInput,
  type SessionStatus,
} from './sandboxesTypes.js';

/** The settings a worker builds its SandboxManager from (workerData). */
export interface WorkerSetup {
  /** The course folder (undefined: the installation's labs/). */
  labsDir: string | undefined;
  manager: Pick<
    SandboxManagerOptions,
    | 'limits'
    | 'tickIntervalMs'
    | 'tickBudgetMs'
    | 'snapshotDebounceMs'
    | 'snapshotMaxDelayMs'
    | 'idleEvictMs'
    | 'scrollbackBytes'
    | 'ackWaitMs'
  >;
  /** Command lines refused because they stopped a worker before, as `quarantineKey`s. */
  quarantine: string[];
  /** Enables the test-only line `kubelab-test-hang` (an endless loop), for the watchdog's test. */
  testHooks: boolean;
}

export interface WireError {
  name: string;
  message: string;
  stack?: string | undefined;
}

type Reply = { type: 'reply'; id: number } & ({ ok: true; value: unknown } | { ok: false; error: WireError });

export type ToWorker =
  | { type: 'attach'; id: number; clientId: number; userId: string; labId: string; options: AttachOptions }
  | { type: 'write'; clientId: number; data: string }
  | { type: 'resize'; clientId: number; cols: number; rows: number }
  /** `detach` ends an open one. */
  | { type: 'detach'; clientId: number }
  /**
   * A Kubernetes API request (SandboxHost.kubeApi): the reply is the answer's head (KubeApiHead); a stream's chunks
   * come as `output` for `clientId`, its end as `closed`, and `detach` ends it.
   */
  | {
      type: 'kubeApi';
      id: number;
      clientId: number;
      userId: string;
      labId: string;
      request: KubeApiRequest;
      login: string | undefined;
    }
  /** Input to an open exec, attach or port-forward session (KubeApiExchange.input). */
  | { type: 'sessionInput'; clientId: number; input: SessionInput }
  /** checkSteps on the lab's live environment, for the steps not in `done`. */
  | { type: 'check'; id: number; userId: string; labId: string; done: string[] }
  /** The live cluster's resourceVersion. */
  | { type: 'version'; id: number; userId: string; labId: string }
  | { type: 'reset'; id: number; userId: string; labId: string }
  | { type: 'flush'; id: number }
  | { type: 'shutdown'; id: number }
  | { type: 'quarantine'; key: string }
  | { type: 'ping' }
  /** Save the lab and let it go to another process (SandboxHost.handOver). */
  | { type: 'handOver'; id: number; userId: string; labId: string }
  | Reply;

export type StoreOp = 'open' | 'load' | 'save' | 'append' | 'hurry' | 'delete' | 'close';

export type FromWorker =
  | { type: 'ready' }
  | { type: 'pong' }
  | { type: 'output'; clientId: number; data: string }
  /** A session's stdout or stderr, and the Status that ends it (its `closed` follows). */
  | { type: 'sessionOutput'; clientId: number; channel: 1 | 2; data: string | Uint8Array }
  | { type: 'sessionEnd'; clientId: number; status: SessionStatus }
  | { type: 'size'; clientId: number; size: { cols: number; rows: number } }
  | { type: 'closed'; clientId: number; reason: CloseReason }
  | { type: 'presence'; change: PresenceChange }
  | { type: 'live'; userId: string; labId: string; live: boolean }
  /** A command line starts (`line`) or ends (null) in a sandbox: the watchdog's record of what runs. */
  | { type: 'line'; userId: string; labId: string; line: string | null }
  | { type: 'store'; id: number; op: StoreOp; args: unknown[] }
  | { type: 'progress'; op: 'register' | 'command' | 'unregister'; userId: string; labId: string }
  | { type: 'log'; level: 'error' | 'info'; context: string; error?: WireError; details?: Record<string, unknown> }
  | Reply;

/** The key a quarantined line is known by: the sandbox and the exact line. */
export const quarantineKey = (userId: string, labId: string, line: string) => `${userId}/${labId}\u0000${line}`;

export function toWire(err: unknown): WireError {
  if (err instanceof Error) return { name: err.name, message: err.message, stack: err.stack };
  return { name: 'Error', message: String(err) };
}

/** Rebuilds an error from the other thread, as the class callers test with `instanceof` where there is one. */
export function fromWire(wire: WireError): Error {
  const err =
    wire.name === 'StaleSandboxError'
      ? new StaleSandboxError('?', '?')
      : wire.name === 'SandboxBusyError'
        ? new SandboxBusyError('?', '?', '?')
        : wire.name === 'SandboxNotFoundError'
          ? new SandboxNotFoundError('?', '?')
          : new Error();
  err.name = wire.name;
  err.message = wire.message;
  if (wire.stack) err.stack = wire.stack;
  return err;
}

/** Requests with ids over a port, and their replies. */
export class Requests {
  private next = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

  /** A new request id and the promise its reply settles. */
  open<T>(): { id: number; reply: Promise<T> } {
    const id = this.next++;
    const reply = new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
    });
    return { id, reply };
  }

  settle(reply: Reply): void {
    const waiter = this.pending.get(reply.id);
    if (!waiter) return;
    this.pending.delete(reply.id);
    if (reply.ok) waiter.resolve(reply.value);
    else waiter.reject(fromWire(reply.error));
  }

  /** Fails every request still waiting (the other side is gone). */
  failAll(error: Error): void {
    for (const waiter of this.pending.values()) waiter.reject(error);
    this.pending.clear();
  }
}

/** The reply to request `id`: its value, or the error it failed with. */
export async function replyTo(id: number, work: () => unknown): Promise<Reply> {
  try {
    return { type: 'reply', id, ok: true, value: await work() };
  } catch (err) {
    return { type: 'reply', id, ok: false, error: toWire(err) };
  }
}

/** How long a worker handles queued messages before letting its event loop turn (timers, replies, pings). */
export const INBOX_SLICE_MS = 20;

/**
 * Messages from the other thread, handled in the order they came, a slice of time at a time. A class that presses
 * Enter together, or leaves at the bell, puts hundreds of labs' work in a few batches: handled in one go, they held
 * a worker's loop for seconds (its timers, the journal's answers, the watchdog's pings all waiting). Each message's
 * promise work runs before the next message is taken, so it counts in the slice.
 */
export class Inbox<T> {
  private queue: T[] = [];
  private head = 0;
  private draining = false;

  constructor(
    private readonly handle: (message: T) => void,
    private readonly sliceMs = INBOX_SLICE_MS,
  ) {}

  push(message: T): void {
    this.queue.push(message);
    if (this.draining) return;
    this.draining = true;
    void this.drain();
  }

  /** Messages not handled yet. */
  get size(): number {
    return this.queue.length - this.head;
  }

  private async drain(): Promise<void> {
    try {
      let sliceStart = performance.now();
      while (this.head < this.queue.length) {
        const message = this.queue[this.head]!;
        this.queue[this.head++] = undefined as T;
        this.handle(message);
        // The promise work this message started (a save's serialisation, a command's next step) runs now.
        await Promise.resolve();
        if (performance.now() - sliceStart >= this.sliceMs) {
          await new Promise((resolve) => setImmediate(resolve));
          sliceStart = performance.now();
        }
        if (this.head > 1024 && this.head * 2 > this.queue.length) {
          this.queue = this.queue.slice(this.head);
          this.head = 0;
        }
      }
      this.queue = [];
      this.head = 0;
    } finally {
      this.draining = false;
    }
  }
}

/**
 * Messages to the other thread, sent together once per turn of the event loop (setImmediate): at hundreds of
 * keystrokes a second, a postMessage for each was the main thread's largest cost after the sockets' own writes.
 * `flush` sends at once what must not wait (a worker's "this line starts", in case the line never ends).
 */
export class Outbox<T> {
  private queue: T[] = [];
  private transfer: ArrayBuffer[] = [];

  constructor(private readonly deliver: (batch: T[], transfer: ArrayBuffer[]) => void) {}

  /** Queues `message`; the buffers in `transfer` move to the other thread with it (and are unusable here after). */
  push(message: T, transfer: readonly ArrayBuffer[] = []): void {
    this.queue.push(message);
    this.transfer.push(...transfer);
    if (this.queue.length === 1) setImmediate(() => this.flush());
  }

  flush(): void {
    if (this.queue.length === 0) return;
    const batch = this.queue;
    const transfer = this.transfer;
    this.queue = [];
    this.transfer = [];
    this.deliver(batch, transfer);
  }
}
