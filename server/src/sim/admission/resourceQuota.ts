/**
 * The ResourceQuota admission plugin and usage accounting: what a namespace uses of each quota'd
 * resource, and refusal of a create that would exceed a quota, in the plugin's wording.
 */
import type { Pod, ResourceQuota } from 'kubernetes-types/core/v1';
import {
  addQuantity,
  cmpQuantity,
  formatQuantity,
  parseQuantity,
  tryParseQuantity,
  type Quantity,
} from '../../lib/quantity.js';
import { forbidden } from '../errors.js';
import type { ResourceType } from '../resources.js';
import { groupResource } from '../resources.js';
import type { Store } from '../store.js';
import type { KubeObject, Stored } from '../types.js';

const ZERO = parseQuantity('0');

/** Compute resources a pod counts for: the sum over its containers (init containers: the max). */
function podResources(pod: Pod): Map<string, Quantity> {
  const out = new Map<string, Quantity>();
  const add = (key: string, value: unknown) => {
    const q = typeof value === 'string' || typeof value === 'number' ? tryParseQuantity(String(value)) : undefined;
    if (q) out.set(key, addQuantity(out.get(key) ?? ZERO, q));
  };
  for (const c of pod.spec?.containers ?? []) {
    for (const [r, v] of Object.entries(c.resources?.requests ?? {})) {
      add(`requests.${r}`, v);
      if (r === 'cpu' || r === 'memory') add(r, v);
    }
    for (const [r, v] of Object.entries(c.resources?.limits ?? {})) add(`limits.${r}`, v);
  }
  return out;
}

/**
 * Whether a quota with these scopes covers a pod (pkg/quota/v1/evaluator/core/pods.go podMatchesScopeFunc):
 * every scope must match. Scoped quotas count pods only.
 */
function inScopes(pod: Pod, scopes: readonly string[]): boolean {
  const deadline = pod.spec?.activeDeadlineSeconds !== undefined && pod.spec.activeDeadlineSeconds !== null;
  const containers = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])];
  const bestEffort = containers.every(
    (c) => Object.keys(c.resources?.requests ?? {}).length === 0 && Object.keys(c.resources?.limits ?? {}).length === 0,
  );
  return scopes.every((s) =>
    s === 'Terminating'
      ? deadline
      : s === 'NotTerminating'
        ? !deadline
        : s === 'BestEffort'
          ? bestEffort
          : s === 'NotBestEffort'
            ? !bestEffort
            : true,
  );
}

const terminal = (pod: Pod) => pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';

/** Object-count keys a quota may name for a resource: `pods`, `services`, `count/deployments.apps`. */
function countKeys(type: ResourceType): string[] {
  const gr = groupResource(type);
  const legacy: Record<string, string> = {
    pods: 'pods',
    services: 'services',
    configmaps: 'configmaps',
    secrets: 'secrets',
    persistentvolumeclaims: 'persistentvolumeclaims',
    replicationcontrollers: 'replicationcontrollers',
    resourcequotas: 'resourcequotas',
  };
  return [`count/${gr}`, ...(legacy[gr] ? [legacy[gr]] : [])];
}

/** What one object adds to each quota key. */
function contribution(obj: KubeObject, type: ResourceType): Map<string, Quantity> {
  const out = type.kind === 'Pod' ? podResources(obj as Pod) : new Map<string, Quantity>();
  for (const k of countKeys(type)) out.set(k, parseQuantity('1'));
  if (type.kind === 'Service') {
    const spec = obj.spec as { type?: string; ports?: unknown[] } | undefined;
    if (spec?.type === 'NodePort' || spec?.type === 'LoadBalancer')
      out.set('services.nodeports', parseQuantity(String(spec.ports?.length ?? 0)));
    if (spec?.type === 'LoadBalancer') out.set('services.loadbalancers', parseQuantity('1'));
  }
  if (type.kind === 'PersistentVolumeClaim') {
    const storage = (obj.spec as { resources?: { requests?: { storage?: string } } } | undefined)?.resources?.requests
      ?.storage;
    const q = storage ? tryParseQuantity(String(storage)) : undefined;
    if (q) out.set('requests.storage', q);
  }
  return out;
}

