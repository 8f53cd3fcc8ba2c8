/**
 * A live sandbox's journal: what changed since the previous entry, as a small JSON delta (a command that creates a
 * ConfigMap journals one object and a history line, not the 50 KB cluster). An entry is written (group-committed)
 * before the command's prompt returns, so what a student was told happened survives a crash; snapshots are
 * checkpoints, and `replay` applies the entries written after one.
 *
 * Deltas are found by identity: the cluster's stored objects are never mutated (a write stores a new object), so an
 * object is unchanged exactly when the snapshot holds the same reference as last time.
 */
import type { ClusterSnapshot } from '../sim/index.js';
import type { CommandRecord, ShellSnapshot } from '../shell/index.js';
import type { JsonValue, OpenedSandbox, SandboxSnapshot, StoredSandbox } from './sandboxesTypes.js';

type StoredObject = ClusterSnapshot['objects'][string][number];
type VfsEntry = ShellSnapshot['vfs']['entries'][number];
type ClusterMeta = Omit<ClusterSnapshot, 'objects'>;
type ShellMeta = Omit<ShellSnapshot, 'history' | 'log' | 'vfs'>;

export interface JournalDelta {
  kind: 'delta';
  /** Everything of the cluster but its objects (clock, generator, queues …): a few hundred bytes. */
  clusterMeta: ClusterMeta;
  /** Objects written since the last entry, as [resource, object]. */
  put: [string, StoredObject][];
  /** Objects removed since the last entry, as [resource, namespace ('' for cluster-scoped), name]. */
  del: [string, string, string][];
  /** The shell's variables, directory … when they changed. */
  shellMeta?: ShellMeta;
  files: { set: VfsEntry[]; del: string[] };
  /** Lines added to history, and the length and base the history has after them. */
  history?: { tail: string[]; length: number; base: number };
  /** Records added to the command log, and its length after them. */
  log?: { tail: CommandRecord[]; length: number };
}

export type JournalEntry = { kind: 'full'; snapshot: SandboxSnapshot } | JournalDelta;

/**
 * Whether the entry records a change to the student's cluster, files or shell variables, which the prompt must not
 * return before it is durable; an entry of only history lines, command records and the cluster's clock (`kubectl
 * get` in a quiet cluster) is written just as surely, but nobody waits for it.
 */
export function holdsChanges(entry: JournalEntry): boolean {
  return (
    entry.kind === 'full' ||
    entry.put.length + entry.del.length + entry.files.set.length + entry.files.del.length > 0 ||
    entry.shellMeta !== undefined
  );
}

const objectKey = (resource: string, obj: StoredObject) =>
  `${resource}\u0000${obj.metadata.namespace ?? ''}\u0000${obj.metadata.name}`;

