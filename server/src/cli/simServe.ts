// `kubelab sim --serve`: the offline cluster's Kubernetes API on localhost for the real kubectl (or k9s), with no
// server and no database: requests, watches, and exec, attach and port-forward as `kubelab serve` answers them. The
// kubeconfig goes to stdout; the cluster's clock follows real time until Ctrl-C.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex, Writable } from 'node:stream';
import { clusterPath, kubeApiHeaders, readBody, sendStatus, unauthorized } from '../http/kubeApi.js';
import { kubeApiUpgrades } from '../http/kubeApiStreams.js';
import type { KubeApiRequest } from '../kubeapi/index.js';
import type { Environment } from '../kubectl/environment.js';
import { createLogger, type Logger } from '../logger.js';
import { ClusterKubeApi, sameSecret } from '../services/clusterKubeApi.js';
import { kubeconfigYaml } from '../services/kubeApi.js';

const BODY_LIMIT = 3 * 1024 * 1024;

/** One plain request under `/clusters/<secret>`, answered from the cluster the secret names. */
async function answerKubeApi(backend: ClusterKubeApi, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const parts = clusterPath(url.pathname);
  const served = parts ? await backend.authenticatePath(parts.below, req.headers.authorization) : null;
  if (!parts || !served) return unauthorized(res);
  const body = await readBody(req, BODY_LIMIT);
  if (body === 'tooLarge')
    return sendStatus(res, 413, 'RequestEntityTooLarge', `Request entity too large: limit is ${BODY_LIMIT}`);
  const request: KubeApiRequest = {
    method: (req.method ?? 'GET').toUpperCase(),
    path: parts.path,
    query: url.search.slice(1),
    headers: kubeApiHeaders(req),
    prefix: parts.prefix,
    body,
  };
  // A watch's first events may come before its head is written: held until then.
  let held: string[] | null = [];
  let ended = false;
  const exchange = await backend.serve(served, request, {
    chunk: (data) => (held ? held.push(data) : res.write(data)),
    end: () => {
      ended = true;
      if (!held) res.end();
    },
  });
  if (exchange.session) {
    exchange.stop();
    return sendStatus(res, 400, 'BadRequest', 'Upgrade request required');
  }
  res.writeHead(exchange.status, { ...exchange.headers, 'Content-Type': exchange.contentType });
  if (!exchange.streaming) {
    res.end(exchange.body === undefined ? '' : Buffer.from(exchange.body));
    return;
  }
  res.flushHeaders();
  for (const chunk of held ?? []) res.write(chunk);
  held = null;
  if (ended) res.end();
  else res.on('close', () => exchange.stop());
}

/** An HTTP server for `backend`'s clusters: plain requests, and exec, attach and port-forward as upgrades. */
export function clusterApiServer(
  backend: ClusterKubeApi,
  logger: Logger,
): { server: Server; stop: () => Promise<void> } {
  const upgrades = kubeApiUpgrades({ kubeApi: backend, logger });
  const server = createServer((req, res) => {
    answerKubeApi(backend, req, res).catch((err: unknown) => {
      if (!res.headersSent) sendStatus(res, 500, 'InternalError', `Internal error occurred: ${String(err)}`);
      else res.end();
    });
  });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!upgrades.handle(req, socket, head)) socket.destroy();
  });
  const stop = async () => {
    upgrades.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return { server, stop };
}

/** Serves `env`'s cluster on 127.0.0.1:`port` (0: any free port) until `stopped` resolves; returns the exit code. */
export async function serveSim(
  env: Environment,
  port: number,
  out: Writable,
  stopped: Promise<void>,
  onListening: (port: number) => void = () => undefined,
): Promise<number> {
  const secret = `klc_${randomBytes(32).toString('base64url')}`;
  const logger = createLogger({ level: 'error', destination: process.stderr });
  const served = { cluster: env.cluster, kube: env.kube };
  const backend = new ClusterKubeApi(
    (given) => (sameSecret(given, secret) ? served : undefined),
    (err, context) => logger.error({ err, area: 'kubeApi' }, context),
  );
  const { server, stop } = clusterApiServer(backend, logger);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  out.write(kubeconfigYaml('sim', `http://127.0.0.1:${actual}/clusters/${secret}`, secret));
  onListening(actual);
  let last = Date.now();
  const clock = setInterval(() => {
    const now = Date.now();
    env.cluster.advance(now - last);
    last = now;
  }, 100);
  await stopped;
  clearInterval(clock);
  await stop();
  return 0;
}