/** Current usage in a namespace of every key a quota names. */
export function quotaUsage(
  store: Store,
  namespace: string,
  hard: Readonly<Record<string, unknown>>,
  types: readonly ResourceType[],
  scopes: readonly string[] = [],
): Record<string, string> {
  const used = new Map<string, Quantity>();
  for (const key of Object.keys(hard)) used.set(key, ZERO);
  for (const type of types) {
    if (!type.namespaced || (scopes.length > 0 && type.kind !== 'Pod')) continue;
    const keys = countKeys(type);
    const relevant =
      type.kind === 'Pod' ||
      type.kind === 'Service' ||
      type.kind === 'PersistentVolumeClaim' ||
      keys.some((k) => k in hard);
    if (!relevant) continue;
    for (const obj of store.list(groupResource(type), namespace)) {
      if (type.kind === 'Pod' && (terminal(obj as Pod) || obj.metadata.deletionTimestamp)) continue;
      if (scopes.length > 0 && !inScopes(obj as Pod, scopes)) continue;
      for (const [k, q] of contribution(obj, type)) if (used.has(k)) used.set(k, addQuantity(used.get(k) ?? ZERO, q));
    }
  }
  const out: Record<string, string> = {};
  for (const [k, q] of used) out[k] = formatQuantity(q);
  return out;
}

/** Refuses a create that would take a namespace over one of its quotas. */
export function checkQuota(store: Store, obj: KubeObject, type: ResourceType, types: readonly ResourceType[]): void {
  const namespace = obj.metadata?.namespace ?? 'default';
  const quotas = store.list('resourcequotas', namespace) as unknown as Stored<ResourceQuota>[];
  if (quotas.length === 0) return;
  const adds = contribution(obj, type);
  const name = obj.metadata?.name ?? '';
  for (const quota of quotas) {
    const hard = quota.spec?.hard ?? {};
    const scopes = quota.spec?.scopes ?? [];
    if (scopes.length > 0 && (type.kind !== 'Pod' || !inScopes(obj as Pod, scopes))) continue;
    const missing: string[] = [];
    if (type.kind === 'Pod') {
      for (const key of Object.keys(hard)) {
        const m = /^(requests|limits)\.(cpu|memory)$|^(cpu|memory)$/.exec(key);
        if (!m) continue;
        const needed = m[1] ? key : `requests.${key}`;
        if (!adds.has(needed)) {
          for (const c of (obj as Pod).spec?.containers ?? []) missing.push(`${needed} for: ${c.name}`);
        }
      }
      if (missing.length) {
        throw forbidden(
          `${type.plural} "${name}" is forbidden: failed quota: ${quota.metadata.name}: must specify ${[...new Set(missing)].sort().join('; ')}`,
        );
      }
    }
    const used = quotaUsage(store, namespace, hard, types, scopes);
    const over: string[] = [];
    const requested: string[] = [];
    const usedText: string[] = [];
    const limited: string[] = [];
    for (const [key, limitValue] of Object.entries(hard)) {
      const add = adds.get(key);
      if (!add) continue;
      const limit = parseQuantity(String(limitValue));
      const now = parseQuantity(used[key] ?? '0');
      if (cmpQuantity(addQuantity(now, add), limit) > 0) {
        over.push(key);
        requested.push(`${key}=${formatQuantity(add)}`);
        usedText.push(`${key}=${formatQuantity(now)}`);
        limited.push(`${key}=${formatQuantity(limit)}`);
      }
    }
    if (over.length) {
      throw forbidden(
        `${type.plural} "${name}" is forbidden: exceeded quota: ${quota.metadata.name}, requested: ${requested.join(',')}, used: ${usedText.join(',')}, limited: ${limited.join(',')}`,
      );
    }
  }
}
