/**
 * Discovery: which groups, versions and resources this cluster serves (built-in types plus its CRDs), as the
 * legacy documents (`/api`, `/api/v1`, `/apis`, `/apis/{g}/{v}`) and as the aggregated APIGroupDiscoveryList
 * kubectl ≥ 1.26 asks for first (k8s.io/api/apidiscovery/v2).
 */
import { apiVersionOf, hasScaleSubresource, NODE_SUBNET, type ResourceType } from '../sim/index.js';

interface Subresource {
  name: string;
  group: string;
  version: string;
  kind: string;
  verbs: string[];
}

/** The subresources kube-apiserver lists for a type (those kubectl looks up: scale, status, log, eviction …). */
function subresourcesOf(type: ResourceType): Subresource[] {
  const own = (name: string, verbs: string[]): Subresource => ({
    name,
    group: type.group,
    version: type.version,
    kind: type.kind,
    verbs,
  });
  const out: Subresource[] = [];
  if (type.kind === 'Pod') {
    out.push(own('attach', ['create', 'get']));
    out.push({ name: 'binding', group: '', version: 'v1', kind: 'Binding', verbs: ['create'] });
    out.push(own('ephemeralcontainers', ['get', 'patch', 'update']));
    out.push({ name: 'eviction', group: 'policy', version: 'v1', kind: 'Eviction', verbs: ['create'] });
    out.push(own('exec', ['create', 'get']));
    out.push(own('log', ['get']));
    out.push(own('portforward', ['create', 'get']));
  }
  if (hasScaleSubresource(type)) {
    out.push({ name: 'scale', group: 'autoscaling', version: 'v1', kind: 'Scale', verbs: ['get', 'patch', 'update'] });
  }
  if (type.hasStatus) out.push(own('status', ['get', 'patch', 'update']));
  return out.sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** Served top-level types, Binding aside (it is only ever created through pods/binding in practice). */
function groupsOf(types: readonly ResourceType[]): Map<string, Map<string, ResourceType[]>> {
  const groups = new Map<string, Map<string, ResourceType[]>>();
  for (const t of types) {
    let versions = groups.get(t.group);
    if (!versions) groups.set(t.group, (versions = new Map<string, ResourceType[]>()));
    let list = versions.get(t.version);
    if (!list) versions.set(t.version, (list = []));
    list.push(t);
  }
  return groups;
}

export function apiVersions() {
  return {
    kind: 'APIVersions',
    versions: ['v1'],
    serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: `${NODE_SUBNET}2:8443` }],
  };
}

export function apiGroupList(types: readonly ResourceType[]) {
  const groups = [...groupsOf(types)].filter(([g]) => g !== '');
  return {
    kind: 'APIGroupList',
    apiVersion: 'v1',
    groups: groups.map(([name, versions]) => {
      const list = [...versions.keys()].map((v) => ({ groupVersion: `${name}/${v}`, version: v }));
      return { name, versions: list, preferredVersion: list[0] };
    }),
  };
}

/** `/api/v1`, `/apis/{g}/{v}`: undefined when the group version is not served. */
export function apiResourceList(types: readonly ResourceType[], group: string, version: string) {
  const served = types.filter((t) => t.group === group && t.version === version);
  if (served.length === 0) return undefined;
  const resources: Record<string, unknown>[] = [];
  for (const t of [...served].sort((a, b) => (a.plural < b.plural ? -1 : 1))) {
    resources.push({
      name: t.plural,
      singularName: t.singular,
      namespaced: t.namespaced,
      kind: t.kind,
      verbs: [...t.verbs],
      ...(t.shortNames.length > 0 ? { shortNames: [...t.shortNames] } : {}),
      ...(t.categories.length > 0 ? { categories: [...t.categories] } : {}),
    });
    for (const s of subresourcesOf(t)) {
      resources.push({
        name: `${t.plural}/${s.name}`,
        singularName: '',
        namespaced: t.namespaced,
        // A subresource of another kind (autoscaling/v1 Scale, policy/v1 Eviction) names its group and version.
        ...(s.group !== t.group || s.version !== t.version ? { group: s.group, version: s.version } : {}),
        kind: s.kind,
        verbs: s.verbs,
      });
    }
  }
  return { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: apiVersionOf({ group, version }), resources };
}

/** The aggregated document for `/api` (legacy: the core group) or `/apis` (every other group). */
export function aggregatedDiscovery(types: readonly ResourceType[], legacy: boolean, version: 'v2' | 'v2beta1') {
  const groups = [...groupsOf(types)].filter(([g]) => (g === '') === legacy);
  return {
    kind: 'APIGroupDiscoveryList',
    apiVersion: `apidiscovery.k8s.io/${version}`,
    metadata: {},
    items: groups.map(([name, versions]) => ({
      metadata: name ? { name } : {},
      versions: [...versions].map(([v, list]) => ({
        version: v,
        resources: [...list]
          .sort((a, b) => (a.plural < b.plural ? -1 : 1))
          .map((t) => ({
            resource: t.plural,
            responseKind: { group: t.group, version: t.version, kind: t.kind },
            scope: t.namespaced ? 'Namespaced' : 'Cluster',
            singularResource: t.singular,
            verbs: [...t.verbs],
            ...(t.shortNames.length > 0 ? { shortNames: [...t.shortNames] } : {}),
            ...(t.categories.length > 0 ? { categories: [...t.categories] } : {}),
            ...(subresourcesOf(t).length > 0
              ? {
                  subresources: subresourcesOf(t).map((s) => ({
                    subresource: s.name,
                    responseKind: { group: s.group, version: s.version, kind: s.kind },
                    verbs: s.verbs,
                  })),
                }
              : {}),
          })),
        freshness: 'Current',
      })),
    })),
  };
}

/** The aggregated discovery version an Accept header asks for, if any. */
export function aggregatedVersionWanted(accept: string | undefined): 'v2' | 'v2beta1' | undefined {
  if (!accept) return undefined;
  for (const part of accept.split(',')) {
    const params = part.split(';').map((p) => p.trim());
    if (!params.includes('as=APIGroupDiscoveryList') || !params.includes('g=apidiscovery.k8s.io')) continue;
    if (params.includes('v=v2')) return 'v2';
    if (params.includes('v=v2beta1')) return 'v2beta1';
  }
  return undefined;
}

export const aggregatedContentType = (version: 'v2' | 'v2beta1') =>
  `application/json;g=apidiscovery.k8s.io;v=${version};as=APIGroupDiscoveryList`;
