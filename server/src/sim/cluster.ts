/**
 * One student's cluster: store, API server, controllers, scheduler and kubelets on a virtual clock.
 * Pure: time comes from the caller (`advanceTo`, `tick`), randomness from a seeded generator, and
 * `snapshot()`/`restore()` round-trip everything, so the same inputs give the same cluster.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import { klona } from 'klona/json';
import { Rng, type RngState } from '../lib/rng.js';
import { issueToken, type IssuedToken, type TokenRequestSpec } from './tokens.js';
import { syncAddonObjects } from './addons.js';
import { ApiServer, DEFAULT_LIMITS, type ClusterLimits } from './apiserver.js';
import { addNodeObjects, bootstrap } from './bootstrap.js';
import { VirtualClock, type ClockSnapshot } from './clock.js';
import type { Controller, ControllerContext, ClusterSettings } from './controllers/controller.js';
import { ALL_CONTROLLERS } from './controllers/index.js';
import { ControllerManager, type QueueSnapshot } from './controllers/manager.js';
import { ENSURE_NOW, FLOW_CONTROL } from './controllers/services/flowcontrol.js';
import { Recorder } from './events.js';
import type { AdmissionContext, NetworkConfig } from './kinds/strategy.js';
import type { DnsAnswer } from './network/dns.js';
import {
  httpRequest,
  lookup,
  type HttpOutcome,
  type NetworkContext,
  type RequestOptions,
  type Source,
} from './network/http.js';
import { closeStdin } from './node/kubelet/kubelet.js';
import { newProgramTable, type ProgramHost, type ProgramTable } from './node/programs.js';
import { nodeName } from './nodes.js';
import { ResourceRegistry, type ResourceType } from './resources.js';
import { emptyRuntime, type SimRuntime } from './runtime.js';
import { Store } from './store.js';
import type { Stored } from './types.js';
import { KUBERNETES_VERSION, SERVICE_CIDR } from './version.js';

export type ClusterState = 'Running' | 'Stopped' | 'Absent';

export interface ClusterOptions {
  seed?: number;
  /** Virtual start time, epoch ms. Defaults to a fixed instant so tests are deterministic. */
  startTime?: number;
  /** Nodes in all, the control plane included (minikube `--nodes`). */
  nodes?: number;
  profile?: string;
  /** `Running` (default): as after `minikube start`; `Absent`: no cluster until `minikube start`. */
  state?: ClusterState;
  kubernetesVersion?: string;
  limits?: Partial<ClusterLimits>;
  scoring?: ClusterSettings['scoring'];
  /** Replaces the controller set (tests of one controller). */
  controllers?: readonly Controller[];
}

export interface ClusterSnapshot {
  version: 1;
  state: ClusterState;
  profile: string;
  nodeCount: number;
  settings: ClusterSettings;
  limits: ClusterLimits;
  rng: RngState;
  clock: ClockSnapshot;
  resourceVersion: number;
  objects: Record<string, Stored[]>;
  queues: QueueSnapshot;
  customResources: ResourceType[];
  runtime: SimRuntime;
}

/** 2025-01-01T00:00:00Z */
export const DEFAULT_START_TIME = 1735689600000;

/** Reconciles one `tick()` may run, so one busy cluster never stalls the others sharing the process. */
const TICK_BUDGET = 2000;
/** A bound on `advance`/`settle` work, to turn a controller bug into an error instead of a hang. */
const ADVANCE_BUDGET = 2_000_000;

export class Cluster {
  readonly api: ApiServer;
  readonly store: Store;
  readonly clock: VirtualClock;
  readonly registry: ResourceRegistry;
  readonly events: Recorder;
  private readonly rng: Rng;
  private readonly manager: ControllerManager;
  private readonly contexts = new Map<string, ControllerContext>();
  /** Per-cluster caches controllers derive from the store (`ControllerContext.memo`). */
  private readonly memos = new Map<string, unknown>();
  private stateValue: ClusterState;
  private nodeCountValue: number;
  private settingsValue: ClusterSettings;
  private programHost: ProgramHost | undefined;
  readonly runtime: SimRuntime;

