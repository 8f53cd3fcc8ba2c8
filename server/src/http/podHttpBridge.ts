// HTTP inside a port-forward: each forwarded connection is handed to a private HTTP server on the loopback interface
// (Node's own parser reads the requests, keep-alive and all), whose answers come from the pod's simulated server.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { PodHttpRequest } from '../kubeapi/index.js';

/** The pod's answer to one request, or why the connection could not be made (the kubelet's words). */
export type PodHttpAnswer =
  | { status: number; contentType: string; body: string | Uint8Array; headers?: Record<string, string> }
  | { dialError: string };

export interface ForwardTarget {
  request(request: Omit<PodHttpRequest, 'port'>): Promise<PodHttpAnswer>;
  /** Nothing listens on the pod's port: the tunnel reports it on the connection's error stream. */
  dialFailed(message: string): void;
}

/** Request bodies forwarded at most (the simulated servers read none). */
const BODY_LIMIT = 1024 * 1024;

export class PodHttpBridge {
  private server: Server | undefined;
  private port = 0;
  private readonly targets = new Map<number, ForwardTarget>();

  /** A socket whose requests `target` answers; what it writes back is the HTTP response. */
  async connect(target: ForwardTarget): Promise<Socket> {
    const port = await this.listen();
    const socket = connect(port, '127.0.0.1');
    await once(socket, 'connect');
    const local = socket.localPort!;
    this.targets.set(local, target);
    socket.on('close', () => this.targets.delete(local));
    return socket;
  }

  close(): void {
    this.server?.closeAllConnections();
    this.server?.close();
    this.server = undefined;
  }

  private async listen(): Promise<number> {
    if (this.server) return this.port;
    const server = createServer((req, res) => void this.answer(req, res));
    server.keepAliveTimeout = 60_000;
    this.server = server;
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const address = server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
    server.unref();
    return this.port;
  }

  private async answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const target = this.targets.get(req.socket.remotePort ?? -1);
    if (!target) return void req.socket.destroy();
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > BODY_LIMIT) return void req.socket.destroy();
    }
    try {
      const answer = await target.request({
        method: req.method ?? 'GET',
        target: req.url ?? '/',
        host: req.headers.host,
        userAgent: req.headers['user-agent'],
      });
      if ('dialError' in answer) {
        target.dialFailed(answer.dialError);
        return void req.socket.destroy();
      }
      res.writeHead(answer.status, { ...answer.headers, 'Content-Type': answer.contentType });
      res.end(typeof answer.body === 'string' ? answer.body : Buffer.from(answer.body));
    } catch {
      req.socket.destroy();
    }
  }
}
