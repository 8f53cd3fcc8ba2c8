// exec, attach and port-forward for students' own kubectl: the upgraded connections under `/clusters/<secret>/…`.
// kubectl 1.32 opens them as WebSockets (remote commands over v5.channel.k8s.io or v4, port-forward as SPDY tunnelled
// in WebSocket messages, `SPDY/3.1+portforward.k8s.io`); a port-forward may also come as a plain SPDY/3.1 upgrade (its
// fallback). The request is validated by the backend first, so a missing pod or container gets kube-apiserver's
// Status instead of an upgrade. The backend is the students' sandboxes (each session then crosses to the sandbox's
// worker through the sandbox host) or, for `kubelab sim --serve` and the differential test, bare clusters.
import type { IncomingMessage } from 'node:http';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Logger } from '../logger.js';
import type { KubeApiBackend } from '../services/kubeApi.js';
import type { KubeApiClient, KubeApiExchange, KubeApiRequest, SessionStatus } from '../services/sandboxesTypes.js';
import { channelSink, readChannels, REMOTE_COMMAND_PROTOCOLS, type ChannelSink } from './channelSocket.js';
import { clusterPath } from './kubeApi.js';
import { PodHttpBridge } from './podHttpBridge.js';
import { portForwardStreams } from './portForwardTunnel.js';
import { SpdySession } from './spdySession.js';

const PORT_FORWARD_TUNNEL = 'SPDY/3.1+portforward.k8s.io';
/**
 * `/` is not a token character (RFC 6455 section 4.1), so `ws` refuses the tunnel's subprotocol as offered: it is
 * renamed to this on the way in and back to kubectl's name in the response.
 */
const TUNNEL_ALIAS = 'spdy-3-1.portforward.k8s.io';
const PROTOCOLS = [...REMOTE_COMMAND_PROTOCOLS, TUNNEL_ALIAS];
/** Largest WebSocket message accepted (kubectl sends stdin in 32 KiB pieces). */
const MAX_MESSAGE_BYTES = 1024 * 1024;
/** How long a remote command session holds its first message after the handshake (see where it is used). */
const FIRST_MESSAGE_DELAY_MS = 100;

export interface KubeApiStreamsDeps<Handle> {
  kubeApi: KubeApiBackend<Handle>;
  logger: Logger;
}

