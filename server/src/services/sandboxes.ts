/**
 * The sandbox manager: owns every live student environment (cluster + shell), keyed by
 * (userId, labId). It drives their clocks from one shared interval, saves snapshots shortly
 * after changes, on last disconnect and at shutdown, evicts idle ones and restores them from
 * their snapshot when the student returns, enforces the per-student limits and keeps the
 * scrollback that a reconnecting tab replays.
 */
import { TokenBucket, countCommands, limitMessage, type LimitKind } from './sandboxesLimits.js';
import { Scrollback } from './sandboxesScrollback.js';
import { journalIsLong, noteChanges, SnapshotWriter, type Entry } from './sandboxesEntry.js';
import { holdsChanges, JournalCursor, type JournalEntry } from './sandboxesJournal.js';
import { jsonInSlices } from './sandboxesWireJson.js';
import { serveOnEntry } from './sandboxesKubeApi.js';
import { StaleSandboxError } from './sandboxesTypes.js';
import { jsonTextLength, type JsonText } from '../db/labSessions.js';
import type {
  AttachOptions,
  Attachment,
  CloseReason,
  KubeApiClient,
  KubeApiExchange,
  KubeApiRequest,
  PresenceChange,
  Sandbox,
  SandboxContext,
  SandboxClient,
  SandboxFactory,
  SandboxLimits,
  SandboxHost,
  SandboxManagerOptions,
  SandboxStore,
} from './sandboxesTypes.js';

export type * from './sandboxesTypes.js';

export const DEFAULT_LIMITS: SandboxLimits = {
  inputCharsPerSecond: 2000,
  inputBurst: 16384,
  commandsPerSecond: 5,
  commandBurst: 20,
  outputBytesPerSecond: 256 * 1024,
  outputBurst: 1024 * 1024,
  maxLivePerUser: 3,
  resizesPerSecond: 4,
  resizeBurst: 8,
};

export class SandboxNotFoundError extends Error {
  constructor(userId: string, labId: string) {
    super(`no sandbox for user ${userId} in lab ${labId}`);
    this.name = 'SandboxNotFoundError';
  }
}

interface UserBuckets {
  input: TokenBucket;
  commands: TokenBucket;
  resizes: TokenBucket;
}

const NOTICE_INTERVAL_MS = 2000;
const SAVING_SLOWLY =
  '\r\n\x1b[1;33m[kubelab] Saving your last change is taking longer than usual; it is kept and saved as soon as the database answers.\x1b[0m\r\n';
const NOT_SAVED =
  '\r\n\x1b[1;33m[kubelab] Your last change could not be saved yet (database unavailable); kubelab keeps trying.\x1b[0m\r\n';
const TAKEN_OVER =
  '\r\n\x1b[1;33m[kubelab] Your lab moved to another server after its server stopped; everything up to your last prompt is kept.\x1b[0m\r\n';
const RESTORE_FAILED =
  '\r\n\x1b[1;33m[kubelab] Your saved lab could not be restored, so it starts again from the beginning.\x1b[0m\r\n';

/** How often the shared clock ticks a sandbox with no tab attached. */
const IDLE_TICK_MS = 1000;

export class SandboxManager implements SandboxHost {
  private readonly factory: SandboxFactory;
  private readonly store: SandboxStore;
  private readonly limits: SandboxLimits;
  private readonly tickIntervalMs: number;
  private readonly tickBudgetMs: number;
  private readonly debounceMs: number;
  private readonly maxDelayMs: number;
  private readonly idleEvictMs: number;
  private readonly scrollbackBytes: number;
  private readonly defaultSize: { cols: number; rows: number };
  private readonly now: () => number;
  private readonly onError: (err: unknown, context: string) => void;
  private readonly onNotice: (message: string) => void;
  private readonly ackWaitMs: number;
  private readonly hooks: Pick<SandboxManagerOptions, 'onLineStart' | 'onLineEnd' | 'onLive'>;

  private readonly entries = new Map<string, Entry>();
  private readonly opening = new Map<string, Promise<Entry>>();
  private readonly writer: SnapshotWriter;
  private readonly userBuckets = new Map<string, UserBuckets>();
  private readonly presenceListeners = new Set<(change: PresenceChange) => void>();
  private timer: NodeJS.Timeout | null = null;
  private cursor = 0;
  private closed = false;

