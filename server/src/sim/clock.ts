/**
 * The cluster's virtual clock and its timer queue. Timers are data (who to wake and with which key),
 * never closures, so a snapshot can hold them. Background timers (heartbeats, cron schedules,
 * crash back-off) do not keep `settle()` busy.
 */
import { rfc3339 } from '../lib/time.js';

export interface Timer {
  at: number;
  /** The controller to wake. */
  target: string;
  key: string;
  background: boolean;
}

export interface ClockSnapshot {
  now: number;
  timers: Timer[];
}

export class VirtualClock {
  private heap: Timer[] = [];
  /** The last timestamp formatted: most calls within a reconcile ask for the same second. */
  private lastStamp: { second: number; text: string } = { second: NaN, text: '' };
  /** Earliest pending time per target+key, so rescheduling the same key is cheap and deduplicated. */
  private pending = new Map<string, number>();

  constructor(private current: number) {}

  static restore(snapshot: ClockSnapshot): VirtualClock {
    const clock = new VirtualClock(snapshot.now);
    for (const t of snapshot.timers) clock.schedule(t.at, t.target, t.key, t.background);
    return clock;
  }

  snapshot(): ClockSnapshot {
    const live = this.heap.filter((t) => this.pending.get(id(t)) === t.at);
    return {
      now: this.current,
      timers: live.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0)).map((t) => ({ ...t })),
    };
  }

  now(): number {
    return this.current;
  }

  /** RFC 3339 at second precision, as Kubernetes writes timestamps. */
  timestamp(at = this.current): string {
    const second = Math.floor(at / 1000);
    if (second !== this.lastStamp.second) {
      this.lastStamp = { second, text: rfc3339(second * 1000) };
    }
    return this.lastStamp.text;
  }

  /** Sets the time; it never goes backwards. */
  setNow(at: number): void {
    if (at > this.current) this.current = at;
  }

  schedule(at: number, target: string, key: string, background = false): void {
    const k = `${target}\u0000${key}`;
    const existing = this.pending.get(k);
    if (existing !== undefined && existing <= at) return;
    this.pending.set(k, at);
    push(this.heap, { at, target, key, background });
  }

  /** The next live timer, without removing it. */
  peek(): Timer | undefined {
    this.dropStale();
    return this.heap[0];
  }

  /** The next live non-background timer's time, if any (what `settle()` waits for). */
  nextForeground(): number | undefined {
    let best: number | undefined;
    for (const t of this.heap) {
      if (!t.background && this.pending.get(id(t)) === t.at && (best === undefined || t.at < best)) best = t.at;
    }
    return best;
  }

  /** Removes and returns the next timer due at or before `at`. */
  popDue(at: number): Timer | undefined {
    this.dropStale();
    const top = this.heap[0];
    if (!top || top.at > at) return undefined;
    pop(this.heap);
    this.pending.delete(id(top));
    return top;
  }

  size(): number {
    return this.pending.size;
  }

  private dropStale(): void {
    while (this.heap.length > 0) {
      const top = this.heap[0] as Timer;
      if (this.pending.get(id(top)) === top.at) return;
      pop(this.heap);
    }
  }
}

const id = (t: Timer) => `${t.target}\u0000${t.key}`;

/** Heap order: by time, then target and key, so timers due together fire in the same order after a restore. */
function before(a: Timer, b: Timer): boolean {
  if (a.at !== b.at) return a.at < b.at;
  if (a.target !== b.target) return a.target < b.target;
  return a.key < b.key;
}

function push(heap: Timer[], t: Timer): void {
  heap.push(t);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!before(t, heap[parent] as Timer)) break;
    heap[i] = heap[parent] as Timer;
    i = parent;
  }
  heap[i] = t;
}

function pop(heap: Timer[]): void {
  const last = heap.pop();
  if (!last || heap.length === 0) return;
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let smallest = i;
    const current = () => (smallest === i ? last : (heap[smallest] as Timer));
    if (l < heap.length && before(heap[l] as Timer, current())) smallest = l;
    if (r < heap.length && before(heap[r] as Timer, current())) smallest = r;
    if (smallest === i) break;
    heap[i] = heap[smallest] as Timer;
    i = smallest;
  }
  heap[i] = last;
}
