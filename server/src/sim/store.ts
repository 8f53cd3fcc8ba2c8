/**
 * The cluster's etcd: objects by resource, namespace and name, a monotonic resourceVersion,
 * secondary indexes, and watch with a bounded history so a watch can start from a resourceVersion.
 */
import { StatusError } from './errors.js';
import type { Stored, WatchEvent, WatchEventType, WatchListener } from './types.js';

export interface WatchFilter {
  resource?: string | undefined;
  namespace?: string | undefined;
}

interface Watcher extends WatchFilter {
  listener: WatchListener;
}

/** Indexes the store keeps up to date: owner uid → dependents, and node name → pods. */
type IndexName = 'owner' | 'node';

/**
 * Where a stored object lives: a write replaces `obj` in place, so the indexes (which hold cells)
 * stay right without being touched and a lookup needs no key parsing or second table read.
 */
interface Cell {
  obj: Stored;
  /** `obj`'s JSON length when last measured (UNMEASURED: never; GONE: removed); stale while in `Store.stale`. */
  bytes: number;
}

const UNMEASURED = -1;
const GONE = -2;
/** Cells waiting to be measured at most (each is measured once, so batching costs nothing more). */
const MEASURE_BATCH = 1024;

/** Watch events kept for watches that start from an older resourceVersion (kubectl lists, then watches). */
const HISTORY = 256;

/**
 * One resource's objects by namespace, then name (cluster-scoped ones under ''). Nested rather than
 * keyed by `namespace/name`: a lookup hashes the name string the caller already holds (V8 keeps a
 * string's hash) instead of building, flattening and hashing a new key string every time.
 */
class Table {
  private readonly byNamespace = new Map<string, Map<string, Cell>>();
  size = 0;

  get(namespace: string | undefined, name: string): Cell | undefined {
    return this.byNamespace.get(namespace || '')?.get(name);
  }

  /** Adds a cell for a name not in the table. */
  add(namespace: string | undefined, name: string, cell: Cell): void {
    const ns = namespace || '';
    let names = this.byNamespace.get(ns);
    if (!names) {
      names = new Map();
      this.byNamespace.set(ns, names);
    }
    names.set(name, cell);
    this.size++;
  }

  delete(namespace: string | undefined, name: string): void {
    const ns = namespace || '';
    const names = this.byNamespace.get(ns);
    if (!names?.delete(name)) return;
    this.size--;
    if (names.size === 0) this.byNamespace.delete(ns);
  }

  /** Every object, in no particular order. */
  objects(): Stored[] {
    const out: Stored[] = [];
    for (const names of this.byNamespace.values()) for (const cell of names.values()) out.push(cell.obj);
    return out;
  }
}

export class Store {
  private rv = 0;
  private readonly tables = new Map<string, Table>();
  private readonly watchers = new Set<Watcher>();
  /** The last HISTORY events, a ring: `historyNext` is the oldest entry (0 until it is full) and, once full, the next slot. */
  private readonly history: { rv: number; event: WatchEvent }[] = [];
  private historyNext = 0;
  private readonly indexes: Record<IndexName, Map<string, Set<Cell>>> = { owner: new Map(), node: new Map() };
  private count = 0;
  /**
   * Space accounting (etcd's database size): the JSON length of every object. `measuredBytes` sums
   * each cell's last measured size. A write through the API server brings its size (it measured the
   * object already); cells never measured (bootstrap, restore) are measured when a figure is first
   * asked for; cells changed without a size (a kubelet's status write) count at their old size until
   * an exact figure is asked for. So no write re-serialises the store, and most serialise nothing.
   */
  private measuredBytes = 0;
  /**
   * Cells added without a size, to measure; those measured or removed since are skipped. An array:
   * a fresh cluster's objects cost no hash table.
   */
  private unmeasured: Cell[] = [];
  private readonly stale = new Set<Cell>();
  private readonly sortedCache = new Map<string, Stored[]>();

  constructor(initialRv = 0) {
    this.rv = initialRv;
  }

  resourceVersion(): number {
    return this.rv;
  }

  size(): number {
    return this.count;
  }

  countOf(resource: string): number {
    return this.tables.get(resource)?.size ?? 0;
  }

  get(resource: string, namespace: string | undefined, name: string): Stored | undefined {
    return this.tables.get(resource)?.get(namespace, name)?.obj;
  }

  /** The JSON length of every stored object together: what a snapshot's objects take. */
  storedBytes(): number {
    for (const cell of this.stale) this.account(cell, JSON.stringify(cell.obj).length);
    this.stale.clear();
    return this.approximateBytes();
  }

  /** `storedBytes`, with objects changed since they were last measured counted at that size (cheap). */
  approximateBytes(): number {
    for (const cell of this.unmeasured)
      if (cell.bytes === UNMEASURED) this.account(cell, JSON.stringify(cell.obj).length);
    if (this.unmeasured.length > 0) this.unmeasured = [];
    return this.measuredBytes;
  }

