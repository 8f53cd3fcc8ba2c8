/** `minikube ssh`: a shell on a node, with docker ps of its containers. */
import type { CommandOutcome } from '../../shell/command.js';
import { promptProgram } from '../../shell/index.js';
import { flagList } from '../cli/flags.js';
import { readsInput } from '../program.js';
import { type CommandInv, type Inv, DOCKER_VERSION, requireRunning, nodeName } from './command.js';

export const sshFlags = flagList({
  name: 'node',
  short: 'n',
  type: 'string',
  usage: 'The node to ssh into. Defaults to the primary control plane.',
});

export function ssh(inv: CommandInv<typeof sshFlags>): CommandOutcome {
  requireRunning(inv);
  const c = inv.env.cluster;
  const node = inv.flags.str('node') ? nodeName(inv, inv.flags.str('node')) : c.profile;
  const run = (line: string): string => {
    const [cmd = '', ...args] = line.trim().split(/\s+/);
    switch (cmd) {
      case '':
        return '';
      case 'hostname':
        return `${node}\n`;
      case 'whoami':
        return 'docker\n';
      case 'uname':
        return args.includes('-a')
          ? `Linux ${node} 6.8.0-49-generic #49~22.04.1-Ubuntu SMP PREEMPT_DYNAMIC x86_64 x86_64 x86_64 GNU/Linux\n`
          : 'Linux\n';
      case 'pwd':
        return '/home/docker\n';
      case 'docker':
        if (args[0] === 'ps') return dockerPs(inv, node);
        if (args[0] === 'version' || args[0] === '--version')
          return `Docker version ${DOCKER_VERSION}, build 4c9b3b0\n`;
        return `docker: '${args[0] ?? ''}' is not a docker command.\n`;
      case 'ls':
        return '';
      case 'echo':
        return `${args.join(' ')}\n`;
      default:
        return `-bash: ${cmd}: command not found\n`;
    }
  };
  const direct = inv.args.slice(inv.dashAt >= 0 ? inv.dashAt : 0);
  if (direct.length > 0) return { stdout: run(direct.join(' ')), stderr: '', exitCode: 0 };
  return {
    program: readsInput(
      inv.env,
      promptProgram({
        prompt: () => `docker@${node}:~$ `,
        onLine: (line) =>
          ['exit', 'logout'].includes(line.trim()) ? { output: 'logout\n', exit: 0 } : { output: run(line) },
      }),
    ),
  };
}

function dockerPs(inv: Inv, node: string): string {
  const pods = inv.env.cluster.store.list('pods').filter((p) => (p.spec as { nodeName?: string }).nodeName === node);
  let out =
    'CONTAINER ID   IMAGE                       COMMAND                  CREATED        STATUS        PORTS     NAMES\n';
  for (const p of pods.slice(0, 30)) {
    const image = ((p.spec as { containers?: { image?: string }[] }).containers?.[0]?.image ?? '').slice(0, 26);
    out += `${p.metadata.uid.replace(/-/g, '').slice(0, 12)}   ${image.padEnd(26)}  "/docker-entrypoint.…"   5 minutes ago  Up 5 minutes            k8s_${p.metadata.name}\n`;
  }
  return out;
}
