/**
 * kube-scheduler's default filter and score plugins, in the order the default profile runs them.
 * A filter returns undefined (fits) or its reasons, each with the preemption verdict the real plugin
 * gives (`UnschedulableAndUnresolvable` means removing pods would not help).
 */
import type {
  NodeSelectorRequirement,
  NodeSelectorTerm,
  Pod,
  PodAffinityTerm,
  Taint,
  Toleration,
} from 'kubernetes-types/core/v1';
import { fromLabelSelector, matches } from '../../selectors.js';
import type { Stored } from '../../types.js';
import type { Resources } from '../resources.js';
import type { NodeInfo, SchedulerCache } from './cache.js';

export interface FilterFailure {
  reasons: string[];
  /** UnschedulableAndUnresolvable: preemption cannot help on this node. */
  unresolvable: boolean;
}

/** What one scheduling attempt computes once for the pod. */
export interface PodState {
  pod: Stored<Pod>;
  requested: Resources;
  nonZero: Resources;
  ports: string[];
  /** For InterPodAffinity: affinity terms evaluated against the cache once per attempt. */
  affinity: AffinityState | undefined;
}

export interface FilterPlugin {
  readonly name: string;
  /**
   * PreFilter's `Skip`: false when the plugin cannot reject any node for this pod (no node selector,
   * no host ports…), so its Filter is not called node after node. Absent: always relevant.
   */
  relevant?(state: PodState): boolean;
  /** Rejects only cordoned or tainted nodes (NodeInfo.restricted): other nodes skip it. */
  readonly restrictedNodesOnly?: boolean;
  filter(state: PodState, node: NodeInfo): FilterFailure | undefined;
}

const fail = (unresolvable: boolean, ...reasons: string[]): FilterFailure => ({ reasons, unresolvable });

