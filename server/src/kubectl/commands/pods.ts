/** `kubectl run`, `exec`, `logs`, `attach` and `port-forward`: the commands that talk to containers. */
import type { CommandOutcome, ProgramStart } from '../../shell/command.js';
import { groupResource, isStatusError, podLogs, type Stored } from '../../sim/index.js';
import type { CommandSpec } from '../cli/command.js';
import { KubectlError, RawError, UsageError, formatStatusError } from '../errors.js';
import { api, namespaceOf, type KubeEnv, type KubeInv } from '../env.js';
import { pod as podObject } from '../generators.js';
import { readsInput } from '../program.js';
import { containerShellProgram, runInContainer } from '../containerShell.js';
import { f, outputSpec, parseKeyValues } from './common.js';
import { createGenerated } from './write.js';
import { required } from './create.js';

interface PodView {
  metadata: Stored['metadata'];
  spec?: {
    containers?: { name: string; image?: string; ports?: { containerPort: number; name?: string }[] }[];
    nodeName?: string;
    restartPolicy?: string;
  };
  status?: {
    phase?: string;
    podIP?: string;
    containerStatuses?: {
      name: string;
      restartCount?: number;
      state?: { running?: unknown; waiting?: { reason?: string }; terminated?: unknown };
      lastState?: { terminated?: unknown };
    }[];
  };
}

function getPod(inv: KubeInv, name: string): PodView {
  return api(inv).get<PodView>('pods', namespaceOf(inv), name);
}

/** A pod from `pod/name`, `deploy/name`, `svc/name` or a bare pod name (kubectl's attachablePodForObject). */
function podFor(inv: KubeInv, ref: string): PodView {
  const slash = ref.indexOf('/');
  if (slash < 0) return getPod(inv, ref);
  const typeName = ref.slice(0, slash);
  const name = ref.slice(slash + 1);
  const type = inv.env.cluster.registry.resolve(typeName);
  if (!type) throw new KubectlError(`the server doesn't have a resource type "${typeName}"`);
  if (type.kind === 'Pod') return getPod(inv, name);
  const server = api(inv);
  const obj = server.get<{ spec?: { selector?: { matchLabels?: Record<string, string> } | Record<string, string> } }>(
    groupResource(type),
    namespaceOf(inv),
    name,
  );
  const sel = obj.spec?.selector as { matchLabels?: Record<string, string> } | Record<string, string> | undefined;
  const labels =
    sel && 'matchLabels' in sel ? (sel.matchLabels ?? {}) : ((sel as Record<string, string> | undefined) ?? {});
  const selector = Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
  const pods = server.list<PodView>('pods', { namespace: namespaceOf(inv), labelSelector: selector })
    .items as unknown as PodView[];
  const running = pods.filter((p) => p.status?.phase === 'Running');
  const chosen = running[0] ?? pods[0];
  if (!chosen) throw new KubectlError(`timed out waiting for the condition`);
  if (pods.length > 1) inv.out.error(`Found ${pods.length} pods, using pod/${chosen.metadata.name}`);
  return chosen;
}

function containerOf(
  inv: KubeInv,
  pod: PodView,
  explicit: string,
  verb: 'exec' | 'logs' | 'attach',
): { name: string; note: string } {
  const containers = pod.spec?.containers ?? [];
  if (explicit) {
    if (!containers.some((c) => c.name === explicit)) {
      if (verb === 'logs') throw new RawError(`error: container ${explicit} is not valid for pod ${pod.metadata.name}`);
      throw new RawError(
        `Error from server (BadRequest): container ${explicit} is not valid for pod ${pod.metadata.name}`,
      );
    }
    return { name: explicit, note: '' };
  }
  const defaulted = pod.metadata.annotations?.['kubectl.kubernetes.io/default-container'] ?? containers[0]?.name ?? '';
  const note =
    containers.length > 1
      ? `Defaulted container "${defaulted}" out of: ${containers.map((c) => c.name).join(', ')}\n`
      : '';
  void inv;
  return { name: defaulted, note };
}

