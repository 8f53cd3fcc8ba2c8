/** `minikube node add|list|stop|start|delete`. */
import { timedProgram } from '../program.js';
import {
  defineCommand,
  KIC_VERSION,
  DOCKER_VERSION,
  notFound,
  requireRunning,
  nodeIPs,
  nodeName,
  shortName,
} from './command.js';

export const nodeCommands = [
  defineCommand({
    use: 'add',
    short: 'Adds a node to the given cluster.',
    flags: [
      {
        name: 'worker',
        type: 'bool',
        default: 'true',
        usage: 'If set, added node will be available as worker. Defaults to true.',
      },
      {
        name: 'control-plane',
        type: 'bool',
        usage: 'If set, added node will become a control-plane. Defaults to false.',
      },
    ],
    run: (inv) => {
      requireRunning(inv);
      const c = inv.env.cluster;
      const p = c.profile;
      const short = `m${String(c.nodeCount + 1).padStart(2, '0')}`;
      return {
        program: timedProgram([
          { after: 0, text: `😄  Adding node ${short} to cluster ${p} as [worker]\n` },
          { after: 200, text: `👍  Starting "${p}-${short}" worker node in "${p}" cluster\n` },
          { after: 300, text: `🚜  Pulling base image ${KIC_VERSION} ...\n` },
          { after: 1500, text: `🔥  Creating docker container (CPUs=2, Memory=2200MB) ...\n` },
          {
            after: 3000,
            text: `🐳  Preparing Kubernetes ${c.settings.kubernetesVersion} on Docker ${DOCKER_VERSION} ...\n`,
          },
          { after: 2000, text: '🔎  Verifying Kubernetes components...\n', action: () => void c.addNode() },
          { after: 500, text: `🏄  Successfully added ${short} to ${p}!\n` },
        ]),
      };
    },
  }),
  defineCommand({
    use: 'list',
    short: 'List nodes.',
    run: (inv) => {
      const c = inv.env.cluster;
      if (c.state === 'Absent') throw notFound(c.profile);
      return {
        stdout: nodeIPs(inv)
          .map(([n, a]) => `${n}\t${a}\n`)
          .join(''),
        stderr: '',
        exitCode: 0,
      };
    },
  }),
  defineCommand({
    use: 'stop',
    short: 'Stops a node in a cluster.',
    run: (inv) => {
      requireRunning(inv);
      const name = nodeName(inv, inv.args[0]);
      return {
        program: timedProgram([
          { after: 0, text: `✋  Stopping node "${name}"  ...\n` },
          { after: 500, text: `🛑  Powering off "${name}" via SSH ...\n` },
          {
            after: 1500,
            text: `🛑  Successfully stopped node ${name}\n`,
            action: () => inv.env.cluster.stopNode(name),
          },
        ]),
      };
    },
  }),
  defineCommand({
    use: 'start',
    short: 'Starts a node.',
    run: (inv) => {
      requireRunning(inv);
      const c = inv.env.cluster;
      const name = nodeName(inv, inv.args[0]);
      return {
        program: timedProgram([
          {
            after: 0,
            text: `👍  Starting "${name}" ${name === c.profile ? 'primary control-plane' : 'worker'} node in "${c.profile}" cluster\n`,
          },
          { after: 300, text: `🚜  Pulling base image ${KIC_VERSION} ...\n` },
          { after: 1000, text: `🔄  Restarting existing docker container for "${name}" ...\n` },
          {
            after: 2000,
            text: `🐳  Preparing Kubernetes ${c.settings.kubernetesVersion} on Docker ${DOCKER_VERSION} ...\n`,
          },
          { after: 1500, text: '🔎  Verifying Kubernetes components...\n', action: () => c.startNode(name) },
          { after: 300, text: `😄  Successfully started node ${name}!\n` },
        ]),
      };
    },
  }),
  defineCommand({
    use: 'delete',
    short: 'Deletes a node from a cluster.',
    run: (inv) => {
      requireRunning(inv);
      const c = inv.env.cluster;
      const name = nodeName(inv, inv.args[0]);
      const short = shortName(name, c.profile);
      return {
        program: timedProgram([
          { after: 0, text: `🔥  Deleting node ${short} from cluster ${c.profile}\n` },
          { after: 300, text: `✋  Stopping node "${name}"  ...\n` },
          { after: 500, text: `🛑  Powering off "${name}" via SSH ...\n` },
          { after: 1500, text: `🔥  Deleting "${name}" in docker ...\n` },
          {
            after: 1000,
            text: `💀  Node ${short} was successfully deleted.\n`,
            action: () => {
              c.stopNode(name);
              c.api.remove('nodes', undefined, name);
            },
          },
        ]),
      };
    },
  }),
];
