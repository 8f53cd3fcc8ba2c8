/** `kubectl run`: create a pod, and attach to it with -i/-t. */
import type { CommandOutcome, ProgramStart } from '../../shell/command.js';
import { isStatusError, mergePatch, type Json } from '../../sim/index.js';
import { flagList } from '../cli/flags.js';
import { KubectlError, UsageError } from '../errors.js';
import { api, namespaceOf } from '../env.js';
import { pod as podObject } from '../generators.js';
import { readsInput } from '../program.js';
import { runInContainer } from '../containerShell.js';
import { f, outputSpec, parseKeyValues } from './common.js';
import { createGenerated } from './write.js';
import { required } from './create/generator.js';
import { type PodView, ATTACH_BANNER, endAttach, containerSession } from './pod.js';
import { defineCommand, type CommandInv } from './globals.js';

const runFlags = flagList(
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
);

/**
 * `--overrides`: an RFC 7386 merge of the JSON into the generated pod (kubectl's cmdutil.Merge), which is then read
 * back as a Pod, so a container the override brings prints its always-present `resources: {}`.
 */
function withOverrides<T extends object>(obj: T, overrides: string): T {
  if (!overrides) return obj;
  let patch: Json;
  try {
    patch = JSON.parse(overrides) as Json;
  } catch {
    throw new KubectlError('Invalid JSON Patch');
  }
  const merged = mergePatch(obj as unknown as Json, patch, false, 'Pod', []) as unknown as T & {
    spec?: { containers?: { resources?: object }[] };
  };
  for (const c of merged.spec?.containers ?? []) c.resources ??= {};
  return merged;
}

function run(inv: CommandInv<typeof runFlags>): CommandOutcome {
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
  const generated = podObject(name, image, {
    labels,
    restart,
    ...(port ? { port } : {}),
    ...(env ? { env } : {}),
    ...(command ? { command } : {}),
    ...(args ? { args } : {}),
    ...(interactive ? { stdin: true } : {}),
    ...(tty ? { tty: true } : {}),
  });
  const obj = withOverrides(generated, inv.flags.str('overrides'));
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
          error: (d) => io.error(d),
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

export const runCommand = defineCommand({
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
  flags: runFlags,
  run,
});
