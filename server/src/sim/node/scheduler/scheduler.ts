/**
 * The simulated kube-scheduler (`default-scheduler`): pending pods go through the filter plugins,
 * the feasible nodes are scored, and the pod is bound to the best one. A pod that fits nowhere stays
 * Pending with PodScheduled=False and the real `FailedScheduling` message, and is retried when nodes
 * or bound pods change.
 */
import type { PersistentVolumeClaim, Pod, PodCondition } from 'kubernetes-types/core/v1';
import type { Controller, ControllerContext } from '../../controllers/controller.js';
import type { Stored, WatchEvent } from '../../types.js';
import { condition } from '../../podStatus.js';
import { SchedulerCache, applyCharge, copyNodeInfo, occupiesNode, type NodeInfo } from './cache.js';
import { fitErrorMessage, preFilterMessage } from './messages.js';
import {
  FILTERS,
  affinityState,
  balancedScore,
  intolerableTaints,
  preferredAffinityScore,
  resourceScore,
  runFilters,
  type FilterPlugin,
  type PodState,
} from './plugins.js';
import { preempt, priorityOf, type NodeFailure, type PostFilterResult } from './preemption.js';

export const SCHEDULER_NAME = 'default-scheduler';
/** Queue key that re-queues every unschedulable pod (kube-scheduler's MoveAllToActiveOrBackoffQueue). */
const RETRY = '*retry';
const UNSCHEDULABLE_FLUSH_MS = 5 * 60_000;

export function schedulerCache(ctx: ControllerContext): SchedulerCache {
  return ctx.memo
    ? ctx.memo('scheduler-cache', () => new SchedulerCache(ctx.store))
    : new SchedulerCache(ctx.store, false);
}

export const scheduler: Controller = {
  name: SCHEDULER_NAME,
  watches: ['pods', 'nodes', 'persistentvolumeclaims'],
  keysFor: schedulerKeys,
  reconcile(key, ctx) {
    const cache = schedulerCache(ctx);
    if (key === RETRY) {
      for (const k of byPriority(cache.unschedulable, ctx)) ctx.enqueue(SCHEDULER_NAME, k);
      return;
    }
    const pod = podByKey(ctx, key);
    if (!pod || pod.spec?.nodeName || pod.metadata.deletionTimestamp || !ours(pod)) return;
    if ((pod.spec?.schedulingGates?.length ?? 0) > 0) {
      gated(pod, ctx);
      return;
    }
    schedule(pod, cache, ctx);
  },
};

/** The active queue's order (PrioritySort): higher priority first, otherwise as they came. */
function byPriority(keys: ReadonlySet<string>, ctx: ControllerContext): string[] {
  const list = [...keys];
  if (list.length < 2) return list;
  const priority = new Map<string, number>();
  for (const k of list) {
    const pod = podByKey(ctx, k);
    priority.set(k, pod ? priorityOf(pod) : 0);
  }
  return list.sort((a, b) => (priority.get(b) ?? 0) - (priority.get(a) ?? 0));
}

function podByKey(ctx: ControllerContext, key: string): Stored<Pod> | undefined {
  const i = key.indexOf('/');
  return ctx.store.get('pods', key.slice(0, i), key.slice(i + 1)) as Stored<Pod> | undefined;
}

function ours(pod: Stored<Pod>): boolean {
  const s = pod.spec?.schedulerName;
  return s === undefined || s === SCHEDULER_NAME;
}

function schedulerKeys(event: WatchEvent): readonly string[] {
  // A claim created or bound may let a pod waiting on VolumeBinding through.
  if (event.resource === 'persistentvolumeclaims') return event.type === 'DELETED' ? [] : [RETRY];
  if (event.resource === 'nodes') {
    if (event.type !== 'MODIFIED') return event.type === 'ADDED' ? [RETRY] : [];
    const a = event.old;
    const b = event.object;
    const changed =
      JSON.stringify(a?.spec) !== JSON.stringify(b.spec) ||
      JSON.stringify(a?.metadata.labels) !== JSON.stringify(b.metadata.labels) ||
      JSON.stringify((a?.status as { allocatable?: unknown } | undefined)?.allocatable) !==
        JSON.stringify((b.status as { allocatable?: unknown } | undefined)?.allocatable);
    return changed ? [RETRY] : [];
  }
  const pod = event.object as Stored<Pod>;
  const old = event.old as Stored<Pod> | undefined;
  const key = `${pod.metadata.namespace ?? ''}/${pod.metadata.name}`;
  if (event.type === 'DELETED') return pod.spec?.nodeName ? [RETRY] : [];
  if (pod.spec?.nodeName) {
    // A bound pod that stops holding resources may make room for a pending one.
    return old && occupiesNode(old) && !occupiesNode(pod) ? [RETRY] : [];
  }
  if (pod.metadata.deletionTimestamp || !ours(pod)) return [];
  if (event.type === 'ADDED' || !old) return [key];
  // Our own status writes do not trigger a new attempt; a spec change (tolerations) does.
  return old.spec === pod.spec || JSON.stringify(old.spec) === JSON.stringify(pod.spec) ? [] : [key];
}