/** The same objects in the same order: the resource was not written (cheap: no keys built). */
function sameItems(a: readonly StoredObject[], b: readonly StoredObject[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Adds to `put` and `del` what changed in one resource's objects from `before` to `after`. The store keeps its order
 * (a write replaces in place, a new object comes last), so only the part between the unchanged head and tail is
 * compared by key: a command that creates or changes one object costs a pass of pointer comparisons.
 */
function diffResource(
  resource: string,
  before: readonly StoredObject[],
  after: readonly StoredObject[],
  put: JournalDelta['put'],
  del: JournalDelta['del'],
): void {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (
    tail < before.length - head &&
    tail < after.length - head &&
    before[before.length - 1 - tail] === after[after.length - 1 - tail]
  )
    tail++;
  const old = new Map(before.slice(head, before.length - tail).map((o) => [objectKey(resource, o), o]));
  for (const obj of after.slice(head, after.length - tail)) {
    const key = objectKey(resource, obj);
    if (old.get(key) !== obj) put.push([resource, obj]);
    old.delete(key);
  }
  for (const o of old.values()) del.push([resource, o.metadata.namespace ?? '', o.metadata.name]);
}

function sameFile(a: VfsEntry, b: VfsEntry): boolean {
  return a.type === b.type && a.mtime === b.mtime && a.content === b.content;
}

function sameRecord(a: CommandRecord, b: CommandRecord): boolean {
  return a.line === b.line && a.startedAt === b.startedAt && a.endedAt === b.endedAt && a.exitCode === b.exitCode;
}

function shellMetaOf(shell: ShellSnapshot): ShellMeta {
  const { history: _h, log: _l, vfs: _v, ...meta } = shell;
  return meta;
}

function clusterMetaOf(cluster: ClusterSnapshot): ClusterMeta {
  const { objects: _o, ...meta } = cluster;
  return meta;
}

/** Remembers what the last journal entry left, to find what the next one must hold. */
export class JournalCursor {
  /** Each resource's objects as the last entry left them (the store hands out a new list, of the same objects). */
  private lists = new Map<string, readonly StoredObject[]>();
  private files = new Map<string, VfsEntry>();
  private shellMeta = '';
  private historyTotal = 0;
  private log: CommandRecord[] = [];
  /** False until a whole snapshot is journaled or checkpointed, and after an entry failed to be written. */
  private valid = false;

  /** The next journal entry for `snapshot`, or null when nothing a student could notice changed. */
  next(snapshot: SandboxSnapshot): JournalEntry | null {
    const cluster = snapshot.cluster as unknown as ClusterSnapshot;
    const shell = snapshot.shell as unknown as ShellSnapshot;
    if (!this.valid) {
      this.reset(snapshot);
      return { kind: 'full', snapshot };
    }
    // Compared resource by resource: most lists hold the very objects of last time, in the same order.
    const put: JournalDelta['put'] = [];
    const del: JournalDelta['del'] = [];
    const lists = new Map(Object.entries(cluster.objects));
    for (const [resource, list] of lists) {
      const before = this.lists.get(resource);
      if (!before || !sameItems(before, list)) diffResource(resource, before ?? [], list, put, del);
    }
    for (const [resource, before] of this.lists) if (!lists.has(resource)) diffResource(resource, before, [], put, del);
    this.lists = lists;

    const files: JournalDelta['files'] = { set: [], del: [] };
    const nextFiles = new Map<string, VfsEntry>();
    for (const entry of shell.vfs.entries) {
      nextFiles.set(entry.path, entry);
      const old = this.files.get(entry.path);
      if (!old || !sameFile(old, entry)) files.set.push(entry);
    }
    for (const path of this.files.keys()) if (!nextFiles.has(path)) files.del.push(path);
    this.files = nextFiles;

    const metaJson = JSON.stringify(shellMetaOf(shell));
    const shellMeta = metaJson === this.shellMeta ? undefined : shellMetaOf(shell);
    this.shellMeta = metaJson;

    const total = shell.history.base + shell.history.entries.length;
    const added = Math.min(total - this.historyTotal, shell.history.entries.length);
    const history =
      added > 0
        ? { tail: shell.history.entries.slice(-added), length: shell.history.entries.length, base: shell.history.base }
        : undefined;
    this.historyTotal = total;

    const log = this.logTail(shell.log);
    this.log = shell.log;

    const changed = put.length + del.length + files.set.length + files.del.length > 0 || shellMeta || history || log;
    if (!changed) return null;
    return {
      kind: 'delta',
      clusterMeta: clusterMetaOf(cluster),
      put,
      del,
      ...(shellMeta ? { shellMeta } : {}),
      files,
      ...(history ? { history } : {}),
      ...(log ? { log } : {}),
    };
  }

  /** The records added to the log since the last entry (the log drops its oldest past its bound). */
  private logTail(next: CommandRecord[]): JournalDelta['log'] {
    const last = this.log[this.log.length - 1];
    let from = 0;
    if (last) {
      from = -1;
      for (let i = next.length - 1; i >= 0; i--) {
        const record = next[i];
        if (record && sameRecord(record, last)) {
          from = i + 1;
          break;
        }
      }
      // The last record we journaled is gone (bounded log): journal the whole log.
      if (from === -1) from = 0;
    }
    if (from >= next.length) return undefined;
    return { tail: next.slice(from), length: next.length };
  }

  /** A checkpoint (or a whole-snapshot entry) holds `snapshot`: later deltas start from it. */
  reset(snapshot: SandboxSnapshot): void {
    const cluster = snapshot.cluster as unknown as ClusterSnapshot;
    const shell = snapshot.shell as unknown as ShellSnapshot;
    this.lists = new Map(Object.entries(cluster.objects));
    this.files = new Map(shell.vfs.entries.map((e) => [e.path, e]));
    this.shellMeta = JSON.stringify(shellMetaOf(shell));
    this.historyTotal = shell.history.base + shell.history.entries.length;
    this.log = shell.log;
    this.valid = true;
  }

  /** An entry could not be written: the next one holds the whole snapshot, so no replay misses a change. */
  invalidate(): void {
    this.valid = false;
  }
}

/** Applies journal entries, oldest first, to the snapshot they follow (null: entries from a whole-snapshot one). */
export function replay(base: SandboxSnapshot | null, entries: readonly JournalEntry[]): SandboxSnapshot | null {
  let snapshot = base;
  for (const entry of entries) {
    if (entry.kind === 'full') snapshot = entry.snapshot;
    // A delta without a base before it cannot be applied; a whole-snapshot entry comes first after any gap.
    else if (snapshot) snapshot = applyDelta(snapshot, entry);
  }
  return snapshot;
}

function applyDelta(snapshot: SandboxSnapshot, delta: JournalDelta): SandboxSnapshot {
  const cluster = snapshot.cluster as unknown as ClusterSnapshot;
  const shell = snapshot.shell as unknown as ShellSnapshot;

  const tables = new Map<string, Map<string, StoredObject>>();
  const table = (resource: string) => {
    let t = tables.get(resource);
    if (!t) {
      t = new Map((cluster.objects[resource] ?? []).map((o) => [objectKey(resource, o), o]));
      tables.set(resource, t);
    }
    return t;
  };
  for (const [resource, obj] of delta.put) table(resource).set(objectKey(resource, obj), obj);
  for (const [resource, namespace, name] of delta.del)
    table(resource).delete(`${resource}\u0000${namespace}\u0000${name}`);
  const objects = { ...cluster.objects };
  for (const [resource, t] of tables) objects[resource] = [...t.values()];

  const files = new Map(shell.vfs.entries.map((e) => [e.path, e]));
  for (const entry of delta.files.set) files.set(entry.path, entry);
  for (const path of delta.files.del) files.delete(path);

  const history = delta.history
    ? {
        entries: [...shell.history.entries, ...delta.history.tail].slice(-delta.history.length || Infinity),
        base: delta.history.base,
      }
    : shell.history;
  const log = delta.log ? [...shell.log, ...delta.log.tail].slice(-delta.log.length || Infinity) : shell.log;

  const nextCluster: ClusterSnapshot = { ...delta.clusterMeta, objects };
  const nextShell: ShellSnapshot = {
    ...shell,
    ...delta.shellMeta,
    history,
    log,
    vfs: { entries: [...files.values()] },
  };
  return { cluster: nextCluster as unknown as JsonValue, shell: nextShell as unknown as JsonValue };
}

/** A lab as the database returns it: snapshots and journal as JSON text, parsed by the thread that restores it. */
export interface StoredText {
  session: { cluster: string; shell: string; scrollback: string } | null;
  journal: { seq: number; data: string }[];
}

export interface OpenedText extends StoredText {
  epoch: number;
  journalSeq: number;
  /** Taken from another process whose lease lapsed (see OpenedSandbox.takenOver). */
  takenOver?: boolean;
}

/** The saved state with its journal replayed (null when nothing was ever saved). */
export function restoreText(stored: StoredText): StoredSandbox | null {
  const base = stored.session && {
    cluster: JSON.parse(stored.session.cluster) as JsonValue,
    shell: JSON.parse(stored.session.shell) as JsonValue,
  };
  const snapshot = replay(
    base,
    stored.journal.map((j) => JSON.parse(j.data) as JournalEntry),
  );
  return snapshot && { snapshot, scrollback: stored.session?.scrollback ?? '' };
}

export function openedFromText(opened: OpenedText): OpenedSandbox {
  const last = opened.journal[opened.journal.length - 1];
  return {
    stored: restoreText(opened),
    epoch: opened.epoch,
    journalSeq: Math.max(opened.journalSeq, last?.seq ?? 0),
    ...(opened.takenOver ? { takenOver: true } : {}),
  };
}
