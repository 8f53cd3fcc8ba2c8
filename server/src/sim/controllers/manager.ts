/**
 * Runs controllers: one deduplicating work queue per controller, fed by store watches and by the
 * virtual clock's timers, drained with a bound on the work done per call.
 */
import { isStatusError, type StatusError } from '../errors.js';
import type { Store } from '../store.js';
import type { WatchEvent } from '../types.js';
import type { Controller, ControllerContext } from './controller.js';

export interface QueueSnapshot {
  [controller: string]: string[];
}

interface ControllerIndex {
  byResource: ReadonlyMap<string, readonly Controller[]>;
  byName: ReadonlyMap<string, Controller>;
}

/** Indexes of a controller set, built once per set and shared (a set never changes). */
const indexes = new WeakMap<readonly Controller[], ControllerIndex>();

function indexOf(controllers: readonly Controller[]): ControllerIndex {
  let index = indexes.get(controllers);
  if (!index) {
    const byResource = new Map<string, Controller[]>();
    for (const c of controllers) {
      for (const r of c.watches) byResource.set(r, [...(byResource.get(r) ?? []), c]);
    }
    index = { byResource, byName: new Map(controllers.map((c) => [c.name, c])) };
    indexes.set(controllers, index);
  }
  return index;
}

/**
 * A deduplicating FIFO of keys: an array read from a moving head, and a set of what is queued. Taking
 * the first key from a Set would allocate an iterator per reconcile.
 */
class KeyQueue {
  private keys: string[] = [];
  private head = 0;
  private readonly queued = new Set<string>();

  get size(): number {
    return this.queued.size;
  }

  add(key: string): void {
    if (this.queued.has(key)) return;
    this.queued.add(key);
    this.keys.push(key);
  }

  take(): string | undefined {
    if (this.head >= this.keys.length) return undefined;
    const key = this.keys[this.head++]!;
    this.queued.delete(key);
    // Drop the consumed part now and then, so the array does not grow for ever.
    if (this.head > 1024 && this.head * 2 > this.keys.length) {
      this.keys = this.keys.slice(this.head);
      this.head = 0;
    }
    return key;
  }

  /** The queued keys, oldest first. */
  list(): string[] {
    return this.keys.slice(this.head);
  }
}

/**
 * A reconcile the API server refused (a conflict, a quota, a full etcd) is retried as client-go's
 * work queue does: a conflict at once (it re-reads the store), anything else after a back-off on a
 * background timer, so a failing object never keeps `settle()` busy nor breaks the tick.
 */
function retryLater(ctx: ControllerContext, key: string, err: StatusError): void {
  if (err.reason === 'Conflict') ctx.requeueAfter(key, 0);
  else ctx.requeueAfter(key, RETRY_MS, true);
}

const RETRY_MS = 5000;

export class ControllerManager {
  /** Work queues by controller name, created on first use. */
  private readonly queues = new Map<string, KeyQueue>();
  private readonly index: ControllerIndex;
  private unwatch: (() => void) | undefined;

  constructor(private readonly controllers: readonly Controller[]) {
    this.index = indexOf(controllers);
  }

  /** Starts hearing about store changes. */
  attach(store: Store): void {
    this.unwatch = store.watch({}, (event) => this.onEvent(event));
  }

  detach(): void {
    this.unwatch?.();
    this.unwatch = undefined;
  }

  enqueue(controller: string, key: string): void {
    if (this.index.byName.has(controller)) this.queueOf(controller).add(key);
  }

  private queueOf(controller: string): KeyQueue {
    let queue = this.queues.get(controller);
    if (!queue) {
      queue = new KeyQueue();
      this.queues.set(controller, queue);
    }
    return queue;
  }

  pending(): number {
    let n = 0;
    for (const q of this.queues.values()) n += q.size;
    return n;
  }

  /**
   * Reconciles queued keys, round-robin across controllers, until the queues are empty or `budget`
   * reconciles have run. Returns how many ran.
   */
  drain(ctxFor: (controller: Controller) => ControllerContext, budget: number): number {
    let done = 0;
    while (done < budget) {
      let progressed = false;
      for (const c of this.controllers) {
        const queue = this.queues.get(c.name);
        if (!queue || queue.size === 0) continue;
        const key = queue.take()!;
        const ctx = ctxFor(c);
        try {
          c.reconcile(key, ctx);
        } catch (err) {
          if (!isStatusError(err)) throw err;
          retryLater(ctx, key, err);
        }
        done++;
        progressed = true;
        if (done >= budget) break;
      }
      if (!progressed) break;
    }
    return done;
  }

  /** Re-lists: every controller hears about every object, as after a restart (level-triggered). */
  resync(store: Store): void {
    for (const [resource, objects] of Object.entries(store.dump())) {
      for (const object of objects) this.onEvent({ type: 'ADDED', resource, object });
    }
  }

  snapshot(): QueueSnapshot {
    const out: QueueSnapshot = {};
    for (const [name, q] of this.queues) if (q.size > 0) out[name] = q.list();
    return out;
  }

  restore(snapshot: QueueSnapshot): void {
    for (const [name, keys] of Object.entries(snapshot)) for (const k of keys) this.enqueue(name, k);
  }

  get(name: string): Controller | undefined {
    return this.index.byName.get(name);
  }

  private onEvent(event: WatchEvent): void {
    const interested = this.index.byResource.get(event.resource);
    if (!interested) return;
    for (const c of interested) {
      const keys = c.keysFor(event);
      if (keys.length === 0) continue;
      const queue = this.queueOf(c.name);
      for (const key of keys) queue.add(key);
    }
  }
}