function ensureRunning(pod: PodView, container: string): void {
  if (pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed') {
    throw new KubectlError(`cannot exec into a container in a completed pod; current phase is ${pod.status.phase}`);
  }
  const cs = pod.status?.containerStatuses?.find((c) => c.name === container);
  if (!cs?.state?.running) {
    throw new KubectlError(`unable to upgrade connection: container not found ("${container}")`);
  }
}

const ATTACH_BANNER = "If you don't see a command prompt, try pressing enter.\n";

/**
 * The end of an attach session (`kubectl run -it`, `kubectl attach -it`): a `stdinOnce` container's
 * stdin closes, so its shell exits; attach's reattachMessage (1.32) then says how to resume, but only
 * for a pod that restarts its containers.
 */
function endAttach(inv: KubeInv, pod: PodView, container: string, quiet: boolean): string {
  inv.env.cluster.closeStdin(pod.metadata.namespace ?? 'default', pod.metadata.name, container);
  if (quiet || (pod.spec?.restartPolicy ?? 'Always') !== 'Always') return '';
  return `Session ended, resume using 'kubectl attach ${pod.metadata.name} -c ${container} -i -t' command when the pod is running\n`;
}

/** The interactive shell in a container, as a foreground program. */
function containerSession(
  inv: KubeInv,
  pod: PodView,
  container: string,
  banner?: string,
  onExit?: () => string,
): ProgramStart {
  return readsInput(inv.env, containerShellProgram(inv.env, pod, container, banner, onExit));
}

function exec(inv: KubeInv): CommandOutcome {
  const before = inv.dashAt >= 0 ? inv.args.slice(0, inv.dashAt) : inv.args;
  const command = inv.dashAt >= 0 ? inv.args.slice(inv.dashAt) : inv.args.slice(1);
  if (before.length === 0)
    throw new UsageError(
      'exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead'.replace(
        /.*/,
        'pod, type/name or --filename must be specified',
      ),
    );
  if (inv.dashAt < 0 && inv.args.length > 1) {
    throw new UsageError('exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead');
  }
  if (command.length === 0) throw new UsageError('you must specify at least one command for the container');
  const pod = podFor(inv, before[0]!);
  const { name: container, note } = containerOf(inv, pod, inv.flags.str('container'), 'exec');
  ensureRunning(pod, container);
  inv.out.stderr += note;
  const isShell = ['sh', 'bash', '/bin/sh', '/bin/bash', 'ash'].includes(command[0] ?? '') && command.length === 1;
  if (isShell && inv.flags.bool('stdin') && inv.flags.bool('tty')) {
    const pre = inv.out.stderr;
    inv.out.stderr = '';
    const start = containerSession(inv, pod, container, pre || undefined);
    return { program: start };
  }
  if (isShell) return { stdout: '', stderr: '', exitCode: 0 };
  const r = runInContainer(inv.env, pod, container, command, inv.flags.bool('tty'));
  const code = r.exitCode;
  inv.out.print(r.stdout);
  inv.out.stderr += r.stderr;
  if (code !== 0) inv.out.stderr += `command terminated with exit code ${code}\n`;
  return { stdout: '', stderr: '', exitCode: code };
}

function logLines(inv: KubeInv, pod: PodView, container: string, previous: boolean): string[] {
  const opts: { container: string; previous: boolean; timestamps?: boolean; sinceMs?: number } = {
    container,
    previous,
  };
  if (inv.flags.bool('timestamps')) opts.timestamps = true;
  if (inv.flags.int('since') > 0) opts.sinceMs = inv.flags.int('since');
  return podLogs(inv.env.cluster, pod as never, opts);
}

