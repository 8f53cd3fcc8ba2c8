// The remote-command WebSocket protocols (v5.channel.k8s.io, v4.channel.k8s.io): every binary message starts with its
// channel, 0 stdin, 1 stdout, 2 stderr, 3 the closing metav1.Status, 4 resize ({"Width","Height"} JSON); in v5,
// channel 255 with [0] closes stdin. As k8s.io/apiserver's proxy/websocket.go: an empty message on the lowest writable
// channel says the session is open; the Status, then the close frame, end it.
import type { WebSocket } from 'ws';
import type { KubeApiExchange, SessionStatus } from '../services/sandboxesTypes.js';

export const REMOTE_COMMAND_PROTOCOLS = ['v5.channel.k8s.io', 'v4.channel.k8s.io'] as const;

const STDIN = 0;
const ERROR = 3;
const RESIZE = 4;
const CLOSE = 255;

/** Where a session's output goes, once the socket is open. */
export interface ChannelSink {
  output(channel: 1 | 2, data: string | Uint8Array): void;
  finish(status: SessionStatus): void;
  /** The sandbox side ended without a Status (the sandbox went away). */
  end(): void;
}

/** Writes what the session prints to `ws`; `idleMs` without traffic either way closes it. */
export function channelSink(ws: WebSocket, idleMs: number, onIdle: () => void): ChannelSink & { touch(): void } {
  let finished = false;
  let timer: NodeJS.Timeout | undefined;
  const touch = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      sink.finish({
        metadata: {},
        status: 'Failure',
        message: 'the connection was idle too long',
        reason: 'Timeout',
        code: 504,
      });
      onIdle();
    }, idleMs);
    timer.unref();
  };
  const send = (channel: number, data: string | Uint8Array) => {
    if (ws.readyState !== ws.OPEN) return;
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    ws.send(Buffer.concat([Buffer.of(channel), bytes]));
  };
  const sink = {
    touch,
    output(channel: 1 | 2, data: string | Uint8Array) {
      if (finished) return;
      touch();
      send(channel, data);
    },
    finish(status: SessionStatus) {
      if (finished) return;
      finished = true;
      if (timer) clearTimeout(timer);
      send(ERROR, JSON.stringify(status));
      if (ws.readyState === ws.OPEN) ws.close(1000);
    },
    end() {
      sink.finish({
        metadata: {},
        status: 'Failure',
        message: 'Internal error occurred: the sandbox went away',
        reason: 'InternalError',
        code: 500,
      });
    },
  };
  ws.on('close', () => {
    if (timer) clearTimeout(timer);
  });
  return sink;
}

/** Feeds what the client sends on `ws` into the session. */
export function readChannels(ws: WebSocket, protocol: string, exchange: KubeApiExchange, touch: () => void): void {
  const v5 = protocol === 'v5.channel.k8s.io';
  ws.on('message', (raw: Buffer, isBinary: boolean) => {
    touch();
    if (!isBinary || raw.length === 0) return;
    const channel = raw[0];
    const data = new Uint8Array(raw.subarray(1));
    if (channel === STDIN) {
      if (data.length > 0) exchange.input({ kind: 'stdin', data });
    } else if (channel === RESIZE) {
      const size = parseResize(data);
      if (size) exchange.input({ kind: 'resize', ...size });
    } else if (channel === CLOSE && v5 && data[0] === STDIN) exchange.input({ kind: 'closeStdin' });
  });
}

/** `{"Width":80,"Height":24}`, bounded to what a terminal can be. */
function parseResize(data: Uint8Array): { cols: number; rows: number } | undefined {
  try {
    const value = JSON.parse(Buffer.from(data).toString('utf8')) as { Width?: unknown; Height?: unknown };
    const cols = Number(value.Width);
    const rows = Number(value.Height);
    if (!Number.isInteger(cols) || !Number.isInteger(rows) || cols < 1 || rows < 1 || cols > 1000 || rows > 500)
      return undefined;
    return { cols, rows };
  } catch {
    return undefined;
  }
}
