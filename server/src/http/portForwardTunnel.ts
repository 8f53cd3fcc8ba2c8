// kubectl port-forward's protocol (portforward.k8s.io, as the kubelet serves it in
// pkg/kubelet/cri/streaming/portforward/httpstream.go): per local connection the client opens an `error` and a
// `data` stream with the same `requestID` and `port` headers; the data stream carries the connection's bytes both
// ways, and a failure is written on the error stream before both are closed.
import type { Socket } from 'node:net';
import type { PodHttpBridge, ForwardTarget } from './podHttpBridge.js';
import type { SpdyStream } from './spdySession.js';

interface Pair {
  error?: SpdyStream;
  data?: SpdyStream;
}

/** Pairs a SPDY connection's streams and forwards each pair to the pod's port through the bridge. */
export function portForwardStreams(
  bridge: PodHttpBridge,
  targetFor: (port: number, dialFailed: (message: string) => void) => Omit<ForwardTarget, 'dialFailed'>,
): (stream: SpdyStream) => void {
  const pairs = new Map<string, Pair>();
  return (stream) => {
    const type = stream.headers.get('streamtype');
    const port = Number(stream.headers.get('port'));
    const requestId = stream.headers.get('requestid') ?? '';
    if ((type !== 'error' && type !== 'data') || !Number.isInteger(port) || port < 1 || port > 65535) {
      stream.reset();
      return;
    }
    const pair = pairs.get(requestId) ?? {};
    pairs.set(requestId, pair);
    pair[type] = stream;
    const { error, data } = pair;
    if (!error || !data) return;
    pairs.delete(requestId);
    void forward(bridge, port, error, data, targetFor);
  };
}

async function forward(
  bridge: PodHttpBridge,
  port: number,
  error: SpdyStream,
  data: SpdyStream,
  targetFor: (port: number, dialFailed: (message: string) => void) => Omit<ForwardTarget, 'dialFailed'>,
): Promise<void> {
  let failed = false;
  const dialFailed = (message: string) => {
    if (failed) return;
    failed = true;
    error.write(Buffer.from(message));
    error.end();
    data.end();
  };
  const early: Buffer[] = [];
  let ended = false;
  let socket: Socket | undefined;
  data.onData = (bytes) => (socket ? socket.write(bytes) : early.push(bytes));
  data.onEnd = () => (socket ? socket.end() : (ended = true));
  data.onReset = () => socket?.destroy();
  error.onReset = () => socket?.destroy();
  try {
    socket = await bridge.connect({ ...targetFor(port, dialFailed), dialFailed });
  } catch {
    return dialFailed(`error forwarding port ${port}: the connection could not be made`);
  }
  const s = socket;
  for (const bytes of early) s.write(bytes);
  if (ended) s.end();
  s.on('data', (bytes: Buffer) => data.write(bytes));
  s.on('error', () => undefined);
  s.on('close', () => {
    if (failed) return;
    data.end();
    error.end();
  });
}
