/** `minikube status`, `stop`, `delete` and `ip`. */
import type { CommandOutcome } from '../../shell/command.js';
import { flagList } from '../cli/flags.js';
import { RawError } from '../errors.js';
import { readKubeconfig, withoutProfile, writeKubeconfig } from '../kubeconfig.js';
import { timedProgram, type TimedStep } from '../program.js';
import { type CommandInv, notFound, requireRunning, nodeIPs } from './command.js';

export const statusFlags = flagList({
  name: 'output',
  short: 'o',
  type: 'string',
  default: 'text',
  usage: 'minikube status --output OUTPUT. json, text',
});

export function status(inv: CommandInv<typeof statusFlags>): CommandOutcome {
  const c = inv.env.cluster;
  if (c.state === 'Absent') throw notFound(c.profile);
  const running = c.state === 'Running';
  let out = '';
  let allRunning = running;
  for (const [name] of nodeIPs(inv)) {
    const control = name === c.profile;
    const nodeUp = running && !c.isNodeStopped(name);
    if (!nodeUp) allRunning = false;
    const s = nodeUp ? 'Running' : 'Stopped';
    out += `${name}\ntype: ${control ? 'Control Plane' : 'Worker'}\nhost: ${s}\nkubelet: ${s}\n`;
    if (control) out += `apiserver: ${s}\nkubeconfig: ${running ? 'Configured' : 'Stopped'}\n`;
    out += '\n';
  }
  return { stdout: out, stderr: '', exitCode: allRunning ? 0 : 7 };
}

export const stopFlags = flagList({ name: 'all', type: 'bool', usage: 'Set flag to stop all profiles (clusters)' });

export function stop(inv: CommandInv<typeof stopFlags>): CommandOutcome {
  const c = inv.env.cluster;
  if (c.state === 'Absent') throw notFound(c.profile);
  const names = nodeIPs(inv).map(([n]) => n);
  const steps: TimedStep[] = [];
  if (c.state === 'Running') {
    for (const n of names)
      steps.push(
        { after: steps.length === 0 ? 0 : 1000, text: `✋  Stopping node "${n}"  ...\n` },
        { after: 500, text: `🛑  Powering off "${n}" via SSH ...\n` },
      );
  }
  steps.push({
    after: 2000,
    text: `🛑  ${names.length} node${names.length === 1 ? '' : 's'} stopped.\n`,
    action: () => c.stop(),
  });
  return { program: timedProgram(steps) };
}

export const delFlags = flagList(
  { name: 'all', type: 'bool', usage: 'Set flag to delete all profiles' },
  {
    name: 'purge',
    type: 'bool',
    usage: "Set this flag to delete the '.minikube' folder from your user directory.",
  },
);

export function del(inv: CommandInv<typeof delFlags>): CommandOutcome {
  const c = inv.env.cluster;
  const p = c.profile;
  const removeConfig = (): void => {
    const config = readKubeconfig(inv.ctx);
    if (config) writeKubeconfig(inv.ctx, withoutProfile(config, p));
  };
  if (c.state === 'Absent') {
    return {
      stdout: `🙄  "${p}" profile does not exist, trying anyways.\n💀  Removed all traces of the "${p}" cluster.\n`,
      stderr: '',
      exitCode: 0,
    };
  }
  return {
    program: timedProgram([
      { after: 0, text: `🔥  Deleting "${p}" in docker ...\n` },
      { after: 1000, text: `🔥  Deleting container "${p}" ...\n` },
      { after: 2000, text: `🔥  Removing ${inv.ctx.home}/.minikube/machines/${p} ...\n` },
      {
        after: 300,
        text: `💀  Removed all traces of the "${p}" cluster.\n`,
        action: () => {
          c.destroy();
          removeConfig();
          inv.env.forwards.clear();
        },
      },
    ]),
  };
}

export const ipFlags = flagList({
  name: 'node',
  short: 'n',
  type: 'string',
  usage: 'The node to get IP. Defaults to the primary control plane.',
});

export function ip(inv: CommandInv<typeof ipFlags>): CommandOutcome {
  requireRunning(inv);
  const node = inv.flags.str('node') || inv.env.cluster.profile;
  const found = nodeIPs(inv).find(([n]) => n === node || `${inv.env.cluster.profile}-${node}` === n);
  if (!found)
    throw new RawError(`❌  Exiting due to GUEST_NODE_RETRIEVE: retrieving node: Could not find node ${node}`, 85);
  return { stdout: `${found[1]}\n`, stderr: '', exitCode: 0 };
}
