/**
 * Simulated traffic: an HTTP request from a pod, a node or the student's machine, resolved by
 * cluster DNS, routed as kube-proxy routes (ClusterIP and NodePort to a random ready endpoint),
 * filtered by NetworkPolicy, and answered by the image serving the target port.
 */
import type { Pod, Service, ServicePort } from 'kubernetes-types/core/v1';
import type { Ingress } from 'kubernetes-types/networking/v1';
import type { Rng } from '../../lib/rng.js';
import type { VirtualClock } from '../clock.js';
import { isPodReady, targetPortOn } from '../controllers/services/endpoints.js';
import { ingressControllerReady, servedByIngressNginx } from '../controllers/services/ingress.js';
import { planContainer } from '../node/kubelet/plan.js';
import type { SimRuntime } from '../runtime.js';
import type { Store } from '../store.js';
import type { Stored } from '../types.js';
import { recordAccess } from './accessLog.js';
import { resolve, type DnsAnswer } from './dns.js';
import { externalSite, siteAt } from './internet.js';
import { egressAllowed, ingressAllowed, type Peer } from './policy.js';
import { respond } from './responses.js';

export interface NetworkContext {
  readonly store: Store;
  readonly rng: Rng;
  readonly clock: VirtualClock;
  readonly runtime: SimRuntime;
}

/** Where a request starts: inside a pod (exec, `kubectl run`), on a node (`minikube ssh`), or the student's machine. */
export type Source =
  { kind: 'pod'; namespace: string; name: string } | { kind: 'node'; name: string } | { kind: 'host' };

export interface RequestOptions {
  method?: string;
  /** `curl/8.5.0`, `Wget` (busybox) … as the client sends it. */
  userAgent?: string;
  /** A `Host:` header other than the URL's host (`curl -H 'Host: …'`). */
  hostHeader?: string;
  /** Names pinned to addresses (`curl --resolve name:port:ip`). */
  resolve?: Readonly<Record<string, string>>;
}

export type HttpOutcome =
  | {
      kind: 'response';
      status: number;
      contentType: string;
      body: string;
      server?: string;
      servedBy: { namespace: string; name: string };
      ip: string;
      port: number;
    }
  /** resolve: no such host; refused: nothing listens; timeout: dropped (policy, unroutable); empty-reply: not an HTTP server. */
  | { kind: 'error'; error: 'resolve' | 'refused' | 'timeout' | 'empty-reply' | 'bad-url'; host: string; port: number };

interface ParsedUrl {
  scheme: string;
  host: string;
  port: number;
  path: string;
}