export const nodeUnschedulable: FilterPlugin = {
  name: 'NodeUnschedulable',
  restrictedNodesOnly: true,
  filter(state, node) {
    if (!node.unschedulable) return undefined;
    const tolerated = (state.pod.spec?.tolerations ?? []).some((t) =>
      tolerates(t, { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' }),
    );
    return tolerated ? undefined : fail(true, 'node(s) were unschedulable');
  },
};

export const nodeName: FilterPlugin = {
  name: 'NodeName',
  relevant: (state) => !!state.pod.spec?.nodeName,
  filter(state, node) {
    const wanted = state.pod.spec?.nodeName;
    return wanted && wanted !== node.name ? fail(true, "node(s) didn't match the requested node name") : undefined;
  },
};

export const taintToleration: FilterPlugin = {
  name: 'TaintToleration',
  restrictedNodesOnly: true,
  filter(state, node) {
    if (node.taints.length === 0) return undefined;
    const tolerations = state.pod.spec?.tolerations ?? [];
    for (const taint of node.taints) {
      if (taint.effect !== 'NoSchedule' && taint.effect !== 'NoExecute') continue;
      if (!tolerations.some((t) => tolerates(t, taint))) {
        return fail(true, `node(s) had untolerated taint {${taint.key}: ${taint.value ?? ''}}`);
      }
    }
    return undefined;
  },
};

export const nodeAffinity: FilterPlugin = {
  name: 'NodeAffinity',
  relevant: (state) =>
    !!state.pod.spec?.nodeSelector ||
    !!state.pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution,
  filter(state, node) {
    const spec = state.pod.spec;
    const selector = spec?.nodeSelector;
    if (selector) {
      for (const [k, v] of Object.entries(selector))
        if (node.labels[k] !== v) return fail(true, "node(s) didn't match Pod's node affinity/selector");
    }
    const required = spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
    if (required && !required.nodeSelectorTerms.some((term) => termMatches(term, node))) {
      return fail(true, "node(s) didn't match Pod's node affinity/selector");
    }
    return undefined;
  },
};

export const nodePorts: FilterPlugin = {
  name: 'NodePorts',
  relevant: (state) => state.ports.length > 0,
  filter(state, node) {
    if (state.ports.length === 0) return undefined;
    for (const p of state.ports) {
      const [ip, proto, port] = p.split('/');
      const clash =
        node.ports.has(p) ||
        (ip === '0.0.0.0'
          ? [...node.ports.keys()].some((q) => q.endsWith(`/${proto ?? ''}/${port ?? ''}`))
          : node.ports.has(`0.0.0.0/${proto ?? ''}/${port ?? ''}`));
      if (clash) return fail(false, "node(s) didn't have free ports for the requested pod ports");
    }
    return undefined;
  },
};

export const nodeResourcesFit: FilterPlugin = {
  name: 'NodeResourcesFit',
  filter(state, node) {
    const r = state.requested;
    const pods = node.pods + 1 > node.allocPods;
    const cpu = r.cpu > 0 && node.requestedCpu + r.cpu > node.allocCpu;
    const memory = r.memory > 0 && node.requestedMemory + r.memory > node.allocMemory;
    // fitsRequest: extended resources after cpu and memory, `Insufficient <name>` each.
    const scalar = Object.entries(r.scalar ?? {}).filter(
      ([name, n]) => n > 0 && (node.requestedScalar.get(name) ?? 0) + n > (node.allocScalar[name] ?? 0),
    );
    if (!pods && !cpu && !memory && scalar.length === 0) return undefined;
    const reasons: string[] = [];
    if (pods) reasons.push('Too many pods');
    if (cpu) reasons.push('Insufficient cpu');
    if (memory) reasons.push('Insufficient memory');
    for (const [name] of scalar) reasons.push(`Insufficient ${name}`);
    return { reasons, unresolvable: false };
  },
};

export const interPodAffinity: FilterPlugin = {
  name: 'InterPodAffinity',
  relevant: (state) => state.affinity !== undefined,
  filter(state, node) {
    const a = state.affinity;
    if (!a) return undefined;
    for (const term of a.affinity) {
      const v = node.labels[term.topologyKey];
      if (v === undefined) return fail(true, "node(s) didn't match pod affinity rules");
      if (!term.domains.has(v) && !(term.domains.size === 0 && term.matchesSelf))
        return fail(true, "node(s) didn't match pod affinity rules");
    }
    for (const term of a.anti) {
      const v = node.labels[term.topologyKey];
      if (v !== undefined && term.domains.has(v)) return fail(false, "node(s) didn't match pod anti-affinity rules");
    }
    for (const [key, values] of a.existingAnti) {
      const v = node.labels[key];
      if (v !== undefined && values.has(v))
        return fail(false, "node(s) didn't satisfy existing pods anti-affinity rules");
    }
    return undefined;
  },
};

/**
 * PodTopologySpread's Filter for DoNotSchedule constraints: a node without the constraint's topology label cannot
 * place the pod (its skew over the labelled domains is not computed here).
 */
export const podTopologySpread: FilterPlugin = {
  name: 'PodTopologySpread',
  relevant: (state) => hardSpreadKeys(state.pod).length > 0,
  filter(state, node) {
    return hardSpreadKeys(state.pod).every((key) => node.labels[key] !== undefined)
      ? undefined
      : fail(true, "node(s) didn't match pod topology spread constraints (missing required label)");
  },
};

function hardSpreadKeys(pod: Stored<Pod>): string[] {
  return (pod.spec?.topologySpreadConstraints ?? [])
    .filter((c) => c.whenUnsatisfiable === 'DoNotSchedule')
    .map((c) => c.topologyKey);
}

/** The default profile's filters, in kube-scheduler's order (a node stops at its first failure). */
export const FILTERS: readonly FilterPlugin[] = [
  nodeUnschedulable,
  nodeName,
  taintToleration,
  nodeAffinity,
  nodePorts,
  nodeResourcesFit,
  podTopologySpread,
  interPodAffinity,
];

/** Runs filters on a node in order; the first failure is the node's status (the framework's RunFilterPlugins). */
export function runFilters(
  filters: readonly FilterPlugin[],
  state: PodState,
  node: NodeInfo,
): FilterFailure | undefined {
  let failure: FilterFailure | undefined;
  for (let f = 0; f < filters.length && !failure; f++) failure = (filters[f] as FilterPlugin).filter(state, node);
  return failure;
}

/** corev1 Toleration.ToleratesTaint. */
export function tolerates(t: Toleration, taint: Pick<Taint, 'key' | 'effect'> & { value?: string }): boolean {
  if (t.effect && t.effect !== taint.effect) return false;
  if (t.operator === 'Exists') return !t.key || t.key === taint.key;
  return t.key === taint.key && (t.value ?? '') === (taint.value ?? '');
}

function termMatches(term: NodeSelectorTerm, node: NodeInfo): boolean {
  const exprs = term.matchExpressions ?? [];
  const fields = term.matchFields ?? [];
  if (exprs.length === 0 && fields.length === 0) return false;
  return (
    exprs.every((e) => requirementMatches(e, node.labels[e.key])) &&
    fields.every((f) => requirementMatches(f, f.key === 'metadata.name' ? node.name : undefined))
  );
}

function requirementMatches(r: NodeSelectorRequirement, value: string | undefined): boolean {
  const values = r.values ?? [];
  switch (r.operator) {
    case 'In':
      return value !== undefined && values.includes(value);
    case 'NotIn':
      return value === undefined || !values.includes(value);
    case 'Exists':
      return value !== undefined;
    case 'DoesNotExist':
      return value === undefined;
    case 'Gt':
      return value !== undefined && Number(value) > Number(values[0]);
    case 'Lt':
      return value !== undefined && Number(value) < Number(values[0]);
    default:
      return false;
  }
}

// ---- InterPodAffinity pre-filter ----

interface TermState {
  topologyKey: string;
  /** Topology values (of `topologyKey`) where a matching pod runs. */
  domains: Set<string>;
  matchesSelf: boolean;
}

export interface AffinityState {
  affinity: TermState[];
  anti: TermState[];
  /** topologyKey → values where an existing pod's anti-affinity term matches the incoming pod. */
  existingAnti: Map<string, Set<string>>;
}

function termSelects(term: PodAffinityTerm, owner: Stored<Pod>, candidate: Stored<Pod>): boolean {
  const namespaces = term.namespaces?.length ? term.namespaces : [owner.metadata.namespace ?? 'default'];
  if (!term.namespaceSelector && !namespaces.includes(candidate.metadata.namespace ?? 'default')) return false;
  const selector = fromLabelSelector(term.labelSelector);
  return selector !== null && matches(selector, candidate.metadata.labels);
}

/** InterPodAffinity's PreFilter: undefined when neither the pod nor any bound pod has affinity terms. */
export function affinityState(
  pod: Stored<Pod>,
  cache: SchedulerCache,
  getPod: (key: string) => Stored<Pod> | undefined,
): AffinityState | undefined {
  const own = pod.spec?.affinity;
  const affinityTerms = own?.podAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? [];
  const antiTerms = own?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? [];
  if (affinityTerms.length === 0 && antiTerms.length === 0 && cache.withAffinity.size === 0) return undefined;
  const state: AffinityState = {
    affinity: affinityTerms.map((t) => ({
      topologyKey: t.topologyKey,
      domains: new Set(),
      matchesSelf: termSelects(t, pod, pod),
    })),
    anti: antiTerms.map((t) => ({ topologyKey: t.topologyKey, domains: new Set(), matchesSelf: false })),
    existingAnti: new Map(),
  };
  const needScan = affinityTerms.length > 0 || antiTerms.length > 0;
  for (const info of cache.nodes.values()) {
    for (const key of needScan ? info.podKeys : []) {
      const other = getPod(key);
      if (!other) continue;
      affinityTerms.forEach((t, i) => {
        const v = info.labels[t.topologyKey];
        if (v !== undefined && termSelects(t, pod, other)) state.affinity[i]?.domains.add(v);
      });
      antiTerms.forEach((t, i) => {
        const v = info.labels[t.topologyKey];
        if (v !== undefined && termSelects(t, pod, other)) state.anti[i]?.domains.add(v);
      });
    }
  }
  for (const key of cache.withAffinity) {
    const other = getPod(key);
    const node = other?.spec?.nodeName ? cache.nodes.get(other.spec.nodeName) : undefined;
    if (!other || !node) continue;
    for (const t of other.spec?.affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? []) {
      const v = node.labels[t.topologyKey];
      if (v === undefined || !termSelects(t, other, pod)) continue;
      const set = state.existingAnti.get(t.topologyKey) ?? new Set<string>();
      set.add(v);
      state.existingAnti.set(t.topologyKey, set);
    }
  }
  return state;
}

// ---- Scoring ----

export type ScoringStrategy = 'spread' | 'binpack';

const MAX_NODE_SCORE = 100;

/** NodeResourcesFit: LeastAllocated (spread, the default) or MostAllocated (binpack), cpu and memory weighted 1:1. */
export function resourceScore(state: PodState, node: NodeInfo, strategy: ScoringStrategy): number {
  let cpu = fraction(node.nonZeroCpu + state.nonZero.cpu, node.allocCpu);
  let mem = fraction(node.nonZeroMemory + state.nonZero.memory, node.allocMemory);
  if (strategy !== 'binpack') {
    cpu = 1 - cpu;
    mem = 1 - mem;
  }
  return Math.floor((Math.floor(cpu * MAX_NODE_SCORE) + Math.floor(mem * MAX_NODE_SCORE)) / 2);
}

/** NodeResourcesBalancedAllocation: favours nodes whose cpu and memory use stay in proportion. */
export function balancedScore(state: PodState, node: NodeInfo): number {
  const cpu = fraction(node.requestedCpu + state.requested.cpu, node.allocCpu);
  const mem = fraction(node.requestedMemory + state.requested.memory, node.allocMemory);
  const std = Math.abs(cpu - mem) / 2;
  return Math.floor((1 - std) * MAX_NODE_SCORE);
}

/** NodeAffinity's score: the sum of weights of the preferred terms the node matches (normalised later). */
export function preferredAffinityScore(pod: Stored<Pod>, node: NodeInfo): number {
  let sum = 0;
  for (const p of pod.spec?.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? []) {
    if (termMatches(p.preference, node)) sum += p.weight;
  }
  return sum;
}

/** TaintToleration's score: untolerated PreferNoSchedule taints (fewer is better; normalised and reversed later). */
export function intolerableTaints(pod: Stored<Pod>, node: NodeInfo): number {
  const tolerations = (pod.spec?.tolerations ?? []).filter((t) => !t.effect || t.effect === 'PreferNoSchedule');
  return node.taints.filter((t) => t.effect === 'PreferNoSchedule' && !tolerations.some((tol) => tolerates(tol, t)))
    .length;
}

function fraction(requested: number, allocatable: number): number {
  if (allocatable <= 0) return 1;
  return Math.min(1, requested / allocatable);
}
