/**
 * The scheduler's cache (kube-scheduler's `internal/cache`): per node, allocatable and what bound,
 * non-terminated pods request, host ports in use and the pods with anti-affinity; kept current from
 * store watch events so one scheduling attempt never re-reads every pod. One per cluster, derived
 * from the store (never snapshotted).
 */
import type { Node, Pod, Taint } from 'kubernetes-types/core/v1';
import type { Store } from '../../store.js';
import type { Stored, WatchEvent } from '../../types.js';
import { nodeAllocatable, podRequests, type Resources } from '../resources.js';

export interface NodeInfo {
  readonly name: string;
  /** The node's slot in per-node arrays (spread counts); never reused while the cache lives. */
  readonly index: number;
  node: Stored<Node>;
  // Allocatable and what bound, non-terminated pods request, as numbers on the object itself: one
  // scheduling attempt reads them for hundreds of nodes, so they should share a cache line or two.
  allocCpu: number;
  allocMemory: number;
  allocPods: number;
  requestedCpu: number;
  requestedMemory: number;
  /** Extended resources: allocatable and requested by bound pods. */
  allocScalar: Readonly<Record<string, number>>;
  requestedScalar: Map<string, number>;
  /** The same with defaults for unset requests (what scoring uses). */
  nonZeroCpu: number;
  nonZeroMemory: number;
  pods: number;
  /** `protocol/port` host ports in use. */
  ports: Map<string, number>;
  taints: readonly Taint[];
  unschedulable: boolean;
  /** Cordoned or tainted: the only nodes NodeUnschedulable and TaintToleration can reject. */
  restricted: boolean;
  labels: Readonly<Record<string, string>>;
  /** Keys of pods on this node, for affinity checks. */
  podKeys: Set<string>;
}

/** What a bound (or nominated) pod contributes to its node. */
export interface Charge {
  node: string;
  requested: Resources;
  nonZero: Resources;
  ports: string[];
  /** The controlling owner's uid, if any. */
  owner: string | undefined;
}

export class SchedulerCache {
  readonly nodes = new Map<string, NodeInfo>();
  private ordered: NodeInfo[] | undefined;
  private readonly charges = new Map<string, Charge>();
  /**
   * Arrays each scheduling attempt fills and the next one reuses (attempts never overlap), so
   * walking hundreds of nodes for every pod allocates nothing.
   */
  readonly scratch = {
    feasible: [] as NodeInfo[],
    best: [] as NodeInfo[],
    affinity: [] as number[],
    taints: [] as number[],
    spread: [] as number[],
  };
  /** Pods the scheduler gave up on (PodScheduled=False), retried when the cluster changes. */
  readonly unschedulable = new Set<string>();
  /**
   * Pending pods with a `status.nominatedNodeName` (preemptors waiting for their victims to go), by key: the scheduler
   * counts them on their node for pods of no higher priority (the framework's nominator).
   */
  readonly nominated = new Map<string, Nominated>();
  /** Bound pods with (anti-)affinity terms, by key (existing pods' anti-affinity must be honoured). */
  readonly withAffinity = new Set<string>();
  /** Pods per node index for each controlling owner uid (PodTopologySpread's default spreading). */
  private readonly ownerCounts = new Map<string, { total: number; byNode: number[] }>();
  private nextIndex = 0;
  /** Parsed requests per pod template, since a ReplicaSet's pods share one spec. */
  private readonly requestMemo = new Map<string, { requested: Resources; nonZero: Resources }>();

  /** `live`: follows the store from now on (a throwaway cache built for one attempt does not). */
  constructor(store: Store, live = true) {
    for (const n of store.list('nodes')) this.onNode(n as Stored<Node>);
    for (const p of store.list('pods')) this.onPod(undefined, p as Stored<Pod>);
    if (live) store.watch({}, (e) => this.onEvent(e));
  }

