/**
 * `/openapi/v3`, `/openapi/v3/{api/v1|apis/<group>/<version>}` and `/openapi/v2` as kube-apiserver serves them,
 * from the resource types a sandbox serves (the built-ins and its custom resources).
 *
 * What kubectl ≥ 1.29 needs from them: every PATCH operation carries `x-kubernetes-group-version-kind` and the
 * `fieldValidation` query parameter, which is how kubectl decides that the server validates fields, so `create -f`
 * and `apply` send `?fieldValidation=Strict` instead of downloading `/openapi/v2` for client-side validation; and
 * each kind's schema carries `x-kubernetes-group-version-kind` for `kubectl explain`. A built-in kind's schema is
 * its field tree from openapiSchemas.ts (no descriptions), unless `schemas` supplies a full one; a custom
 * resource's is its CRD's `openAPIV3Schema` (`schemas`, else open), with the standard apiVersion, kind and metadata.
 *
 * Paths: `path` is the request path below the cluster's base path (`/openapi/v3/apis/apps/v1`), and `prefix` that
 * base path (`/clusters/<id>`, or '' at the root): kubectl requests the root's `serverRelativeURL`s as absolute
 * paths, so they carry the prefix. Caching follows kube-openapi: the root names each document with a `hash` (its
 * SHA-512); a request with the current hash is `immutable`, one with a stale hash is redirected to the current one.
 * `/openapi/v2` is the same documents as one Swagger 2.0 document (openapiV2.ts): kubectl 1.27 and 1.28 fetch it,
 * as gnostic protobuf, before any `create -f` or `explain`, and fail without it.
 */
import { createHash } from 'node:crypto';
import { BUILTIN_RESOURCES, apiVersionOf, messageOfKind, type ResourceType } from '../sim/index.js';
import { addKindSchemas, componentName, schemaRef } from './openapiSchemas.js';
import { SWAGGER_PROTOBUF, SWAGGER_PROTOBUF_REPLY, encodeSwaggerV2, swaggerV2 } from './openapiV2.js';

export interface OpenApiReply {
  status: number;
  contentType: string;
  body: string | Uint8Array;
  headers: Record<string, string>;
}

export interface OpenApiSource {
  /** The types to describe: the built-ins plus the sandbox's custom resources. */
  resources: readonly ResourceType[];
  /** A kind's full schema (a CRD's openAPIV3Schema), by `group/version/Kind` ('' group: `/v1/Pod`). */
  schemas?: ReadonlyMap<string, unknown>;
}

const V3 = '/openapi/v3';
const JSON_TYPE = 'application/json';
const PATCH_TYPES = ['application/apply-patch+yaml', 'application/json-patch+json', 'application/merge-patch+json'];
const STRATEGIC = 'application/strategic-merge-patch+json';

export interface OpenApiRequest {
  /** The cluster's base path, '' at the root. */
  prefix: string;
  /** The path below it. */
  path: string;
  query: URLSearchParams;
  /** The Accept header: JSON is all this serves (406 otherwise, as kube-openapi answers what it cannot). */
  accept?: string | undefined;
  /** The If-None-Match header, for a 304. */
  ifNoneMatch?: string | undefined;
}

/** The reply to an /openapi request, or undefined for any other path. */
export function openApiResponse(
  request: OpenApiRequest,
  source: OpenApiSource = { resources: BUILTIN_RESOURCES },
): OpenApiReply | undefined {
  const { prefix, path, query } = request;
  if (path === '/openapi/v2') return swaggerReply(request, source);
  if (path !== V3 && !path.startsWith(`${V3}/`)) return undefined;
  if (!acceptsJson(request.accept)) return reply(406, statusBody(406, 'NotAcceptable', NOT_ACCEPTABLE), {});
  const documents = documentsFor(source);
  if (path === V3 || path === `${V3}/`) {
    const paths = Object.fromEntries(
      [...documents].map(([gv, doc]) => [gv, { serverRelativeURL: `${prefix}${V3}/${gv}?hash=${doc.hash}` }]),
    );
    return reply(200, JSON.stringify({ paths }), { 'cache-control': 'no-cache, private' });
  }
  const doc = documents.get(path.slice(V3.length + 1));
  if (!doc) return notFound(path);
  const hash = query.get('hash');
  if (hash !== null && hash !== doc.hash) {
    const location = `${prefix}${path}?hash=${doc.hash}`;
    return reply(301, '', { location, 'cache-control': 'no-cache, private' });
  }
  const headers: Record<string, string> =
    hash === null
      ? { 'cache-control': 'no-cache, private', etag: `"${doc.hash}"` }
      : { 'cache-control': 'public, immutable', etag: `"${doc.hash}"`, expires: FAR_FUTURE };
  if (request.ifNoneMatch === `"${doc.hash}"`) return reply(304, '', headers);
  return reply(200, doc.body, headers);
}

const NOT_ACCEPTABLE = 'only the following media types are accepted: application/json';

/** Whether an Accept header admits JSON: absent, or a range covering application/json. */
function acceptsJson(accept: string | undefined): boolean {
  if (!accept?.trim()) return true;
  return mediaRanges(accept).some((type) => type === 'application/json' || type === 'application/*' || type === '*/*');
}

