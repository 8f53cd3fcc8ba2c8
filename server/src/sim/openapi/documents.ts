/**
 * The OpenAPI v3 documents of a cluster's API, one per group-version, as kube-apiserver publishes them under
 * `/openapi/v3/{api/v1|apis/<group>/<version>}`: what the sandbox's Kubernetes API serves (kubeapi/openapi.ts) and
 * what the terminal's `kubectl explain` reads, in one place for both kubectls (as discovery.ts is for discovery).
 *
 * What kubectl ≥ 1.29 needs from them: every PATCH operation carries `x-kubernetes-group-version-kind` and the
 * `fieldValidation` query parameter, which is how kubectl decides that the server validates fields, so `create -f`
 * and `apply` send `?fieldValidation=Strict` instead of downloading `/openapi/v2` for client-side validation; and
 * each kind's schema carries `x-kubernetes-group-version-kind` for `kubectl explain`. A built-in kind's schema is
 * its field tree from schemas.ts, unless `schemas` supplies a full one; a custom resource's is its CRD's
 * `openAPIV3Schema` (`schemas`, else open), with the standard apiVersion, kind and metadata.
 *
 * Documents are shared and must not be modified: a group-version of built-in kinds only is the same for every
 * sandbox, so its document is built once per process and thread, on first use (keyed by what it depends on), and a
 * sandbox's custom resources change only their own group's document.
 */
import type { Cluster } from '../cluster.js';
import { METRICS_TYPES, servedTypes } from '../discovery.js';
import { BUILTIN_RESOURCES, apiVersionOf, type ResourceType } from '../resources.js';
import { typeDocs } from './descriptions.js';
import { messageOfKind } from './protoMessages.js';
import { addKindSchemas, componentName, describeProperties, schemaRef } from './schemas.js';

export interface OpenApiSource {
  /** The types to describe: the built-ins plus the sandbox's custom resources. */
  resources: readonly ResourceType[];
  /** A kind's full schema (a CRD's openAPIV3Schema), by `group/version/Kind` ('' group: `/v1/Pod`). */
  schemas?: ReadonlyMap<string, unknown>;
}

/** A document as JSON.parse would give it; shared, so read-only. */
export type OpenApiDocument = Readonly<Record<string, unknown>>;

const JSON_TYPE = 'application/json';
const PATCH_TYPES = ['application/apply-patch+yaml', 'application/json-patch+json', 'application/merge-patch+json'];
const STRATEGIC = 'application/strategic-merge-patch+json';

/**
 * What a cluster's OpenAPI describes: the types its discovery serves, with its CRDs' schemas. metrics-server's own
 * documents are not merged in (`kubectl explain` on its kinds is rare), as an aggregated API's may not be.
 */
export function openApiSource(cluster: Cluster): OpenApiSource {
  const metrics = new Set(METRICS_TYPES.map((t) => t.group));
  return { resources: servedTypes(cluster).filter((t) => !metrics.has(t.group)), schemas: crdSchemas(cluster) };
}

/** The CRDs' schemas by `group/version/Kind`. */
function crdSchemas(cluster: Cluster): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const crds = cluster.api.list<{
    spec?: {
      group?: string;
      names?: { kind?: string };
      versions?: { name: string; schema?: { openAPIV3Schema?: unknown } }[];
    };
  }>('customresourcedefinitions.apiextensions.k8s.io').items;
  for (const crd of crds) {
    for (const v of crd.spec?.versions ?? []) {
      if (v.schema?.openAPIV3Schema)
        out.set(`${crd.spec?.group ?? ''}/${v.name}/${crd.spec?.names?.kind ?? ''}`, v.schema.openAPIV3Schema);
    }
  }
  return out;
}

const builtinDocuments = new Map<string, OpenApiDocument>();

/** The documents by group-version path (`api/v1`, `apis/apps/v1`), in path order. */
export function openApiDocuments(source: OpenApiSource): Map<string, OpenApiDocument> {
  const byGroupVersion = new Map<string, ResourceType[]>();
  for (const type of source.resources) {
    const gv = type.group ? `apis/${type.group}/${type.version}` : `api/${type.version}`;
    byGroupVersion.set(gv, [...(byGroupVersion.get(gv) ?? []), type]);
  }
  const documents = new Map<string, OpenApiDocument>();
  for (const [gv, types] of [...byGroupVersion].sort(([a], [b]) => a.localeCompare(b))) {
    const shared = types.every((t) => isBuiltin(t) && !source.schemas?.has(`${t.group}/${t.version}/${t.kind}`));
    const key = `${gv} ${types.map((t) => [t.kind, t.plural, t.namespaced, t.hasStatus, t.verbs.join()]).join(';')}`;
    let doc = shared ? builtinDocuments.get(key) : undefined;
    if (!doc) {
      doc = groupVersionDocument(gv, types, source.schemas);
      if (shared) builtinDocuments.set(key, doc);
    }
    documents.set(gv, doc);
  }
  return documents;
}

function groupVersionDocument(
  gv: string,
  types: readonly ResourceType[],
  schemas?: ReadonlyMap<string, unknown>,
): OpenApiDocument {
  const paths: Record<string, unknown> = {};
  const components: Record<string, unknown> = {};
  for (const type of types) {
    const message = isBuiltin(type) ? messageOfKind(type.group, type.version, type.kind) : undefined;
    const name = message ? componentName(message) : schemaName(type);
    const schema = schemas?.get(`${type.group}/${type.version}/${type.kind}`);
    const structure = !schema && message ? addKindSchemas(message, components) : undefined;
    components[name] = kindSchema(type, schema ?? structure, components);
    // kubectl apply computes a strategic merge patch from the schema when the PATCH operation offers that type:
    // only a full built-in schema has the merge keys; without one, kubectl's built-in Go types do it right.
    Object.assign(paths, pathsOf(gv, type, name, schema !== undefined && isBuiltin(type)));
  }
  return {
    openapi: '3.0.0',
    info: { title: 'Kubernetes', version: 'v1.32.4' },
    paths,
    components: { schemas: components },
  };
}