  /** Nodes in name order (the scheduler walks them from a rotating start, as kube-scheduler does). */
  nodeList(): readonly NodeInfo[] {
    this.ordered ??= [...this.nodes.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return this.ordered;
  }

  /** How many pods of `owner` each node runs, by NodeInfo.index (holes are 0). */
  ownerPods(owner: string): readonly (number | undefined)[] | undefined {
    return this.ownerCounts.get(owner)?.byNode;
  }

  requestsOf(pod: Stored<Pod>): { requested: Resources; nonZero: Resources } {
    const spec = pod.spec;
    let key = spec?.overhead ? JSON.stringify(spec.overhead) : '';
    for (const c of spec?.containers ?? []) key += `|${requestsKey(c.resources?.requests)}`;
    for (const c of spec?.initContainers ?? []) key += `|i${requestsKey(c.resources?.requests)}`;
    let r = this.requestMemo.get(key);
    if (!r) {
      r = { requested: podRequests(spec), nonZero: podRequests(spec, true) };
      if (this.requestMemo.size > 1000) this.requestMemo.clear();
      this.requestMemo.set(key, r);
    }
    return r;
  }

  private onEvent(e: WatchEvent): void {
    if (e.resource === 'pods')
      this.onPod(e.old as Stored<Pod> | undefined, e.type === 'DELETED' ? undefined : (e.object as Stored<Pod>));
    else if (e.resource === 'nodes') {
      if (e.type === 'DELETED') {
        this.nodes.delete(e.object.metadata.name);
        this.ordered = undefined;
      } else this.onNode(e.object as Stored<Node>);
    }
  }

  private onNode(node: Stored<Node>): void {
    const existing = this.nodes.get(node.metadata.name);
    const alloc = nodeAllocatable(node);
    const info: NodeInfo = existing ?? {
      name: node.metadata.name,
      index: this.nextIndex++,
      node,
      allocCpu: 0,
      allocMemory: 0,
      allocPods: 0,
      requestedCpu: 0,
      requestedMemory: 0,
      allocScalar: {},
      requestedScalar: new Map(),
      nonZeroCpu: 0,
      nonZeroMemory: 0,
      pods: 0,
      ports: new Map(),
      taints: [],
      unschedulable: false,
      restricted: false,
      labels: {},
      podKeys: new Set(),
    };
    info.node = node;
    info.allocCpu = alloc.cpu;
    info.allocMemory = alloc.memory;
    info.allocPods = alloc.pods;
    info.allocScalar = alloc.scalar ?? {};
    info.taints = node.spec?.taints ?? [];
    info.unschedulable = node.spec?.unschedulable === true;
    info.restricted = info.unschedulable || info.taints.length > 0;
    info.labels = node.metadata.labels ?? {};
    if (existing) return;
    this.nodes.set(info.name, info);
    this.ordered = undefined;
    // Pods seen before their node (restore order) are charged now.
    for (const [key, charge] of this.charges) if (charge.node === info.name) this.charge(key, charge, 1);
  }

  private onPod(old: Stored<Pod> | undefined, next: Stored<Pod> | undefined): void {
    // A bound pod's status write (the kubelet's) keeps its spec object and its charge: nothing moves.
    if (old && next && old.spec === next.spec && old.spec?.nodeName && occupiesNode(old) === occupiesNode(next)) return;
    const key = `${(next ?? old)?.metadata.namespace ?? ''}/${(next ?? old)?.metadata.name ?? ''}`;
    const before = this.charges.get(key);
    const counts = next !== undefined && occupiesNode(next);
    if (before && (!counts || before.node !== next.spec?.nodeName)) {
      this.charge(key, before, -1);
      this.charges.delete(key);
    }
    if (counts && !this.charges.has(key)) {
      const charge = this.chargeFor(next, next.spec?.nodeName ?? '');
      this.charges.set(key, charge);
      this.charge(key, charge, 1);
    }
    const nominatedOn =
      next && !next.spec?.nodeName && !next.metadata.deletionTimestamp && next.status?.nominatedNodeName;
    if (nominatedOn) {
      const had = this.nominated.get(key);
      if (had?.charge.node !== nominatedOn || had.pod.spec !== next.spec)
        this.nominated.set(key, { pod: next, charge: this.chargeFor(next, nominatedOn) });
      else had.pod = next;
    } else this.nominated.delete(key);
    const affinity = next?.spec?.affinity;
    if (counts && (affinity?.podAntiAffinity || affinity?.podAffinity)) this.withAffinity.add(key);
    else this.withAffinity.delete(key);
    if (!next || next.spec?.nodeName || !isUnschedulable(next)) this.unschedulable.delete(key);
    else this.unschedulable.add(key);
  }

  /** What a pod charges a node: its requests (memoised per template), host ports and controlling owner. */
  chargeFor(pod: Stored<Pod>, node: string): Charge {
    const { requested, nonZero } = this.requestsOf(pod);
    const ports: string[] = [];
    for (const c of pod.spec?.containers ?? []) {
      for (const p of c.ports ?? [])
        if (p.hostPort) ports.push(`${p.hostIP ?? '0.0.0.0'}/${p.protocol ?? 'TCP'}/${p.hostPort}`);
    }
    const owner = pod.metadata.ownerReferences?.find((r) => r.controller)?.uid;
    return { node, requested, nonZero, ports, owner };
  }

  /** What a bound pod charges its node (undefined: it holds nothing). */
  chargeOf(key: string): Charge | undefined {
    return this.charges.get(key);
  }

  private charge(key: string, c: Charge, sign: 1 | -1): void {
    const info = this.nodes.get(c.node);
    if (!info) return;
    applyCharge(info, key, c, sign);
    if (c.owner) {
      let counts = this.ownerCounts.get(c.owner);
      if (!counts) this.ownerCounts.set(c.owner, (counts = { total: 0, byNode: [] }));
      counts.byNode[info.index] = (counts.byNode[info.index] ?? 0) + sign;
      counts.total += sign;
      if (counts.total <= 0) this.ownerCounts.delete(c.owner);
    }
  }
}

/** A pending pod nominated to a node, and what it will charge there. */
export interface Nominated {
  pod: Stored<Pod>;
  charge: Charge;
}

/** Adds (or, with -1, takes away) what a pod charges a node. */
export function applyCharge(info: NodeInfo, key: string, c: Charge, sign: 1 | -1): void {
  info.requestedCpu += sign * c.requested.cpu;
  info.requestedMemory += sign * c.requested.memory;
  info.nonZeroCpu += sign * c.nonZero.cpu;
  info.nonZeroMemory += sign * c.nonZero.memory;
  info.pods += sign;
  for (const [name, n] of Object.entries(c.requested.scalar ?? {}))
    info.requestedScalar.set(name, (info.requestedScalar.get(name) ?? 0) + sign * n);
  for (const p of c.ports) {
    const n = (info.ports.get(p) ?? 0) + sign;
    if (n > 0) info.ports.set(p, n);
    else info.ports.delete(p);
  }
  if (sign > 0) info.podKeys.add(key);
  else info.podKeys.delete(key);
}

/** A private copy of a node's info to simulate changes on (nominated pods, preemption's dry run). */
export function copyNodeInfo(info: NodeInfo): NodeInfo {
  return {
    ...info,
    requestedScalar: new Map(info.requestedScalar),
    ports: new Map(info.ports),
    podKeys: new Set(info.podKeys),
  };
}

/** A memo key for one container's requests: cpu and memory, plus any extended resources. */
function requestsKey(requests: Readonly<Record<string, string | number>> | undefined): string {
  if (!requests) return '';
  const keys = Object.keys(requests);
  const plain = keys.length <= 2 && keys.every((k) => k === 'cpu' || k === 'memory');
  return plain ? `${String(requests.cpu ?? '')},${String(requests.memory ?? '')}` : JSON.stringify(requests);
}

/** A pod holds its node's resources from binding until it terminates or is removed. */
export function occupiesNode(pod: Stored<Pod>): boolean {
  if (!pod.spec?.nodeName) return false;
  const phase = pod.status?.phase;
  return phase !== 'Succeeded' && phase !== 'Failed';
}

function isUnschedulable(pod: Stored<Pod>): boolean {
  return pod.status?.conditions?.some((c) => c.type === 'PodScheduled' && c.status === 'False') === true;
}
