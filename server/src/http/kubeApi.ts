// The Kubernetes API of every sandbox over HTTP, for students' own kubectl: `/clusters/<secret>/api/v1/...`. The path's
// secret is the credential (a bearer token, when sent, must be the same one); what follows is kube-apiserver's URL
// layout, answered by the student's sandbox through the sandbox host. Errors are metav1.Status, as kubectl expects.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { Router } from 'express';
import type { Logger } from '../logger.js';
import { pathSecret, type KubeApiService } from '../services/kubeApi.js';
import type { KubeApiExchange, KubeApiRequest } from '../services/sandboxes.js';

export interface KubeApiRouterDeps {
  kubeApi: KubeApiService;
  bodyLimitBytes: number;
  logger: Logger;
}

/** A metav1.Status failure (also used by `kubelab sim --serve`). */
export function sendStatus(
  res: ServerResponse,
  code: number,
  reason: string,
  message: string,
  extra: Record<string, unknown> = {},
): void {
  const body = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, ...extra, code };
  res.writeHead(code, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
}

export const unauthorized = (res: ServerResponse) => sendStatus(res, 401, 'Unauthorized', 'Unauthorized');

/** The request body, refused with 413 past the limit (before reading it when Content-Length says so). */
export function readBody(req: IncomingMessage, limit: number): Promise<Uint8Array | 'tooLarge'> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > limit) return Promise.resolve('tooLarge');
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) over = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? 'tooLarge' : new Uint8Array(Buffer.concat(chunks))));
    req.on('error', reject);
  });
}

/** The request headers the Kubernetes API reads (also used by `kubelab sim --serve`). */
export function kubeApiHeaders(req: IncomingMessage): KubeApiRequest['headers'] {
  const h = req.headers;
  const groups = req.headersDistinct['impersonate-group'];
  return {
    accept: h.accept,
    contentType: h['content-type'],
    ifNoneMatch: h['if-none-match'],
    userAgent: h['user-agent'],
    impersonateUser: h['impersonate-user'] as string | undefined,
    ...(groups ? { impersonateGroups: groups } : {}),
  };
}

export function isStream(query: URLSearchParams): boolean {
  return ['true', '1'].includes(query.get('watch') ?? '') || query.get('follow') === 'true';
}

const CLUSTERS = '/clusters/';

/**
 * A `/clusters/<secret>/…` URL path taken apart: `below` `/clusters` (what a backend authenticates), the API `path`
 * after the secret, and the `prefix` up to it; undefined for any other path.
 */
export function clusterPath(pathname: string): { below: string; path: string; prefix: string } | undefined {
  if (!pathname.startsWith(CLUSTERS)) return undefined;
  const below = pathname.slice(CLUSTERS.length - 1);
  const secretEnd = below.indexOf('/', 1);
  return {
    below,
    path: secretEnd < 0 ? '/' : below.slice(secretEnd),
    prefix: `/clusters${secretEnd < 0 ? below : below.slice(0, secretEnd)}`,
  };
}

/** kube-apiserver's own top-level paths, which `kubectl get --raw` sends without the server URL's path prefix. */
const KUBE_ROOT = /^\/(api|apis|version|openapi|healthz|livez|readyz)(\/|$)/;
const CLUSTER_BEARER = /^Bearer\s+(klc_\S+)$/i;

export function kubeApiRouter(deps: KubeApiRouterDeps): Router {
  const router = Router();
  router.use(async (req: Request, res: Response) => {
    res.set('Cache-Control', 'no-store');
    const match = /^\/([^/]+)(\/.*)?$/.exec(req.path);
    const secret = pathSecret(req.path, req.get('authorization'));
    if (!match || secret === null) return unauthorized(res);
    await serveRequest(deps, req, res, secret, match[2] ?? '/', `${req.baseUrl}/${match[1]!}`);
  });
  return router;
}

/**
 * The same API at the server's root for a request that carries a kubeconfig's token: `kubectl get --raw /apis/…`
 * resolves its path against the host, dropping the kubeconfig's `/clusters/<secret>` prefix (rest.Request.RequestURI).
 * Anything else falls through to the app (its own `/api` takes no cluster tokens).
 */
export function kubeApiAtRoot(deps: KubeApiRouterDeps) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const token = CLUSTER_BEARER.exec(req.get('authorization') ?? '')?.[1];
    if (!token || !KUBE_ROOT.test(req.path)) return next();
    res.set('Cache-Control', 'no-store');
    await serveRequest(deps, req, res, token, req.path, '');
  };
}

async function serveRequest(
  { kubeApi, bodyLimitBytes, logger }: KubeApiRouterDeps,
  req: Request,
  res: Response,
  secret: string,
  path: string,
  prefix: string,
): Promise<void> {
  try {
    const credential = await kubeApi.authenticate(secret);
    if (!credential) return unauthorized(res);
    const body = await readBody(req, bodyLimitBytes);
    if (body === 'tooLarge') {
      return sendStatus(res, 413, 'RequestEntityTooLarge', `Request entity too large: limit is ${bodyLimitBytes}`);
    }
    const rawQuery = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?') + 1) : '';
    const request: KubeApiRequest = {
      method: req.method.toUpperCase(),
      path,
      query: rawQuery,
      headers: kubeApiHeaders(req),
      prefix,
      ...(body.length > 0 ? { body } : {}),
    };
    await forward(kubeApi, credential, request, res, isStream(new URLSearchParams(rawQuery)));
  } catch (err) {
    logger.error({ err, area: 'kubeApi' }, 'a Kubernetes API request failed');
    if (!res.headersSent)
      sendStatus(res, 500, 'InternalError', 'Internal error occurred: the request could not be served');
    else res.end();
  }
}

async function forward(
  kubeApi: KubeApiService,
  credential: NonNullable<Awaited<ReturnType<KubeApiService['authenticate']>>>,
  request: KubeApiRequest,
  res: Response,
  stream: boolean,
): Promise<void> {
  // Chunks may come before the head (a watch's first events): held until the head is written.
  let held: string[] | null = [];
  let ended = false;
  const outcome = await kubeApi.serve(
    credential,
    request,
    {
      chunk: (data) => {
        if (held) held.push(data);
        else res.write(data);
      },
      end: () => {
        ended = true;
        if (!held) res.end();
      },
    },
    stream ? 'watch' : 'plain',
  );
  if (!('streaming' in outcome)) {
    res.set('Retry-After', String(outcome.retryAfterSeconds));
    return sendStatus(res, 429, 'TooManyRequests', outcome.message, {
      details: { retryAfterSeconds: outcome.retryAfterSeconds },
    });
  }
  const exchange: KubeApiExchange = outcome;
  if (exchange.session) {
    // exec, attach and port-forward speak only over an upgraded connection (see kubeApiStreams.ts).
    exchange.stop();
    return sendStatus(res, 400, 'BadRequest', 'Upgrade request required');
  }
  res.status(exchange.status).set({ ...exchange.headers, 'Content-Type': exchange.contentType });
  if (!exchange.streaming) {
    res.end(exchange.body === undefined ? '' : Buffer.from(exchange.body));
    return;
  }
  res.flushHeaders();
  for (const chunk of held ?? []) res.write(chunk);
  held = null;
  if (ended) {
    res.end();
    return;
  }
  // The client went away (Ctrl-C on `kubectl get -w`): release the cluster's watch.
  res.on('close', () => exchange.stop());
}
