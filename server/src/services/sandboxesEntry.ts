/**
 * One live sandbox as the manager keeps it, and its snapshot bookkeeping: noticing changes and
 * saving them, one write at a time per sandbox, so that a load never overtakes a save in flight.
 */
import type { LimitKind, PasteState, TokenBucket } from './sandboxesLimits.js';
import type { Scrollback } from './sandboxesScrollback.js';
import type { JournalCursor } from './sandboxesJournal.js';
import {
  StaleSandboxError,
  type AttachMode,
  type Sandbox,
  type SandboxClient,
  type SandboxFence,
  type SandboxStore,
  type StoredSandbox,
} from './sandboxesTypes.js';

export interface Entry {
  readonly key: string;
  readonly userId: string;
  readonly labId: string;
  readonly sandbox: Sandbox;
  readonly restored: boolean;
  readonly clients: Map<SandboxClient, AttachMode>;
  readonly scrollback: Scrollback;
  readonly outputBucket: TokenBucket;
  readonly lastNotice: Map<LimitKind, number>;
  unsubscribe: () => void;
  /** The size the shell renders for. */
  size: { cols: number; rows: number };
  /** The latest size a tab asked for, applied on the next tick the student's resize budget allows. */
  pendingResize: { cols: number; rows: number; from: SandboxClient } | null;
  /** A bracketed paste still open across input events (it counts as one command). */
  paste: PasteState;
  lastUsed: number;
  idleSince: number | null;
  /** When the shared clock last ticked it (one nobody has open ticks only every IDLE_TICK_MS). */
  lastTickAt: number;
  /** The sandbox's change counter when last looked at. */
  seenCounter: number;
  /** Bumped on every observed change, so a save knows whether changes came in meanwhile. */
  changeSeq: number;
  scrollbackDirty: boolean;
  firstChangeAt: number | null;
  lastChangeAt: number;
  saving: boolean;
  savingSeq: number;
  /** Failed saves in a row: the next try waits twice as long each time (from 1 s, at most a minute). */
  saveFailures: number;
  /** No background save before this time (after a failure). */
  retryAt: number;
  /** This opening's fencing token (see SandboxStore.open). */
  readonly epoch: number;
  /** The sequence number of the last journal entry made. */
  journalSeq: number;
  /** Journal entries and bytes this opening wrote, and how many of them the last checkpoint holds. */
  journaled: { entries: number; bytes: number };
  checkpointed: { entries: number; bytes: number };
  readonly journal: JournalCursor;
  /** Journal writes failing in a row (logged once per streak). */
  journalFailures: number;
  /**
   * The last journal entry's write: true once durable, false when it failed. A lab's entries are written one after
   * another, so an entry the prompt did not wait for can never be missing below one it waited for.
   */
  journalTail: Promise<boolean>;
  /** Journal entries sent and not yet durable (or failed). */
  journalUnsettled: number;
  gone: boolean;
}

type OnError = (err: unknown, context: string) => void;

/** Looks at the sandbox's change counter; a move starts (or extends) the snapshot debounce. */
export function noteChanges(entry: Entry, now: number, onError: OnError): void {
  let counter: number;
  try {
    counter = entry.sandbox.changeCounter();
  } catch (err) {
    onError(err, `changeCounter ${entry.key}`);
    return;
  }
  if (counter === entry.seenCounter) return;
  entry.seenCounter = counter;
  entry.changeSeq++;
  entry.firstChangeAt ??= now;
  entry.lastChangeAt = now;
}

/**
 * A checkpoint is due once the journal after the last one holds this many entries or bytes, however soon: replaying
 * it is what a restore costs, and each checkpoint trims it. (Busy labs checkpoint by journal length, not by the clock:
 * a checkpoint of a whole cluster costs the database far more than a hundred journal entries.)
 */
export const CHECKPOINT_JOURNAL_ENTRIES = 200;
export const CHECKPOINT_JOURNAL_BYTES = 256 * 1024;

/**
 * Whether the journal since the last checkpoint is long enough to write a new one. In bytes, at least the
 * snapshot's own size: a checkpoint rewrites the whole cluster, so a lab near its storage quota that takes 1 MB
 * objects would otherwise rewrite 8 MB for each (and hold both threads up each time); this way checkpoints cost
 * at most as much as the journal they replace, and a restore replays at most a snapshot's worth.
 */
export function journalIsLong(entry: Entry): boolean {
  const bytesDue = Math.max(CHECKPOINT_JOURNAL_BYTES, entry.sandbox.snapshotBytes?.() ?? 0);
  return (
    entry.journaled.entries - entry.checkpointed.entries >= CHECKPOINT_JOURNAL_ENTRIES ||
    entry.journaled.bytes - entry.checkpointed.bytes >= bytesDue
  );
}

/**
 * Background saves in flight at once. Serialising a cluster takes a millisecond or two of the event
 * loop; when a hundred busy sandboxes fall due in the same tick, starting them all at once would
 * stall every terminal for a hundred milliseconds. Queued, they go one after another.
 */
const BACKGROUND_SAVES = 2;

