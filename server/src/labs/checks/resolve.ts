/** Reading objects from the cluster for checks, with readable names for messages. */
import { groupResource, type Cluster, type KubeObject, type Stored } from '../../sim/index.js';

export interface ResolvedType {
  /** What the API server calls it (`deployments.apps`). */
  apiName: string;
  /** What a student calls it (`deployment`). */
  singular: string;
  namespaced: boolean;
}

export function resolveType(cluster: Cluster, resource: string): ResolvedType | undefined {
  const type = cluster.registry.resolve(resource);
  if (!type) return undefined;
  return { apiName: groupResource(type), singular: type.kind.toLowerCase(), namespaced: type.namespaced };
}

export function findObject(
  cluster: Cluster,
  type: ResolvedType,
  namespace: string | undefined,
  name: string,
): Stored | undefined {
  return cluster.api.find(type.apiName, type.namespaced ? (namespace ?? 'default') : undefined, name);
}

export function listObjects(
  cluster: Cluster,
  type: ResolvedType,
  namespace: string | undefined,
  selector?: string,
): Stored[] {
  return cluster.api.list(type.apiName, {
    namespace: type.namespaced ? (namespace ?? 'default') : undefined,
    ...(selector ? { labelSelector: selector } : {}),
  }).items;
}

/** `in namespace default`, or nothing for cluster-scoped objects. */
export function where(type: ResolvedType, namespace: string | undefined): string {
  return type.namespaced ? ` in namespace ${namespace ?? 'default'}` : '';
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export type { KubeObject, Stored };
