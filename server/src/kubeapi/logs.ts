/**
 * `GET …/pods/{name}/log`: a container's output as text (container, tailLines, previous, timestamps,
 * sinceSeconds, limitBytes), and with `follow=true` a stream that grows as the cluster's clock moves.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import type { Cluster, LogOptions, Stored } from '../sim/index.js';
import { logUnavailable, podContainer, podContainerStatus, podLogs, StatusError } from '../sim/index.js';
import type { KubeApiResponse, KubeApiStream } from './types.js';

const TEXT = 'text/plain';

function intParam(query: URLSearchParams, name: string): number | undefined {
  const v = query.get(name);
  if (v === null) return undefined;
  if (!/^-?\d+$/.test(v)) throw new StatusError('BadRequest', `${name}: Invalid value: "${v}": must be an integer`);
  return Number(v);
}

function optionsOf(query: URLSearchParams, pod: Stored<Pod>): LogOptions & { container: string } {
  const container = query.get('container') ?? pod.spec?.containers[0]?.name ?? '';
  const since = intParam(query, 'sinceSeconds');
  const tail = intParam(query, 'tailLines');
  return {
    container,
    previous: query.get('previous') === 'true',
    timestamps: query.get('timestamps') === 'true',
    ...(since !== undefined ? { sinceMs: since * 1000 } : {}),
    ...(tail !== undefined ? { tail } : {}),
  };
}

/** kube-apiserver's refusals before any log line: no container of that name, or one not started yet. */
function checkReadable(pod: Stored<Pod>, opts: LogOptions & { container: string }): void {
  const name = pod.metadata.name;
  if (!podContainer(pod, opts.container)) {
    throw new StatusError('BadRequest', `container ${opts.container} is not valid for pod ${name}`);
  }
  const status = podContainerStatus(pod, opts.container);
  if (opts.previous) {
    if (!status?.lastState?.terminated)
      throw new StatusError(
        'BadRequest',
        `previous terminated container "${opts.container}" in pod "${name}" not found`,
      );
    return;
  }
  const unavailable = logUnavailable(status, name, opts.container);
  if (unavailable) throw new StatusError('BadRequest', unavailable);
}

export function podLog(
  cluster: Cluster,
  namespace: string | undefined,
  name: string,
  query: URLSearchParams,
): KubeApiResponse | KubeApiStream {
  const pod = cluster.api.get<Pod>('pods', namespace, name);
  const opts = optionsOf(query, pod);
  checkReadable(pod, opts);
  const limitBytes = intParam(query, 'limitBytes');
  const lines = podLogs(cluster, pod, opts);
  let text = lines.map((l) => `${l}\n`).join('');
  if (limitBytes !== undefined && limitBytes > 0) text = text.slice(0, limitBytes);
  if (query.get('follow') !== 'true') return { kind: 'response', status: 200, contentType: TEXT, body: text };
  // Following: later lines are those past the count already sent (the log is recomputed from the clock).
  const plain = { ...opts, tail: undefined, sinceMs: undefined };
  let sent = podLogs(cluster, pod, plain).length;
  return {
    kind: 'stream',
    status: 200,
    contentType: TEXT,
    start(sink) {
      if (text) sink.write(text);
      let open = true;
      return {
        stop: () => {
          open = false;
        },
        poll: () => {
          if (!open) return;
          const current = cluster.api.find<Pod>('pods', pod.metadata.namespace, pod.metadata.name);
          if (!current || current.metadata.uid !== pod.metadata.uid) {
            open = false;
            sink.end();
            return;
          }
          const all = podLogs(cluster, current, plain);
          if (all.length > sent)
            sink.write(
              all
                .slice(sent)
                .map((l) => `${l}\n`)
                .join(''),
            );
          sent = all.length;
        },
      };
    },
  };
}
