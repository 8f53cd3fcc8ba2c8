/**
 * kustomize's legacy output order (builtins.SortOrderTransformer, the default when a kustomization sets no
 * sortOptions): kinds other objects depend on first, webhooks last, the rest by group/version/kind, then by
 * namespace and name.
 */
import { gvkOf, gvkString, nameOf, namespaceOf, type Gvk, type Resource } from './resource.js';

const ORDER_FIRST = [
  'Namespace',
  'ResourceQuota',
  'StorageClass',
  'CustomResourceDefinition',
  'ServiceAccount',
  'PodSecurityPolicy',
  'Role',
  'ClusterRole',
  'RoleBinding',
  'ClusterRoleBinding',
  'ConfigMap',
  'Secret',
  'Endpoints',
  'Service',
  'LimitRange',
  'PriorityClass',
  'PersistentVolume',
  'PersistentVolumeClaim',
  'Deployment',
  'StatefulSet',
  'CronJob',
  'PodDisruptionBudget',
];
const ORDER_LAST = ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'];

function gvkSortString(g: Gvk): string {
  return `${g.group || '~G'}_${g.version || '~V'}_${g.kind || '~K'}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortLegacy(
  resources: readonly Resource[],
  options?: { orderFirst: readonly string[]; orderLast: readonly string[] },
): Resource[] {
  const first = options?.orderFirst ?? ORDER_FIRST;
  const last = options?.orderLast ?? ORDER_LAST;
  const rank = new Map<string, number>();
  first.forEach((kind, i) => rank.set(kind, i - first.length));
  last.forEach((kind, i) => rank.set(kind, i + 1));
  const key = (r: Resource) => {
    const g = gvkOf(r.obj);
    return {
      g,
      rank: rank.get(g.kind) ?? 0,
      id: `${gvkString(g)}|${namespaceOf(r.obj) || '~X'}|${nameOf(r.obj) || '~N'}`,
    };
  };
  return [...resources]
    .map((r) => ({ r, k: key(r) }))
    .sort((x, y) => {
      if (x.k.rank !== y.k.rank) return x.k.rank - y.k.rank;
      const gx = gvkSortString(x.k.g);
      const gy = gvkSortString(y.k.g);
      if (gx !== gy) {
        // Namespaces of the core group sort before those of other groups.
        if (x.k.g.kind === 'Namespace' && y.k.g.kind === 'Namespace' && (x.k.g.group === '' || y.k.g.group === ''))
          return -compare(gx, gy);
        return compare(gx, gy);
      }
      return compare(x.k.id, y.k.id);
    })
    .map(({ r }) => r);
}
