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

/** Indexes the store keeps up to date: owner uid → keys, and node name → pod keys. */
type IndexName = 'owner' | 'node';

/** Watch events kept for watches that start from an older resourceVersion (kubectl lists, then watches). */
const HISTORY = 256;

export const objectKey = (namespace: string | undefined, name: string) => (namespace ? `${namespace}/${name}` : name);

export class Store {
  private rv = 0;
  private readonly tables = new Map<string, Map<string, Stored>>();
  private readonly watchers = new Set<Watcher>();
  /** The last HISTORY events, a ring: `historyNext` is the oldest entry (0 until it is full) and, once full, the next slot. */
  private readonly history: { rv: number; event: WatchEvent }[] = [];
  private historyNext = 0;
  private readonly indexes: Record<IndexName, Map<string, Set<string>>> = { owner: new Map(), node: new Map() };
  private count = 0;
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
    return this.tables.get(resource)?.get(objectKey(namespace, name));
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
      sorted = table ? [...table.values()].sort(byKey) : [];
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
    const keys = this.indexes[index].get(value);
    if (!keys) return [];
    const out: Stored[] = [];
    for (const key of keys) {
      const sep = key.indexOf('|');
      const obj = this.tables.get(key.slice(0, sep))?.get(key.slice(sep + 1));
      if (obj) out.push(obj);
    }
    return sorted ? out.sort(byKey) : out;
  }

  /** Writes an object with the next resourceVersion and tells watchers. The caller has validated it. */
  put(resource: string, obj: Stored): Stored {
    let table = this.tables.get(resource);
    if (!table) {
      table = new Map();
      this.tables.set(resource, table);
    }
    const key = objectKey(obj.metadata.namespace, obj.metadata.name);
    const old = table.get(key);
    this.sortedCache.delete(resource);
    this.rv++;
    const stored: Stored = { ...obj, metadata: { ...obj.metadata, resourceVersion: String(this.rv) } };
    table.set(key, stored);
    if (!old) this.count++;
    this.reindex(resource, key, old, stored);
    this.emit(old ? 'MODIFIED' : 'ADDED', resource, stored, old);
    return stored;
  }

  /**
   * Like `put` for an object the caller has just built and will never touch again: it is stored as
   * it is (no copy), which makes building a fresh cluster cheap.
   */
  adopt(resource: string, obj: Stored): Stored {
    let table = this.tables.get(resource);
    if (!table) {
      table = new Map();
      this.tables.set(resource, table);
    }
    const key = objectKey(obj.metadata.namespace, obj.metadata.name);
    if (table.has(key)) return this.put(resource, obj);
    this.sortedCache.delete(resource);
    this.rv++;
    obj.metadata.resourceVersion = String(this.rv);
    table.set(key, obj);
    this.count++;
    this.reindex(resource, key, undefined, obj);
    this.emit('ADDED', resource, obj, undefined);
    return obj;
  }

  remove(resource: string, namespace: string | undefined, name: string): Stored | undefined {
    const table = this.tables.get(resource);
    const key = objectKey(namespace, name);
    const old = table?.get(key);
    if (!table || !old) return undefined;
    this.sortedCache.delete(resource);
    table.delete(key);
    this.count--;
    this.rv++;
    const gone: Stored = { ...old, metadata: { ...old.metadata, resourceVersion: String(this.rv) } };
    this.reindex(resource, key, old, undefined);
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
    for (const [resource, table] of this.tables) if (table.size > 0) out[resource] = [...table.values()];
    return out;
  }

  /** Loads objects as they were (resourceVersions kept), without telling watchers. */
  load(dump: Record<string, Stored[]>): void {
    this.sortedCache.clear();
    for (const [resource, objects] of Object.entries(dump)) {
      let table = this.tables.get(resource);
      if (!table) {
        table = new Map();
        this.tables.set(resource, table);
      }
      for (const obj of objects) {
        const key = objectKey(obj.metadata.namespace, obj.metadata.name);
        if (!table.has(key)) this.count++;
        table.set(key, obj);
        this.reindex(resource, key, undefined, obj);
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

  private reindex(resource: string, key: string, old: Stored | undefined, next: Stored | undefined): void {
    if (resource !== 'pods' && !old?.metadata.ownerReferences && !next?.metadata.ownerReferences) return;
    // Most writes (status updates) keep the owners and the node: nothing to move.
    if (old && next && old.metadata.ownerReferences === next.metadata.ownerReferences && nodeOf(old) === nodeOf(next)) return;
    const full = `${resource}|${key}`;
    const oldOwners = ownerUids(old);
    const newOwners = ownerUids(next);
    for (const uid of oldOwners) if (!newOwners.includes(uid)) removeFrom(this.indexes.owner, uid, full);
    for (const uid of newOwners) addTo(this.indexes.owner, uid, full);
    if (resource === 'pods') {
      const oldNode = nodeOf(old);
      const newNode = nodeOf(next);
      if (oldNode && oldNode !== newNode) removeFrom(this.indexes.node, oldNode, full);
      if (newNode) addTo(this.indexes.node, newNode, full);
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

function addTo(index: Map<string, Set<string>>, value: string, key: string): void {
  let set = index.get(value);
  if (!set) {
    set = new Set();
    index.set(value, set);
  }
  set.add(key);
}

function removeFrom(index: Map<string, Set<string>>, value: string, key: string): void {
  const set = index.get(value);
  if (!set) return;
  set.delete(key);
  if (set.size === 0) index.delete(value);
}
