/**
 * After names change (prefix, suffix, content hash), references to the old names follow them: a Deployment's
 * configMapRef, a RoleBinding's roleRef, an Ingress backend (kustomize's nameReference field specs).
 */
import {
  isClusterScoped,
  isMap,
  kindOf,
  nameOf,
  namespaceOf,
  pathSegments,
  specApplies,
  visitPath,
  type FieldSpec,
  type Json,
  type JsonMap,
  type Resource,
} from './resource.js';

const POD_SPEC_AT: Readonly<Record<string, string>> = {
  Pod: 'spec',
  PodTemplate: 'template/spec',
  Deployment: 'spec/template/spec',
  ReplicaSet: 'spec/template/spec',
  DaemonSet: 'spec/template/spec',
  StatefulSet: 'spec/template/spec',
  Job: 'spec/template/spec',
  ReplicationController: 'spec/template/spec',
  CronJob: 'spec/jobTemplate/spec/template/spec',
};

function inPodSpecs(paths: readonly string[]): FieldSpec[] {
  return Object.entries(POD_SPEC_AT).flatMap(([kind, at]) => paths.map((p) => ({ kind, path: `${at}/${p}` })));
}

const CONTAINER_LISTS = ['containers', 'initContainers'];

const RBAC = 'rbac.authorization.k8s.io';

/** Referral kind (and group) → the fields of other objects that name it. */
const REFERENCES: readonly { kind: string; group?: string; specs: readonly FieldSpec[] }[] = [
  ...['Deployment', 'ReplicationController', 'ReplicaSet', 'StatefulSet'].map((kind) => ({
    kind,
    specs: [{ kind: 'HorizontalPodAutoscaler', path: 'spec/scaleTargetRef/name' }],
  })),
  {
    kind: 'ConfigMap',
    specs: [
      ...inPodSpecs([
        'volumes/configMap/name',
        'volumes/projected/sources/configMap/name',
        ...CONTAINER_LISTS.flatMap((c) => [
          `${c}/env/valueFrom/configMapKeyRef/name`,
          `${c}/envFrom/configMapRef/name`,
        ]),
      ]),
      { kind: 'Role', path: 'rules/resourceNames' },
      { kind: 'ClusterRole', path: 'rules/resourceNames' },
    ],
  },
  {
    kind: 'Secret',
    specs: [
      ...inPodSpecs([
        'volumes/secret/secretName',
        'volumes/projected/sources/secret/name',
        'imagePullSecrets/name',
        ...CONTAINER_LISTS.flatMap((c) => [`${c}/env/valueFrom/secretKeyRef/name`, `${c}/envFrom/secretRef/name`]),
      ]),
      { kind: 'Ingress', path: 'spec/tls/secretName' },
      { kind: 'ServiceAccount', path: 'imagePullSecrets/name' },
      { kind: 'StorageClass', path: 'parameters/secretName' },
      { kind: 'Role', path: 'rules/resourceNames' },
      { kind: 'ClusterRole', path: 'rules/resourceNames' },
    ],
  },
  {
    kind: 'Service',
    specs: [
      { kind: 'StatefulSet', group: 'apps', path: 'spec/serviceName' },
      { kind: 'Ingress', path: 'spec/rules/http/paths/backend/serviceName' },
      { kind: 'Ingress', path: 'spec/backend/serviceName' },
      { kind: 'Ingress', path: 'spec/rules/http/paths/backend/service/name' },
      { kind: 'Ingress', path: 'spec/defaultBackend/service/name' },
      { kind: 'APIService', group: 'apiregistration.k8s.io', path: 'spec/service/name' },
      { kind: 'ValidatingWebhookConfiguration', path: 'webhooks/clientConfig/service/name' },
      { kind: 'MutatingWebhookConfiguration', path: 'webhooks/clientConfig/service/name' },
    ],
  },
  { kind: 'Role', group: RBAC, specs: [{ kind: 'RoleBinding', group: RBAC, path: 'roleRef/name' }] },
  {
    kind: 'ClusterRole',
    group: RBAC,
    specs: [
      { kind: 'RoleBinding', group: RBAC, path: 'roleRef/name' },
      { kind: 'ClusterRoleBinding', group: RBAC, path: 'roleRef/name' },
    ],
  },
  {
    kind: 'ServiceAccount',
    specs: [
      { kind: 'RoleBinding', group: RBAC, path: 'subjects/name' },
      { kind: 'ClusterRoleBinding', group: RBAC, path: 'subjects/name' },
      ...inPodSpecs(['serviceAccountName']),
    ],
  },
  { kind: 'PersistentVolumeClaim', specs: inPodSpecs(['volumes/persistentVolumeClaim/claimName']) },
  { kind: 'PersistentVolume', specs: [{ kind: 'PersistentVolumeClaim', path: 'spec/volumeName' }] },
  {
    kind: 'StorageClass',
    specs: [
      { kind: 'PersistentVolume', path: 'spec/storageClassName' },
      { kind: 'PersistentVolumeClaim', path: 'spec/storageClassName' },
      { kind: 'StatefulSet', path: 'spec/volumeClaimTemplates/spec/storageClassName' },
    ],
  },
  { kind: 'PriorityClass', specs: inPodSpecs(['priorityClassName']) },
  { kind: 'IngressClass', specs: [{ kind: 'Ingress', path: 'spec/ingressClassName' }] },
  {
    kind: 'ValidatingAdmissionPolicy',
    specs: [{ kind: 'ValidatingAdmissionPolicyBinding', path: 'spec/policyName' }],
  },
];

