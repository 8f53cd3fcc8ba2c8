/**
 * The DefaultPreemption PostFilter (pkg/scheduler/framework/plugins/defaultpreemption and framework/preemption): when
 * a pod fits nowhere, find on each node whose failure removing pods could resolve the fewest lower-priority pods whose
 * removal lets it fit (PodDisruptionBudgets respected where possible), pick the node whose victims matter least,
 * evict them (DisruptionTarget condition, graceful delete, `Preempted` event) and nominate the node for the pod.
 */
import type { Pod, PodCondition } from 'kubernetes-types/core/v1';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import type { ControllerContext } from '../../controllers/controller.js';
import { fromLabelSelector, matches } from '../../selectors.js';
import type { Stored } from '../../types.js';
import { applyCharge, copyNodeInfo, type NodeInfo, type SchedulerCache } from './cache.js';
import { NO_VICTIMS, preemptionFitError } from './messages.js';
import { affinityState, runFilters, type FilterFailure, type FilterPlugin, type PodState } from './plugins.js';

/** What the PostFilter tells the scheduling cycle. */
export interface PostFilterResult {
  /** Appended to the FitError (`preemption: …`); empty when a node was nominated. */
  message: string;
  /** The pod's new `status.nominatedNodeName` ('' clears it); undefined leaves it as it is. */
  nominate?: string;
}

export interface NodeFailure {
  node: NodeInfo;
  failure: FilterFailure;
}

/** What preemption needs from the scheduling cycle. */
export interface PreemptionInput {
  state: PodState;
  /** The nodes the filters rejected, with why. */
  failed: readonly NodeFailure[];
  totalNodes: number;
  /** The filters that can reject a node for this pod. */
  filters: readonly FilterPlugin[];
  cache: SchedulerCache;
  /** A pod by `namespace/name` key. */
  getPod: (key: string) => Stored<Pod> | undefined;
  /** The node as the filters see it for this pod (with the pods nominated to it). */
  withNominated: (node: NodeInfo) => NodeInfo;
  /** The cluster clock (epoch ms): a pod not started yet counts as starting now. */
  now: number;
}

const PDBS = 'poddisruptionbudgets.policy';

export const priorityOf = (pod: Pod): number => pod.spec?.priority ?? 0;

export function preempt(input: PreemptionInput, ctx: ControllerContext): PostFilterResult {
  const { state, failed, totalNodes } = input;
  const pod = state.pod;
  const refusal = notEligible(input);
  if (refusal) return { message: `preemption: ${refusal}` };
  const potential = failed.filter((f) => !f.failure.unresolvable).map((f) => f.node);
  if (potential.length === 0) return { message: preemptionFitError(totalNodes, []), nominate: '' };
  const pdbs = ctx.store.list(PDBS) as unknown as Stored<PodDisruptionBudget>[];
  const candidates: Candidate[] = [];
  const statuses: FilterFailure[] = [];
  for (const node of potential) {
    const result = selectVictims(node, pdbs, input);
    if ('failure' in result) statuses.push(result.failure);
    else candidates.push(result);
  }
  if (candidates.length === 0) return { message: preemptionFitError(totalNodes, statuses), nominate: '' };
  const best = pickCandidate(candidates, input.now, ctx);
  evict(best, pod, input, ctx);
  return { message: '', nominate: best.node.name };
}

/**
 * PodEligibleToPreemptOthers: a pod with `preemptionPolicy: Never` never preempts, and a pod whose earlier preemption
 * is still under way (a lower-priority pod on its nominated node terminating by preemption) waits for it.
 */
function notEligible(input: PreemptionInput): string | undefined {
  const pod = input.state.pod;
  if (pod.spec?.preemptionPolicy === 'Never') return 'not eligible due to preemptionPolicy=Never.';
  const nominated = pod.status?.nominatedNodeName;
  if (!nominated) return undefined;
  // A node absent from the statuses (a PreFilter rejected the pod) counts as UnschedulableAndUnresolvable.
  const status = input.failed.find((f) => f.node.name === nominated)?.failure;
  if (!status || status.unresolvable) return undefined;
  const node = input.cache.nodes.get(nominated);
  for (const key of node?.podKeys ?? []) {
    const other = input.getPod(key);
    if (other && priorityOf(other) < priorityOf(pod) && terminatingByPreemption(other))
      return 'not eligible due to a terminating pod on the nominated node.';
  }
  return undefined;
}

