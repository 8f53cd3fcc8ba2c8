/**
 * Sandboxes off the main thread: a pool of worker threads (as many as cores), each running a SandboxManager over the
 * students it holds; a student's labs all live on one worker (chosen by their id). The main thread keeps HTTP,
 * sockets and the database: it answers the workers' store requests (snapshots, the group-committed journal) and
 * runs lab checks through them.
 *
 * A watchdog pings every worker. One that has not answered for `watchdogMs` (a command that never yields), or that
 * died (out of memory), is terminated and replaced: its students' tabs are told and reconnect, their labs are
 * restored from PostgreSQL (snapshot + journal, so nothing acknowledged is lost) with a notice, and the command
 * line that was running is quarantined in that lab and logged with the sandbox id.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { StepEvaluation } from '../labs/checks/index.js';
import { RawJson, type JsonText } from '../db/labSessions.js';
import type { CheckTarget, ProgressService } from './progress.js';
import type { DbSandboxStore } from './sandboxesStore.js';
import {
  Outbox,
  quarantineKey,
  replyTo,
  Requests,
  fromWire,
  type FromWorker,
  type ToWorker,
  type WorkerSetup,
} from './sandboxesWire.js';
import type {
  AttachOptions,
  Attachment,
  KubeApiClient,
  KubeApiExchange,
  KubeApiHead,
  KubeApiRequest,
  PresenceChange,
  SandboxClient,
  SandboxHost,
  SandboxStore,
} from './sandboxesTypes.js';

export interface SandboxPoolOptions {
  /** Worker threads (at least 1). */
  workers: number;
  /** The main thread's store (PostgreSQL): the workers' snapshots and journal entries go through it. */
  store: SandboxStore & Partial<Pick<DbSandboxStore, 'openText'>>;
  progress?: Pick<ProgressService, 'register' | 'commandFinished'>;
  labsDir: string | undefined;
  manager: WorkerSetup['manager'];
  /** A worker that has not answered a ping for this long is replaced (default 2 s). */
  watchdogMs?: number;
  /** Heap limit of one worker; past it, the worker (not the process) dies and is replaced. */
  maxHeapMb?: number;
  /** Enables the test-only hang command (see WorkerSetup). */
  testHooks?: boolean;
  onError: (err: unknown, context: string) => void;
  onNotice: (message: string) => void;
  /** A worker was replaced: why, and the command line that was running (quarantined), if one was. */
  onWorkerReplaced?: (event: WorkerReplaced) => void;
}

export interface WorkerReplaced {
  worker: number;
  reason: 'unresponsive' | 'exited';
  culprit: { userId: string; labId: string; line: string } | null;
  /** Labs restored on the new worker. */
  restored: number;
}

const RECOVERED =
  '\r\n\x1b[1;33m[kubelab] Your lab stopped answering and was restarted. Everything up to your last prompt is kept.\x1b[0m\r\n';
const CULPRIT = (line: string) =>
  `\x1b[1;33m[kubelab] The command \`${line.length > 80 ? `${line.slice(0, 80)}…` : line}\` stopped the lab and is now blocked here.\x1b[0m\r\n`;

/** How long a new worker may take to load before the watchdog counts (module loading, the course). */
const STARTUP_GRACE_MS = 30_000;

interface Slot {
  readonly index: number;
  readonly worker: Worker;
  readonly requests: Requests;
  readonly outbox: Outbox<ToWorker>;
  /** The pool's clients attached through this worker. */
  readonly clients: Map<number, PoolClient>;
  /** Live labs (`user/lab`) on this worker, and the line each one runs (or null). */
  readonly live: Map<string, { userId: string; labId: string; line: string | null }>;
  /** Check registrations of this worker's labs with the progress service. */
  readonly registrations: Map<string, { target: CheckTarget; release: () => void }>;
  ready: boolean;
  lastPong: number;
  readonly startedAt: number;
  retired: boolean;
}

const labKey = (userId: string, labId: string) => `${userId}/${labId}`;