function renamed(res: Resource): boolean {
  return res.previousNames.length > 0;
}

/** The referral a value names, seen from a referrer in `fromNamespace` (namespaced referrals must share it). */
function findReferral(
  candidates: readonly Resource[],
  value: string,
  fromNamespace: string | undefined,
): Resource | undefined {
  const named = candidates.filter((r) => r.originalName === value || r.previousNames.includes(value));
  if (fromNamespace === undefined) return named[0];
  return named.find((r) => isClusterScoped(r.obj) || namespaceOf(r.obj) === fromNamespace);
}

/** Renames every reference to a renamed resource (kustomize's FixBackReferences). */
export function fixNameReferences(resources: readonly Resource[]): void {
  for (const ref of REFERENCES) {
    const candidates = resources.filter((r) => kindOf(r.obj) === ref.kind && renamed(r));
    if (candidates.length === 0) continue;
    for (const referrer of resources) {
      const referrerNs = isClusterScoped(referrer.obj) ? undefined : namespaceOf(referrer.obj);
      for (const spec of ref.specs) {
        if (!specApplies(spec, referrer.obj)) continue;
        const segments = pathSegments(spec.path);
        const field = segments[segments.length - 1]!;
        visitPath(referrer.obj, segments.slice(0, -1), false, (parent, key) => {
          const holder = parent[key];
          const holders: Json[] = Array.isArray(holder) ? holder : [holder ?? null];
          for (const h of holders) if (isMap(h)) rename(h, field, candidates, referrerNs, ref.kind);
        });
      }
    }
  }
}

function rename(
  holder: JsonMap,
  field: string,
  candidates: readonly Resource[],
  referrerNs: string | undefined,
  kind: string,
): void {
  // roleRef, scaleTargetRef and subjects say which kind they name; only that kind's renames apply.
  if (typeof holder.kind === 'string' && holder.kind !== kind) return;
  const ns = typeof holder.namespace === 'string' ? holder.namespace : referrerNs;
  const value = holder[field];
  if (typeof value === 'string') {
    const target = findReferral(candidates, value, ns);
    if (target) {
      holder[field] = nameOf(target.obj);
      // A subject names its service account's namespace too, which may have changed with it.
      if (holder.kind === 'ServiceAccount' && namespaceOf(target.obj)) holder.namespace = namespaceOf(target.obj);
    }
  } else if (Array.isArray(value)) {
    holder[field] = value.map((v) => {
      if (typeof v !== 'string') return v;
      const target = findReferral(candidates, v, ns);
      return target ? nameOf(target.obj) : v;
    });
  }
}