/** numFeasibleNodesToFind with the default percentageOfNodesToScore (adaptive). */
export function feasibleNodesToFind(all: number): number {
  if (all < 100) return all;
  const percentage = Math.max(5, 50 - Math.floor(all / 125));
  return Math.max(100, Math.floor((all * percentage) / 100));
}

function schedule(pod: Stored<Pod>, cache: SchedulerCache, ctx: ControllerContext): void {
  const nodes = cache.nodeList();
  const getPod = (k: string) => podByKey(ctx, k);
  const { requested, nonZero } = cache.requestsOf(pod);
  const ports: string[] = [];
  for (const c of pod.spec?.containers ?? [])
    for (const p of c.ports ?? [])
      if (p.hostPort) ports.push(`${p.hostIP ?? '0.0.0.0'}/${p.protocol ?? 'TCP'}/${p.hostPort}`);
  const state: PodState = { pod, requested, nonZero, ports, affinity: undefined };
  const withNominated = (node: NodeInfo) => nominatedView(node, pod, cache);
  const postFilter = (failed: readonly NodeFailure[], filters: readonly FilterPlugin[]): PostFilterResult =>
    preempt(
      { state, failed, totalNodes: nodes.length, filters, cache, getPod, withNominated, now: ctx.clock.now() },
      ctx,
    );
  const refused = volumeBindingPreFilter(pod, ctx);
  if (refused) {
    const post = nodes.length > 0 ? postFilter([], []) : { message: '' };
    markUnschedulable(pod, preFilterMessage(nodes.length, refused, post.message), post.nominate, ctx);
    return;
  }
  state.affinity = affinityState(pod, cache, getPod);
  const { filters, plainNodeFilters } = filtersFor(state);
  // evaluateNominatedNode: a pod that preempted goes to its nominated node as soon as it fits there.
  const nominatedNode = pod.status?.nominatedNodeName ? cache.nodes.get(pod.status.nominatedNodeName) : undefined;
  if (nominatedNode && !runFilters(filters, state, withNominated(nominatedNode))) {
    bind(pod, nominatedNode, ctx);
    return;
  }
  const want = feasibleNodesToFind(nodes.length);
  const start = nodes.length > 0 ? hash(pod.metadata.uid) % nodes.length : 0;
  const feasible = cache.scratch.feasible;
  let found = 0;
  const failed: NodeFailure[] = [];
  const n = nodes.length;
  for (let i = 0, at = start; i < n && found < want; i++, at = at + 1 === n ? 0 : at + 1) {
    const node = nodes[at] as NodeInfo;
    const failure = runFilters(node.restricted ? filters : plainNodeFilters, state, withNominated(node));
    if (failure) failed.push({ node, failure });
    else feasible[found++] = node;
  }
  if (found === 0) {
    const post = nodes.length > 0 ? postFilter(failed, filters) : { message: '' };
    const message = fitErrorMessage(
      nodes.length,
      failed.map((f) => f.failure),
      post.message,
    );
    markUnschedulable(pod, message, post.nominate, ctx);
    return;
  }
  bind(pod, pickNode(state, feasible, found, cache, ctx), ctx);
}

/**
 * The node as the filters see it for `pod` (the framework's addNominatedPods): with what the pods nominated to it of
 * at least the pod's priority will use, so a preemptor's room is not taken while its victims terminate.
 */
function nominatedView(node: NodeInfo, pod: Stored<Pod>, cache: SchedulerCache): NodeInfo {
  if (cache.nominated.size === 0) return node;
  let view: NodeInfo | undefined;
  for (const [key, n] of cache.nominated) {
    if (n.charge.node !== node.name || n.pod.metadata.uid === pod.metadata.uid) continue;
    if (priorityOf(n.pod) < priorityOf(pod)) continue;
    view ??= copyNodeInfo(node);
    applyCharge(view, key, n.charge, 1);
  }
  return view ?? node;
}