/** The `upgrade` listener for the HTTP server: true when the request was under `/clusters/` (handled here). */
export function kubeApiUpgrades<Handle>({ kubeApi, logger }: KubeApiStreamsDeps<Handle>) {
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_MESSAGE_BYTES,
    perMessageDeflate: false,
    handleProtocols: (offered) => PROTOCOLS.find((p) => offered.has(p)) ?? false,
  });
  wss.on('headers', (headers) => {
    const at = headers.indexOf(`Sec-WebSocket-Protocol: ${TUNNEL_ALIAS}`);
    if (at >= 0) headers[at] = `Sec-WebSocket-Protocol: ${PORT_FORWARD_TUNNEL}`;
  });
  const bridge = new PodHttpBridge();
  // Plain SPDY connections, which are not `wss` clients: ended too at close.
  const spdySockets = new Set<Duplex>();
  const handle = (req: IncomingMessage, socket: Duplex, head: Buffer): boolean => {
    if (!(req.url ?? '/').startsWith('/clusters/')) return false;
    socket.on('error', () => socket.destroy());
    upgrade(req, socket, head).catch((err: unknown) => {
      logger.error({ err, area: 'kubeApi' }, 'a Kubernetes API stream failed');
      writeStatus(socket, 500, 'InternalError', 'Internal error occurred: the request could not be served');
    });
    return true;
  };

  async function upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // The URL's own path may differ from the request line's (`/clusters/../x` is `/x`).
    const parts = clusterPath(url.pathname);
    const credential = parts ? await kubeApi.authenticatePath(parts.below, req.headers.authorization) : null;
    if (!parts || !credential) return writeStatus(socket, 401, 'Unauthorized', 'Unauthorized');
    const request: KubeApiRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      path: parts.path,
      query: url.search.slice(1),
      headers: { accept: req.headers.accept },
      prefix: parts.prefix,
    };
    // Output may come before the socket is upgraded (a container that is not running ends the session at once).
    const early: ((sink: ChannelSink) => void)[] = [];
    let sink: ChannelSink | undefined;
    const later = (act: (sink: ChannelSink) => void) => (sink ? act(sink) : early.push(act));
    const client: KubeApiClient = {
      chunk: () => undefined,
      output: (channel, data) => later((s) => s.output(channel, data)),
      finish: (status: SessionStatus) => later((s) => s.finish(status)),
      end: () => later((s) => s.end()),
    };
    const outcome = await kubeApi.serve(credential, request, client, 'session');
    if (!('streaming' in outcome)) return writeStatus(socket, 429, 'TooManyRequests', outcome.message);
    const exchange: KubeApiExchange = outcome;
    if (!exchange.session) {
      const body = exchange.body === undefined ? '' : Buffer.from(exchange.body);
      return writeRaw(socket, exchange.status, exchange.contentType, body);
    }
    const websocket = (req.headers.upgrade ?? '').toLowerCase() === 'websocket';
    const spdy = /^spdy\/3\.1$/i.test(req.headers.upgrade ?? '');
    if (exchange.session.protocol === 'portforward' && spdy) {
      // The SPDY fallback: the connection itself speaks SPDY after the 101.
      socket.write(
        'HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: SPDY/3.1\r\n' +
          'X-Stream-Protocol-Version: portforward.k8s.io\r\n\r\n',
      );
      if (head.length > 0) socket.unshift(head);
      spdySockets.add(socket);
      socket.once('close', () => spdySockets.delete(socket));
      void tunnel(
        credential,
        request,
        exchange,
        (bytes) => socket.write(bytes),
        socket,
        () => socket.destroy(),
      );
      return;
    }
    if (!websocket) {
      exchange.stop();
      return writeStatus(socket, 400, 'BadRequest', 'Upgrade request required');
    }
    const offered = req.headers['sec-websocket-protocol'];
    if (offered) req.headers['sec-websocket-protocol'] = offered.split(PORT_FORWARD_TUNNEL).join(TUNNEL_ALIAS);
    // A handshake `ws` refuses (it answers 400 and closes) never reaches the callback: the session ends with it.
    let upgraded = false;
    socket.once('close', () => {
      if (!upgraded) exchange.stop();
    });
    wss.handleUpgrade(req, socket, head, (ws) => {
      upgraded = true;
      // A protocol error (a message past maxPayload) closes this connection, never the process.
      ws.on('error', () => ws.terminate());
      const protocol = ws.protocol;
      if (exchange.session?.protocol === 'portforward') {
        if (protocol !== TUNNEL_ALIAS) return refuse(ws, exchange);
        const session = tunnel(
          credential,
          request,
          exchange,
          (bytes) => ws.send(bytes),
          undefined,
          () => ws.close(1000),
        );
        ws.on('message', (data: Buffer) => session.feed(data));
        ws.on('close', () => session.close());
        return;
      }
      if (!(REMOTE_COMMAND_PROTOCOLS as readonly string[]).includes(protocol)) return refuse(ws, exchange);
      const channels = channelSink(ws, kubeApi.streamIdleMs, () => exchange.stop());
      readChannels(ws, protocol, exchange, () => channels.touch());
      ws.on('close', () => exchange.stop());
      // client-go creates its streams just after the handshake and drops messages for streams it has not created yet
      // ("Unknown stream id", then "closed all streams"). A real container's first output comes after its process
      // starts; a simulated one's can come at once, so the session's first message waits a moment (queued meanwhile).
      setTimeout(() => {
        if (ws.readyState !== ws.OPEN) return;
        // The lowest writable channel carries an empty message: the session is open (apiserver proxy/websocket.go).
        const streams = exchange.session?.streams;
        ws.send(Buffer.of(streams?.stdout ? 1 : streams?.stderr ? 2 : 3));
        channels.touch();
        sink = channels;
        for (const act of early.splice(0)) act(channels);
      }, FIRST_MESSAGE_DELAY_MS);
    });
  }

  /** A port-forward: SPDY over `write`, its stream pairs forwarded to the pod through the bridge. */
  function tunnel(
    credential: Handle,
    request: KubeApiRequest,
    exchange: KubeApiExchange,
    write: (bytes: Buffer) => void,
    socket: Duplex | undefined,
    close: () => void,
  ): SpdySession {
    let idle: NodeJS.Timeout | undefined;
    const touch = () => {
      if (idle) clearTimeout(idle);
      idle = setTimeout(() => session.close(), kubeApi.streamIdleMs);
      idle.unref();
    };
    const onStream = portForwardStreams(bridge, (port, dialFailed) => ({
      request: async (http) => {
        touch();
        const answer = await kubeApi.serve(
          credential,
          { ...request, method: 'POST', forward: { ...http, port } },
          { chunk: () => undefined, end: () => undefined },
          'forward',
        );
        if (!('streaming' in answer)) return { dialError: answer.message };
        if (answer.dialError !== undefined) return { dialError: answer.dialError };
        if (answer.status === 0) dialFailed('error forwarding port: no answer');
        return {
          status: answer.status,
          contentType: answer.contentType,
          body: answer.body ?? '',
          ...(answer.headers ? { headers: answer.headers } : {}),
        };
      },
    }));
    const session = new SpdySession(
      (bytes) => {
        touch();
        write(bytes);
      },
      onStream,
      () => {
        if (idle) clearTimeout(idle);
        exchange.stop();
        close();
      },
    );
    touch();
    socket?.on('data', (data: Buffer) => session.feed(data));
    socket?.on('close', () => session.close());
    return session;
  }

  /** Ends every open stream (shutdown): upgraded connections are no longer the HTTP server's to close. */
  const close = () => {
    for (const ws of wss.clients) ws.terminate();
    for (const socket of spdySockets) socket.destroy();
    bridge.close();
  };
  return { handle, close };
}

function refuse(ws: WebSocket, exchange: KubeApiExchange): void {
  exchange.stop();
  ws.close(1002, 'unsupported protocol');
}

function writeRaw(socket: Duplex, status: number, contentType: string, body: Buffer | string): void {
  const bytes = Buffer.from(body);
  socket.write(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nContent-Type: ${contentType}\r\n` +
      `Content-Length: ${bytes.length}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n`,
  );
  socket.end(bytes);
}

function writeStatus(socket: Duplex, code: number, reason: string, message: string): void {
  const body = JSON.stringify({
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason,
    code,
  });
  writeRaw(socket, code, 'application/json', body);
}
