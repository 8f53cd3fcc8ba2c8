/**
 * The Kubernetes REST API over one simulated cluster: what real kubectl (and client-go, k9s …) needs, as a pure
 * function from a request to a response or a watch stream. The HTTP adapter authenticates and routes to the
 * sandbox; this layer only speaks kube-apiserver.
 */
import type { Cluster, ResourceType } from '../sim/index.js';
import {
  hasScaleSubresource,
  openApiSource,
  REVIEW_TYPES,
  servedTypes,
  servedVersion,
  versionInfo,
} from '../sim/index.js';
import {
  aggregatedContentType,
  aggregatedDiscovery,
  aggregatedVersionWanted,
  apiGroupList,
  apiResourceList,
  apiVersions,
} from './discovery.js';
import { getObject, listObjects, type ReadContext } from './list.js';
import { evictPod } from './eviction.js';
import { answerMetrics, isMetricsGroup } from './metrics.js';
import { podLog } from './logs.js';
import { parseApiPath } from './paths.js';
import { errorResponse, jsonResponse, notFoundResponse, statusResponse } from './status.js';
import type { KubeApiRequest, KubeApiResponse, KubeApiResult } from './types.js';
import { answerReview } from './reviews.js';
import { authorizeRequest, requestUser } from './impersonation.js';
import { watchResource } from './watch.js';
import { requestToken } from './tokenRequest.js';
import { remoteCommand } from './remoteCommand.js';
import { forwardToPod, portForwardSession } from './portForward.js';
import type { KubeEnv } from '../kubectl/env.js';
import {
  createObject,
  deleteCollection,
  deleteObject,
  getScale,
  patchObject,
  replaceObject,
  type WriteContext,
} from './writes.js';

export type {
  KubeApiRequest,
  KubeApiResponse,
  KubeApiResult,
  KubeApiSession,
  KubeApiStream,
  PodHttpRequest,
  SessionHandle,
  SessionInput,
  SessionSink,
  SessionStatus,
  StreamHandle,
  StreamSink,
} from './types.js';
import { openApiResponse } from './openapi.js';
export { statusResponse } from './status.js';

const READS = new Set(['GET', 'HEAD']);

/** A KubeEnv for the API's exec and port-forward when the host has none of its own (the sandbox's, normally). */
function kubeEnvOf(cluster: Cluster): KubeEnv {
  return { cluster, user: 'student', forwards: new Map(), readingInput: 0 };
}

/**
 * Answers one request on `cluster`. `kube`: the student's kubectl environment over it (exec and port-forward use its
 * container shells and network, as the browser's kubectl does).
 */
export function serveKubeApi(cluster: Cluster, request: KubeApiRequest, kube?: KubeEnv): KubeApiResult {
  // A stopped cluster (`minikube stop`) has no API server to answer; the adapter is still there to say so.
  if (cluster.state !== 'Running') {
    return statusResponse(
      503,
      'the cluster is not running: start it with `minikube start` in the lab terminal',
      'ServiceUnavailable',
    );
  }
  const warnings: string[] = [];
  const warn = (w: string) => void (warnings.length < MAX_WARNINGS && warnings.push(w));
  let result: KubeApiResult;
  try {
    const env = kube ?? kubeEnvOf(cluster);
    result = cluster.api.withWarnings(warn, () => route(cluster, request, env, warn));
  } catch (err) {
    const response = errorResponse(err);
    // A write that failed changed nothing, but journaling "nothing" is cheap and keeps the rule simple.
    result = { ...response, changed: !READS.has(request.method) };
  }
  if (warnings.length === 0 || result.kind !== 'response') return result;
  return { ...result, headers: { ...result.headers, Warning: warnings.map(warningValue).join(', ') } };
}

const MAX_WARNINGS = 50;

/** An RFC 7234 warning as kube-apiserver sends it (code 299, no agent): kubectl prints `Warning: <text>`. */
function warningValue(text: string): string {
  return `299 - "${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n]/g, ' ')}"`;
}

