/**
 * The resource types the simulated API server serves, as `kubectl api-resources` lists them.
 * Custom resources join at run time when their CustomResourceDefinition is created.
 */
import { noMatchesForKind } from './errors.js';
import { olderVersionOf } from './versions.js';

export interface ResourceType {
  /** API group, '' for the core group. */
  readonly group: string;
  readonly version: string;
  readonly kind: string;
  /** Lower-case plural, e.g. `deployments`. */
  readonly plural: string;
  readonly singular: string;
  readonly shortNames: readonly string[];
  readonly namespaced: boolean;
  /** `all` marks the types `kubectl get all` shows. */
  readonly categories: readonly string[];
  readonly verbs: readonly string[];
  /** Whether the status subresource exists (spec and status are then written separately). */
  readonly hasStatus: boolean;
  /** A custom resource's scale subresource (built-in kinds with one are SCALABLE_KINDS). */
  readonly hasScale?: boolean;
}

/** The built-in kinds with a scale subresource. */
const SCALABLE_KINDS = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'ReplicationController']);

/** Whether a type serves `<resource>/scale`. */
export function hasScaleSubresource(type: ResourceType): boolean {
  return type.hasScale ?? SCALABLE_KINDS.has(type.kind);
}

const STD = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'] as const;

function t(
  group: string,
  version: string,
  kind: string,
  plural: string,
  namespaced: boolean,
  extra: {
    shortNames?: readonly string[];
    categories?: readonly string[];
    verbs?: readonly string[];
    status?: boolean;
  } = {},
): ResourceType {
  return {
    group,
    version,
    kind,
    plural,
    singular: kind.toLowerCase(),
    shortNames: extra.shortNames ?? [],
    namespaced,
    categories: extra.categories ?? [],
    verbs: extra.verbs ?? STD,
    hasStatus: extra.status ?? false,
  };
}

