/**
 * `minikube`: the program (its help and command list) that starts, stops and deletes the
 * student's cluster and reports on it; each command lives in its own module beside this one.
 */ import type { Command } from '../../shell/command.js';
import { MINIKUBE_COMMIT, MINIKUBE_VERSION, groupResource } from '../../sim/index.js';
import { runProgram, type Program } from '../cli/dispatch.js';
import type { KubeEnv } from '../env.js';
import { ADDONS } from './addons.js';
import { defineCommand, GLOBAL } from './command.js';
import { startFlags, start } from './start.js';
import { statusFlags, status, stopFlags, stop, delFlags, del, ipFlags, ip } from './lifecycle.js';
import { nodeCommands } from './node.js';
import { addonCommands } from './addonCommands.js';
import { serviceUrlFlags, serviceUrl, dashboardFlags, dashboard } from './service.js';
import { profileList } from './profile.js';
import { sshFlags, ssh } from './ssh.js';

export const MINIKUBE_HELP = `minikube provisions and manages local Kubernetes clusters optimized for development workflows.

Basic Commands:
  start            Starts a local Kubernetes cluster
  status           Gets the status of a local Kubernetes cluster
  stop             Stops a running local Kubernetes cluster
  delete           Deletes a local Kubernetes cluster
  dashboard        Access the Kubernetes dashboard running within the minikube cluster
  pause            pause Kubernetes
  unpause          unpause Kubernetes

Images Commands:
  docker-env       Provides instructions to point your terminal's docker-cli to the Docker Engine inside minikube.
  podman-env       Configure environment to use minikube's Podman service
  cache            Manage cache for images
  image            Manage images

Configuration and Management Commands:
  addons           Enable or disable a minikube addon
  config           Modify persistent configuration values
  profile          Get or list the current profiles (clusters)
  update-context   Update kubeconfig in case of an IP or port change

Networking and Connectivity Commands:
  service          Returns a URL to connect to a service
  tunnel           Connect to LoadBalancer services

Advanced Commands:
  mount            Mounts the specified directory into minikube
  ssh              Log into the minikube environment (for debugging)
  kubectl          Run a kubectl binary matching the cluster version
  node             Add, remove, or list additional nodes
  cp               Copy the specified file into minikube

Troubleshooting Commands:
  ssh-key          Retrieve the ssh identity key path of the specified node
  ssh-host         Retrieve the ssh host key of the specified node
  ip               Retrieves the IP address of the specified node
  logs             Returns logs to debug a local Kubernetes cluster
  update-check     Print current and latest version number
  version          Print the version of minikube
  options          Show a list of global command-line options (applies to all commands).

Other Commands:
  completion       Generate command completion for a shell
  license          Outputs the licenses of dependencies to a directory

Use "minikube <command> --help" for more information about a given command.
`;

const MINIKUBE_COMMANDS = [
  defineCommand({
    use: 'start',
    short: 'Starts a local Kubernetes cluster',
    long: 'Starts a local Kubernetes cluster',
    flags: startFlags,
    run: start,
  }),
  defineCommand({
    use: 'status',
    short: 'Gets the status of a local Kubernetes cluster',
    flags: statusFlags,
    run: status,
  }),
  defineCommand({
    use: 'stop',
    short: 'Stops a running local Kubernetes cluster',
    flags: stopFlags,
    run: stop,
  }),
  defineCommand({
    use: 'delete',
    short: 'Deletes a local Kubernetes cluster',
    flags: delFlags,
    run: del,
  }),
  defineCommand({
    use: 'ip',
    short: 'Retrieves the IP address of the specified node',
    flags: ipFlags,
    run: ip,
  }),
  defineCommand({ use: 'node', short: 'Add, remove, or list additional nodes', sub: nodeCommands }),
  defineCommand({ use: 'addons SUBCOMMAND [flags]', short: 'Enable or disable a minikube addon', sub: addonCommands }),
  defineCommand({
    use: 'service [flags] SERVICE',
    short: 'Returns a URL to connect to a service',
    flags: serviceUrlFlags,
    run: serviceUrl,
  }),
  defineCommand({
    use: 'dashboard',
    short: 'Access the Kubernetes dashboard running within the minikube cluster',
    flags: dashboardFlags,
    run: dashboard,
  }),
  defineCommand({
    use: 'version',
    short: 'Print the version of minikube',
    flags: [{ name: 'short', type: 'bool', usage: 'Print just the version number.' }],
    run: (inv) => ({
      stdout: inv.flags.bool('short')
        ? `${MINIKUBE_VERSION}\n`
        : `minikube version: ${MINIKUBE_VERSION}\ncommit: ${MINIKUBE_COMMIT}\n`,
      stderr: '',
      exitCode: 0,
    }),
  }),
  defineCommand({
    use: 'profile [MINIKUBE_PROFILE_NAME]',
    short: 'Get or list the current profiles (clusters)',
    sub: [defineCommand({ use: 'list', short: 'Lists all minikube profiles.', run: profileList })],
    run: (inv) => ({ stdout: `${inv.env.cluster.profile}\n`, stderr: '', exitCode: 0 }),
  }),
  defineCommand({
    use: 'ssh',
    short: 'Log into the minikube environment (for debugging)',
    flags: sshFlags,
    run: ssh,
  }),
  defineCommand({
    use: 'kubectl',
    short: 'Run a kubectl binary matching the cluster version',
    run: (inv) => {
      const argv = inv.args.slice(inv.dashAt >= 0 ? inv.dashAt : 0);
      return inv.ctx.runArgv(['kubectl', ...argv]);
    },
  }),
];

export const minikubeProgram: Program<KubeEnv> = {
  root: 'minikube',
  globalFlags: GLOBAL,
  rootHelp: () => MINIKUBE_HELP,
  commands: MINIKUBE_COMMANDS,
};

export function minikubeCommand(env: KubeEnv): Command {
  return {
    name: 'minikube',
    summary: 'minikube provisions and manages local Kubernetes clusters',
    run: (args, ctx) => runProgram(minikubeProgram, args, ctx, env),
    complete: (args) => {
      if (args.length === 0) return MINIKUBE_COMMANDS.map((c) => c.use.split(' ')[0]!);
      if (args[0] === 'addons' && args.length === 1) return ['list', 'enable', 'disable'];
      if (args[0] === 'addons' && args.length === 2) return ADDONS.map((a) => a.name);
      if (args[0] === 'node' && args.length === 1) return ['add', 'list', 'stop', 'start', 'delete'];
      if (args[0] === 'service' && env.cluster.state === 'Running')
        return env.cluster.store.list('services', 'default').map((s) => s.metadata.name);
      return [];
    },
  };
}

export { groupResource };
