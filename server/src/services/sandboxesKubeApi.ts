/**
 * A Kubernetes API request on a live sandbox (the manager's side of `SandboxHost.kubeApi`): the answer of a write
 * waits for its journal entry, as a prompt does; a stream (watch, `logs -f`) holds the sandbox as a read-only client
 * while it is open, is polled for time-driven output, and ends when the sandbox goes.
 */
import {
  statusResponse,
  type KubeApiRequest,
  type KubeApiResult,
  type SessionInput,
  type StreamHandle,
} from '../kubeapi/index.js';
import type { Entry } from './sandboxesEntry.js';
import type { KubeApiClient, KubeApiExchange, SandboxClient } from './sandboxesTypes.js';

/** How often a stream's time-driven output (log lines, bookmarks, timeouts) is looked at. */
const POLL_MS = 250;

export interface KubeApiHooks {
  /** Journals the entry's changes; resolves when durable (or after the manager's ack wait). */
  journal(entry: Entry): Promise<void> | undefined;
  attach(entry: Entry, holder: SandboxClient): void;
  detach(entry: Entry, holder: SandboxClient): void;
  onError(err: unknown, context: string): void;
}

function answer(entry: Entry, request: KubeApiRequest, hooks: KubeApiHooks): KubeApiResult {
  const sandbox = entry.sandbox;
  if (!sandbox.kubeApi) return statusResponse(404, 'the server could not find the requested resource');
  try {
    return sandbox.kubeApi(request);
  } catch (err) {
    hooks.onError(err, `kubeApi ${entry.key}`);
    return statusResponse(500, 'Internal error occurred: the request could not be served', 'InternalError');
  }
}

export async function serveOnEntry(
  entry: Entry,
  request: KubeApiRequest,
  client: KubeApiClient,
  hooks: KubeApiHooks,
): Promise<KubeApiExchange> {
  const result = answer(entry, request, hooks);
  if (result.kind === 'response') {
    // What the client is told happened is durable first (the journal path of the shell's prompt).
    if (result.changed) await hooks.journal(entry);
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
  const holder: SandboxClient = { output: () => undefined, closed: () => finish(false) };
  const finish = (detach: boolean) => {
    if (done) return;
    done = true;
    if (timer) clearInterval(timer);
    stream.handle?.stop();
    if (detach) hooks.detach(entry, holder);
    client.end();
  };
  hooks.attach(entry, holder);
  let handle: StreamHandle;
  let input: (input: SessionInput) => void = () => undefined;
  if (result.kind === 'session') {
    const session = result.start({
      output: (channel, data) => client.output?.(channel, data),
      // What the command changed (the cluster, a container's files) is durable before its exit status is sent.
      finish: (status) => {
        void Promise.resolve(hooks.journal(entry)).then(() => {
          client.finish?.(status);
          finish(true);
        });
      },
    });
    input = (i) => {
      if (done) return;
      session.input(i);
      // An interactive shell's line ended: journal it as a prompt would be.
      if (i.kind === 'stdin' && (i.data.includes(13) || i.data.includes(10))) void hooks.journal(entry);
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
        hooks.onError(err, `kubeApi poll ${entry.key}`);
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
