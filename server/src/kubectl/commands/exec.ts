/** `kubectl exec`: run a command, or a shell, in a container. */
import type { CommandOutcome } from '../../shell/command.js';
import { flagList } from '../cli/flags.js';
import { UsageError } from '../errors.js';
import { runInContainer } from '../containerShell.js';
import { f } from './common.js';
import { podFor, containerOf, ensureRunning, containerSession, containerFlag } from './pod.js';
import { defineCommand, type CommandInv } from './globals.js';

const execFlags = flagList(
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
);

function exec(inv: CommandInv<typeof execFlags>): CommandOutcome {
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
  if (note) inv.out.error(note);
  const isShell = ['sh', 'bash', '/bin/sh', '/bin/bash', 'ash'].includes(command[0] ?? '') && command.length === 1;
  if (isShell && inv.flags.bool('stdin') && inv.flags.bool('tty')) {
    const pre = inv.out.stderr;
    inv.out.stderr = '';
    const start = containerSession(inv, pod, container, pre || undefined);
    return { program: start };
  }
  const r = runInContainer(inv.env, pod, container, command, inv.flags.bool('tty'));
  const code = r.exitCode;
  inv.out.print(r.stdout);
  inv.out.stderr += r.stderr;
  if (code !== 0) inv.out.stderr += `command terminated with exit code ${code}\n`;
  return { stdout: '', stderr: '', exitCode: code };
}

export const execCommand = defineCommand({
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
  flags: execFlags,
  run: exec,
});