interface FilterSet {
  /** The filters that can reject a node for this pod (PreFilter did not skip them). */
  filters: readonly FilterPlugin[];
  /** Those of them that can reject a plain node (neither cordoned nor tainted). */
  plainNodeFilters: readonly FilterPlugin[];
}

/** Filter sets by the bit mask of relevant FILTERS: there are only a few, and every pod needs one. */
const filterSets = new Map<number, FilterSet>();

function filtersFor(state: PodState): FilterSet {
  let mask = 0;
  for (let i = 0; i < FILTERS.length; i++) {
    const f = FILTERS[i] as FilterPlugin;
    if (!f.relevant || f.relevant(state)) mask |= 1 << i;
  }
  let set = filterSets.get(mask);
  if (!set) {
    const filters = FILTERS.filter((_, i) => (mask & (1 << i)) !== 0);
    set = { filters, plainNodeFilters: filters.filter((f) => !f.restrictedNodesOnly) };
    filterSets.set(mask, set);
  }
  return set;
}

/** Per-node raw scores of a plugin that needs normalising over all feasible nodes, and their range. */
interface Normalised {
  raw: readonly number[];
  max: number;
  min: number;
}

/** Scores the first `count` feasible nodes into `raw` (a reused scratch array). */
function normalised(
  feasible: readonly NodeInfo[],
  count: number,
  raw: number[],
  score: (n: NodeInfo) => number,
): Normalised {
  let max = 0;
  let min = Infinity;
  for (let i = 0; i < count; i++) {
    const v = score(feasible[i] as NodeInfo);
    raw[i] = v;
    if (v > max) max = v;
    if (v < min) min = v;
  }
  return { raw, max, min };
}

/** The best of the first `count` entries of `feasible`. */
function pickNode(
  state: PodState,
  feasible: readonly NodeInfo[],
  count: number,
  cache: SchedulerCache,
  ctx: ControllerContext,
): NodeInfo {
  if (count === 1) return feasible[0] as NodeInfo;
  const scratch = cache.scratch;
  const strategy = ctx.settings.scoring;
  const pod = state.pod;
  const hasPreferred =
    (pod.spec?.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution?.length ?? 0) > 0;
  let tainted = false;
  for (let i = 0; i < count && !tainted; i++) tainted = (feasible[i] as NodeInfo).taints.length > 0;
  const affinity = hasPreferred
    ? normalised(feasible, count, scratch.affinity, (n) => preferredAffinityScore(pod, n))
    : undefined;
  const taints = tainted
    ? normalised(feasible, count, scratch.taints, (n) => (n.taints.length > 0 ? intolerableTaints(pod, n) : 0))
    : undefined;
  // PodTopologySpread's system default (spread a controller's pods over hostnames), weight 2, as
  // NormalizeScore does: fewest matching pods scores 100. Off when bin-packing.
  const owner = strategy === 'spread' ? pod.metadata.ownerReferences?.find((r) => r.controller)?.uid : undefined;
  const counts = owner ? cache.ownerPods(owner) : undefined;
  const spread = owner ? normalised(feasible, count, scratch.spread, (n) => counts?.[n.index] ?? 0) : undefined;
  let bestScore = -1;
  const best = scratch.best;
  let ties = 0;
  for (let i = 0; i < count; i++) {
    const node = feasible[i] as NodeInfo;
    let score = resourceScore(state, node, strategy) + balancedScore(state, node);
    // NodeAffinity (weight 2) and TaintToleration (weight 3), normalised to 0..100 as DefaultNormalizeScore does.
    if (affinity && affinity.max > 0) score += 2 * Math.floor(((affinity.raw[i] as number) * 100) / affinity.max);
    score += 3 * (taints && taints.max > 0 ? 100 - Math.floor(((taints.raw[i] as number) * 100) / taints.max) : 100);
    if (spread)
      score +=
        2 *
        (spread.max === 0
          ? 100
          : Math.floor((100 * (spread.max + spread.min - (spread.raw[i] as number))) / spread.max));
    if (score > bestScore) {
      bestScore = score;
      ties = 0;
    }
    if (score === bestScore) best[ties++] = node;
  }
  // selectHost: a uniformly random pick among the best-scoring nodes (one draw, not one per tie).
  return best[ties === 1 ? 0 : ctx.rng.int(ties)] as NodeInfo;
}