  constructor(options: SandboxManagerOptions) {
    this.factory = options.factory;
    this.store = options.store;
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.tickIntervalMs = options.tickIntervalMs ?? 100;
    this.tickBudgetMs = options.tickBudgetMs ?? 8;
    this.debounceMs = options.snapshotDebounceMs ?? 1000;
    // A busy cluster (pods starting, a crash loop) never goes quiet: save it at least this often anyway (sooner when
    // its journal grows long).
    this.maxDelayMs = options.snapshotMaxDelayMs ?? Math.max(1000, 2 * this.debounceMs);
    this.idleEvictMs = options.idleEvictMs ?? 10 * 60_000;
    this.scrollbackBytes = options.scrollbackBytes ?? 64 * 1024;
    this.defaultSize = options.defaultSize ?? { cols: 80, rows: 24 };
    this.now = options.now ?? Date.now;
    this.onError = options.onError ?? ((err, context) => console.error(`[sandboxes] ${context}:`, err));
    this.onNotice = options.onNotice ?? (() => undefined);
    this.ackWaitMs = options.ackWaitMs ?? 3000;
    this.hooks = options;
    this.writer = new SnapshotWriter(this.store, this.now, this.onError, this.onNotice, (entry) => {
      void this.release(entry, 'moved', false);
    });
  }

  /** Starts the shared clock interval (idempotent). */
  start(): this {
    if (!this.timer && !this.closed) {
      this.timer = setInterval(() => this.tickAll(), this.tickIntervalMs);
      this.timer.unref();
    }
    return this;
  }

  onPresence(listener: (change: PresenceChange) => void): () => void {
    this.presenceListeners.add(listener);
    return () => this.presenceListeners.delete(listener);
  }

  /** Students with an interactive terminal open right now. */
  online(): PresenceChange[] {
    const out: PresenceChange[] = [];
    for (const e of this.entries.values()) {
      if ([...e.clients.values()].includes('interactive')) out.push({ userId: e.userId, labId: e.labId, online: true });
    }
    return out;
  }

  isLive(userId: string, labId: string): boolean {
    return this.entries.has(keyOf(userId.toLowerCase(), labId));
  }

  get liveCount(): number {
    return this.entries.size;
  }

  /**
   * Attaches a client to the student's sandbox for the lab, restoring it from its snapshot or
   * creating it when needed. Several clients (tabs, watchers) share one sandbox.
   */
  async attach(
    anyCaseUserId: string,
    labId: string,
    client: SandboxClient,
    options: AttachOptions,
  ): Promise<Attachment> {
    // One live copy per lab: ids that differ in case only name the same student (PostgreSQL reads both).
    const userId = anyCaseUserId.toLowerCase();
    if (this.closed) throw new Error('the sandbox manager is shut down');
    let entry = await this.entryFor(userId, labId, options).catch((err: unknown) => {
      // Joined an opening that may not create (a watcher's, a restore after a crash) of a lab never saved: this
      // attach may create it, so it opens again itself.
      if (err instanceof SandboxNotFoundError && options.create) return this.entryFor(userId, labId, options);
      throw err;
    });
    // Released while we waited (another lab pushed it out): open it again.
    while (entry.gone) entry = await this.entryFor(userId, labId, options);
    const wasOnline = this.hasInteractive(entry);
    entry.clients.set(client, options.mode);
    entry.idleSince = null;
    entry.lastUsed = this.now();
    if (!wasOnline && options.mode === 'interactive') this.emitPresence(entry, true);
    const scrollback = entry.scrollback.text();
    let detached = false;
    const interactive = options.mode === 'interactive';
    const writes = interactive || options.mode === 'assist';
    return {
      restored: entry.restored,
      scrollback,
      size: { ...entry.size },
      write: (data) => {
        if (!detached && writes && !entry.gone) this.write(entry, data);
      },
      resize: (cols, rows) => {
        // Only noted here: the next tick applies the latest one (see applyResize).
        if (!detached && interactive && !entry.gone) entry.pendingResize = { cols, rows, from: client };
      },
      detach: () => {
        if (detached) return;
        detached = true;
        this.detach(entry, client);
      },
    };
  }

