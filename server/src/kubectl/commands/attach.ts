/** `kubectl attach`: attach to a running container. */
import { optionalFlags } from '../cli/flags.js';
import { UsageError } from '../errors.js';
import {
  podFor,
  containerOf,
  ensureRunning,
  ATTACH_BANNER,
  endAttach,
  containerSession,
  containerFlag,
} from './pod.js';
import { logs } from './logs.js';
import { defineCommand } from './globals.js';

export const attachCommand = defineCommand({
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
    ensureRunning(pod, container, 'attach');
    if (!inv.flags.bool('stdin')) {
      // The pod found here (logs would say which of several it chose; attach does not).
      return logs({ ...inv, args: [`pod/${pod.metadata.name}`], flags: optionalFlags(inv.flags) });
    }
    const quiet = inv.flags.bool('quiet');
    return {
      program: containerSession(inv, pod, container, quiet ? undefined : ATTACH_BANNER, () =>
        endAttach(inv, pod, container, quiet),
      ),
    };
  },
});