  /** The JSON length of one stored object (0 when there is none). */
  bytesOf(resource: string, namespace: string | undefined, name: string): number {
    const cell = this.tables.get(resource)?.get(namespace, name);
    if (!cell) return 0;
    if (cell.bytes === UNMEASURED || this.stale.has(cell)) this.settleSize(cell, JSON.stringify(cell.obj).length);
    return cell.bytes;
  }

  /** Replaces a cell's last measured size with `bytes` in the sum. */
  private account(cell: Cell, bytes: number): void {
    this.measuredBytes += cell.bytes === UNMEASURED ? bytes : bytes - cell.bytes;
    cell.bytes = bytes;
  }

  /** A cell's size is known exactly now. */
  private settleSize(cell: Cell, bytes: number): void {
    this.account(cell, bytes);
    this.stale.delete(cell);
  }

  /** A cell's object changed, its size unknown: measured when next needed (one never measured is queued already). */
  private resized(cell: Cell): void {
    if (cell.bytes !== UNMEASURED) this.stale.add(cell);
  }

  /** Objects of a resource, optionally in one namespace, in key order (as etcd returns them). A fresh array. */
  list(resource: string, namespace?: string): Stored[] {
    const sorted = this.sorted(resource);
    if (namespace === undefined) return sorted.slice();
    const out: Stored[] = [];
    for (const obj of sorted) if (obj.metadata.namespace === namespace) out.push(obj);
    return out;
  }

  /** A resource's objects in key order, cached until the next write to that resource (repeated `kubectl get`). */
  private sorted(resource: string): readonly Stored[] {
    let sorted = this.sortedCache.get(resource);
    if (!sorted) {
      const table = this.tables.get(resource);
      sorted = table ? table.objects().sort(byKey) : [];
      this.sortedCache.set(resource, sorted);
    }
    return sorted;
  }

  /**
   * Objects that name `uid` as an owner, in key order; `sorted: false` skips the sort for callers
   * that order (or count) them themselves (a 10,000-pod ReplicaSet syncs often).
   */
  dependents(uid: string, sorted = true): Stored[] {
    return this.lookup('owner', uid, sorted);
  }

  /** Pods bound to a node. */
  podsOnNode(node: string, sorted = true): Stored[] {
    return this.lookup('node', node, sorted);
  }

  private lookup(index: IndexName, value: string, sorted = true): Stored[] {
    const cells = this.indexes[index].get(value);
    if (!cells) return [];
    const out: Stored[] = [];
    for (const cell of cells) out.push(cell.obj);
    return sorted ? out.sort(byKey) : out;
  }

  /**
   * Writes an object with the next resourceVersion and tells watchers. The caller has validated it.
   * `bytes`, when the caller measured it: `obj`'s JSON length, its resourceVersion a string.
   */
  put(resource: string, obj: Stored, bytes?: number): Stored {
    const table = this.table(resource);
    this.sortedCache.delete(resource);
    this.rv++;
    const rv = String(this.rv);
    const stored: Stored = { ...obj, metadata: { ...obj.metadata, resourceVersion: rv } };
    // The new resourceVersion takes the old one's place in the JSON: only its length differs.
    const size = bytes === undefined ? undefined : bytes + rv.length - obj.metadata.resourceVersion.length;
    const cell = table.get(stored.metadata.namespace, stored.metadata.name);
    if (!cell) return this.insert(resource, table, stored, size);
    const old = cell.obj;
    this.replaceIn(cell, stored, size);
    this.reindex(resource, cell, old, stored);
    this.emit('MODIFIED', resource, stored, old);
    return stored;
  }

  /**
   * Like `put` for an object the caller has just built and will never touch again: it is stored as
   * it is (no copy), which makes building a fresh cluster cheap.
   */
  adopt(resource: string, obj: Stored): Stored {
    const table = this.table(resource);
    if (table.get(obj.metadata.namespace, obj.metadata.name)) return this.put(resource, obj);
    this.sortedCache.delete(resource);
    this.rv++;
    obj.metadata.resourceVersion = String(this.rv);
    return this.insert(resource, table, obj);
  }

  /** Stores a new object (its resourceVersion already set) and tells watchers. */
  private insert(resource: string, table: Table, obj: Stored, bytes?: number): Stored {
    const cell = this.addTo(table, obj, bytes);
    this.reindex(resource, cell, undefined, obj);
    this.emit('ADDED', resource, obj, undefined);
    return obj;
  }

  private addTo(table: Table, obj: Stored, bytes?: number): Cell {
    const cell: Cell = { obj, bytes: UNMEASURED };
    table.add(obj.metadata.namespace, obj.metadata.name, cell);
    this.count++;
    if (bytes === undefined) {
      // Measured in batches even when nothing asks (events come and go): the queue stays short.
      if (this.unmeasured.push(cell) > MEASURE_BATCH) this.approximateBytes();
    } else this.account(cell, bytes);
    return cell;
  }

  private replaceIn(cell: Cell, obj: Stored, bytes?: number): void {
    cell.obj = obj;
    if (bytes === undefined) this.resized(cell);
    else this.settleSize(cell, bytes);
  }

  private table(resource: string): Table {
    let table = this.tables.get(resource);
    if (!table) {
      table = new Table();
      this.tables.set(resource, table);
    }
    return table;
  }

