/**
 * Runs controllers: one deduplicating work queue per controller, fed by store watches and by the
 * virtual clock's timers, drained with a bound on the work done per call.
 */
import type { Store } from '../store.js';
import type { WatchEvent } from '../types.js';
import type { Controller, ControllerContext } from './controller.js';

export interface QueueSnapshot {
  [controller: string]: string[];
}

export class ControllerManager {
  private readonly queues = new Map<string, Set<string>>();
  private readonly byResource = new Map<string, Controller[]>();
  private readonly byName = new Map<string, Controller>();
  private unwatch: (() => void) | undefined;

  constructor(private readonly controllers: readonly Controller[]) {
    for (const c of controllers) {
      this.byName.set(c.name, c);
      this.queues.set(c.name, new Set());
      for (const r of c.watches) {
        const list = this.byResource.get(r) ?? [];
        list.push(c);
        this.byResource.set(r, list);
      }
    }
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
    this.queues.get(controller)?.add(key);
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
        const key = queue.values().next().value as string;
        queue.delete(key);
        c.reconcile(key, ctxFor(c));
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
    for (const [name, q] of this.queues) if (q.size > 0) out[name] = [...q];
    return out;
  }

  restore(snapshot: QueueSnapshot): void {
    for (const [name, keys] of Object.entries(snapshot)) for (const k of keys) this.enqueue(name, k);
  }

  get(name: string): Controller | undefined {
    return this.byName.get(name);
  }

  private onEvent(event: WatchEvent): void {
    const interested = this.byResource.get(event.resource);
    if (!interested) return;
    for (const c of interested) {
      const queue = this.queues.get(c.name);
      if (!queue) continue;
      for (const key of c.keysFor(event)) queue.add(key);
    }
  }
}