  /** A Kubernetes API request on the student's cluster for the lab (see SandboxHost.kubeApi). */
  async kubeApi(
    anyCaseUserId: string,
    labId: string,
    request: KubeApiRequest,
    client: KubeApiClient,
    options: { login?: string } = {},
  ): Promise<KubeApiExchange> {
    const userId = anyCaseUserId.toLowerCase();
    if (this.closed) throw new Error('the sandbox manager is shut down');
    const opening = { create: true, ...(options.login ? { login: options.login } : {}) };
    let entry = await this.entryFor(userId, labId, opening);
    while (entry.gone) entry = await this.entryFor(userId, labId, opening);
    entry.lastUsed = this.now();
    // An API client is not a tab: without one the sandbox stays idle-evictable, counted from this request.
    if (entry.clients.size === 0) entry.idleSince = entry.lastUsed;
    const exchange = await serveOnEntry(entry, request, client, {
      journal: (e) => this.journal(e),
      attach: (e, holder) => {
        e.clients.set(holder, 'watch');
        e.idleSince = null;
      },
      detach: (e, holder) => this.detach(e, holder),
      onError: (err, context) => this.onError(err, context),
    });
    noteChanges(entry, this.now(), this.onError);
    return exchange;
  }

  /**
   * Forgets the student's environment for the lab (the "reset lab" action): the live sandbox is dropped
   * unsaved, its tabs are told `reset` (they reconnect to a fresh one), and the stored snapshot is deleted,
   * so the next attach creates the lab's initial state. An attach meanwhile waits for the deletion.
   */
  async reset(anyCaseUserId: string, labId: string): Promise<void> {
    const userId = anyCaseUserId.toLowerCase();
    const key = keyOf(userId, labId);
    await this.opening.get(key)?.catch(() => undefined);
    const entry = this.entries.get(key);
    const wiped = this.writer.after(key, () => this.store.delete(userId, labId));
    if (entry) await this.release(entry, 'reset', false);
    await wiped;
  }

  /** Saves the lab if it is live here and lets it go to another process; its tabs reconnect (`moved`). */
  async handOver(anyCaseUserId: string, labId: string): Promise<void> {
    const key = keyOf(anyCaseUserId.toLowerCase(), labId);
    await this.opening.get(key)?.catch(() => undefined);
    const entry = this.entries.get(key);
    if (entry) await this.release(entry, 'moved');
  }

  /** Saves every sandbox with unsaved changes now (used by tests and before a planned stop). */
  async flush(): Promise<void> {
    await Promise.all([...this.entries.values()].map((e) => this.writer.save(e, true)));
  }

  /** Stops the clock, saves every live sandbox and releases them. */
  async shutdown(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await Promise.allSettled([...this.opening.values()]);
    const entries = [...this.entries.values()];
    await Promise.all(entries.map((e) => this.release(e, 'shutdown')));
    await this.writer.settled();
  }

  /** One pass of the shared clock: bounded in time, resumes where the last pass stopped. */
  tickAll(): void {
    const list = [...this.entries.values()];
    if (list.length === 0) return;
    const started = performance.now();
    const now = this.now();
    const count = list.length;
    let i = 0;
    for (; i < count; i++) {
      const entry = list[(this.cursor + i) % count];
      if (entry) this.tickOne(entry, now);
      if (performance.now() - started > this.tickBudgetMs) {
        i++;
        break;
      }
    }
    this.cursor = (this.cursor + i) % count;
  }

  private tickOne(entry: Entry, now: number): void {
    if (entry.gone) return;
    this.applyResize(entry, now);
    // A lab nobody has open (awaiting eviction, or a student's other lab) catches up in coarser steps.
    if (entry.clients.size > 0 || now - entry.lastTickAt >= IDLE_TICK_MS) {
      entry.lastTickAt = now;
      try {
        entry.sandbox.tick(now);
      } catch (err) {
        this.onError(err, `tick ${entry.key}`);
      }
    }
    noteChanges(entry, now, this.onError);
    if (entry.firstChangeAt !== null && !entry.saving && !this.writer.queued(entry) && now >= entry.retryAt) {
      const quiet = now - entry.lastChangeAt >= this.debounceMs;
      const overdue = now - entry.firstChangeAt >= this.maxDelayMs || journalIsLong(entry);
      if (quiet || overdue) this.writer.request(entry);
    }
    if (entry.clients.size === 0 && entry.idleSince !== null && now - entry.idleSince >= this.idleEvictMs) {
      void this.release(entry, 'idle');
    }
  }