function terminatingByPreemption(pod: Stored<Pod>): boolean {
  if (!pod.metadata.deletionTimestamp) return false;
  const c = pod.status?.conditions?.find((x) => x.type === 'DisruptionTarget');
  return c?.status === 'True' && c.reason === 'PreemptionByScheduler';
}

interface Candidate {
  node: NodeInfo;
  /** Most important first. */
  victims: Stored<Pod>[];
  pdbViolations: number;
}

/**
 * SelectVictimsOnNode: take every lower-priority pod off a copy of the node; if the pod then fits, put them back most
 * important first (those whose eviction would break a PodDisruptionBudget before the others) while it still fits.
 * Those that cannot come back are the victims.
 */
function selectVictims(
  node: NodeInfo,
  pdbs: readonly Stored<PodDisruptionBudget>[],
  input: PreemptionInput,
): Candidate | { failure: FilterFailure } {
  const pod = input.state.pod;
  const potential: Stored<Pod>[] = [];
  for (const key of node.podKeys) {
    const other = input.getPod(key);
    if (other && priorityOf(other) < priorityOf(pod)) potential.push(other);
  }
  if (potential.length === 0) return { failure: { reasons: [NO_VICTIMS], unresolvable: true } };
  const sim = copyNodeInfo(input.withNominated(node));
  const removed = new Set<string>();
  const keyOf = (p: Stored<Pod>) => `${p.metadata.namespace ?? ''}/${p.metadata.name}`;
  const move = (p: Stored<Pod>, sign: 1 | -1) => {
    const key = keyOf(p);
    const charge = input.cache.chargeOf(key);
    if (charge) applyCharge(sim, key, charge, sign);
    if (sign < 0) removed.add(key);
    else removed.delete(key);
  };
  const fits = () => runFilters(input.filters, stateWithout(input, removed), sim);
  for (const p of potential) move(p, -1);
  const failure = fits();
  if (failure) return { failure };
  const now = input.now;
  potential.sort((a, b) => moreImportant(a, b, now));
  const [violating, nonViolating] = splitByBudget(potential, pdbs);
  const victims: Stored<Pod>[] = [];
  const reprieve = (p: Stored<Pod>): boolean => {
    move(p, 1);
    if (!fits()) return true;
    move(p, -1);
    victims.push(p);
    return false;
  };
  let pdbViolations = 0;
  for (const p of violating) if (!reprieve(p)) pdbViolations++;
  for (const p of nonViolating) reprieve(p);
  if (violating.length > 0 && nonViolating.length > 0) victims.sort((a, b) => moreImportant(a, b, now));
  return { node, victims, pdbViolations };
}

/** The pod's state with the removed pods gone: only InterPodAffinity's part depends on other pods. */
function stateWithout(input: PreemptionInput, removed: ReadonlySet<string>): PodState {
  const { state } = input;
  if (!state.affinity) return state;
  const affinity = affinityState(state.pod, input.cache, (k) => (removed.has(k) ? undefined : input.getPod(k)));
  return { ...state, affinity };
}

/** util.MoreImportantPod as a sort order: higher priority first, then the pod that started earlier. */
function moreImportant(a: Stored<Pod>, b: Stored<Pod>, now: number): number {
  const pa = priorityOf(a);
  const pb = priorityOf(b);
  if (pa !== pb) return pb - pa;
  return startTime(a, now) - startTime(b, now);
}

/** util.GetPodStartTime: a pod not started yet counts as starting now. */
function startTime(pod: Stored<Pod>, now: number): number {
  const t = pod.status?.startTime;
  return t ? Date.parse(t) : now;
}

/**
 * filterPodsWithPDBViolation: walking the pods in order, each one a budget selects uses up one of its allowed
 * disruptions (unless the budget already counts it as disrupted); a pod that takes one below zero would violate it.
 */
