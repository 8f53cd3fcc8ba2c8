/**
 * kustomize's built-in transformers for namespace, namePrefix/nameSuffix, labels, annotations, images and replicas,
 * with the field specs of kustomize's builtinpluginconsts (which fields of which kinds each one touches).
 */
import {
  gvkOf,
  isClusterScoped,
  isMap,
  kindOf,
  metadataOf,
  nameOf,
  pathSegments,
  setName,
  specApplies,
  visitPath,
  type FieldSpec,
  type Json,
  type JsonMap,
  type Resource,
} from './resource.js';

const WORKLOAD_TEMPLATE: readonly FieldSpec[] = [
  { path: 'spec/template/metadata/%', kind: 'ReplicationController', version: 'v1', create: true },
  { path: 'spec/template/metadata/%', kind: 'Deployment', create: true },
  { path: 'spec/template/metadata/%', kind: 'ReplicaSet', create: true },
  { path: 'spec/template/metadata/%', kind: 'DaemonSet', create: true },
  { path: 'spec/template/metadata/%', kind: 'StatefulSet', group: 'apps', create: true },
  { path: 'spec/template/metadata/%', kind: 'Job', group: 'batch', create: true },
  { path: 'spec/jobTemplate/metadata/%', kind: 'CronJob', group: 'batch', create: true },
  { path: 'spec/jobTemplate/spec/template/metadata/%', kind: 'CronJob', group: 'batch', create: true },
];

function templateSpecs(field: 'labels' | 'annotations'): FieldSpec[] {
  return [
    { path: `metadata/${field}`, create: true },
    ...WORKLOAD_TEMPLATE.map((s) => ({ ...s, path: s.path.replace('%', field) })),
  ];
}

const AFFINITY_SELECTORS = [
  'spec/template/spec/affinity/podAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels',
  'spec/template/spec/affinity/podAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels',
  'spec/template/spec/affinity/podAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels',
  'spec/template/spec/affinity/podAntiAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels',
  'spec/template/spec/topologySpreadConstraints/labelSelector/matchLabels',
];

/** Where commonLabels (and labels with includeSelectors) go: metadata, templates and selectors. */
const SELECTOR_SPECS: readonly FieldSpec[] = [
  { path: 'spec/selector', kind: 'Service', version: 'v1', create: true },
  { path: 'spec/selector', kind: 'ReplicationController', version: 'v1', create: true },
  { path: 'spec/selector/matchLabels', kind: 'Deployment', create: true },
  ...AFFINITY_SELECTORS.map((path) => ({ path, kind: 'Deployment', group: 'apps' })),
  { path: 'spec/selector/matchLabels', kind: 'ReplicaSet', create: true },
  { path: 'spec/selector/matchLabels', kind: 'DaemonSet', create: true },
  { path: 'spec/selector/matchLabels', kind: 'StatefulSet', group: 'apps', create: true },
  ...AFFINITY_SELECTORS.map((path) => ({ path, kind: 'StatefulSet', group: 'apps' })),
  { path: 'spec/selector/matchLabels', kind: 'Job', group: 'batch' },
  { path: 'spec/jobTemplate/spec/selector/matchLabels', kind: 'CronJob', group: 'batch' },
  { path: 'spec/selector/matchLabels', kind: 'PodDisruptionBudget', group: 'policy' },
  { path: 'spec/podSelector/matchLabels', kind: 'NetworkPolicy', group: 'networking.k8s.io' },
  { path: 'spec/ingress/from/podSelector/matchLabels', kind: 'NetworkPolicy', group: 'networking.k8s.io' },
  { path: 'spec/egress/to/podSelector/matchLabels', kind: 'NetworkPolicy', group: 'networking.k8s.io' },
];

const VOLUME_CLAIM_LABELS: FieldSpec = {
  path: 'spec/volumeClaimTemplates[]/metadata/labels',
  kind: 'StatefulSet',
  group: 'apps',
  create: true,
};

function setPairs(
  resources: readonly Resource[],
  specs: readonly FieldSpec[],
  pairs: Readonly<Record<string, string>>,
): void {
  for (const res of resources) {
    for (const spec of specs) {
      if (!specApplies(spec, res.obj)) continue;
      visitPath(res.obj, pathSegments(spec.path), spec.create ?? false, (parent, key) => {
        const current = parent[key];
        if (current === undefined || current === null) {
          if (!spec.create) return;
          parent[key] = { ...pairs };
          return;
        }
        if (isMap(current)) Object.assign(current, pairs);
      });
    }
  }
}

export function commonLabels(resources: readonly Resource[], pairs: Readonly<Record<string, string>>): void {
  setPairs(resources, [...templateSpecs('labels'), VOLUME_CLAIM_LABELS, ...SELECTOR_SPECS], pairs);
}

