/**
 * `/openapi/v3`, `/openapi/v3/{api/v1|apis/<group>/<version>}` and `/openapi/v2` as kube-apiserver serves them: the
 * documents of the resource types a sandbox serves (the built-ins and its custom resources), which sim/openapi
 * builds (and `kubectl explain` in the terminal reads), as HTTP replies.
 *
 * Paths: `path` is the request path below the cluster's base path (`/openapi/v3/apis/apps/v1`), and `prefix` that
 * base path (`/clusters/<id>`, or '' at the root): kubectl requests the root's `serverRelativeURL`s as absolute
 * paths, so they carry the prefix. Caching follows kube-openapi: the root names each document with a `hash` (its
 * SHA-512); a request with the current hash is `immutable`, one with a stale hash is redirected to the current one.
 * `/openapi/v2` is the same documents as one Swagger 2.0 document (openapiV2.ts): kubectl 1.27 and 1.28 fetch it,
 * as gnostic protobuf, before any `create -f` or `explain`, and fail without it.
 */
import { createHash } from 'node:crypto';
import {
  BUILTIN_RESOURCES,
  openApiDocuments,
  swaggerV2,
  type OpenApiDocument,
  type OpenApiSource,
} from '../sim/index.js';
import { SWAGGER_PROTOBUF, SWAGGER_PROTOBUF_REPLY, encodeSwaggerV2 } from './openapiV2.js';

export type { OpenApiSource } from '../sim/index.js';

export interface OpenApiReply {
  status: number;
  contentType: string;
  body: string | Uint8Array;
  headers: Record<string, string>;
}

const V3 = '/openapi/v3';
const JSON_TYPE = 'application/json';

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
    const swagger = swaggerV2([...openApiDocuments(source).values()]);
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

/** Each shared document's text and hash, made once (a custom resource's group's document is made per request). */
const serialized = new WeakMap<OpenApiDocument, Document>();

function documentsFor(source: OpenApiSource): Map<string, Document> {
  const documents = new Map<string, Document>();
  for (const [gv, doc] of openApiDocuments(source)) {
    let text = serialized.get(doc);
    if (!text) {
      const body = JSON.stringify(doc);
      text = { body, hash: createHash('sha512').update(body).digest('hex').toUpperCase() };
      serialized.set(doc, text);
    }
    documents.set(gv, text);
  }
  return documents;
}