/** In `kubectl api-resources` order: core group first, then groups alphabetically. */
export const BUILTIN_RESOURCES: readonly ResourceType[] = [
  t('', 'v1', 'Binding', 'bindings', true, { verbs: ['create'] }),
  t('', 'v1', 'ComponentStatus', 'componentstatuses', false, { shortNames: ['cs'], verbs: ['get', 'list'] }),
  t('', 'v1', 'ConfigMap', 'configmaps', true, { shortNames: ['cm'] }),
  t('', 'v1', 'Endpoints', 'endpoints', true, { shortNames: ['ep'] }),
  t('', 'v1', 'Event', 'events', true, { shortNames: ['ev'] }),
  t('', 'v1', 'LimitRange', 'limitranges', true, { shortNames: ['limits'] }),
  t('', 'v1', 'Namespace', 'namespaces', false, {
    shortNames: ['ns'],
    status: true,
    verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'],
  }),
  t('', 'v1', 'Node', 'nodes', false, { shortNames: ['no'], status: true }),
  t('', 'v1', 'PersistentVolumeClaim', 'persistentvolumeclaims', true, { shortNames: ['pvc'], status: true }),
  t('', 'v1', 'PersistentVolume', 'persistentvolumes', false, { shortNames: ['pv'], status: true }),
  t('', 'v1', 'Pod', 'pods', true, { shortNames: ['po'], categories: ['all'], status: true }),
  t('', 'v1', 'PodTemplate', 'podtemplates', true),
  t('', 'v1', 'ReplicationController', 'replicationcontrollers', true, {
    shortNames: ['rc'],
    categories: ['all'],
    status: true,
  }),
  t('', 'v1', 'ResourceQuota', 'resourcequotas', true, { shortNames: ['quota'], status: true }),
  t('', 'v1', 'Secret', 'secrets', true),
  t('', 'v1', 'ServiceAccount', 'serviceaccounts', true, { shortNames: ['sa'] }),
  t('', 'v1', 'Service', 'services', true, { shortNames: ['svc'], categories: ['all'], status: true }),
  t('admissionregistration.k8s.io', 'v1', 'MutatingWebhookConfiguration', 'mutatingwebhookconfigurations', false, {
    categories: ['api-extensions'],
  }),
  t('admissionregistration.k8s.io', 'v1', 'ValidatingAdmissionPolicy', 'validatingadmissionpolicies', false, {
    categories: ['api-extensions'],
    status: true,
  }),
  t(
    'admissionregistration.k8s.io',
    'v1',
    'ValidatingAdmissionPolicyBinding',
    'validatingadmissionpolicybindings',
    false,
    { categories: ['api-extensions'] },
  ),
  t('admissionregistration.k8s.io', 'v1', 'ValidatingWebhookConfiguration', 'validatingwebhookconfigurations', false, {
    categories: ['api-extensions'],
  }),
  t('apiextensions.k8s.io', 'v1', 'CustomResourceDefinition', 'customresourcedefinitions', false, {
    shortNames: ['crd', 'crds'],
    categories: ['api-extensions'],
    status: true,
  }),
  t('apps', 'v1', 'ControllerRevision', 'controllerrevisions', true),
  t('apps', 'v1', 'DaemonSet', 'daemonsets', true, { shortNames: ['ds'], categories: ['all'], status: true }),
  t('apps', 'v1', 'Deployment', 'deployments', true, { shortNames: ['deploy'], categories: ['all'], status: true }),
  t('apps', 'v1', 'ReplicaSet', 'replicasets', true, { shortNames: ['rs'], categories: ['all'], status: true }),
  t('apps', 'v1', 'StatefulSet', 'statefulsets', true, { shortNames: ['sts'], categories: ['all'], status: true }),
  t('autoscaling', 'v2', 'HorizontalPodAutoscaler', 'horizontalpodautoscalers', true, {
    shortNames: ['hpa'],
    categories: ['all'],
    status: true,
  }),
  t('batch', 'v1', 'CronJob', 'cronjobs', true, { shortNames: ['cj'], categories: ['all'], status: true }),
  t('batch', 'v1', 'Job', 'jobs', true, { categories: ['all'], status: true }),
  t('certificates.k8s.io', 'v1', 'CertificateSigningRequest', 'certificatesigningrequests', false, {
    shortNames: ['csr'],
    status: true,
  }),
  t('coordination.k8s.io', 'v1', 'Lease', 'leases', true),
  t('discovery.k8s.io', 'v1', 'EndpointSlice', 'endpointslices', true),
  t('events.k8s.io', 'v1', 'Event', 'events', true, { shortNames: ['ev'] }),
  t('flowcontrol.apiserver.k8s.io', 'v1', 'FlowSchema', 'flowschemas', false, { status: true }),
  t('flowcontrol.apiserver.k8s.io', 'v1', 'PriorityLevelConfiguration', 'prioritylevelconfigurations', false, {
    status: true,
  }),
  t('networking.k8s.io', 'v1', 'IngressClass', 'ingressclasses', false),
  t('networking.k8s.io', 'v1', 'Ingress', 'ingresses', true, { shortNames: ['ing'], status: true }),
  t('networking.k8s.io', 'v1', 'NetworkPolicy', 'networkpolicies', true, { shortNames: ['netpol'] }),
  t('policy', 'v1', 'PodDisruptionBudget', 'poddisruptionbudgets', true, { shortNames: ['pdb'], status: true }),
  t('rbac.authorization.k8s.io', 'v1', 'ClusterRoleBinding', 'clusterrolebindings', false),
  t('rbac.authorization.k8s.io', 'v1', 'ClusterRole', 'clusterroles', false),
  t('rbac.authorization.k8s.io', 'v1', 'RoleBinding', 'rolebindings', true),
  t('rbac.authorization.k8s.io', 'v1', 'Role', 'roles', true),
  t('scheduling.k8s.io', 'v1', 'PriorityClass', 'priorityclasses', false, { shortNames: ['pc'] }),
  t('storage.k8s.io', 'v1', 'StorageClass', 'storageclasses', false, { shortNames: ['sc'] }),
];

/** `pods`, `deployments.apps`: how the API server names a resource in messages and how the store keys it. */
export function groupResource(type: Pick<ResourceType, 'plural' | 'group'>): string {
  return type.group ? `${type.plural}.${type.group}` : type.plural;
}

export function apiVersionOf(type: Pick<ResourceType, 'group' | 'version'>): string {
  return type.group ? `${type.group}/${type.version}` : type.version;
}

/**
 * The types one cluster serves: the built-in ones plus its custom resources. One per cluster,
 * because CRDs differ between clusters.
 */
/** Lookups of the built-in types, shared by every cluster (they never change). */
const BUILTIN_BY_GROUP_RESOURCE: ReadonlyMap<string, ResourceType> = new Map(
  BUILTIN_RESOURCES.map((t) => [groupResource(t), t]),
);
const BUILTIN_BY_KIND: ReadonlyMap<string, ResourceType> = new Map(
  BUILTIN_RESOURCES.map((t) => [`${apiVersionOf(t)}/${t.kind}`, t]),
);