  private async entryFor(
    userId: string,
    labId: string,
    options: Pick<AttachOptions, 'create' | 'login' | 'notice'>,
  ): Promise<Entry> {
    const key = keyOf(userId, labId);
    const live = this.entries.get(key);
    if (live) return live;
    const pending = this.opening.get(key);
    if (pending) return pending;
    const opening = this.open(key, userId, labId, options).finally(() => this.opening.delete(key));
    this.opening.set(key, opening);
    return opening;
  }

  private async open(
    key: string,
    userId: string,
    labId: string,
    options: Pick<AttachOptions, 'create' | 'login' | 'notice'>,
  ): Promise<Entry> {
    await this.writer.pending(key);
    const opened = await this.store.open(userId, labId);
    const stored = opened.stored;
    if (!stored && !options.create) throw new SandboxNotFoundError(userId, labId);
    await this.makeRoomFor(userId);
    const now = this.now();
    const ctx: SandboxContext = {
      userId,
      labId,
      nowMs: now,
      ...(options.login ? { login: options.login } : {}),
      ...this.defaultSize,
    };
    let sandbox: Sandbox;
    let notice = '';
    if (stored) {
      try {
        sandbox = await this.factory.restore(ctx, stored.snapshot);
      } catch (err) {
        // A snapshot this version cannot read must not lock the student out of the lab for good.
        this.onError(err, `restore ${key}`);
        sandbox = await this.factory.create(ctx);
        notice = RESTORE_FAILED;
      }
    } else {
      sandbox = await this.factory.create(ctx);
    }
    if (this.closed) {
      sandbox.dispose?.();
      throw new Error('the sandbox manager is shut down');
    }
    const entry: Entry = {
      key,
      userId,
      labId,
      sandbox,
      restored: stored !== null && notice === '',
      clients: new Map(),
      scrollback: new Scrollback(
        this.scrollbackBytes,
        (stored?.scrollback ?? '') + notice + (opened.takenOver && stored ? TAKEN_OVER : '') + (options.notice ?? ''),
      ),
      outputBucket: new TokenBucket(this.limits.outputBytesPerSecond, this.limits.outputBurst, now),
      lastNotice: new Map(),
      unsubscribe: () => undefined,
      size: { ...this.defaultSize },
      pendingResize: null,
      paste: { open: false },
      saveFailures: 0,
      retryAt: 0,
      epoch: opened.epoch,
      journalSeq: opened.journalSeq,
      journaled: { entries: 0, bytes: 0 },
      checkpointed: { entries: 0, bytes: 0 },
      journal: new JournalCursor(),
      journalFailures: 0,
      journalTail: Promise.resolve(true),
      journalUnsettled: 0,
      lastUsed: now,
      idleSince: now,
      lastTickAt: now,
      seenCounter: sandbox.changeCounter(),
      changeSeq: 0,
      scrollbackDirty: false,
      // A fresh sandbox is saved soon, so that a restart finds the student's environment.
      firstChangeAt: stored && notice === '' ? null : now,
      lastChangeAt: now,
      saving: false,
      savingSeq: -1,
      gone: false,
    };
    // A restored sandbox's next journal entry is a delta from what was restored; a new one's holds it whole.
    if (sandbox.setLineHooks) {
      if (entry.restored) entry.journal.reset(sandbox.snapshot());
      const { onLineStart, onLineEnd } = this.hooks;
      sandbox.setLineHooks({
        ...(onLineStart ? { guard: (line: string) => onLineStart(userId, labId, line) } : {}),
        end: () => {
          onLineEnd?.(userId, labId);
          return this.journal(entry);
        },
      });
    }
    entry.unsubscribe = sandbox.onOutput((data) => this.output(entry, data));
    this.entries.set(key, entry);
    this.hooks.onLive?.(userId, labId, true);
    return entry;
  }