  private constructor(init: {
    rng: Rng;
    clock: VirtualClock;
    store: Store;
    registry: ResourceRegistry;
    state: ClusterState;
    profile: string;
    nodeCount: number;
    settings: ClusterSettings;
    limits: ClusterLimits;
    runtime: SimRuntime;
    controllers: readonly Controller[];
  }) {
    this.rng = init.rng;
    this.clock = init.clock;
    this.store = init.store;
    this.registry = init.registry;
    this.stateValue = init.state;
    this.profile = init.profile;
    this.nodeCountValue = init.nodeCount;
    this.settingsValue = init.settings;
    this.limits = init.limits;
    this.runtime = init.runtime;
    const network: NetworkConfig = {
      serviceCidr: SERVICE_CIDR,
      nodePortRange: [30000, 32767],
      clusterDomain: 'cluster.local',
    };
    const admission: AdmissionContext = {
      store: this.store,
      rng: this.rng,
      clock: this.clock,
      registry: this.registry,
      network,
    };
    this.api = new ApiServer(admission, this.limits);
    this.events = new Recorder(this.store, this.clock, this.rng);
    this.manager = new ControllerManager(init.controllers);
    this.manager.attach(this.store);
  }

  readonly profile: string;
  readonly limits: ClusterLimits;

  static create(opts: ClusterOptions = {}): Cluster {
    const state = opts.state ?? 'Running';
    const cluster = new Cluster({
      rng: Rng.fromSeed(opts.seed ?? 1),
      clock: new VirtualClock(opts.startTime ?? DEFAULT_START_TIME),
      store: new Store(),
      registry: new ResourceRegistry(),
      state: 'Absent',
      profile: opts.profile ?? 'minikube',
      nodeCount: Math.max(1, opts.nodes ?? 1),
      settings: {
        kubernetesVersion: opts.kubernetesVersion ?? KUBERNETES_VERSION,
        scoring: opts.scoring ?? 'spread',
        addons: emptyRuntime().addons,
      },
      limits: { ...DEFAULT_LIMITS, ...opts.limits },
      runtime: emptyRuntime(),
      controllers: opts.controllers ?? ALL_CONTROLLERS,
    });
    if (state !== 'Absent') cluster.start();
    if (state === 'Stopped') cluster.stop();
    return cluster;
  }

  static restore(snapshot: ClusterSnapshot, opts: { controllers?: readonly Controller[] } = {}): Cluster {
    const store = new Store(snapshot.resourceVersion);
    store.load(snapshot.objects);
    const cluster = new Cluster({
      rng: Rng.fromState(snapshot.rng),
      clock: VirtualClock.restore(snapshot.clock),
      store,
      registry: new ResourceRegistry(snapshot.customResources),
      state: snapshot.state,
      profile: snapshot.profile,
      nodeCount: snapshot.nodeCount,
      settings: snapshot.settings,
      // Snapshots older than a limit take its default.
      limits: { ...DEFAULT_LIMITS, ...snapshot.limits },
      runtime: klona(snapshot.runtime),
      controllers: opts.controllers ?? ALL_CONTROLLERS,
    });
    cluster.manager.restore(snapshot.queues);
    return cluster;
  }

  /** A JSON-serialisable copy of everything (objects are shared, not copied: stored objects are never mutated). */
  snapshot(): ClusterSnapshot {
    return {
      version: 1,
      state: this.stateValue,
      profile: this.profile,
      nodeCount: this.nodeCountValue,
      settings: this.settingsValue,
      limits: this.limits,
      rng: this.rng.state(),
      clock: this.clock.snapshot(),
      resourceVersion: this.store.resourceVersion(),
      objects: this.store.dump(),
      queues: this.manager.snapshot(),
      customResources: [...this.registry.customTypes()],
      runtime: klona(this.runtime),
    };
  }

  get state(): ClusterState {
    return this.stateValue;
  }

  get settings(): ClusterSettings {
    return this.settingsValue;
  }

  /** Nodes the profile was started with (`minikube start --nodes`), plus those added since. */
  get nodeCount(): number {
    return this.nodeCountValue;
  }

  now(): number {
    return this.clock.now();
  }

