/**
 * The controller pattern of kube-controller-manager and sample-controller: watches enqueue keys
 * (not objects), a reconcile re-reads the store, writes only on change, and asks to be woken later
 * through the virtual clock instead of sleeping.
 */
import type { Rng } from '../../lib/rng.js';
import type { ApiServer } from '../apiserver.js';
import type { ProgramHost } from '../node/programs.js';
import type { SimRuntime } from '../runtime.js';
import type { VirtualClock } from '../clock.js';
import type { Store } from '../store.js';
import type { Stored, WatchEvent } from '../types.js';

export interface EventRecorder {
  /** Records an Event about `object`, aggregating repeats as the real event recorder does. */
  record(object: Stored, type: 'Normal' | 'Warning', reason: string, message: string, source: string): void;
}

/** What a controller may use. Everything is per cluster: controllers keep no state of their own. */
export interface ControllerContext {
  readonly api: ApiServer;
  readonly store: Store;
  readonly clock: VirtualClock;
  readonly rng: Rng;
  readonly events: EventRecorder;
  /** Wakes this controller for `key` after `ms` of virtual time (deduplicated per key). */
  requeueAfter(key: string, ms: number, background?: boolean): void;
  /** Puts a key into another controller's queue now (e.g. the scheduler for a new pod). */
  enqueue(controller: string, key: string): void;
  /** Simulation-only state (stopped machines, simulated CPU load, addons); controllers may change it. */
  readonly runtime: SimRuntime;
  /** Cluster-wide settings the controllers consult. */
  readonly settings: ClusterSettings;
  /**
   * A per-cluster value derived from the store (e.g. the scheduler's node cache), created on first
   * use and shared by this cluster's controllers. Never snapshotted: it is rebuilt after a restore.
   */
  memo?<T>(name: string, create: () => T): T;
  /** Runs containers' programs (see node/programs.ts); undefined: containers follow their predicted timelines. */
  readonly programHost?: ProgramHost | undefined;
}

export interface ClusterSettings {
  readonly kubernetesVersion: string;
  /** `spread` (kube-scheduler's default LeastAllocated) or `binpack` (MostAllocated). */
  readonly scoring: 'spread' | 'binpack';
  /** Addons enabled with `minikube addons enable` (metrics-server, ingress, …). */
  readonly addons: readonly string[];
}

export interface Controller {
  readonly name: string;
  /** Group-qualified resources whose changes this controller hears about. */
  readonly watches: readonly string[];
  /** Keys to reconcile for a change; usually `namespace/name` of the object or of its owner. */
  keysFor(event: WatchEvent): readonly string[];
  reconcile(key: string, ctx: ControllerContext): void;
}