  remove(resource: string, namespace: string | undefined, name: string): Stored | undefined {
    const table = this.tables.get(resource);
    const cell = table?.get(namespace, name);
    if (!table || !cell) return undefined;
    const old = cell.obj;
    this.sortedCache.delete(resource);
    table.delete(namespace, name);
    if (cell.bytes !== UNMEASURED) this.measuredBytes -= cell.bytes;
    cell.bytes = GONE;
    this.stale.delete(cell);
    this.count--;
    this.rv++;
    const gone: Stored = { ...old, metadata: { ...old.metadata, resourceVersion: String(this.rv) } };
    this.reindex(resource, cell, old, undefined);
    this.emit('DELETED', resource, gone, old);
    return gone;
  }

  watch(filter: WatchFilter, listener: WatchListener, fromResourceVersion?: number): () => void {
    if (fromResourceVersion !== undefined && fromResourceVersion < this.rv) {
      const oldest = this.history[this.historyNext]?.rv ?? this.rv + 1;
      if (fromResourceVersion < oldest - 1) {
        throw new StatusError('Gone', `too old resource version: ${fromResourceVersion} (${this.rv})`);
      }
      const n = this.history.length;
      for (let i = 0; i < n; i++) {
        const h = this.history[(this.historyNext + i) % n]!;
        if (h.rv > fromResourceVersion && passes(filter, h.event)) listener(h.event);
      }
    }
    const watcher: Watcher = { ...filter, listener };
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  }

  watchCount(): number {
    return this.watchers.size;
  }

  /** Every object, by resource, for snapshots. */
  dump(): Record<string, Stored[]> {
    const out: Record<string, Stored[]> = {};
    for (const [resource, table] of this.tables) if (table.size > 0) out[resource] = table.objects();
    return out;
  }

  /** Loads objects as they were (resourceVersions kept), without telling watchers. */
  load(dump: Record<string, Stored[]>): void {
    this.sortedCache.clear();
    for (const [resource, objects] of Object.entries(dump)) {
      const table = this.table(resource);
      for (const obj of objects) {
        const cell = table.get(obj.metadata.namespace, obj.metadata.name);
        if (cell) {
          const old = cell.obj;
          this.replaceIn(cell, obj);
          this.reindex(resource, cell, old, obj);
        } else {
          this.reindex(resource, this.addTo(table, obj), undefined, obj);
        }
      }
    }
  }

  private emit(type: WatchEventType, resource: string, object: Stored, old: Stored | undefined): void {
    const event: WatchEvent = { type, resource, object, old };
    const entry = { rv: this.rv, event };
    if (this.history.length < HISTORY) this.history.push(entry);
    else {
      this.history[this.historyNext] = entry;
      this.historyNext = (this.historyNext + 1) % HISTORY;
    }
    for (const w of this.watchers) if (passes(w, event)) w.listener(event);
  }

  private reindex(resource: string, cell: Cell, old: Stored | undefined, next: Stored | undefined): void {
    if (resource !== 'pods' && !old?.metadata.ownerReferences && !next?.metadata.ownerReferences) return;
    // Most writes (status updates) keep the owners and the node: nothing to move.
    if (old && next && old.metadata.ownerReferences === next.metadata.ownerReferences && nodeOf(old) === nodeOf(next))
      return;
    const oldOwners = ownerUids(old);
    const newOwners = ownerUids(next);
    for (const uid of oldOwners) if (!newOwners.includes(uid)) removeFrom(this.indexes.owner, uid, cell);
    for (const uid of newOwners) addTo(this.indexes.owner, uid, cell);
    if (resource === 'pods') {
      const oldNode = nodeOf(old);
      const newNode = nodeOf(next);
      if (oldNode && oldNode !== newNode) removeFrom(this.indexes.node, oldNode, cell);
      if (newNode) addTo(this.indexes.node, newNode, cell);
    }
  }
}

function passes(filter: WatchFilter, event: WatchEvent): boolean {
  if (filter.resource !== undefined && filter.resource !== event.resource) return false;
  if (filter.namespace !== undefined && filter.namespace !== event.object.metadata.namespace) return false;
  return true;
}

function byKey(a: Stored, b: Stored): number {
  const an = a.metadata.namespace ?? '';
  const bn = b.metadata.namespace ?? '';
  if (an !== bn) return an < bn ? -1 : 1;
  return a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0;
}

const ownerUids = (obj: Stored | undefined): string[] => obj?.metadata.ownerReferences?.map((r) => r.uid) ?? [];

function nodeOf(obj: Stored | undefined): string | undefined {
  const spec = obj?.spec as { nodeName?: string } | undefined;
  return spec?.nodeName;
}

function addTo(index: Map<string, Set<Cell>>, value: string, key: Cell): void {
  let set = index.get(value);
  if (!set) {
    set = new Set();
    index.set(value, set);
  }
  set.add(key);
}

function removeFrom(index: Map<string, Set<Cell>>, value: string, key: Cell): void {
  const set = index.get(value);
  if (!set) return;
  set.delete(key);
  if (set.size === 0) index.delete(value);
}