/** Back-off of a sandbox whose save failed: 1 s, doubling, at most a minute. */
const RETRY_FIRST_MS = 1000;
const RETRY_MAX_MS = 60_000;

export class SnapshotWriter {
  /** The last save of each key. */
  private readonly saves = new Map<string, Promise<void>>();
  /** Sandboxes due for a background save, oldest request first (a Set keeps insertion order). */
  private readonly due = new Set<Entry>();
  private running = 0;

  constructor(
    private readonly store: SandboxStore,
    private readonly now: () => number,
    private readonly onError: OnError,
    private readonly onNotice: (message: string) => void,
    /** A newer opening of the lab owns it: this copy must go without saving. */
    private readonly onStale: (entry: Entry) => void,
  ) {}

  /**
   * Asks for a background save of the sandbox's changes. It starts when one of the few background
   * slots is free, and snapshots the sandbox then, so it holds every change made while it waited.
   */
  request(entry: Entry): void {
    this.due.add(entry);
    this.pump();
  }

  /** Whether the sandbox waits for a background save slot. */
  queued(entry: Entry): boolean {
    return this.due.has(entry);
  }

  private pump(): void {
    while (this.running < BACKGROUND_SAVES && this.due.size > 0) {
      const entry = this.due.values().next().value as Entry;
      this.due.delete(entry);
      this.running++;
      void this.save(entry, false).finally(() => {
        this.running--;
        // The next save starts from a fresh task, so its serialisation does not extend this one's.
        setImmediate(() => this.pump());
      });
    }
  }

  /** Resolves once the save of `key` in flight (if any) has ended. */
  pending(key: string): Promise<void> {
    return (this.saves.get(key) ?? Promise.resolve()).catch(() => undefined);
  }

  /**
   * Runs `work` (deleting the snapshot) once the saves of `key` in flight have ended, in their place: a load
   * (which waits for `pending`) sees its result, and a save requested meanwhile waits for it too.
   */
  after(key: string, work: () => Promise<void>): Promise<void> {
    const run = this.pending(key).then(work);
    const tracked: Promise<void> = run.then(
      () => this.forget(key, tracked),
      () => this.forget(key, tracked),
    );
    this.saves.set(key, tracked);
    return run;
  }

  private forget(key: string, run: Promise<void>): void {
    if (this.saves.get(key) === run) this.saves.delete(key);
  }

  async settled(): Promise<void> {
    await Promise.allSettled([...this.saves.values()]);
  }

  /**
   * Saves the sandbox's snapshot if it changed (or, when `includeScrollback`, if only its
   * scrollback did). The snapshot is taken synchronously; writes of one key are serialised.
   */
  save(entry: Entry, includeScrollback: boolean): Promise<void> {
    if (entry.gone) return this.saves.get(entry.key) ?? Promise.resolve();
    let data: StoredSandbox;
    let fence: SandboxFence;
    try {
      noteChanges(entry, this.now(), this.onError);
      const changed = entry.firstChangeAt !== null;
      const scrollback = includeScrollback && entry.scrollbackDirty;
      if (!changed && !scrollback) return Promise.resolve();
      // The save in flight already holds every change seen so far.
      const inFlight = this.saves.get(entry.key);
      if (inFlight && entry.saving && entry.savingSeq === entry.changeSeq && !scrollback) return inFlight;
      data = { snapshot: entry.sandbox.snapshot(), scrollback: entry.scrollback.text() };
      fence = { epoch: entry.epoch, seq: entry.journalSeq };
    } catch (err) {
      this.onError(err, `snapshot ${entry.key}`);
      return Promise.resolve();
    }
    const seqAtSnapshot = entry.changeSeq;
    const journaledAtSnapshot = { ...entry.journaled };
    const snapshotAt = this.now();
    entry.saving = true;
    entry.savingSeq = seqAtSnapshot;
    entry.scrollbackDirty = false;
    const run = this.pending(entry.key)
      .then(() => this.store.save(entry.userId, entry.labId, data, fence))
      .then(
        () => {
          // Changes that came in meanwhile are younger than the snapshot: their delay counts from it.
          entry.firstChangeAt = entry.changeSeq === seqAtSnapshot ? null : snapshotAt;
          entry.checkpointed = journaledAtSnapshot;
          if (entry.saveFailures > 0)
            this.onNotice(`save ${entry.key}: works again after ${entry.saveFailures} failed attempt(s)`);
          entry.saveFailures = 0;
          entry.retryAt = 0;
        },
        (err: unknown) => {
          if (err instanceof StaleSandboxError) {
            this.onStale(entry);
            return;
          }
          // Logged once per streak, and retried with back-off: an outage must not flood the log or the database.
          if (entry.saveFailures === 0) this.onError(err, `save ${entry.key}`);
          entry.saveFailures++;
          entry.retryAt = this.now() + Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** (entry.saveFailures - 1));
          entry.scrollbackDirty = true;
          entry.lastChangeAt = this.now();
          entry.firstChangeAt ??= entry.lastChangeAt;
        },
      )
      .finally(() => {
        entry.saving = false;
        if (this.saves.get(entry.key) === run) this.saves.delete(entry.key);
      });
    this.saves.set(entry.key, run);
    return run;
  }
}
