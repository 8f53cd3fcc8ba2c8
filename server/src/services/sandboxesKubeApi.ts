/**
 * A Kubernetes API request on a live sandbox (the manager's side of `SandboxHost.kubeApi`): the answer of a write
 * waits for its journal entry, as a prompt does; a stream (watch, `logs -f`) holds the sandbox as a read-only client
 * while it is open, is polled for time-driven output, and ends when the sandbox goes.
 */
import { statusResponse, type KubeApiRequest } from '../kubeapi/index.js';
import { answerSafely, exchangeOf } from './kubeApiExchange.js';
import type { Entry } from './sandboxesEntry.js';
import type { KubeApiClient, KubeApiExchange, SandboxClient } from './sandboxesTypes.js';

export interface KubeApiHooks {
  /** Journals the entry's changes; resolves when durable (or after the manager's ack wait). */
  journal(entry: Entry): Promise<void> | undefined;
  attach(entry: Entry, holder: SandboxClient): void;
  detach(entry: Entry, holder: SandboxClient): void;
  onError(err: unknown, context: string): void;
}

export function serveOnEntry(
  entry: Entry,
  request: KubeApiRequest,
  client: KubeApiClient,
  hooks: KubeApiHooks,
): Promise<KubeApiExchange> {
  const kubeApi = entry.sandbox.kubeApi?.bind(entry.sandbox);
  const result = kubeApi
    ? answerSafely(
        () => kubeApi(request),
        (err) => hooks.onError(err, `kubeApi ${entry.key}`),
      )
    : statusResponse(404, 'the server could not find the requested resource');
  let holder: SandboxClient | undefined;
  return exchangeOf(result, client, {
    journal: () => hooks.journal(entry),
    opened: (end) => {
      holder = { output: () => undefined, closed: end };
      hooks.attach(entry, holder);
    },
    closed: () => {
      if (holder) hooks.detach(entry, holder);
    },
    onError: (err, context) => hooks.onError(err, `${context} ${entry.key}`),
  });
}