export class ResourceRegistry {
  /** Custom types only; built-ins are looked up in the shared maps. */
  private readonly byGroupResource = new Map<string, ResourceType>();
  private readonly byKind = new Map<string, ResourceType>();
  private readonly custom: ResourceType[] = [];
  /** `all()`, and names already resolved: both rebuilt when a custom type comes or goes. */
  private allTypes: readonly ResourceType[] | undefined;
  private readonly resolved = new Map<string, ResourceType | undefined>();

  constructor(custom: readonly ResourceType[] = []) {
    for (const type of custom) this.addCustom(type);
  }

  private index(type: ResourceType): void {
    this.byGroupResource.set(groupResource(type), type);
    this.byKind.set(`${apiVersionOf(type)}/${type.kind}`, type);
  }

  addCustom(type: ResourceType): void {
    if (this.get(groupResource(type))) return;
    this.custom.push(type);
    this.index(type);
    this.changed();
  }

  private changed(): void {
    this.allTypes = undefined;
    this.resolved.clear();
  }

  removeCustom(groupResourceName: string): void {
    const type = this.byGroupResource.get(groupResourceName);
    if (!type) return;
    const i = this.custom.indexOf(type);
    if (i < 0) return;
    this.custom.splice(i, 1);
    this.byGroupResource.delete(groupResourceName);
    this.byKind.delete(`${apiVersionOf(type)}/${type.kind}`);
    this.changed();
  }

  /** A custom type's definition changed (its CRD was updated): the new one replaces it. */
  replaceCustom(type: ResourceType): void {
    const name = groupResource(type);
    const i = this.custom.findIndex((t) => groupResource(t) === name);
    const old = this.custom[i];
    if (!old) return;
    this.byKind.delete(`${apiVersionOf(old)}/${old.kind}`);
    this.custom[i] = type;
    this.index(type);
    this.changed();
  }

  isCustom(type: ResourceType): boolean {
    return this.custom.includes(type);
  }

  customTypes(): readonly ResourceType[] {
    return this.custom;
  }

  all(): readonly ResourceType[] {
    this.allTypes ??= [...BUILTIN_RESOURCES, ...this.custom];
    return this.allTypes;
  }

  /** By group-qualified plural (`deployments.apps`, `pods`). */
  get(groupResourceName: string): ResourceType | undefined {
    return BUILTIN_BY_GROUP_RESOURCE.get(groupResourceName) ?? this.byGroupResource.get(groupResourceName);
  }

  /**
   * The type an object's apiVersion and kind name (an older served version names its stored type), or the API
   * server's "no matches for kind" error.
   */
  forObject(apiVersion: string, kind: string): ResourceType {
    const key = `${apiVersion}/${kind}`;
    const older = olderVersionOf(apiVersion, kind);
    const type =
      BUILTIN_BY_KIND.get(key) ??
      this.byKind.get(key) ??
      (older ? BUILTIN_BY_KIND.get(`${older.group}/${older.storedVersion}/${kind}`) : undefined);
    if (!type) throw noMatchesForKind(kind, apiVersion);
    return type;
  }

  /**
   * What kubectl accepts on the command line: plural, singular, short name or kind, optionally
   * qualified with a group (`deploy`, `deployments.apps`, `Deployment`, `hpa`).
   */
  resolve(name: string): ResourceType | undefined {
    if (this.resolved.has(name)) return this.resolved.get(name);
    const type = this.lookupName(name);
    // Bounded: a student can type any number of different names.
    if (this.resolved.size >= 256) this.resolved.clear();
    this.resolved.set(name, type);
    return type;
  }

  private lookupName(name: string): ResourceType | undefined {
    const lower = name.toLowerCase();
    const [base = '', ...groupParts] = lower.split('.');
    const group = groupParts.join('.');
    // The core Event wins over events.k8s.io Event, as kubectl's preferred-version ordering does.
    for (const type of this.all()) {
      if (group && type.group !== group && !type.group.startsWith(`${group}.`)) continue;
      if (
        type.plural === base ||
        type.singular === base ||
        type.kind.toLowerCase() === base ||
        type.shortNames.includes(base)
      ) {
        return type;
      }
    }
    return undefined;
  }
}