function logs(inv: KubeInv): CommandOutcome {
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
    pods = [podFor(inv, inv.args[0]!)];
  }
  const tail = inv.flags.int('tail');
  const all = inv.flags.bool('all-containers');
  const previous = inv.flags.bool('previous');
  const prefix = inv.flags.bool('prefix');
  let out = '';
  for (const pod of pods) {
    const containers = all
      ? (pod.spec?.containers ?? []).map((c) => c.name)
      : [containerOf(inv, pod, inv.flags.str('container') || inv.args[1] || '', 'logs')];
    for (const c of containers) {
      const name = typeof c === 'string' ? c : c.name;
      if (typeof c !== 'string' && c.note && !selector) inv.out.stderr += c.note;
      const cs = pod.status?.containerStatuses?.find((s) => s.name === name);
      if (previous && !cs?.lastState?.terminated) {
        throw new RawError(
          `Error from server (BadRequest): previous terminated container "${name}" in pod "${pod.metadata.name}" not found`,
        );
      }
      if (!cs?.state?.running && !cs?.state?.terminated && !previous) {
        const reason = cs?.state?.waiting?.reason ?? 'ContainerCreating';
        throw new RawError(
          `Error from server (BadRequest): container "${name}" in pod "${pod.metadata.name}" is waiting to start: ${reason === 'ContainerCreating' ? 'ContainerCreating' : `trying and failing to pull image`}`.replace(
            /trying and failing to pull image/,
            reason === 'ImagePullBackOff' || reason === 'ErrImagePull' ? 'trying and failing to pull image' : reason,
          ),
        );
      }
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

function run(inv: KubeInv): CommandOutcome {
  const names = inv.dashAt >= 0 ? inv.args.slice(0, inv.dashAt) : inv.args.slice(0, 1);
  const extra = inv.dashAt >= 0 ? inv.args.slice(inv.dashAt) : inv.args.slice(1);
  required(inv, 'image');
  if (names.length === 0) throw new UsageError('NAME is required for run');
  const name = names[0]!;
  const image = inv.flags.str('image');
  const restart = inv.flags.str('restart') || 'Always';
  if (!['Always', 'OnFailure', 'Never'].includes(restart)) throw new UsageError(`invalid restart policy: ${restart}`);
  const interactive = inv.flags.bool('stdin');
  const tty = inv.flags.bool('tty');
  const rm = inv.flags.bool('rm');
  if (rm && !interactive && !inv.flags.bool('attach'))
    throw new UsageError('--rm should only be used for attached containers');
  if (tty && !interactive) throw new KubectlError('-i/--stdin is required for containers with -t/--tty=true');
  const labels = inv.flags.str('labels') ? parseKeyValues(inv.flags.str('labels').split(','), 'label') : { run: name };
  const env = inv.flags.list('env').length ? parseKeyValues(inv.flags.list('env'), 'env') : undefined;
  const port = inv.flags.str('port') ? Number(inv.flags.str('port')) : undefined;
  const command = inv.flags.bool('command') ? extra : undefined;
  const args = inv.flags.bool('command') ? undefined : extra.length ? extra : undefined;
  const obj = podObject(name, image, {
    labels,
    restart,
    ...(port ? { port } : {}),
    ...(env ? { env } : {}),
    ...(command ? { command } : {}),
    ...(args ? { args } : {}),
    ...(interactive ? { stdin: true } : {}),
    ...(tty ? { tty: true } : {}),
  });
  const spec = outputSpec(inv);
  if (!interactive) {
    createGenerated(inv, obj, spec);
    return { stdout: '', stderr: '', exitCode: 0 };
  }
  const server = api(inv);
  const ns = namespaceOf(inv);
  server.create(obj, { namespace: ns });
  const timeoutMs = 60_000;
  return {
    program: readsInput(inv.env, (io) => {
      const start = io.now();
      let inner: ReturnType<ProgramStart> | undefined;
      const cleanup = (): string => {
        if (!rm) return '';
        try {
          server.delete('pods', ns, name, { gracePeriodSeconds: 0 });
          server.remove('pods', ns, name);
        } catch (e) {
          if (!isStatusError(e)) throw e;
        }
        return `pod "${name}" deleted\n`;
      };
      const attach = (pod: PodView): void => {
        const container = pod.spec?.containers?.[0]?.name ?? name;
        const argv = command ?? args ?? [];
        const isShell =
          argv.length === 0 || (argv.length === 1 && ['sh', 'bash', 'ash', '/bin/sh', '/bin/bash'].includes(argv[0]!));
        if (!tty || !isShell) {
          // A one-off command: its output, then the pod goes.
          const r = runInContainer(inv.env, pod, container, command ?? args ?? [], tty, true);
          io.write(r.stdout + r.stderr);
          io.write(cleanup());
          io.exit(r.exitCode);
          return;
        }
        inner = containerSession(
          inv,
          pod,
          container,
          ATTACH_BANNER,
          () => endAttach(inv, pod, container, false) + cleanup(),
        )({
          write: (d) => io.write(d),
          exit: (c) => io.exit(c),
          now: () => io.now(),
          size: () => io.size(),
          isTerminal: io.isTerminal,
        });
      };
      const poll = (now: number): void => {
        if (inner) return;
        const pod = server.find<PodView>('pods', ns, name) as unknown as PodView | undefined;
        const phase = pod?.status?.phase;
        if (pod && (phase === 'Running' || phase === 'Succeeded' || phase === 'Failed')) {
          attach(pod);
          return;
        }
        if (now - start > timeoutMs) {
          io.write(`error: timed out waiting for the condition\n`);
          io.exit(1);
        }
      };
      poll(start);
      return {
        onTick: poll,
        onInput: (data) => {
          if (inner?.onInput) inner.onInput(data);
          else if (data.includes('\x03')) {
            io.write('^C\n');
            io.exit(130);
          }
        },
        onResize: (size) => inner?.onResize?.(size),
      };
    }),
  };
}

function portForward(inv: KubeInv): CommandOutcome {
  const [ref, ...specs] = inv.args;
  if (!ref || specs.length === 0) throw new UsageError('TYPE/NAME and list of ports are required for port-forward');
  const pod = podFor(inv, ref);
  if (pod.status?.phase !== 'Running')
    throw new KubectlError(
      `unable to forward port because pod is not running. Current status=${pod.status?.phase ?? 'Pending'}`,
    );
  const slash = ref.indexOf('/');
  const type = slash >= 0 ? inv.env.cluster.registry.resolve(ref.slice(0, slash)) : undefined;
  const mappings = specs.map((s) => {
    const [local = '', remote] = s.split(':');
    let remotePort = Number(remote ?? local);
    if (type?.kind === 'Service') {
      const svc = api(inv).get<{ spec?: { ports?: { port: number; targetPort?: number | string }[] } }>(
        'services',
        namespaceOf(inv),
        ref.slice(slash + 1),
      );
      const p = svc.spec?.ports?.find((x) => x.port === remotePort);
      if (!p) throw new KubectlError(`Service ${ref.slice(slash + 1)} does not have a service port ${remotePort}`);
      if (typeof p.targetPort === 'number') remotePort = p.targetPort;
    }
    const localPort = local === '' ? 40000 + remotePort : Number(local);
    if (!Number.isInteger(localPort) || !Number.isInteger(remotePort))
      throw new KubectlError(
        `Error parsing local port '${local}': strconv.ParseUint: parsing "${local}": invalid syntax`,
      );
    return { localPort, remotePort };
  });
  for (const m of mappings) {
    if (inv.env.forwards.has(m.localPort))
      throw new KubectlError(
        `unable to listen on port ${m.localPort}: Listeners failed to create with the following errors: [unable to create listener: Error listen tcp4 127.0.0.1:${m.localPort}: bind: address already in use unable to create listener: Error listen tcp6 [::1]:${m.localPort}: bind: address already in use]`,
      );
  }
  const ns = namespaceOf(inv);
  return {
    program: (io) => {
      for (const m of mappings) {
        inv.env.forwards.set(m.localPort, {
          localPort: m.localPort,
          namespace: ns,
          pod: pod.metadata.name,
          podPort: m.remotePort,
        });
        io.write(
          `Forwarding from 127.0.0.1:${m.localPort} -> ${m.remotePort}\nForwarding from [::1]:${m.localPort} -> ${m.remotePort}\n`,
        );
      }
      return {
        onInterrupt: () => {
          for (const m of mappings) inv.env.forwards.delete(m.localPort);
        },
      };
    },
  };
}

const containerFlag = (what: string) => ({ name: 'container', short: 'c', type: 'string' as const, usage: what });

export const runCommand: CommandSpec<KubeEnv> = {
  use: 'run NAME --image=image [--env="key=value"] [--port=port] [--dry-run=server|client] [--overrides=inline-json] [--command] -- [COMMAND] [args...]',
  short: 'Run a particular image on the cluster',
  long: 'Create and run a particular image in a pod.',
  example: `  # Start a nginx pod
  kubectl run nginx --image=nginx
  
  # Start a hazelcast pod and let the container expose port 5701
  kubectl run hazelcast --image=hazelcast/hazelcast --port=5701
  
  # Start a hazelcast pod and set environment variables "DNS_DOMAIN=cluster" and "POD_NAMESPACE=default" in the container
  kubectl run hazelcast --image=hazelcast/hazelcast --env="DNS_DOMAIN=cluster" --env="POD_NAMESPACE=default"
  
  # Start a hazelcast pod and set labels "app=hazelcast" and "env=prod" in the container
  kubectl run hazelcast --image=hazelcast/hazelcast --labels="app=hazelcast,env=prod"
  
  # Dry run; print the corresponding API objects without creating them
  kubectl run nginx --image=nginx --dry-run=client
  
  # Start a busybox pod and keep it in the foreground, don't restart it if it exits
  kubectl run -i -t busybox --image=busybox --restart=Never
  
  # Start the nginx pod using the default command, but use custom arguments (arg1 .. argN) for that command
  kubectl run nginx --image=nginx -- <arg1> <arg2> ... <argN>
  
  # Start the nginx pod using a different command and custom arguments
  kubectl run nginx --image=nginx --command -- <cmd> <arg1> ... <argN>`,
  group: 'Basic Commands (Beginner)',
  flags: [
    { name: 'image', type: 'string', usage: 'The image for the container to run.' },
    { name: 'port', type: 'string', usage: 'The port that this container exposes.' },
    {
      name: 'labels',
      short: 'l',
      type: 'string',
      usage: 'Comma separated labels to apply to the pod. Will override previous values.',
    },
    { name: 'env', type: 'stringArray', usage: 'Environment variables to set in the container.' },
    {
      name: 'restart',
      type: 'string',
      default: 'Always',
      usage: 'The restart policy for this Pod.  Legal values [Always, OnFailure, Never].',
    },
    {
      name: 'rm',
      type: 'bool',
      usage:
        "If true, delete the pod after it exits.  Only valid when attaching to the container, e.g. with '--attach' or with '-i/--stdin'.",
    },
    {
      name: 'stdin',
      short: 'i',
      type: 'bool',
      usage: 'Keep stdin open on the container in the pod, even if nothing is attached.',
    },
    { name: 'tty', short: 't', type: 'bool', usage: 'Allocate a TTY for the container in the pod.' },
    {
      name: 'attach',
      type: 'bool',
      usage:
        "If true, wait for the Pod to start running, and then attach to the Pod as if 'kubectl attach ...' were called.",
    },
    {
      name: 'command',
      type: 'bool',
      usage:
        "If true and extra arguments are present, use them as the 'command' field in the container, rather than the 'args' field which is the default.",
    },
    {
      name: 'expose',
      type: 'bool',
      usage: 'If true, create a ClusterIP service associated with the pod.  Requires `--port`.',
    },
    { name: 'overrides', type: 'string', usage: 'An inline JSON override for the generated object.' },
    { name: 'image-pull-policy', type: 'string', usage: 'The image pull policy for the container.' },
    { name: 'annotations', type: 'stringArray', usage: 'Annotations to apply to the pod.' },
    {
      name: 'pod-running-timeout',
      type: 'duration',
      default: '1m0s',
      usage: 'The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running',
    },
    f.dryRun(),
    f.output(),
    f.template(),
    f.fieldManager('kubectl-run'),
    {
      name: 'save-config',
      type: 'bool',
      usage: 'If true, the configuration of current object will be saved in its annotation.',
    },
  ],
  run,
};

export const execCommand: CommandSpec<KubeEnv> = {
  use: 'exec (POD | TYPE/NAME) [-c CONTAINER] [flags] -- COMMAND [args...]',
  short: 'Execute a command in a container',
  long: 'Execute a command in a container.',
  example: `  # Get output from running the 'date' command from pod mypod, using the first container by default
  kubectl exec mypod -- date
  
  # Get output from running the 'date' command in ruby-container from pod mypod
  kubectl exec mypod -c ruby-container -- date
  
  # Switch to raw terminal mode; sends stdin to 'bash' in ruby-container from pod mypod
  # and sends stdout/stderr from 'bash' back to the client
  kubectl exec mypod -c ruby-container -i -t -- bash -il`,
  group: 'Troubleshooting and Debugging Commands',
  flags: [
    containerFlag(
      'Container name. If omitted, use the kubectl.kubernetes.io/default-container annotation for selecting the container to be attached or the first container in the pod will be chosen',
    ),
    { name: 'stdin', short: 'i', type: 'bool', usage: 'Pass stdin to the container' },
    { name: 'tty', short: 't', type: 'bool', usage: 'Stdin is a TTY' },
    { name: 'quiet', short: 'q', type: 'bool', usage: 'Only print output from the remote session' },
    f.filename('to use to exec into the resource'),
    {
      name: 'pod-running-timeout',
      type: 'duration',
      default: '1m0s',
      usage: 'The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running',
    },
  ],
  run: exec,
};

export const logsCommand: CommandSpec<KubeEnv> = {
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
  flags: [
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
  ],
  run: logs,
};

export const portForwardCommand: CommandSpec<KubeEnv> = {
  use: 'port-forward TYPE/NAME [options] [LOCAL_PORT:]REMOTE_PORT [...[LOCAL_PORT_N:]REMOTE_PORT_N]',
  short: 'Forward one or more local ports to a pod',
  long: "Forward one or more local ports to a pod.\n\n Use resource type/name such as deployment/mydeployment to select a pod. Resource type defaults to 'pod' if omitted.\n\n If there are multiple pods matching the criteria, a pod will be selected automatically. The forwarding session ends when the selected pod terminates, and a rerun of the command is needed to resume forwarding.",
  example: `  # Listen on ports 5000 and 6000 locally, forwarding data to/from ports 5000 and 6000 in the pod
  kubectl port-forward pod/mypod 5000 6000
  
  # Listen on port 8888 locally, forwarding to 5000 in the pod
  kubectl port-forward pod/mypod 8888:5000
  
  # Listen on port 8443 locally, forwarding to the targetPort of the service's port named "https" in a pod selected by the service
  kubectl port-forward service/myservice 8443:https`,
  group: 'Troubleshooting and Debugging Commands',
  flags: [
    {
      name: 'address',
      type: 'stringArray',
      usage: 'Addresses to listen on (comma separated). Only accepts IP addresses or localhost as a value.',
    },
    {
      name: 'pod-running-timeout',
      type: 'duration',
      default: '1m0s',
      usage: 'The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running',
    },
  ],
  run: portForward,
};

export const attachCommand: CommandSpec<KubeEnv> = {
  use: 'attach (POD | TYPE/NAME) -c CONTAINER',
  short: 'Attach to a running container',
  long: 'Attach to a process that is already running inside an existing container.',
  flags: [
    containerFlag('Container name.'),
    { name: 'stdin', short: 'i', type: 'bool', usage: 'Pass stdin to the container' },
    { name: 'tty', short: 't', type: 'bool', usage: 'Stdin is a TTY' },
    { name: 'quiet', short: 'q', type: 'bool', usage: 'Only print output from the remote session' },
  ],
  run: (inv) => {
    if (inv.args.length === 0) throw new UsageError('at least 1 argument is required for attach');
    const pod = podFor(inv, inv.args[0]!);
    const { name: container } = containerOf(inv, pod, inv.flags.str('container'), 'attach');
    ensureRunning(pod, container);
    if (!inv.flags.bool('stdin')) {
      return logs({ ...inv, args: [inv.args[0]!], flags: inv.flags });
    }
    const quiet = inv.flags.bool('quiet');
    return {
      program: containerSession(inv, pod, container, quiet ? undefined : ATTACH_BANNER, () =>
        endAttach(inv, pod, container, quiet),
      ),
    };
  },
};

export { formatStatusError };
