/**
 * What the cluster's discovery serves, in one place for both kubectls: the stored types, the reviews kube-apiserver
 * answers without storing (SelfSubjectReview, SelfSubjectAccessReview, SelfSubjectRulesReview), the Metrics API while
 * the metrics-server addon runs (an aggregated APIService in a real cluster), and older versions served beside the
 * stored one. The sandbox's Kubernetes API lists these to real kubectl; the terminal's `api-resources`,
 * `api-versions` and `auth can-i` read the same list.
 */
import type { Cluster } from './cluster.js';
import { metricsAvailable } from './node/metrics.js';
import type { ResourceType } from './resources.js';
import { OLDER_VERSIONS } from './versions.js';

const answered = (group: string, kind: string, plural: string): ResourceType => ({
  group,
  version: 'v1',
  kind,
  plural,
  singular: kind.toLowerCase(),
  shortNames: [],
  namespaced: false,
  categories: [],
  verbs: ['create'],
  hasStatus: false,
});

/** Served besides the stored types (only POST answers). */
export const REVIEW_TYPES: readonly ResourceType[] = [
  answered('authentication.k8s.io', 'SelfSubjectReview', 'selfsubjectreviews'),
  answered('authorization.k8s.io', 'SelfSubjectAccessReview', 'selfsubjectaccessreviews'),
  answered('authorization.k8s.io', 'SelfSubjectRulesReview', 'selfsubjectrulesreviews'),
];

const metricsType = (plural: string, kind: string, namespaced: boolean): ResourceType => ({
  group: 'metrics.k8s.io',
  version: 'v1beta1',
  kind,
  plural,
  // metrics-server's storages return "" from GetSingularName.
  singular: '',
  shortNames: [],
  namespaced,
  categories: [],
  verbs: ['get', 'list'],
  hasStatus: false,
});

export const METRICS_TYPES: readonly ResourceType[] = [
  metricsType('nodes', 'NodeMetrics', false),
  metricsType('pods', 'PodMetrics', true),
];

/** Every served type and version: core first, then groups by name, a group's preferred version first. */
export function servedTypes(cluster: Cluster): ResourceType[] {
  const types = cluster.registry.all();
  const out = [...types, ...REVIEW_TYPES, ...(metricsAvailable(cluster) ? METRICS_TYPES : [])];
  for (const v of OLDER_VERSIONS) {
    const stored = types.find((t) => t.group === v.group && t.version === v.storedVersion && t.plural === v.plural);
    if (stored) out.push({ ...stored, version: v.version });
  }
  const rank = (g: string) => (g === '' ? '' : `~${g}`);
  // Stable: within a group, the registry's order (and so the preferred version) stays.
  return out.sort((a, b) => (rank(a.group) < rank(b.group) ? -1 : rank(a.group) > rank(b.group) ? 1 : 0));
}

/** ServerPreferredResources: each group's first (preferred) version only, as `kubectl api-resources` lists them. */
export function preferredTypes(cluster: Cluster): ResourceType[] {
  const preferred = new Map<string, string>();
  const all = servedTypes(cluster);
  for (const t of all) if (!preferred.has(t.group)) preferred.set(t.group, t.version);
  return all.filter((t) => preferred.get(t.group) === t.version);
}

/** A name as kubectl resolves it against discovery (`pods`, `nodes.metrics.k8s.io`, `selfsubjectreviews`). */
export function resolveServed(cluster: Cluster, name: string): ResourceType | undefined {
  const known = cluster.registry.resolve(name);
  if (known) return known;
  const lower = name.toLowerCase();
  const [base = '', ...rest] = lower.split('.');
  const group = rest.join('.');
  return preferredTypes(cluster).find(
    (t) => (!group || t.group === group) && (t.plural === base || (t.singular !== '' && t.singular === base)),
  );
}