export function labels(
  resources: readonly Resource[],
  entry: {
    pairs?: Record<string, string> | undefined;
    includeSelectors?: boolean | undefined;
    includeTemplates?: boolean | undefined;
  },
): void {
  const pairs = entry.pairs ?? {};
  if (entry.includeSelectors) return commonLabels(resources, pairs);
  const specs: FieldSpec[] = [{ path: 'metadata/labels', create: true }];
  if (entry.includeTemplates) specs.push(...templateSpecs('labels').slice(1), VOLUME_CLAIM_LABELS);
  setPairs(resources, specs, pairs);
}

export function commonAnnotations(resources: readonly Resource[], pairs: Readonly<Record<string, string>>): void {
  setPairs(resources, templateSpecs('annotations'), pairs);
}

/** namespace: on every namespaced object, a Namespace object's own name, `default` role binding subjects. */
export function namespace(resources: readonly Resource[], ns: string): void {
  for (const res of resources) {
    const obj = res.obj;
    const kind = kindOf(obj);
    if (kind === 'Namespace' && obj.apiVersion === 'v1') setName(res, ns);
    if (!isClusterScoped(obj)) metadataOf(obj).namespace = ns;
    if (kind === 'RoleBinding' || kind === 'ClusterRoleBinding') {
      const subjects = obj.subjects;
      if (Array.isArray(subjects)) for (const s of subjects) if (isMap(s) && s.name === 'default') s.namespace = ns;
    }
    const g = gvkOf(obj);
    if (kind === 'APIService' && g.group === 'apiregistration.k8s.io')
      visitPath(obj, ['spec', 'service', 'namespace'], true, (p, k) => (p[k] = ns));
    if (kind === 'CustomResourceDefinition')
      visitPath(obj, pathSegments('spec/conversion/webhook/clientConfig/service/namespace'), false, (p, k) => {
        if (p[k] !== undefined) p[k] = ns;
      });
  }
}

/** namePrefix / nameSuffix; CRDs, APIServices and Namespaces keep their names (their names mean something). */
export function prefixSuffix(resources: readonly Resource[], prefix: string, suffix: string): void {
  for (const res of resources) {
    const g = gvkOf(res.obj);
    if (g.kind === 'CustomResourceDefinition' || g.kind === 'Namespace') continue;
    if (g.kind === 'APIService' && g.group === 'apiregistration.k8s.io') continue;
    setName(res, `${prefix}${nameOf(res.obj)}${suffix}`);
  }
}

export function replicas(resources: readonly Resource[], entries: readonly { name: string; count: number }[]): void {
  const kinds = new Set(['Deployment', 'ReplicationController', 'ReplicaSet', 'StatefulSet']);
  for (const { name, count } of entries) {
    for (const res of resources) {
      if (!kinds.has(kindOf(res.obj)) || res.originalName !== name) continue;
      visitPath(res.obj, ['spec', 'replicas'], true, (p, k) => (p[k] = count));
    }
  }
}

interface ImageRule {
  name: string;
  newName?: string | undefined;
  newTag?: string | undefined;
  digest?: string | undefined;
  tagSuffix?: string | undefined;
}

/** Splits `repo/name:tag@digest` into its name and the rest, as kustomize's image.Split. */
function splitImage(image: string): { name: string; tag: string; digest: string } {
  const at = image.indexOf('@');
  const digest = at >= 0 ? image.slice(at + 1) : '';
  const rest = at >= 0 ? image.slice(0, at) : image;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) return { name: rest.slice(0, colon), tag: rest.slice(colon + 1), digest };
  return { name: rest, tag: '', digest };
}

function updateImage(image: string, rule: ImageRule): string {
  const { name, tag, digest } = splitImage(image);
  if (name !== rule.name) return image;
  const newName = rule.newName ?? name;
  if (rule.digest) return `${newName}@${rule.digest}`;
  if (rule.newTag !== undefined) return `${newName}:${rule.newTag}${rule.tagSuffix ?? ''}`;
  if (rule.tagSuffix && tag) return `${newName}:${tag}${rule.tagSuffix}`;
  return `${newName}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
}

const IMAGE_PATHS = [
  'spec/containers/image',
  'spec/initContainers/image',
  'spec/template/spec/containers/image',
  'spec/template/spec/initContainers/image',
  'spec/jobTemplate/spec/template/spec/containers/image',
  'spec/jobTemplate/spec/template/spec/initContainers/image',
];

export function images(resources: readonly Resource[], rules: readonly ImageRule[]): void {
  for (const res of resources) {
    for (const path of IMAGE_PATHS) {
      visitPath(res.obj, pathSegments(path), false, (parent, key) => {
        const value: Json | undefined = parent[key];
        if (typeof value !== 'string') return;
        parent[key] = rules.reduce((image, rule) => updateImage(image, rule), value);
      });
    }
  }
}

export type { JsonMap };
