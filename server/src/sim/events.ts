/**
 * Records core/v1 Events as client-go's event recorder does: one Event per object, reason and
 * message, repeated occurrences counted on the same Event. Events are capped per cluster (oldest go
 * first), standing in for the API server's one-hour event TTL.
 */
import type { Event } from 'kubernetes-types/core/v1';
import type { Rng } from '../lib/rng.js';
import type { VirtualClock } from './clock.js';
import type { EventRecorder } from './controllers/controller.js';
import type { Store } from './store.js';
import type { Stored } from './types.js';

const MAX_EVENTS = 400;

export class Recorder implements EventRecorder {
  /** Aggregation key → `namespace/name` of the Event; a cache rebuilt from the store when empty. */
  private index: Map<string, string> | undefined;
  /** Events oldest first (namespace, name, aggregation key), for eviction without sorting; rebuilt with the index. */
  private order: [string, string, string][] = [];

  constructor(
    private readonly store: Store,
    private readonly clock: VirtualClock,
    private readonly rng: Rng,
  ) {}

  record(object: Stored, type: 'Normal' | 'Warning', reason: string, message: string, source: string): void {
    const namespace = object.metadata.namespace ?? 'default';
    const now = this.clock.timestamp();
    const index = this.aggregationIndex();
    const aggKey = aggregationKey(object.metadata.uid, reason, message, source);
    const existingName = index.get(aggKey);
    const existing = existingName ? this.store.get('events', namespace, existingName) : undefined;
    if (existing) {
      const ev = existing as unknown as Event;
      this.store.put('events', { ...existing, count: (ev.count ?? 1) + 1, lastTimestamp: now });
      return;
    }
    const event: Event = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: {
        name: `${object.metadata.name}.${this.hexSuffix()}`,
        namespace,
        uid: this.rng.uuid(),
        resourceVersion: '',
        creationTimestamp: now,
      },
      // No conditional spread for the namespace: a literal built that way is V8's slow path on Node 20.
      involvedObject: object.metadata.namespace
        ? {
            apiVersion: object.apiVersion,
            kind: object.kind,
            name: object.metadata.name,
            namespace: object.metadata.namespace,
            uid: object.metadata.uid,
            resourceVersion: object.metadata.resourceVersion,
          }
        : {
            apiVersion: object.apiVersion,
            kind: object.kind,
            name: object.metadata.name,
            uid: object.metadata.uid,
            resourceVersion: object.metadata.resourceVersion,
          },
      reason,
      message,
      source: { component: source },
      firstTimestamp: now,
      lastTimestamp: now,
      count: 1,
      type,
      reportingComponent: source,
      reportingInstance: '',
    };
    this.store.adopt('events', event as unknown as Stored);
    index.set(aggKey, event.metadata.name ?? '');
    this.order.push([namespace, event.metadata.name ?? '', aggKey]);
    if (this.store.countOf('events') > MAX_EVENTS) this.evictOldest();
  }

  private aggregationIndex(): Map<string, string> {
    if (this.index) return this.index;
    const index = new Map<string, string>();
    const all = this.store.list('events').sort((a, b) => lastSeen(a).localeCompare(lastSeen(b)));
    this.order = all.map((e) => {
      const ev = e as unknown as Event;
      const key = aggregationKey(
        ev.involvedObject.uid ?? '',
        ev.reason ?? '',
        ev.message ?? '',
        ev.source?.component ?? '',
      );
      index.set(key, e.metadata.name);
      return [e.metadata.namespace ?? 'default', e.metadata.name, key];
    });
    this.index = index;
    return index;
  }

  /** Events about one object, oldest first (what `kubectl describe` shows). */
  about(object: Stored): Stored<Event>[] {
    return this.store
      .list('events', object.metadata.namespace ?? 'default')
      .filter((e) => (e as unknown as Event).involvedObject.uid === object.metadata.uid)
      .sort((a, b) => lastSeen(a).localeCompare(lastSeen(b))) as unknown as Stored<Event>[];
  }

  /**
   * Event names end in a 16-hex-digit suffix that grows with time (client-go uses `%x` of UnixNano);
   * seconds then the store's revision keep them ordered within a second, as real ones are.
   */
  private hexSuffix(): string {
    const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
    return hex(Math.floor(this.clock.now() / 1000)) + hex(this.store.resourceVersion());
  }

  /** Drops the oldest quarter at once (by creation), so eviction stays cheap. */
  private evictOldest(): void {
    const excess = this.store.countOf('events') - Math.floor(MAX_EVENTS * 0.75);
    const gone = this.order.splice(0, Math.max(0, excess));
    for (const [namespace, name, key] of gone) {
      if (this.index?.get(key) === name) this.index.delete(key);
      this.store.remove('events', namespace, name);
    }
  }
}

const aggregationKey = (uid: string, reason: string, message: string, source: string) =>
  `${uid}\u0000${reason}\u0000${source}\u0000${message}`;

const lastSeen = (e: Stored) => (e as unknown as Event).lastTimestamp ?? e.metadata.creationTimestamp;