function bind(pod: Stored<Pod>, node: NodeInfo, ctx: ControllerContext): void {
  const now = ctx.clock.timestamp();
  const conditions = [
    ...(pod.status?.conditions ?? []).filter((c) => c.type !== 'PodScheduled'),
    condition('PodScheduled', 'True', now),
  ];
  // The Binding subresource: the API server sets nodeName and PodScheduled in one write. Written
  // through the store directly (the scheduler is trusted, and this is the hottest write there is).
  // Object.assign, not `{ ...spec, nodeName }`: a spread followed by a new key gives every pod spec
  // its own V8 hidden class, which slows every later read of pod specs.
  const spec = Object.assign({}, pod.spec, { nodeName: node.name });
  ctx.store.put('pods', { ...pod, spec, status: Object.assign({}, pod.status, { conditions }) });
  ctx.events.record(
    pod,
    'Normal',
    'Scheduled',
    `Successfully assigned ${pod.metadata.namespace ?? 'default'}/${pod.metadata.name} to ${node.name}`,
    SCHEDULER_NAME,
  );
}

/**
 * VolumeBinding's PreFilter (pkg/scheduler/framework/plugins/volumebinding): a pod waits while a claim it mounts is
 * missing, or unbound when its binding is not WaitForFirstConsumer (the claim's class binds it on its own).
 */
function volumeBindingPreFilter(pod: Stored<Pod>, ctx: ControllerContext): string | undefined {
  const ns = pod.metadata.namespace ?? '';
  let unbound = false;
  for (const v of pod.spec?.volumes ?? []) {
    const name = v.persistentVolumeClaim?.claimName;
    if (name === undefined) continue;
    const claim = ctx.store.get('persistentvolumeclaims', ns, name) as Stored<PersistentVolumeClaim> | undefined;
    if (!claim) return `persistentvolumeclaim "${name}" not found`;
    if (claim.status?.phase !== 'Bound' && !waitsForConsumer(claim, ctx)) unbound = true;
  }
  return unbound ? 'pod has unbound immediate PersistentVolumeClaims' : undefined;
}

function waitsForConsumer(claim: Stored<PersistentVolumeClaim>, ctx: ControllerContext): boolean {
  const className = claim.spec?.storageClassName;
  if (!className) return false;
  const sc = ctx.store.get('storageclasses', '', className) as Stored<{ volumeBindingMode?: string }> | undefined;
  return sc?.volumeBindingMode === 'WaitForFirstConsumer';
}

/** A pod with scheduling gates waits outside the queue (SchedulingGates PreEnqueue), its condition saying so. */
function gated(pod: Stored<Pod>, ctx: ControllerContext): void {
  const existing = pod.status?.conditions?.find((c) => c.type === 'PodScheduled');
  if (existing?.reason === 'SchedulingGated') return;
  const cond = condition(
    'PodScheduled',
    'False',
    ctx.clock.timestamp(),
    'SchedulingGated',
    'Scheduling is blocked due to non-empty scheduling gates',
  );
  const conditions = [...(pod.status?.conditions ?? []).filter((c) => c.type !== 'PodScheduled'), cond];
  ctx.store.put('pods', { ...pod, status: { ...pod.status, conditions } });
}

/**
 * handleSchedulingFailure: the PodScheduled condition and, when the PostFilter says so, `status.nominatedNodeName`
 * (set to the node freed for the pod, or cleared) in one status write, and the `FailedScheduling` event.
 */
function markUnschedulable(
  pod: Stored<Pod>,
  message: string,
  nominate: string | undefined,
  ctx: ControllerContext,
): void {
  const existing = pod.status?.conditions?.find((c) => c.type === 'PodScheduled');
  const renominate = nominate !== undefined && (pod.status?.nominatedNodeName ?? '') !== nominate;
  if (!existing || existing.status !== 'False' || existing.message !== message || renominate) {
    const cond: PodCondition = {
      ...condition('PodScheduled', 'False', ctx.clock.timestamp(), 'Unschedulable', message),
    };
    if (existing?.status === 'False') cond.lastTransitionTime = existing.lastTransitionTime ?? ctx.clock.timestamp();
    const conditions = [...(pod.status?.conditions ?? []).filter((c) => c.type !== 'PodScheduled'), cond];
    const status = { ...pod.status, conditions };
    if (nominate) status.nominatedNodeName = nominate;
    else if (nominate === '') delete status.nominatedNodeName;
    ctx.store.put('pods', { ...pod, status });
  }
  ctx.events.record(pod, 'Warning', 'FailedScheduling', message, SCHEDULER_NAME);
  // podMaxInUnschedulablePodsDuration: an unschedulable pod is retried every 5 minutes anyway.
  ctx.requeueAfter(`${pod.metadata.namespace ?? ''}/${pod.metadata.name}`, UNSCHEDULABLE_FLUSH_MS, true);
}

/** FNV-1a of the uid: where the node walk starts, spread like kube-scheduler's rotating start index. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