function mediaRanges(accept: string | undefined): string[] {
  return (accept ?? '').split(',').map((range) => range.split(';')[0]?.trim().toLowerCase() ?? '');
}

/** kube-openapi marks hashed documents as fresh for a year; an HTTP date that does not depend on the clock. */
const FAR_FUTURE = 'Thu, 31 Dec 2099 23:59:59 GMT';

function reply(status: number, body: string, headers: Record<string, string>): OpenApiReply {
  return { status, contentType: JSON_TYPE, body, headers };
}

/** The last Swagger 2.0 document made, by the hashes of the documents it was made from. */
let swaggerCache: { key: string; json: string; protobuf: Uint8Array; etag: string } | undefined;

/** `/openapi/v2`: gnostic protobuf to clients that ask for it (kubectl 1.27, 1.28), JSON to others. */
function swaggerReply(request: OpenApiRequest, source: OpenApiSource): OpenApiReply {
  const protobuf = mediaRanges(request.accept).includes(SWAGGER_PROTOBUF);
  if (!protobuf && !acceptsJson(request.accept))
    return reply(406, statusBody(406, 'NotAcceptable', NOT_ACCEPTABLE), {});
  const documents = [...documentsFor(source).values()];
  const key = documents.map((d) => d.hash).join();
  if (swaggerCache?.key !== key) {
    const swagger = swaggerV2(documents.map((d) => JSON.parse(d.body) as Record<string, unknown>));
    const json = JSON.stringify(swagger);
    const etag = `"${createHash('sha512').update(json).digest('hex').toUpperCase()}"`;
    swaggerCache = { key, json, protobuf: encodeSwaggerV2(swagger), etag };
  }
  const headers = { 'cache-control': 'no-cache, private', etag: swaggerCache.etag };
  if (request.ifNoneMatch === swaggerCache.etag) return reply(304, '', headers);
  if (!protobuf) return reply(200, swaggerCache.json, headers);
  return { status: 200, contentType: SWAGGER_PROTOBUF_REPLY, body: swaggerCache.protobuf, headers };
}

function statusBody(code: number, reason: string, message: string): string {
  return JSON.stringify({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code });
}

function notFound(path: string): OpenApiReply {
  return reply(404, statusBody(404, 'NotFound', `the server could not find the requested resource (${path})`), {});
}

interface Document {
  body: string;
  hash: string;
}

/**
 * A group-version of built-in kinds only is the same for every sandbox: its document is built once per process and
 * thread, on first request (keyed by what the document depends on), so a sandbox's custom resources change only
 * their own group's document and hash, and kubectl's cache of the others stays valid.
 */
const builtinDocuments = new Map<string, Document>();

function documentsFor(source: OpenApiSource): Map<string, Document> {
  const byGroupVersion = new Map<string, ResourceType[]>();
  for (const type of source.resources) {
    const gv = type.group ? `apis/${type.group}/${type.version}` : `api/${type.version}`;
    byGroupVersion.set(gv, [...(byGroupVersion.get(gv) ?? []), type]);
  }
  const documents = new Map<string, Document>();
  for (const [gv, types] of [...byGroupVersion].sort(([a], [b]) => a.localeCompare(b))) {
    const shared = types.every((t) => isBuiltin(t) && !source.schemas?.has(`${t.group}/${t.version}/${t.kind}`));
    const key = `${gv} ${types.map((t) => [t.kind, t.plural, t.namespaced, t.hasStatus, t.verbs.join()]).join(';')}`;
    let doc = shared ? builtinDocuments.get(key) : undefined;
    if (!doc) {
      const body = JSON.stringify(groupVersionDocument(gv, types, source.schemas));
      doc = { body, hash: createHash('sha512').update(body).digest('hex').toUpperCase() };
      if (shared) builtinDocuments.set(key, doc);
    }
    documents.set(gv, doc);
  }
  return documents;
}

function groupVersionDocument(gv: string, types: readonly ResourceType[], schemas?: ReadonlyMap<string, unknown>) {
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
 * A kind's schema marked with its group-version-kind: a built-in's as given (or from its structure); a custom
 * resource's as kube-apiserver publishes a CRD's, its own with the standard apiVersion, kind and metadata.
 */
function kindSchema(type: ResourceType, schema: unknown, components: Record<string, unknown>): unknown {
  const gvk = { 'x-kubernetes-group-version-kind': [gvkOf(type)] };
  const given = schema && typeof schema === 'object' ? (schema as Record<string, unknown>) : undefined;
  if (given && isBuiltin(type)) return { ...given, ...gvk };
  const open = { type: 'object', 'x-kubernetes-preserve-unknown-fields': true };
  const own: Record<string, unknown> =
    given ?? (isBuiltin(type) ? { ...open, properties: { spec: open, status: open } } : open);
  const properties = {
    ...(own.properties as Record<string, unknown> | undefined),
    apiVersion: { type: 'string' },
    kind: { type: 'string' },
    metadata: schemaRef('meta/v1.ObjectMeta', components),
  };
  return { ...own, type: 'object', properties, ...gvk };
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