function route(
  cluster: Cluster,
  request: KubeApiRequest,
  kube: KubeEnv,
  warn: (warning: string) => void,
): KubeApiResult {
  const path = parseApiPath(request.path);
  const query = new URLSearchParams(request.query);
  const types = cluster.registry.all();
  const read = READS.has(request.method);
  const discoverable = servedTypes(cluster);
  switch (path.kind) {
    case 'root':
      if (!read) return methodNotAllowed();
      // The gitVersion is what kubectl's version skew check and dispatchers read.
      if (path.path === '/version') return jsonResponse(versionInfo(cluster.settings.kubernetesVersion));
      return { kind: 'response', status: 200, contentType: 'text/plain; charset=utf-8', body: 'ok' };
    case 'openapi': {
      if (!read) return methodNotAllowed();
      const answer = openApiResponse?.(
        {
          prefix: request.prefix ?? '',
          path: request.path,
          query,
          accept: request.headers.accept,
          ifNoneMatch: request.headers.ifNoneMatch,
        },
        openApiSource(cluster),
      );
      return answer ? { kind: 'response', ...answer } : notFoundResponse();
    }
    case 'groups': {
      if (!read) return methodNotAllowed();
      const aggregated = aggregatedVersionWanted(request.headers.accept);
      if (aggregated) {
        return {
          kind: 'response',
          status: 200,
          contentType: aggregatedContentType(aggregated),
          body: JSON.stringify(aggregatedDiscovery(discoverable, path.legacy, aggregated)),
        };
      }
      return jsonResponse(path.legacy ? apiVersions() : apiGroupList(discoverable));
    }
    case 'groupVersion': {
      if (!read) return methodNotAllowed();
      const list = apiResourceList(discoverable, path.group, path.version);
      return list ? jsonResponse(list) : notFoundResponse();
    }
    case 'resource':
      return resourceRequest(cluster, request, query, path, types, kube, warn);
    case 'unknown':
      return notFoundResponse();
  }
}

function methodNotAllowed(): KubeApiResponse {
  return statusResponse(405, 'the server does not allow this method on the requested resource', 'MethodNotAllowed');
}

function resourceRequest(
  cluster: Cluster,
  request: KubeApiRequest,
  query: URLSearchParams,
  path: Extract<ReturnType<typeof parseApiPath>, { kind: 'resource' }>,
  types: readonly ResourceType[],
  kube: KubeEnv,
  warn: (warning: string) => void,
): KubeApiResult {
  const reviewType = REVIEW_TYPES.find(
    (t) => t.group === path.group && t.version === path.version && t.plural === path.resource,
  );
  const user = requestUser(request);
  if (reviewType)
    return path.name === undefined ? answerReview(cluster, reviewType, request, user) : notFoundResponse();
  if (isMetricsGroup(path.group)) {
    return answerMetrics(cluster, { ...path, method: request.method, query, accept: request.headers.accept });
  }
  const served = servedVersion(path.group, path.version, path.resource);
  const version = served?.storedVersion ?? path.version;
  const type = types.find((t) => t.group === path.group && t.version === version && t.plural === path.resource);
  if (!type) return notFoundResponse();
  if (path.namespace !== undefined && !type.namespaced) return notFoundResponse();
  const ctx: WriteContext = {
    cluster,
    type,
    served,
    namespace: type.namespaced ? path.namespace : undefined,
    query,
    accept: request.headers.accept,
    request,
    warn,
  };
  const { name, subresource } = path;
  const method = request.method;
  authorizeRequest(cluster, user, type, { method, namespace: ctx.namespace, name, subresource }, query);
  if (name === undefined) {
    if (READS.has(method)) {
      return query.get('watch') === 'true' || query.get('watch') === '1' ? watchResource(ctx) : listObjects(ctx);
    }
    if (method === 'POST') return createObject(ctx);
    if (method === 'DELETE') return deleteCollection(ctx);
    return methodNotAllowed();
  }
  if (subresource !== undefined && !hasSubresource(type, subresource)) return notFoundResponse();
  if (subresource === 'log') {
    if (!READS.has(method)) return methodNotAllowed();
    return podLog(cluster, ctx.namespace, name, query);
  }
  if (subresource === 'eviction') return method === 'POST' ? evictPod(ctx, name) : methodNotAllowed();
  // Connect verbs: kube-apiserver takes GET (WebSocket) and POST (SPDY) for each.
  if (subresource === 'exec' || subresource === 'attach' || subresource === 'portforward') {
    if (method !== 'GET' && method !== 'POST') return methodNotAllowed();
    if (subresource !== 'portforward') return remoteCommand(subresource, cluster, kube, ctx.namespace, name, query);
    if (request.forward) return forwardToPod(kube, ctx.namespace, name, request.forward);
    return portForwardSession(cluster, ctx.namespace, name);
  }
  if (subresource === 'token') return method === 'POST' ? requestToken(ctx, name) : methodNotAllowed();
  const item: ReadContext = ctx;
  switch (method) {
    case 'GET':
    case 'HEAD':
      if (subresource === 'scale') return getScale(item, name);
      return getObject(item, name);
    case 'PUT':
      return replaceObject(ctx, name, subresource);
    case 'PATCH':
      return patchObject(ctx, name, subresource);
    case 'DELETE':
      if (subresource) return methodNotAllowed();
      return deleteObject(ctx, name);
    default:
      return methodNotAllowed();
  }
}

function hasSubresource(type: ResourceType, subresource: string): boolean {
  if (subresource === 'status') return type.hasStatus;
  if (subresource === 'scale') return hasScaleSubresource(type);
  if (['log', 'eviction', 'exec', 'attach', 'portforward'].includes(subresource)) return type.kind === 'Pod';
  if (subresource === 'token') return type.kind === 'ServiceAccount';
  return false;
}