export function parseUrl(url: string): ParsedUrl | undefined {
  const m = /^(?:(https?):\/\/)?([^/:?#\s]+)(?::(\d{1,5}))?([/?#].*)?$/i.exec(url.trim());
  if (!m) return undefined;
  const scheme = (m[1] ?? 'http').toLowerCase();
  const port = m[3] ? Number(m[3]) : scheme === 'https' ? 443 : 80;
  if (port < 1 || port > 65535) return undefined;
  const rawPath = m[4] ?? '/';
  return {
    scheme,
    host: (m[2] ?? '').toLowerCase(),
    port,
    path: rawPath.startsWith('/') ? rawPath.split(/[?#]/)[0] || '/' : '/',
  };
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

export function sourcePod(ctx: NetworkContext, source: Source): Stored<Pod> | undefined {
  return source.kind === 'pod'
    ? (ctx.store.get('pods', source.namespace, source.name) as Stored<Pod> | undefined)
    : undefined;
}

/**
 * `nslookup`/`getent hosts` from a pod (or a node and the student's machine, whose resolver knows no cluster
 * names): cluster names first (dnsPolicy Default skips them), then the public sites (internet.ts).
 */
export function lookup(ctx: NetworkContext, source: Source, name: string): DnsAnswer | undefined {
  const from = sourcePod(ctx, source);
  if (from && !dnsReachable(ctx, from)) return undefined;
  const cluster = source.kind === 'pod' && from?.spec?.dnsPolicy !== 'Default';
  const answer = cluster ? resolve(ctx.store, source.namespace, name) : undefined;
  if (answer) return answer;
  const site = externalSite(name);
  return site && { fqdn: site.host, addresses: [site.ip] };
}

/** DNS goes to CoreDNS on port 53: an egress policy that forgets it breaks name resolution. */
function dnsReachable(ctx: NetworkContext, from: Stored<Pod>): boolean {
  const dns = ctx.store.list('pods', 'kube-system').find((p) => p.metadata.labels?.['k8s-app'] === 'kube-dns') as
    Stored<Pod> | undefined;
  return !dns || egressAllowed(ctx.store, from, { pod: dns }, 53);
}

/** Proxies in a row a request may pass (a proxy forwarding to itself ends here, as nginx would run out of connections). */
const MAX_HOPS = 5;

export function httpRequest(
  ctx: NetworkContext,
  source: Source,
  url: string,
  opts: RequestOptions = {},
  hops = 0,
): HttpOutcome {
  const parsed = parseUrl(url);
  if (!parsed) return { kind: 'error', error: 'bad-url', host: url, port: 0 };
  const { host, port } = parsed;
  const fail = (error: 'resolve' | 'refused' | 'timeout' | 'empty-reply') => ({
    kind: 'error' as const,
    error,
    host,
    port,
  });
  const from = sourcePod(ctx, source);
  let ip = host;
  if (host === 'localhost' || host === '127.0.0.1') {
    if (!from) return fail('refused');
    return connect(ctx, source, from, from, port, parsed, opts, hops) ?? fail('refused');
  }
  const pinned = opts.resolve?.[host];
  if (pinned) {
    ip = pinned;
  } else if (!IPV4.test(host)) {
    const answer = lookup(ctx, source, host);
    const first = answer?.addresses[0];
    if (!first) return fail('resolve');
    ip = answer.addresses[ctx.rng.int(answer.addresses.length)] ?? first;
  }
  const target = route(ctx, source, ip, port, { host: opts.hostHeader ?? host, path: parsed.path });
  if (target.kind === 'error') return fail(target.error);
  if (target.kind === 'response') return { ...target, kind: 'response', ip, port };
  const outcome = connect(ctx, source, from, target.pod, target.port, parsed, opts, hops) ?? fail('refused');
  // The client sees the address it dialled (a Service's ClusterIP), not the pod behind it.
  return outcome.kind === 'response' ? Object.assign(outcome, { ip, port }) : outcome;
}

type Route =
  | { kind: 'pod'; pod: Stored<Pod>; port: number }
  | { kind: 'error'; error: 'refused' | 'timeout' }
  /** Answered on the way (the ingress controller's own 404). */
  | {
      kind: 'response';
      status: number;
      contentType: string;
      body: string;
      server?: string;
      servedBy: { namespace: string; name: string };
    };

/**
 * kube-proxy's view: a ClusterIP or a node's NodePort leads to a random ready endpoint; a pod IP to
 * that pod; a node's port 80/443 to the ingress controller when the addon runs (it binds host ports).
 */
function route(
  ctx: NetworkContext,
  source: Source,
  ip: string,
  port: number,
  http: { host: string; path: string },
): Route {
  for (const svc of ctx.store.list('services') as unknown as Stored<Service>[]) {
    const spec = svc.spec ?? {};
    if (spec.clusterIP === ip && ip !== 'None') {
      // ClusterIPs live inside the cluster: the student's machine cannot reach them.
      if (source.kind === 'host') return { kind: 'error', error: 'timeout' };
      const sp = spec.ports?.find((p) => p.port === port && (p.protocol ?? 'TCP') === 'TCP');
      return sp ? toEndpoint(ctx, svc, sp) : { kind: 'error', error: 'refused' };
    }
  }
  const node = ctx.store
    .list('nodes')
    .find((n) =>
      ((n.status as { addresses?: { address: string }[] } | undefined)?.addresses ?? []).some((a) => a.address === ip),
    );
  if (node) {
    if ((port === 80 || port === 443) && ingressControllerReady(ctx)) return ingressRoute(ctx, http.host, http.path);
    for (const svc of ctx.store.list('services') as unknown as Stored<Service>[]) {
      const sp = svc.spec?.ports?.find((p) => p.nodePort === port);
      if (sp) return toEndpoint(ctx, svc, sp);
    }
    return { kind: 'error', error: 'refused' };
  }
  const pod = (ctx.store.list('pods') as unknown as Stored<Pod>[]).find(
    (p) => p.status?.podIP === ip && !p.spec?.hostNetwork,
  );
  if (pod) {
    if (source.kind === 'host') return { kind: 'error', error: 'timeout' };
    return { kind: 'pod', pod, port };
  }
  const site = siteAt(ip);
  if (site && (port === 80 || port === 443)) {
    const from = sourcePod(ctx, source);
    if (from && !egressAllowed(ctx.store, from, { ip }, port)) return { kind: 'error', error: 'timeout' };
    const { contentType, server, body } = site;
    return { kind: 'response', status: 200, contentType, server, body, servedBy: { namespace: '', name: site.host } };
  }
  return { kind: 'error', error: 'timeout' };
}

/** ingress-nginx: the longest matching path of a rule for the host (or a rule without host). */
function ingressRoute(ctx: NetworkContext, host: string, path: string): Route {
  let best: { len: number; ns: string; service: string; port: number | string } | undefined;
  for (const ing of ctx.store.list('ingresses.networking.k8s.io') as unknown as Stored<Ingress>[]) {
    if (!servedByIngressNginx(ctx, ing)) continue;
    for (const rule of ing.spec?.rules ?? []) {
      if (rule.host && rule.host !== host && !(rule.host.startsWith('*.') && host.endsWith(rule.host.slice(1))))
        continue;
      for (const p of rule.http?.paths ?? []) {
        const prefix = p.path ?? '/';
        const hit =
          p.pathType === 'Exact'
            ? path === prefix
            : path === prefix || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`) || prefix === '/';
        const svc = p.backend.service;
        if (!hit || !svc || (best && best.len >= prefix.length)) continue;
        best = {
          len: prefix.length,
          ns: ing.metadata.namespace ?? 'default',
          service: svc.name,
          port: svc.port?.number ?? svc.port?.name ?? 80,
        };
      }
    }
  }
  const controller = ctx.store
    .list('pods', 'ingress-nginx')
    .find((p) => p.metadata.labels?.['app.kubernetes.io/component'] === 'controller');
  const servedBy = { namespace: 'ingress-nginx', name: controller?.metadata.name ?? 'ingress-nginx-controller' };
  const notFound = {
    kind: 'response' as const,
    status: 404,
    contentType: 'text/html',
    server: 'nginx',
    body: '<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n',
    servedBy,
  };
  if (!best) return notFound;
  const target = best;
  const svc = ctx.store.get('services', target.ns, target.service) as Stored<Service> | undefined;
  const sp = svc?.spec?.ports?.find((p) => p.port === target.port || p.name === target.port);
  if (!svc || !sp)
    return {
      ...notFound,
      status: 503,
      body: '<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n<body>\r\n<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n',
    };
  return toEndpoint(ctx, svc, sp);
}

function toEndpoint(ctx: NetworkContext, svc: Stored<Service>, sp: ServicePort): Route {
  const selector = svc.spec?.selector;
  if (!selector) return { kind: 'error', error: 'refused' };
  const ready = (ctx.store.list('pods', svc.metadata.namespace) as unknown as Stored<Pod>[]).filter(
    (p) =>
      Object.entries(selector).every(([k, v]) => p.metadata.labels?.[k] === v) &&
      !!p.status?.podIP &&
      isPodReady(p) &&
      !p.metadata.deletionTimestamp,
  );
  // kube-proxy (iptables mode) picks an endpoint at random for each new connection.
  const pod = ready[ctx.rng.int(ready.length)];
  if (!pod) return { kind: 'error', error: 'refused' };
  const port = targetPortOn(pod, sp);
  return port === undefined ? { kind: 'error', error: 'refused' } : { kind: 'pod', pod, port };
}

function connect(
  ctx: NetworkContext,
  source: Source,
  from: Stored<Pod> | undefined,
  to: Stored<Pod>,
  port: number,
  url: ParsedUrl,
  opts: RequestOptions,
  hops: number,
): HttpOutcome | undefined {
  const host = url.host;
  const sourcePeer: Peer = from ? { pod: from } : { ip: source.kind === 'node' ? '192.168.49.2' : '192.168.49.1' };
  if (from && from !== to && !egressAllowed(ctx.store, from, { pod: to }, port))
    return { kind: 'error', error: 'timeout', host, port: url.port };
  if (from !== to && !ingressAllowed(ctx.store, sourcePeer, to, port))
    return { kind: 'error', error: 'timeout', host, port: url.port };
  if (to.status?.phase !== 'Running' || to.metadata.deletionTimestamp) return undefined;
  // Native sidecars (init containers that keep running) share the pod's network too: the docs' ambassador listens there.
  const sidecars = (to.spec?.initContainers ?? []).filter((c) => c.restartPolicy === 'Always');
  const container = [...(to.spec?.containers ?? []), ...sidecars].find((c) => planContainer(c).ports.includes(port));
  if (!container) return undefined;
  const plan = planContainer(container);
  const clientIP = from?.status?.podIP ?? ('ip' in sourcePeer ? sourcePeer.ip : '');
  const userAgent = opts.userAgent ?? 'curl/8.5.0';
  const method = opts.method ?? 'GET';
  const answer = respond(plan.http, {
    path: url.path,
    method,
    host: url.port === 80 ? host : `${host}:${url.port}`,
    podName: to.metadata.name,
    podIP: to.status.podIP ?? '',
    clientIP,
    userAgent,
    tag: plan.pull.ok ? plan.pull.info.tag : '',
    args: [...(container.command ?? []), ...(container.args ?? [])],
    now: ctx.clock.now(),
    startedAt:
      Date.parse(
        to.status.containerStatuses?.find((s) => s.name === container.name)?.state?.running?.startedAt ?? '',
      ) || ctx.clock.now(),
    forward: (upstream) => {
      if (hops >= MAX_HOPS) return undefined;
      const self = { kind: 'pod' as const, namespace: to.metadata.namespace ?? 'default', name: to.metadata.name };
      const next = httpRequest(ctx, self, `http://${upstream}${url.path}`, { method, userAgent }, hops + 1);
      return next.kind === 'response'
        ? { status: next.status, contentType: next.contentType, body: next.body }
        : undefined;
    },
  });
  if (!answer) return { kind: 'error', error: 'empty-reply', host, port: url.port };
  recordAccess(ctx.runtime, to.metadata.uid, {
    at: ctx.clock.now(),
    clientIP,
    method,
    path: url.path,
    status: answer.status,
    bytes: answer.body.length,
    userAgent,
  });
  return {
    kind: 'response',
    ...answer,
    servedBy: { namespace: to.metadata.namespace ?? 'default', name: to.metadata.name },
    ip: to.status.podIP ?? '',
    port,
  };
}