function splitByBudget(
  pods: readonly Stored<Pod>[],
  pdbs: readonly Stored<PodDisruptionBudget>[],
): [Stored<Pod>[], Stored<Pod>[]] {
  const allowed = pdbs.map((b) => b.status?.disruptionsAllowed ?? 0);
  const selectors = pdbs.map((b) => {
    const sel = fromLabelSelector(b.spec?.selector);
    return sel && sel.length > 0 ? sel : null;
  });
  const violating: Stored<Pod>[] = [];
  const nonViolating: Stored<Pod>[] = [];
  for (const pod of pods) {
    let violated = false;
    if (Object.keys(pod.metadata.labels ?? {}).length > 0) {
      pdbs.forEach((pdb, i) => {
        const sel = selectors[i];
        if (pdb.metadata.namespace !== pod.metadata.namespace || !sel || !matches(sel, pod.metadata.labels)) return;
        if (pdb.status?.disruptedPods?.[pod.metadata.name] !== undefined) return;
        allowed[i] = (allowed[i] ?? 0) - 1;
        if ((allowed[i] ?? 0) < 0) violated = true;
      });
    }
    (violated ? violating : nonViolating).push(pod);
  }
  return [violating, nonViolating];
}

/**
 * pickOneNodeForPreemption's default order: fewest PodDisruptionBudget violations, then the lowest highest-priority
 * victim, the smallest sum of victim priorities, the fewest victims, the latest start among the highest-priority
 * victims; a remaining tie goes to any of them (Go's map order there).
 */
function pickCandidate(candidates: readonly Candidate[], now: number, ctx: ControllerContext): Candidate {
  const scores: ((c: Candidate) => number)[] = [
    (c) => -c.pdbViolations,
    (c) => -priorityOf(c.victims[0] as Stored<Pod>),
    // MaxInt32+1 added to each priority so that negative priorities still add up to more for more pods.
    (c) => -c.victims.reduce((sum, v) => sum + priorityOf(v) + 2 ** 31, 0),
    (c) => -c.victims.length,
    (c) => earliestStartOfHighest(c.victims, now),
  ];
  let pool = [...candidates];
  for (const score of scores) {
    if (pool.length === 1) break;
    const best = Math.max(...pool.map(score));
    pool = pool.filter((c) => score(c) === best);
  }
  return pool.length === 1 ? (pool[0] as Candidate) : (pool[ctx.rng.int(pool.length)] as Candidate);
}

/** util.GetEarliestPodStartTime: the earliest start among the victims of the highest priority. */
function earliestStartOfHighest(victims: readonly Stored<Pod>[], now: number): number {
  const top = Math.max(...victims.map(priorityOf));
  return Math.min(...victims.filter((v) => priorityOf(v) === top).map((v) => startTime(v, now)));
}

/**
 * prepareCandidate: each victim gets the DisruptionTarget condition, is deleted gracefully and gets the `Preempted`
 * event; lower-priority pods nominated to the node lose their nomination (they may no longer fit there).
 */
function evict(c: Candidate, pod: Stored<Pod>, input: PreemptionInput, ctx: ControllerContext): void {
  const scheduler = pod.spec?.schedulerName ?? 'default-scheduler';
  const at = ctx.clock.timestamp();
  for (const victim of c.victims) {
    const cond: PodCondition = {
      type: 'DisruptionTarget',
      status: 'True',
      lastProbeTime: null as unknown as string,
      lastTransitionTime: at,
      reason: 'PreemptionByScheduler',
      message: `${scheduler}: preempting to accommodate a higher priority pod`,
    };
    const existing = victim.status?.conditions?.find((x) => x.type === 'DisruptionTarget');
    if (existing?.status !== 'True' || existing.reason !== cond.reason || existing.message !== cond.message) {
      const conditions = [...(victim.status?.conditions ?? []).filter((x) => x.type !== 'DisruptionTarget'), cond];
      ctx.store.put('pods', { ...victim, status: { ...victim.status, conditions } });
    }
    ctx.api.delete('pods', victim.metadata.namespace, victim.metadata.name);
    ctx.events.record(
      victim,
      'Normal',
      'Preempted',
      `Preempted by pod ${pod.metadata.uid} on node ${c.node.name}`,
      scheduler,
    );
  }
  for (const [key, n] of input.cache.nominated) {
    if (n.charge.node !== c.node.name || priorityOf(n.pod) >= priorityOf(pod)) continue;
    const other = input.getPod(key);
    if (!other?.status?.nominatedNodeName) continue;
    const status = { ...other.status };
    delete status.nominatedNodeName;
    ctx.store.put('pods', { ...other, status });
  }
}