/** A tab, or a Kubernetes API answer in progress (a session's output and end come through `session`). */
type PoolClient = SandboxClient & { session?: Pick<KubeApiClient, 'output' | 'finish'> };

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export class SandboxPool implements SandboxHost {
  private readonly slots: Slot[] = [];
  private readonly clientSlots = new Map<number, Slot>();
  private readonly presence = new Map<string, PresenceChange>();
  private readonly presenceListeners = new Set<(change: PresenceChange) => void>();
  private readonly quarantine = new Set<string>();
  /** Labs restored after a crash whose notice the next attach shows. */
  private readonly notices = new Map<string, string>();
  private readonly watchdogMs: number;
  private nextClientId = 1;
  private timer: NodeJS.Timeout | null = null;
  private lastTick = Date.now();
  private closed = false;

  constructor(private readonly options: SandboxPoolOptions) {
    this.watchdogMs = options.watchdogMs ?? 2000;
    for (let i = 0; i < Math.max(1, options.workers); i++) this.slots.push(this.spawn(i));
  }

  start(): this {
    if (!this.timer && !this.closed) {
      this.timer = setInterval(() => this.watch(), Math.max(50, this.watchdogMs / 4));
      this.timer.unref();
    }
    return this;
  }

  /** Resolves once every worker has loaded (tests; the server serves meanwhile and attaches wait). */
  async ready(): Promise<void> {
    while (this.slots.some((s) => !s.ready)) await new Promise((r) => setTimeout(r, 10));
  }

  onPresence(listener: (change: PresenceChange) => void): () => void {
    this.presenceListeners.add(listener);
    return () => this.presenceListeners.delete(listener);
  }

  online(): PresenceChange[] {
    return [...this.presence.values()];
  }

  isLive(userId: string, labId: string): boolean {
    return this.slots.some((s) => s.live.has(labKey(userId.toLowerCase(), labId)));
  }

  get liveCount(): number {
    return this.slots.reduce((n, s) => n + s.live.size, 0);
  }

  async attach(
    anyCaseUserId: string,
    labId: string,
    client: SandboxClient,
    options: AttachOptions,
  ): Promise<Attachment> {
    if (this.closed) throw new Error('the sandbox manager is shut down');
    const userId = anyCaseUserId.toLowerCase();
    const key = labKey(userId, labId);
    const notice = this.notices.get(key);
    const slot = this.slotFor(userId);
    const clientId = this.nextClientId++;
    slot.clients.set(clientId, client);
    this.clientSlots.set(clientId, slot);
    const { id, reply } = slot.requests.open<Pick<Attachment, 'restored' | 'scrollback' | 'size'>>();
    this.send(slot, {
      type: 'attach',
      id,
      clientId,
      userId,
      labId,
      options: { ...options, ...(notice ? { notice } : {}) },
    });
    let opened: Pick<Attachment, 'restored' | 'scrollback' | 'size'>;
    try {
      opened = await reply;
    } catch (err) {
      slot.clients.delete(clientId);
      this.clientSlots.delete(clientId);
      throw err;
    }
    if (notice) this.notices.delete(key);
    const to = (message: ToWorker) => {
      const current = this.clientSlots.get(clientId);
      if (current) this.send(current, message);
    };
    return {
      ...opened,
      write: (data) => to({ type: 'write', clientId, data }),
      resize: (cols, rows) => to({ type: 'resize', clientId, cols, rows }),
      detach: () => {
        to({ type: 'detach', clientId });
        this.clientSlots.get(clientId)?.clients.delete(clientId);
        this.clientSlots.delete(clientId);
      },
    };
  }

  /** A Kubernetes API request, answered by the worker holding the student's labs (see SandboxHost.kubeApi). */
  async kubeApi(
    anyCaseUserId: string,
    labId: string,
    request: KubeApiRequest,
    client: KubeApiClient,
    options: { login?: string } = {},
  ): Promise<KubeApiExchange> {
    if (this.closed) throw new Error('the sandbox manager is shut down');
    const userId = anyCaseUserId.toLowerCase();
    const slot = this.slotFor(userId);
    const clientId = this.nextClientId++;
    // A stream's chunks and end travel as a client's output and close (they may come before the reply).
    slot.clients.set(clientId, { output: (data) => client.chunk(data), closed: () => client.end(), session: client });
    this.clientSlots.set(clientId, slot);
    const forget = () => {
      this.clientSlots.get(clientId)?.clients.delete(clientId);
      this.clientSlots.delete(clientId);
    };
    const { id, reply } = slot.requests.open<KubeApiHead>();
    this.send(slot, { type: 'kubeApi', id, clientId, userId, labId, request, login: options.login });
    let head: KubeApiHead;
    try {
      head = await reply;
    } catch (err) {
      forget();
      throw err;
    }
    if (!head.streaming) forget();
    return {
      ...head,
      stop: () => {
        const current = this.clientSlots.get(clientId);
        if (current) this.send(current, { type: 'detach', clientId });
        forget();
      },
      input: (input) => {
        const current = this.clientSlots.get(clientId);
        if (current && head.session) this.send(current, { type: 'sessionInput', clientId, input });
      },
    };
  }

  async reset(anyCaseUserId: string, labId: string): Promise<void> {
    const userId = anyCaseUserId.toLowerCase();
    const slot = this.slotFor(userId);
    const { id, reply } = slot.requests.open();
    this.send(slot, { type: 'reset', id, userId, labId });
    await reply;
  }

  async flush(): Promise<void> {
    await Promise.all(this.slots.map((slot) => this.request(slot, 'flush')));
  }

  async handOver(anyCaseUserId: string, labId: string): Promise<void> {
    const userId = anyCaseUserId.toLowerCase();
    const slot = this.slotFor(userId);
    if (slot.retired) return;
    const { id, reply } = slot.requests.open();
    this.send(slot, { type: 'handOver', id, userId, labId });
    await reply;
  }

  async shutdown(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await Promise.allSettled(this.slots.map((slot) => this.request(slot, 'shutdown')));
    for (const slot of this.slots) {
      slot.retired = true;
      await slot.worker.terminate();
    }
  }

  private request(slot: Slot, type: 'flush' | 'shutdown'): Promise<unknown> {
    if (slot.retired) return Promise.resolve();
    const { id, reply } = slot.requests.open();
    this.send(slot, { type, id });
    return reply;
  }

  /** A student's labs share one worker: the same one for every spelling of the id. */
  private slotFor(userId: string): Slot {
    let h = 2166136261;
    for (let i = 0; i < userId.length; i++) h = Math.imul(h ^ userId.charCodeAt(i), 16777619);
    return this.slots[(h >>> 0) % this.slots.length]!;
  }

  private send(slot: Slot, message: ToWorker): void {
    if (!slot.retired) slot.outbox.push(message);
  }

  private spawn(index: number): Slot {
    const ext = path.extname(__filename);
    const setup: WorkerSetup = {
      labsDir: this.options.labsDir,
      manager: this.options.manager,
      quarantine: [...this.quarantine],
      testHooks: this.options.testHooks ?? false,
    };
    const file = path.join(__dirname, `sandboxesWorker${ext}`);
    const limits = this.options.maxHeapMb ? { resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb } } : {};
    const worker =
      ext === '.ts'
        ? // From TypeScript sources (development, tests) the worker compiles them through tsx, as `npm run dev` does.
          new Worker(`require('tsx/cjs/api').register(); require(${JSON.stringify(file)});`, {
            eval: true,
            workerData: setup,
            ...limits,
          })
        : new Worker(file, { workerData: setup, ...limits });
    const slot: Slot = {
      index,
      worker,
      requests: new Requests(),
      outbox: new Outbox<ToWorker>((batch) => worker.postMessage(batch)),
      clients: new Map(),
      live: new Map(),
      registrations: new Map(),
      ready: false,
      lastPong: Date.now(),
      startedAt: Date.now(),
      retired: false,
    };
    worker.on('message', (batch: FromWorker[]) => {
      for (const message of batch) this.receive(slot, message);
    });
    worker.on('error', (err) => {
      this.options.onError(err, `sandbox worker ${index}`);
      this.replace(slot, 'exited');
    });
    worker.on('exit', () => this.replace(slot, 'exited'));
    return slot;
  }

  private receive(slot: Slot, message: FromWorker): void {
    if (slot.retired) return;
    switch (message.type) {
      case 'ready':
        slot.ready = true;
        slot.lastPong = Date.now();
        return;
      case 'pong':
        slot.lastPong = Date.now();
        return;
      case 'reply':
        slot.requests.settle(message);
        return;
      case 'output':
        this.toClient(slot, message.clientId, (c) => c.output(message.data));
        return;
      case 'size':
        this.toClient(slot, message.clientId, (c) => c.size?.(message.size));
        return;
      case 'sessionOutput':
        this.toClient(slot, message.clientId, (c) => c.session?.output?.(message.channel, message.data));
        return;
      case 'sessionEnd':
        this.toClient(slot, message.clientId, (c) => c.session?.finish?.(message.status));
        return;
      case 'closed': {
        const client = slot.clients.get(message.clientId);
        slot.clients.delete(message.clientId);
        this.clientSlots.delete(message.clientId);
        if (client) this.guard(() => client.closed?.(message.reason), 'client closed');
        return;
      }
      case 'presence':
        this.setPresence(message.change);
        return;
      case 'live': {
        const key = labKey(message.userId, message.labId);
        if (message.live) slot.live.set(key, { userId: message.userId, labId: message.labId, line: null });
        else slot.live.delete(key);
        return;
      }
      case 'line': {
        const live = slot.live.get(labKey(message.userId, message.labId));
        if (live) live.line = message.line;
        return;
      }
      case 'store':
        void this.storeRequest(slot, message);
        return;
      case 'progress':
        this.progressEvent(slot, message);
        return;
      case 'log':
        if (message.level === 'info') this.options.onNotice(message.context);
        else
          this.options.onError(
            Object.assign(message.error ? fromWire(message.error) : new Error(message.context), message.details),
            message.context,
          );
        return;
    }
  }

  private async storeRequest(slot: Slot, message: Extract<FromWorker, { type: 'store' }>): Promise<void> {
    const { store } = this.options;
    const a = message.args as [string, string, never, never];
    const reply = await replyTo(message.id, () => {
      switch (message.op) {
        case 'open':
          // As text when the store can: the worker parses the snapshot, not this thread.
          return store.openText ? store.openText(a[0], a[1]).then((text) => ({ text })) : store.open(a[0], a[1]);
        case 'load':
          return store.load(a[0], a[1]);
        case 'save': {
          const text = message.args[2] as { cluster: JsonText; shell: JsonText; scrollback: string };
          const snapshot = { cluster: new RawJson(text.cluster), shell: new RawJson(text.shell) };
          return store.save(a[0], a[1], { snapshot: snapshot as never, scrollback: text.scrollback }, a[3]);
        }
        case 'append':
          return store.append(
            a[0],
            a[1],
            message.args[2] as JsonText,
            a[3],
            message.args[4] as { lazy?: boolean } | undefined,
          );
        case 'hurry':
          return store.hurry?.();
        case 'delete':
          return store.delete(a[0], a[1]);
        case 'close':
          return store.close?.(a[0], a[1], a[2]);
      }
    });
    this.send(slot, reply);
  }

  private progressEvent(slot: Slot, message: Extract<FromWorker, { type: 'progress' }>): void {
    const { progress } = this.options;
    if (!progress) return;
    const { userId, labId } = message;
    const key = labKey(userId, labId);
    switch (message.op) {
      case 'register': {
        slot.registrations.get(key)?.release();
        const target = this.checkTarget(slot, userId, labId);
        slot.registrations.set(key, { target, release: progress.register(userId, labId, target) });
        return;
      }
      case 'command': {
        const registered = slot.registrations.get(key);
        if (registered) progress.commandFinished(userId, labId, registered.target);
        return;
      }
      case 'unregister':
        slot.registrations.get(key)?.release();
        slot.registrations.delete(key);
        return;
    }
  }

  /** The lab checks of a sandbox on a worker: the progress service asks, the worker runs them on its cluster. */
  private checkTarget(slot: Slot, userId: string, labId: string): CheckTarget {
    const ask = <T>(message: DistributiveOmit<Extract<ToWorker, { type: 'check' | 'version' }>, 'id'>) => {
      const { id, reply } = slot.requests.open<T>();
      this.send(slot, { ...message, id });
      return reply;
    };
    return {
      checkSteps: async (lab, done) => {
        const outcomes = await ask<{ stepId: string; evaluation: StepEvaluation; current: boolean }[]>({
          type: 'check',
          userId,
          labId,
          done: [...done],
        });
        return outcomes.flatMap((o) => {
          const step = lab.steps.find((s) => s.id === o.stepId);
          return step ? [{ step, evaluation: o.evaluation, current: o.current }] : [];
        });
      },
      version: () => ask<number>({ type: 'version', userId, labId }),
    };
  }

  private toClient(slot: Slot, clientId: number, deliver: (client: PoolClient) => void): void {
    const client = slot.clients.get(clientId);
    if (client) this.guard(() => deliver(client), 'client');
  }

  private setPresence(change: PresenceChange): void {
    const key = labKey(change.userId, change.labId);
    if (change.online) this.presence.set(key, change);
    else if (!this.presence.delete(key)) return;
    for (const listener of this.presenceListeners) this.guard(() => listener(change), 'presence listener');
  }

  private guard(fn: () => void, context: string): void {
    try {
      fn();
    } catch (err) {
      this.options.onError(err, context);
    }
  }

  /** The watchdog: pings every worker and replaces one that has not answered for `watchdogMs`. */
  private watch(): void {
    const now = Date.now();
    // This thread was itself held up (a long GC): the workers' answers wait in the queue; count from now.
    const stalled = now - this.lastTick > this.watchdogMs / 2;
    this.lastTick = now;
    for (const slot of [...this.slots]) {
      if (slot.retired) continue;
      if (stalled) slot.lastPong = now;
      const silentFor = now - slot.lastPong;
      const limit = slot.ready ? this.watchdogMs : STARTUP_GRACE_MS;
      if (silentFor > limit) {
        this.replace(slot, 'unresponsive');
        continue;
      }
      this.send(slot, { type: 'ping' });
    }
  }

  /** Terminates a worker that hangs or died, and puts a fresh one in its place with its labs restored. */
  private replace(slot: Slot, reason: WorkerReplaced['reason']): void {
    if (slot.retired || this.closed) return;
    slot.retired = true;
    void slot.worker.terminate();
    const running = [...slot.live.values()].filter((l) => l.line !== null);
    // The line that started last is the one the worker was stuck in, or ran out of memory in (one runs at a time).
    const culprit = running[running.length - 1];
    if (culprit?.line) this.quarantineLine(culprit.userId, culprit.labId, culprit.line);
    slot.requests.failAll(new Error('the sandbox worker was restarted'));
    for (const { release } of slot.registrations.values()) release();
    slot.registrations.clear();
    const clients = [...slot.clients.entries()];
    slot.clients.clear();
    for (const [clientId] of clients) this.clientSlots.delete(clientId);
    for (const { userId, labId } of slot.live.values()) {
      const key = labKey(userId, labId);
      const isCulprit = culprit && culprit.userId === userId && culprit.labId === labId;
      this.notices.set(key, RECOVERED + (isCulprit && culprit.line ? CULPRIT(culprit.line) : ''));
      const change = this.presence.get(key);
      if (change) this.setPresence({ ...change, online: false });
    }
    const labs = [...slot.live.values()];
    const fresh = this.spawn(slot.index);
    this.slots[slot.index] = fresh;
    for (const [, client] of clients) this.guard(() => client.closed?.('crashed'), 'client closed');
    // Restore the labs now, so the students' tabs find them ready (and their notice) when they reconnect.
    const restoring = labs.map(({ userId, labId }) => this.restore(userId, labId));
    void Promise.allSettled(restoring).then((results) => {
      this.options.onWorkerReplaced?.({
        worker: slot.index,
        reason,
        culprit: culprit?.line ? { userId: culprit.userId, labId: culprit.labId, line: culprit.line } : null,
        restored: results.filter((r) => r.status === 'fulfilled').length,
      });
    });
  }

  private quarantineLine(userId: string, labId: string, line: string): void {
    const key = quarantineKey(userId, labId, line);
    this.quarantine.add(key);
    this.options.onError(
      Object.assign(new Error('a command stopped a sandbox worker; it is quarantined in this lab'), {
        userId,
        labId,
        line,
      }),
      `sandbox ${userId}/${labId}`,
    );
    for (const slot of this.slots) this.send(slot, { type: 'quarantine', key });
  }

  /** Opens a lab on its (new) worker with no tab attached; idle eviction frees it if nobody comes back. */
  private async restore(userId: string, labId: string): Promise<void> {
    const attachment = await this.attach(userId, labId, { output: () => undefined }, { mode: 'watch', create: false });
    attachment.detach();
  }
}