/** Kubernetes' schema names: io.k8s.api.apps.v1.Deployment; a custom resource's group reversed (com.example.v1.W). */
function schemaName(type: ResourceType): string {
  if (type.group === 'apiextensions.k8s.io') {
    return `io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.${type.version}.${type.kind}`;
  }
  if (isBuiltin(type)) {
    const pkg = (type.group || 'core').replace(/\.k8s\.io$/, '').replace(/\.authorization$/, '');
    return `io.k8s.api.${pkg}.${type.version}.${type.kind}`;
  }
  return `${type.group.split('.').reverse().join('.')}.${type.version}.${type.kind}`;
}

function isBuiltin(type: ResourceType): boolean {
  return BUILTIN_RESOURCES.some((b) => b.group === type.group && b.kind === type.kind);
}

function gvkOf(type: ResourceType) {
  return { group: type.group, kind: type.kind, version: type.version };
}

/**
 * A kind's schema marked with its group-version-kind: a built-in's as given (or from its structure), else open but
 * documented; a custom resource's as kube-apiserver publishes a CRD's, its own with the standard apiVersion, kind and
 * metadata (which its CRD schema builder documents with TypeMeta's and ObjectMeta's text, as every kind does).
 */
function kindSchema(type: ResourceType, schema: unknown, components: Record<string, unknown>): unknown {
  const gvk = { 'x-kubernetes-group-version-kind': [gvkOf(type)] };
  const given = schema && typeof schema === 'object' ? (schema as Record<string, unknown>) : undefined;
  const builtin = isBuiltin(type);
  if (given && builtin) return { ...given, ...gvk };
  const open = { type: 'object', 'x-kubernetes-preserve-unknown-fields': true };
  const own: Record<string, unknown> =
    given ?? (builtin ? { ...open, properties: { spec: open, status: open } } : open);
  const standard = {
    apiVersion: { type: 'string' },
    kind: { type: 'string' },
    metadata: schemaRef('meta/v1.ObjectMeta', components),
  };
  const properties = { ...(own.properties as Record<string, unknown> | undefined), ...standard };
  if (builtin) {
    const docs = typeDocs(schemaName(type));
    const description = docs?.description ? { description: docs.description } : {};
    return { ...own, ...description, type: 'object', properties: describeProperties(properties, docs), ...gvk };
  }
  const described = describeProperties(standard, typeDocs(componentName('core/v1.Pod')));
  return { ...own, type: 'object', properties: { ...properties, ...described }, ...gvk };
}

function param(name: string, where: 'path' | 'query') {
  return {
    name,
    in: where,
    ...(where === 'path' ? { required: true } : {}),
    schema: { type: 'string' },
    uniqueItems: true,
  };
}

/** The collection and item paths of a type (and its status), each write operation taking fieldValidation. */
function pathsOf(gv: string, type: ResourceType, name: string, strategic: boolean): Record<string, unknown> {
  const ref = { $ref: `#/components/schemas/${name}` };
  const body = { content: Object.fromEntries([JSON_TYPE, 'application/yaml'].map((t) => [t, { schema: ref }])) };
  const patchTypes = strategic ? [...PATCH_TYPES, STRATEGIC] : PATCH_TYPES;
  const patchBody = { content: Object.fromEntries(patchTypes.map((t) => [t, { schema: { type: 'object' } }])) };
  const ok = { '200': { description: 'OK', content: { [JSON_TYPE]: { schema: ref } } } };
  const extensions = (action: string) => ({
    'x-kubernetes-action': action,
    'x-kubernetes-group-version-kind': gvkOf(type),
  });
  const write = [param('dryRun', 'query'), param('fieldManager', 'query'), param('fieldValidation', 'query')];
  const op = (action: string, id: string, extra: Record<string, unknown> = {}) => ({
    tags: [apiVersionOf(type)],
    operationId: `${id}${type.kind}`,
    responses: ok,
    ...extra,
    ...extensions(action),
  });
  const base = `/${gv}${type.namespaced ? '/namespaces/{namespace}' : ''}/${type.plural}`;
  const scope = type.namespaced ? [param('namespace', 'path')] : [];
  const paths: Record<string, unknown> = {
    [base]: {
      get: op('list', 'list'),
      ...(type.verbs.includes('create')
        ? { post: op('post', 'create', { requestBody: body, parameters: write }) }
        : {}),
      parameters: [...scope, param('pretty', 'query')],
    },
    [`${base}/{name}`]: {
      get: op('get', 'read'),
      put: op('put', 'replace', { requestBody: body, parameters: write }),
      patch: op('patch', 'patch', { requestBody: patchBody, parameters: [...write, param('force', 'query')] }),
      delete: op('delete', 'delete', { parameters: [param('dryRun', 'query')] }),
      parameters: [param('name', 'path'), ...scope, param('pretty', 'query')],
    },
  };
  if (type.hasStatus) {
    paths[`${base}/{name}/status`] = {
      get: op('get', 'read', { operationId: `read${type.kind}Status` }),
      put: op('put', 'replace', { operationId: `replace${type.kind}Status`, requestBody: body, parameters: write }),
      patch: op('patch', 'patch', {
        operationId: `patch${type.kind}Status`,
        requestBody: patchBody,
        parameters: [...write, param('force', 'query')],
      }),
      parameters: [param('name', 'path'), ...scope, param('pretty', 'query')],
    };
  }
  return paths;
}