  /**
   * Journals what the command line that just ended changed. When it changed the cluster, files or variables, the
   * promise ends when the entry is durable (the prompt waits for it) or after `ackWaitMs`, with a notice, so a
   * database outage delays prompts but never freezes them. An entry of history alone is written without a wait.
   */
  private journal(entry: Entry): Promise<void> | undefined {
    if (entry.gone) return undefined;
    let next: JournalEntry | null;
    try {
      next = entry.journal.next(entry.sandbox.snapshot());
    } catch (err) {
      this.onError(err, `journal ${entry.key}`);
      return undefined;
    }
    if (!next) return undefined;
    const wait = holdsChanges(next);
    const whole = next.kind === 'full';
    const seq = ++entry.journalSeq;
    entry.journaled.entries++;
    // An entry with objects, files or variables is serialised a slice at a time (it shares only objects that are
    // never mutated): one holding megabytes must not hold up the other students of this thread. Most entries
    // (history, the clock) are a few hundred bytes, serialised at once.
    const light =
      next.kind === 'delta' && next.put.length + next.files.set.length === 0 && next.shellMeta === undefined;
    const json = (light ? Promise.resolve<JsonText>(JSON.stringify(next)) : jsonInSlices(next)).then((text) => {
      entry.journaled.bytes += jsonTextLength(text);
      return text;
    });
    // After the previous entry of this lab, never beside it: a delta must not be replayed without the one before it
    // (a whole snapshot needs none).
    const write = async (previousWritten: boolean) => {
      if (!previousWritten && !whole) throw new Error(`journal entry ${seq - 1} was not written`);
      return this.store.append(entry.userId, entry.labId, await json, { epoch: entry.epoch, seq }, { lazy: !wait });
    };
    // A prompt that will wait behind an entry nobody waited for: the store must not hold that one back.
    if (wait && entry.journalUnsettled > 0) this.store.hurry?.();
    entry.journalUnsettled++;
    const durable = entry.journalTail.then(write).then(
      () => {
        if (entry.journalFailures > 0)
          this.onNotice(`journal ${entry.key}: works again after ${entry.journalFailures} failed write(s)`);
        entry.journalFailures = 0;
        return true;
      },
      (err: unknown) => {
        if (entry.gone) return false;
        if (err instanceof StaleSandboxError) {
          void this.release(entry, 'moved', false);
          return false;
        }
        if (entry.journalFailures++ === 0) this.onError(err, `journal ${entry.key}`);
        // The next entry holds the whole sandbox, so a replay never skips this one's changes.
        entry.journal.invalidate();
        entry.firstChangeAt ??= this.now();
        if (wait) this.deliver(entry, NOT_SAVED);
        return false;
      },
    );
    entry.journalTail = durable;
    void durable.finally(() => entry.journalUnsettled--);
    if (!wait) return undefined;
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.deliver(entry, SAVING_SLOWLY);
        resolve();
      }, this.ackWaitMs);
      timer.unref?.();
      void durable.finally(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** Keeps a student under `maxLivePerUser` live sandboxes, releasing the least recently used. */
  private async makeRoomFor(userId: string): Promise<void> {
    const mine = [...this.entries.values()].filter((e) => e.userId === userId);
    const excess = mine.length - (this.limits.maxLivePerUser - 1);
    if (excess <= 0) return;
    mine.sort((a, b) => Number(a.clients.size > 0) - Number(b.clients.size > 0) || a.lastUsed - b.lastUsed);
    await Promise.all(mine.slice(0, excess).map((e) => this.release(e, 'replaced')));
  }

  private write(entry: Entry, data: string): void {
    const now = this.now();
    entry.lastUsed = now;
    const buckets = this.bucketsFor(entry.userId, now);
    const commands = countCommands(data, entry.paste);
    if (commands > 0 && !buckets.commands.take(commands, now)) {
      this.notice(entry, 'commands', now);
      return;
    }
    if (!buckets.input.take(data.length, now)) {
      this.notice(entry, 'input', now);
      return;
    }
    try {
      entry.sandbox.write(data);
    } catch (err) {
      this.onError(err, `write ${entry.key}`);
    }
    noteChanges(entry, now, this.onError);
  }

  /** Applies the latest resize asked for, unless it changes nothing or the student's resize budget is spent. */
  private applyResize(entry: Entry, now: number): void {
    const pending = entry.pendingResize;
    if (!pending) return;
    const { cols, rows, from } = pending;
    if (entry.size.cols === cols && entry.size.rows === rows) {
      entry.pendingResize = null;
      return;
    }
    if (!this.bucketsFor(entry.userId, now).resizes.take(1, now)) return;
    entry.pendingResize = null;
    entry.size = { cols, rows };
    try {
      entry.sandbox.resize(cols, rows);
    } catch (err) {
      this.onError(err, `resize ${entry.key}`);
    }
    for (const client of entry.clients.keys()) if (client !== from) client.size?.({ cols, rows });
  }

  private output(entry: Entry, data: string): void {
    if (entry.gone || data.length === 0) return;
    const now = this.now();
    const allowed = Math.min(data.length, this.limits.outputBurst);
    if (!entry.outputBucket.take(allowed, now)) {
      this.notice(entry, 'output', now);
      return;
    }
    this.deliver(entry, allowed < data.length ? data.slice(0, allowed) : data);
    if (allowed < data.length) this.notice(entry, 'output', now);
  }

  private deliver(entry: Entry, data: string): void {
    entry.scrollback.append(data);
    entry.scrollbackDirty = true;
    for (const client of entry.clients.keys()) {
      try {
        client.output(data);
      } catch (err) {
        this.onError(err, `deliver ${entry.key}`);
      }
    }
  }

  private notice(entry: Entry, kind: LimitKind, now: number): void {
    const last = entry.lastNotice.get(kind);
    if (last !== undefined && now - last < NOTICE_INTERVAL_MS) return;
    entry.lastNotice.set(kind, now);
    this.deliver(entry, limitMessage(kind));
  }

  private bucketsFor(userId: string, now: number): UserBuckets {
    let buckets = this.userBuckets.get(userId);
    if (!buckets) {
      const l = this.limits;
      buckets = {
        input: new TokenBucket(l.inputCharsPerSecond, l.inputBurst, now),
        commands: new TokenBucket(l.commandsPerSecond, l.commandBurst, now),
        resizes: new TokenBucket(l.resizesPerSecond, l.resizeBurst, now),
      };
      this.userBuckets.set(userId, buckets);
    }
    return buckets;
  }

  private detach(entry: Entry, client: SandboxClient): void {
    const wasOnline = this.hasInteractive(entry);
    entry.clients.delete(client);
    if (wasOnline && !this.hasInteractive(entry)) {
      // No tab shows the half-typed line any more: it must not join the next command typed after a reload.
      try {
        entry.sandbox.discardTypedInput?.();
      } catch (err) {
        this.onError(err, `discardTypedInput ${entry.key}`);
      }
      this.emitPresence(entry, false);
    }
    if (entry.clients.size > 0 || entry.gone) return;
    entry.idleSince = this.now();
    void this.writer.save(entry, true);
    if (![...this.entries.values()].some((e) => e.userId === entry.userId)) this.userBuckets.delete(entry.userId);
  }

  /** Saves and forgets a sandbox, telling its clients why. */
  private async release(entry: Entry, reason: CloseReason, save = true): Promise<void> {
    if (entry.gone) return;
    // A copy fenced off by a newer opening must not write: its state is older than the owner's.
    const saved = save ? this.writer.save(entry, true) : Promise.resolve();
    entry.gone = true;
    this.entries.delete(entry.key);
    this.hooks.onLive?.(entry.userId, entry.labId, false);
    entry.unsubscribe();
    const clients = [...entry.clients.keys()];
    if (this.hasInteractive(entry)) this.emitPresence(entry, false);
    entry.clients.clear();
    for (const client of clients) client.closed?.(reason);
    try {
      entry.sandbox.dispose?.();
    } catch (err) {
      this.onError(err, `dispose ${entry.key}`);
    }
    await saved;
    // Saved (or fenced off): its lease goes back, so another process may open it without waiting for it to lapse.
    await this.store.close?.(entry.userId, entry.labId, entry.epoch).catch((err: unknown) => {
      this.onError(err, `lease ${entry.key}`);
    });
  }

  private hasInteractive(entry: Entry): boolean {
    for (const mode of entry.clients.values()) if (mode === 'interactive') return true;
    return false;
  }

  private emitPresence(entry: Entry, online: boolean): void {
    for (const listener of this.presenceListeners) {
      try {
        listener({ userId: entry.userId, labId: entry.labId, online });
      } catch (err) {
        this.onError(err, 'presence listener');
      }
    }
  }
}

/** Also the name in log lines; user ids are UUIDs and lab ids never contain a slash. */
function keyOf(userId: string, labId: string): string {
  return `${userId}/${labId}`;
}

export function createSandboxManager(options: SandboxManagerOptions): SandboxManager {
  return new SandboxManager(options);
}
