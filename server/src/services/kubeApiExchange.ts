/**
 * A kubeapi result as the exchange the HTTP adapters serve: a response at once, or a stream (watch, `logs -f`) or
 * session (exec, attach, port-forward) started, polled for its time-driven output and ended by either side. A
 * sandbox's (sandboxesKubeApi.ts) journals what changed and holds the sandbox while it streams; a bare cluster's
 * (clusterKubeApi.ts) does neither.
 */
import { statusResponse, type KubeApiResult, type SessionInput, type StreamHandle } from '../kubeapi/index.js';
import type { KubeApiClient, KubeApiExchange } from './sandboxesTypes.js';

/** How often a stream's time-driven output (log lines, bookmarks, timeouts) is looked at. */
const POLL_MS = 250;

export interface ExchangeHooks {
  /** Makes what the request changed durable; the answer (or a session's exit status) waits for it. */
  journal(): Promise<void> | undefined;
  /** A stream or session is about to start; `end` ends it from outside (its sandbox went away). */
  opened(end: () => void): void;
  /** It ended otherwise (its own end, or `stop`). */
  closed(): void;
  onError(err: unknown, context: string): void;
}

/** The result of `serve`, or kube-apiserver's 500 when it throws (a bug: reported, never the process's end). */
export function answerSafely(serve: () => KubeApiResult, onError: (err: unknown) => void): KubeApiResult {
  try {
    return serve();
  } catch (err) {
    onError(err);
    return statusResponse(500, 'Internal error occurred: the request could not be served', 'InternalError');
  }
}

export async function exchangeOf(
  result: KubeApiResult,
  client: KubeApiClient,
  hooks: ExchangeHooks,
): Promise<KubeApiExchange> {
  if (result.kind === 'response') {
    // What the client is told happened is durable first (the journal path of the shell's prompt).
    if (result.changed) await hooks.journal();
    const { status, contentType, body, headers, dialError } = result;
    return {
      status,
      contentType,
      body,
      ...(headers ? { headers } : {}),
      ...(dialError !== undefined ? { dialError } : {}),
      streaming: false,
      stop: () => undefined,
      input: () => undefined,
    };
  }
  let done = false;
  let timer: NodeJS.Timeout | undefined;
  // Undefined while `start` runs: a stream may end before it returns (a watch from an expired resourceVersion).
  const stream: { handle?: StreamHandle } = {};
  const finish = (fromInside: boolean) => {
    if (done) return;
    done = true;
    if (timer) clearInterval(timer);
    stream.handle?.stop();
    if (fromInside) hooks.closed();
    client.end();
  };
  hooks.opened(() => finish(false));
  let handle: StreamHandle;
  let input: (input: SessionInput) => void = () => undefined;
  if (result.kind === 'session') {
    const session = result.start({
      output: (channel, data) => client.output?.(channel, data),
      // What the command changed (the cluster, a container's files) is durable before its exit status is sent.
      finish: (status) => {
        void Promise.resolve(hooks.journal()).then(() => {
          client.finish?.(status);
          finish(true);
        });
      },
    });
    input = (i) => {
      if (done) return;
      session.input(i);
      // An interactive shell's line ended: journal it as a prompt would be.
      if (i.kind === 'stdin' && (i.data.includes(13) || i.data.includes(10))) void hooks.journal();
    };
    handle = stream.handle = session;
  } else {
    handle = stream.handle = result.start({ write: (chunk) => client.chunk(chunk), end: () => finish(true) });
  }
  if (!done && handle.poll) {
    const poll = handle.poll.bind(handle);
    timer = setInterval(() => {
      try {
        poll();
      } catch (err) {
        hooks.onError(err, 'kubeApi poll');
        finish(true);
      }
    }, POLL_MS);
    timer.unref();
  }
  if (result.kind === 'session') {
    const { protocol, streams } = result;
    return {
      status: 101,
      contentType: '',
      streaming: true,
      session: { protocol, streams },
      stop: () => finish(true),
      input: (i) => input(i),
    };
  }
  return {
    status: result.status,
    contentType: result.contentType,
    streaming: true,
    stop: () => finish(true),
    input: () => undefined,
  };
}
