/**
 * How curl and wget reach the cluster: by URL, from a pod's network (by cluster DNS name or
 * ClusterIP) or from the student's machine (localhost through a running `kubectl port-forward`).
 */
import { parseUrl, type HttpOutcome, type RequestOptions } from '../sim/index.js';
import type { KubeEnv } from './env.js';

export interface RequestFrom {
  namespace: string;
  pod: string;
}

/** An HTTP exchange as a client sees it: a response, or why there was none. */
export interface HttpReply {
  readonly status: number;
  readonly body: string;
  readonly contentType?: string;
  /** The `Server:` header, when the server sends one. */
  readonly server?: string;
  /** Where the connection went (curl's remote_ip and remote_port). */
  readonly ip?: string;
  readonly port?: number;
  readonly error?: Extract<HttpOutcome, { kind: 'error' }>['error'];
  readonly host?: string;
}

/** An HTTP request from a pod (`from` set) or the student's machine, through the simulated network. */
export function request(env: KubeEnv, url: string, from?: RequestFrom, opts: RequestOptions = {}): HttpReply {
  const parsed = parseUrl(url);
  if (!parsed) return { status: 0, body: '', error: 'bad-url' };
  const cluster = env.cluster;
  if (!from && (parsed.host === 'localhost' || parsed.host === '127.0.0.1')) {
    const fwd = env.forwards.get(parsed.port);
    if (!fwd || cluster.state !== 'Running')
      return { status: 0, body: '', error: 'refused', host: parsed.host, port: parsed.port };
    const pod = cluster.api.find<{ status?: { podIP?: string } }>('pods', fwd.namespace, fwd.pod);
    const ip = pod?.status?.podIP;
    if (!ip) return { status: 0, body: '', error: 'refused', host: parsed.host, port: parsed.port };
    const forwarded = request(
      env,
      `http://${ip}:${fwd.podPort}${parsed.path}`,
      { namespace: fwd.namespace, pod: fwd.pod },
      opts,
    );
    return forwarded.error
      ? forwarded
      : Object.assign({}, forwarded, { ip: parsed.host === 'localhost' ? '::1' : '127.0.0.1', port: parsed.port });
  }
  if (cluster.state !== 'Running')
    return { status: 0, body: '', error: from ? 'resolve' : 'timeout', host: parsed.host, port: parsed.port };
  const source = from
    ? ({ kind: 'pod', namespace: from.namespace, name: from.pod } as const)
    : ({ kind: 'host' } as const);
  const outcome = cluster.http(source, url, opts);
  if (outcome.kind === 'response') {
    const reply = {
      status: outcome.status,
      body: outcome.body,
      contentType: outcome.contentType,
      ip: outcome.ip,
      port: outcome.port,
    };
    return outcome.server === undefined ? reply : Object.assign(reply, { server: outcome.server });
  }
  return { status: 0, body: '', error: outcome.error, host: outcome.host, port: outcome.port };
}

const REASONS: Readonly<Record<number, string>> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  301: 'Moved Permanently',
  302: 'Found',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Temporarily Unavailable',
  504: 'Gateway Time-out',
};

/** `HTTP/1.1 404 Not Found`: a response's status line. */
export function statusLine(status: number): string {
  return `HTTP/1.1 ${status} ${REASONS[status] ?? ''}`.trimEnd();
}