  /** `minikube start`: creates the cluster when absent, powers it back on when stopped. */
  start(opts: { nodes?: number; kubernetesVersion?: string } = {}): void {
    if (this.stateValue === 'Running') return;
    if (this.stateValue === 'Absent') {
      if (opts.nodes) this.nodeCountValue = Math.max(1, opts.nodes);
      if (opts.kubernetesVersion)
        this.settingsValue = { ...this.settingsValue, kubernetesVersion: opts.kubernetesVersion };
      // The bootstrap writes objects already reconciled: the controllers need not hear of them.
      this.manager.detach();
      bootstrap(this.store, this.rng, (ms) => this.clock.timestamp(ms), {
        profile: this.profile,
        nodes: this.nodeCountValue,
        kubernetesVersion: this.settingsValue.kubernetesVersion,
        startedAt: this.clock.now(),
      });
      this.manager.attach(this.store);
      this.stateValue = 'Running';
      // Derived objects (kube-dns endpoints) come from their controllers on the first run.
      this.manager.enqueue('endpoints', 'kube-system/kube-dns');
      this.manager.enqueue('endpointslices', 'kube-system/kube-dns');
      return;
    }
    this.stateValue = 'Running';
    this.runtime.stoppedNodes = [];
    // Level-triggered controllers re-list after the restart and carry on.
    this.manager.resync(this.store);
    // kube-apiserver's start: its priority-and-fairness producer puts its bootstrap configuration back at once.
    this.manager.enqueue(FLOW_CONTROL, ENSURE_NOW);
  }

  /** `minikube stop`: the machines power off; objects stay; the API is unreachable until started. */
  stop(): void {
    if (this.stateValue !== 'Running') return;
    this.stateValue = 'Stopped';
    this.runtime.stoppedNodes = this.store.list('nodes').map((n) => n.metadata.name);
  }

  /** `minikube delete`: everything goes; the next start creates a fresh cluster. */
  destroy(): void {
    for (const [resource, objects] of Object.entries(this.store.dump())) {
      for (const o of objects) this.store.remove(resource, o.metadata.namespace, o.metadata.name);
    }
    this.stateValue = 'Absent';
    Object.assign(this.runtime, emptyRuntime());
    for (const proc of this.programTable().processes.values()) proc.dispose();
    this.memos.delete('programs');
  }

  /** `minikube node add`: a new worker joins (Ready at once, as minikube waits for it). */
  addNode(): string {
    const index = this.nodeCountValue;
    this.nodeCountValue++;
    const name = nodeName(this.profile, index);
    addNodeObjects(
      {
        store: this.store,
        rng: this.rng,
        ts: (ms) => this.clock.timestamp(ms),
        opts: {
          profile: this.profile,
          nodes: this.nodeCountValue,
          kubernetesVersion: this.settingsValue.kubernetesVersion,
          startedAt: this.clock.now(),
        },
      },
      index,
      this.clock.now(),
    );
    return name;
  }

  /** `minikube node stop NAME`: the kubelet stops posting status; the node lifecycle controller notices. */
  stopNode(name: string): void {
    if (!this.runtime.stoppedNodes.includes(name)) this.runtime.stoppedNodes.push(name);
    this.manager.enqueue('node-lifecycle', name);
  }

  startNode(name: string): void {
    this.runtime.stoppedNodes = this.runtime.stoppedNodes.filter((n) => n !== name);
    this.manager.enqueue('node-lifecycle', name);
  }

  /** The student's attach session to a container ended (`exit` in `kubectl run -it` without --rm). */
  closeStdin(namespace: string, pod: string, container: string): void {
    const obj = this.store.get('pods', namespace, pod);
    if (obj)
      closeStdin(
        { runtime: this.runtime, enqueue: (c, k) => this.manager.enqueue(c, k) },
        obj as unknown as Stored<Pod>,
        container,
      );
  }

  /**
   * Who runs containers' programs (the shell interpreter, from the layer above); without one they
   * follow the predicted timelines. Set once, by whoever builds the student's environment.
   */
  setProgramHost(host: ProgramHost): void {
    this.programHost = host;
  }

  /** The running programs and shared volumes of the pods (`kubectl logs`, `kubectl exec`). */
  programTable(): ProgramTable {
    return this.memo('programs', () => newProgramTable(this.runtime));
  }

  private memo<T>(name: string, create: () => T): T {
    if (!this.memos.has(name)) this.memos.set(name, create());
    return this.memos.get(name) as T;
  }

  isNodeStopped(name: string): boolean {
    return this.runtime.stoppedNodes.includes(name);
  }

