/** `kubectl logs`: a container's output, followed as a program with -f. */
import type { CommandOutcome } from '../../shell/command.js';
import { isStatusError, logUnavailable, podLogs } from '../../sim/index.js';
import { flagList } from '../cli/flags.js';
import { KubectlError, RawError, UsageError } from '../errors.js';
import { api, namespaceOf } from '../env.js';
import { f } from './common.js';
import { type PodView, podFor, containerOf, containerFlag, containerStatus } from './pod.js';
import { defineCommand, type CommandInv } from './globals.js';

const logsFlags = flagList(
  { name: 'all-containers', type: 'bool', usage: "Get all containers' logs in the pod(s)." },
  containerFlag('Print the logs of this container'),
  { name: 'follow', short: 'f', type: 'bool', usage: 'Specify if the logs should be streamed.' },
  {
    name: 'previous',
    short: 'p',
    type: 'bool',
    usage: 'If true, print the logs for the previous instance of the container in a pod if it exists.',
  },
  { name: 'prefix', type: 'bool', usage: 'Prefix each log line with the log source (pod name and container name)' },
  f.selector(),
  {
    name: 'since',
    type: 'duration',
    default: '0s',
    usage:
      'Only return logs newer than a relative duration like 5s, 2m, or 3h. Defaults to all logs. Only one of since-time / since may be used.',
  },
  {
    name: 'tail',
    type: 'int',
    default: '-1',
    usage:
      'Lines of recent log file to display. Defaults to -1 with no selector, showing all log lines otherwise 10, if a selector is provided.',
  },
  { name: 'timestamps', type: 'bool', usage: 'Include timestamps on each line in the log output' },
  {
    name: 'max-log-requests',
    type: 'int',
    default: '5',
    usage: 'Specify maximum number of concurrent logs to follow when using by a selector. Defaults to 5.',
  },
);

function logLines(inv: CommandInv<typeof logsFlags>, pod: PodView, container: string, previous: boolean): string[] {
  const opts: { container: string; previous: boolean; timestamps?: boolean; sinceMs?: number } = {
    container,
    previous,
  };
  if (inv.flags.bool('timestamps')) opts.timestamps = true;
  if (inv.flags.int('since') > 0) opts.sinceMs = inv.flags.int('since');
  return podLogs(inv.env.cluster, pod as never, opts);
}

/**
 * logs words a missing object with its namespace: `fmt.Errorf("error from server (NotFound): %w in namespace %q", …)`
 * (kubernetes/kubectl pkg/cmd/logs/logs.go, Complete).
 */
function podOrNamespacedNotFound(inv: CommandInv<typeof logsFlags>, ref: string): PodView {
  try {
    return podFor(inv, ref, true);
  } catch (err) {
    if (isStatusError(err, 'NotFound'))
      throw new KubectlError(`error from server (NotFound): ${err.message} in namespace "${namespaceOf(inv)}"`);
    throw err;
  }
}

export function logs(inv: CommandInv<typeof logsFlags>): CommandOutcome {
  const selector = inv.flags.str('selector');
  const server = api(inv);
  let pods: PodView[];
  if (selector) {
    if (inv.args.length > 0)
      throw new KubectlError('only one of -l or POD can be specified'.replace('only one', 'only one'));
    pods = server.list<PodView>('pods', { namespace: namespaceOf(inv), labelSelector: selector }).items;
    if (pods.length === 0) {
      inv.out.error(`No resources found in ${namespaceOf(inv)} namespace.`);
      return { stdout: '', stderr: '', exitCode: 0 };
    }
  } else {
    if (inv.args.length === 0)
      throw new UsageError(
        "expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command",
      );
    if (inv.args.length > 2)
      throw new UsageError('expected POD or TYPE/NAME is a required argument for the logs command');
    pods = [podOrNamespacedNotFound(inv, inv.args[0]!)];
  }
  const tail = inv.flags.int('tail');
  const all = inv.flags.bool('all-containers');
  const previous = inv.flags.bool('previous');
  const prefix = inv.flags.bool('prefix');
  let out = '';
  for (const pod of pods) {
    // --all-containers: init containers first, as kubectl's logsForObject walks them.
    const containers = all
      ? [
          ...(pod.spec?.initContainers ?? []),
          ...(pod.spec?.containers ?? []),
          ...(pod.spec?.ephemeralContainers ?? []),
        ].map((c) => c.name)
      : [containerOf(inv, pod, inv.flags.str('container') || inv.args[1] || '', 'logs')];
    for (const c of containers) {
      const name = typeof c === 'string' ? c : c.name;
      if (typeof c !== 'string' && c.note && !selector) inv.out.error(c.note);
      const cs = containerStatus(pod, name);
      if (previous && !cs?.lastState?.terminated) {
        throw new RawError(
          `Error from server (BadRequest): previous terminated container "${name}" in pod "${pod.metadata.name}" not found`,
        );
      }
      const unavailable = previous ? undefined : logUnavailable(cs, pod.metadata.name, name);
      if (unavailable) throw new RawError(`Error from server (BadRequest): ${unavailable}`);
      let lines = logLines(inv, pod, name, previous);
      const limit = tail >= 0 ? tail : selector ? 10 : -1;
      if (limit >= 0) lines = lines.slice(Math.max(0, lines.length - limit));
      for (const l of lines) out += `${prefix ? `[pod/${pod.metadata.name}/${name}] ` : ''}${l}\n`;
    }
  }
  inv.out.print(out);
  if (!inv.flags.bool('follow')) return { stdout: '', stderr: '', exitCode: 0 };
  const shown = inv.out.stdout + inv.out.stderr;
  inv.out.stdout = '';
  inv.out.stderr = '';
  const pod = pods[0]!;
  const container = containerOf(inv, pod, inv.flags.str('container'), 'logs').name;
  let count = logLines(inv, pod, container, false).length;
  return {
    program: (io) => {
      io.write(shown);
      return {
        onTick: () => {
          const lines = logLines(inv, pod, container, false);
          for (const l of lines.slice(count)) io.write(`${l}\n`);
          count = lines.length;
          if (
            inv.env.cluster.state === 'Running' &&
            !inv.env.cluster.api.find('pods', pod.metadata.namespace, pod.metadata.name)
          )
            io.exit(0);
        },
      };
    },
  };
}

export const logsCommand = defineCommand({
  use: 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]',
  short: 'Print the logs for a container in a pod',
  long: 'Print the logs for a container in a pod or specified resource. If the pod has only one container, the container name is optional.',
  example: `  # Return snapshot logs from pod nginx with only one container
  kubectl logs nginx
  
  # Return snapshot logs from pod nginx, prefixing each line with the source pod and container name
  kubectl logs nginx --prefix
  
  # Return snapshot logs from pod nginx with multi containers
  kubectl logs nginx --all-containers=true
  
  # Return snapshot logs from all pods in the deployment nginx
  kubectl logs deployment/nginx --all-pods=true
  
  # Return snapshot logs from all containers in pods defined by label app=nginx
  kubectl logs -l app=nginx --all-containers=true
  
  # Return snapshot of previous terminated ruby container logs from pod web-1
  kubectl logs -p -c ruby web-1
  
  # Begin streaming the logs of the ruby container in pod web-1
  kubectl logs -f -c ruby web-1
  
  # Display only the most recent 20 lines of output in pod nginx
  kubectl logs --tail=20 nginx`,
  group: 'Troubleshooting and Debugging Commands',
  flags: logsFlags,
  run: logs,
});
