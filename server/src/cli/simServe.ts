// `kubelab sim --serve`: the offline cluster's Kubernetes API on localhost for the real kubectl (or k9s), with no
// server and no database. The kubeconfig goes to stdout; the cluster's clock follows real time until Ctrl-C.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Writable } from 'node:stream';
import { kubeApiHeaders, readBody, sendStatus, unauthorized } from '../http/kubeApi.js';
import { serveKubeApi } from '../kubeapi/index.js';
import { kubeconfigYaml } from '../services/kubeApi.js';
import type { Environment } from '../kubectl/environment.js';
import type { Cluster } from '../sim/index.js';

const BODY_LIMIT = 3 * 1024 * 1024;
const POLL_MS = 250;

/** Answers one request under `prefix` (the secret path) from `cluster`; also the differential test's server. */
export async function answerKubeApi(
  cluster: Cluster,
  prefix: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const given = Buffer.from(url.pathname.slice(0, prefix.length));
  if (given.length !== prefix.length || !timingSafeEqual(given, Buffer.from(prefix))) return unauthorized(res);
  const body = await readBody(req, BODY_LIMIT);
  if (body === 'tooLarge')
    return sendStatus(res, 413, 'RequestEntityTooLarge', `Request entity too large: limit is ${BODY_LIMIT}`);
  const result = serveKubeApi(cluster, {
    method: (req.method ?? 'GET').toUpperCase(),
    path: url.pathname.slice(prefix.length) || '/',
    query: url.search.slice(1),
    headers: kubeApiHeaders(req),
    prefix,
    body,
  });
  if (result.kind === 'response') {
    res
      .writeHead(result.status, { ...result.headers, 'Content-Type': result.contentType })
      .end(Buffer.from(result.body));
    return;
  }
  // exec, attach and port-forward need the server's upgraded connections (`kubelab serve`).
  if (result.kind === 'session') return sendStatus(res, 400, 'BadRequest', 'Upgrade request required');
  res.writeHead(result.status, { 'Content-Type': result.contentType });
  res.flushHeaders();
  let timer: NodeJS.Timeout | undefined = undefined;
  const handle = result.start({
    write: (chunk) => res.write(chunk),
    end: () => {
      clearInterval(timer);
      res.end();
    },
  });
  const poll = handle.poll?.bind(handle);
  if (poll) timer = setInterval(poll, POLL_MS);
  res.on('close', () => {
    clearInterval(timer);
    handle.stop();
  });
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
  const prefix = `/clusters/${secret}`;
  const server = createServer((req, res) => {
    answerKubeApi(env.cluster, prefix, req, res).catch((err: unknown) => {
      if (!res.headersSent) sendStatus(res, 500, 'InternalError', `Internal error occurred: ${String(err)}`);
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  out.write(kubeconfigYaml('sim', `http://127.0.0.1:${actual}${prefix}`, secret));
  onListening(actual);
  let last = Date.now();
  const clock = setInterval(() => {
    const now = Date.now();
    env.cluster.advance(now - last);
    last = now;
  }, 100);
  await stopped;
  clearInterval(clock);
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return 0;
}
