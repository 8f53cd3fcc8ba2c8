/**
 * The real kubectl (v1.32 on the PATH) against a small throwaway HTTP server of the test's own: the server answers
 * `/version` (which picks the dispatcher's client) and aggregated discovery for the types the test names, and hands
 * every other request to the test. For tests of what kubectl sends and what it makes of our answers.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface DiscoveredType {
  group: string;
  version: string;
  kind: string;
  plural: string;
  namespaced: boolean;
  shortNames?: readonly string[];
  subresources?: readonly { name: string; group: string; version: string; kind: string }[];
}

export interface RecordedRequest {
  method: string;
  url: URL;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export interface Reply {
  status: number;
  contentType: string;
  body: string | Uint8Array;
  headers?: Record<string, string>;
}

export type Handler = (req: RecordedRequest) => Reply | undefined;

export interface FakeApiServer {
  /** Runs kubectl with this server's kubeconfig: its stdout, stderr and exit code. */
  kubectl(args: readonly string[]): Promise<{ stdout: string; stderr: string; code: number }>;
  /** Every request except discovery and /version, oldest first. */
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

const AGGREGATED = 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList';

/** Aggregated discovery (apidiscovery.k8s.io/v2) of the types, for `/api` (core) or `/apis` (the groups). */
function discovery(types: readonly DiscoveredType[], core: boolean): string {
  const groups = new Map<string, Map<string, unknown[]>>();
  for (const t of types) {
    if ((t.group === '') !== core) continue;
    const versions = groups.get(t.group) ?? new Map<string, unknown[]>();
    groups.set(t.group, versions);
    const resources = versions.get(t.version) ?? [];
    versions.set(t.version, resources);
    resources.push({
      resource: t.plural,
      responseKind: { group: t.group, version: t.version, kind: t.kind },
      scope: t.namespaced ? 'Namespaced' : 'Cluster',
      singularResource: t.kind.toLowerCase(),
      shortNames: t.shortNames ?? [],
      verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'],
      subresources: (t.subresources ?? []).map((s) => ({
        subresource: s.name,
        responseKind: { group: s.group, version: s.version, kind: s.kind },
        verbs: ['create'],
      })),
    });
  }
  const items = [...groups].map(([name, versions]) => ({
    metadata: { name, creationTimestamp: null },
    versions: [...versions].map(([version, resources]) => ({ version, resources, freshness: 'Current' })),
  }));
  return JSON.stringify({ kind: 'APIGroupDiscoveryList', apiVersion: 'apidiscovery.k8s.io/v2', metadata: {}, items });
}

function notFound(): Reply {
  const status = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', reason: 'NotFound', code: 404 };
  return { status: 404, contentType: 'application/json', body: JSON.stringify({ ...status, message: 'not found' }) };
}

/** Fails with a clear message where the machine has no real kubectl (see README: "Use your own kubectl"). */
export async function requireRealKubectl(): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    execFile('kubectl', ['version', '--client'], (err) =>
      err ? reject(new Error(`these tests need the real kubectl v1.32 on the PATH: ${err.message}`)) : resolve(),
    );
  });
}

export interface FakeApiServerOptions {
  /** The cluster's base path in the kubeconfig's server URL (`/clusters/x`); handlers see full paths. */
  prefix?: string;
  /** The minor version `/version` reports, which picks the dispatcher's kubectl (1.27–1.33; 32 by default). */
  minor?: number;
}

export async function startFakeApiServer(
  types: readonly DiscoveredType[],
  handler: Handler,
  { prefix = '', minor = 32 }: FakeApiServerOptions = {},
): Promise<FakeApiServer> {
  const requests: RecordedRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const local = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : '';
      let reply: Reply | undefined;
      if (local === '/version') {
        const version = { major: '1', minor: `${minor}`, gitVersion: `v1.${minor}.0`, platform: 'linux/amd64' };
        reply = { status: 200, contentType: 'application/json', body: JSON.stringify(version) };
      } else if (local === '/api' || local === '/apis') {
        // kubectl before 1.30 asks for v2beta1 only; the same document under its older name.
        const v2 = (req.headers.accept ?? '').includes('v=v2;');
        const version = v2 ? 'v2' : 'v2beta1';
        const body = discovery(types, local === '/api').replace(
          '"apidiscovery.k8s.io/v2"',
          `"apidiscovery.k8s.io/${version}"`,
        );
        reply = { status: 200, contentType: AGGREGATED.replace('v=v2;', `v=${version};`), body };
      } else {
        const recorded = { method: req.method ?? 'GET', url, headers: req.headers, body: Buffer.concat(chunks) };
        requests.push(recorded);
        reply = handler(recorded);
      }
      reply ??= notFound();
      res.writeHead(reply.status, { 'content-type': reply.contentType, ...reply.headers });
      res.end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const home = mkdtempSync(path.join(os.tmpdir(), 'kubelab-kubectl-'));
  const kubeconfig = path.join(home, 'config');
  writeFileSync(
    kubeconfig,
    JSON.stringify({
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [{ name: 'c', cluster: { server: `http://127.0.0.1:${port}${prefix}` } }],
      users: [{ name: 'u', user: {} }],
      contexts: [{ name: 'c', context: { cluster: 'c', user: 'u', namespace: 'default' } }],
      'current-context': 'c',
    }),
  );
  const env = { ...process.env, HOME: home, KUBECONFIG: kubeconfig };
  return {
    requests,
    kubectl: (args) =>
      new Promise((resolve) => {
        execFile('kubectl', [...args], { env, timeout: 60_000 }, (err, stdout, stderr) => {
          const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
          resolve({ stdout, stderr, code });
        });
      }),
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(home, { recursive: true, force: true });
    },
  };
}