  /** `minikube addons enable|disable NAME`: installs or removes the addon's objects. */
  setAddon(name: string, enabled: boolean): void {
    const others = this.runtime.addons.filter((a) => a !== name);
    this.runtime.addons = enabled ? [...others, name].sort() : others;
    this.settingsValue = { ...this.settingsValue, addons: this.runtime.addons };
    if (this.stateValue === 'Running') syncAddonObjects(this.api, name, enabled);
  }

  /** An HTTP request as `curl`/`wget` would make it from a pod, a node or the student's machine. */
  http(source: Source, url: string, opts: RequestOptions = {}): HttpOutcome {
    if (this.stateValue !== 'Running') return { kind: 'error', error: 'timeout', host: url, port: 0 };
    return httpRequest(this.network(), source, url, opts);
  }

  /** The serviceaccounts/token subresource: a token for a service account (`kubectl create token`). */
  requestToken(namespace: string, serviceAccount: string, spec: TokenRequestSpec): IssuedToken {
    return issueToken({ store: this.store, rng: this.rng, clock: this.clock }, namespace, serviceAccount, spec);
  }

  /** A DNS lookup (`nslookup`) from a pod. */
  dns(source: Source, name: string): DnsAnswer | undefined {
    return lookup(this.network(), source, name);
  }

  private network(): NetworkContext {
    return { store: this.store, rng: this.rng, clock: this.clock, runtime: this.runtime };
  }

  /** Live mode: catch the virtual clock up to `now` (epoch ms), with bounded work. */
  tick(now: number): void {
    this.run(now, TICK_BUDGET);
  }

  advance(ms: number): void {
    this.run(this.clock.now() + ms, ADVANCE_BUDGET);
  }

  advanceTo(at: number): void {
    this.run(at, ADVANCE_BUDGET);
  }

  /**
   * Runs until nothing is left to do: queues drained and no foreground timer within `maxMs`
   * (background timers — heartbeats, cron schedules, crash back-off — do not count). Returns the
   * virtual milliseconds that passed.
   */
  settle(maxMs = 10 * 60 * 1000): number {
    const start = this.clock.now();
    const limit = start + maxMs;
    this.run(start, ADVANCE_BUDGET);
    for (;;) {
      const next = this.clock.nextForeground();
      if (next === undefined || next > limit) break;
      this.run(Math.max(next, this.clock.now()), ADVANCE_BUDGET);
    }
    return this.clock.now() - start;
  }

  /** Whether anything is queued or due now (what an idle tick checks). */
  busy(): boolean {
    const top = this.clock.peek();
    return this.manager.pending() > 0 || (top !== undefined && top.at <= this.clock.now());
  }

  private run(target: number, budget: number): void {
    if (this.stateValue !== 'Running') {
      // Powered off: time passes, nothing runs. Timers wait for the restart.
      this.clock.setNow(target);
      return;
    }
    let spent = this.manager.drain((c) => this.contextFor(c), budget);
    for (;;) {
      if (spent >= budget) return;
      const timer = this.clock.popDue(target);
      if (!timer) break;
      this.clock.setNow(timer.at);
      this.manager.enqueue(timer.target, timer.key);
      spent += this.manager.drain((c) => this.contextFor(c), budget - spent);
    }
    if (spent >= budget) {
      if (budget === ADVANCE_BUDGET) throw new Error('cluster did not settle: a controller keeps requeueing');
      return;
    }
    this.clock.setNow(target);
  }

  private contextFor(controller: Controller): ControllerContext {
    let ctx = this.contexts.get(controller.name);
    if (!ctx) {
      const settings = () => this.settingsValue;
      const host = () => this.programHost;
      ctx = {
        api: this.api,
        store: this.store,
        clock: this.clock,
        rng: this.rng,
        events: this.events,
        runtime: this.runtime,
        requeueAfter: (key, ms, background = false) =>
          this.clock.schedule(this.clock.now() + ms, controller.name, key, background),
        enqueue: (name, key) => this.manager.enqueue(name, key),
        memo: <T>(name: string, create: () => T): T => this.memo(name, create),
        get settings() {
          return settings();
        },
        get programHost() {
          return host();
        },
      };
      this.contexts.set(controller.name, ctx);
    }
    return ctx;
  }
}
