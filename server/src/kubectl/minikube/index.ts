/**
 * `minikube`: start/stop/delete the student's cluster with the progress lines minikube v1.35
 * prints (on the virtual clock), status, ip, node, addons, service, dashboard, profile, ssh.
 */
import type { Command, CommandOutcome } from '../../shell/command.js';
import { promptProgram } from '../../shell/index.js';
import { MINIKUBE_COMMIT, MINIKUBE_VERSION, groupResource } from '../../sim/index.js';
import { commandDefiner, type CommandInvocation, type Invocation } from '../cli/command.js';
import { flagList, type FlagDef, type NamesOf, type SchemaOf } from '../cli/flags.js';
import { runProgram, type Program } from '../cli/dispatch.js';
import { RawError } from '../errors.js';
import type { KubeEnv } from '../env.js';
import {
  emptyKubeconfig,
  readKubeconfig,
  withMinikubeProfile,
  withoutProfile,
  writeKubeconfig,
} from '../kubeconfig.js';
import { formatRFC1123Z } from '../print/duration.js';
import { readsInput, timedProgram, type TimedStep } from '../program.js';
import { ADDONS, addonEnableLines, addonsTable } from './addons.js';
import { boxTable } from './table.js';

/** A minikube command: its `run` reads its own flags and minikube's global ones, by name and type. */
const defineCommand = commandDefiner<KubeEnv, SchemaOf<typeof GLOBAL>>();

/** The invocation a minikube command with flags F runs with. */
type CommandInv<F extends readonly FlagDef[]> = CommandInvocation<KubeEnv, SchemaOf<typeof GLOBAL>, F>;

/** What the helpers below read: no flags beyond minikube's global ones. */
type Inv = Invocation<KubeEnv, NamesOf<SchemaOf<typeof GLOBAL>>>;

const KIC_VERSION = 'v0.0.46';
const DOCKER_VERSION = '27.4.1';
const SERVER = 'https://192.168.49.2:8443';

const notFound = (profile: string) =>
  new RawError(
    `🤷  Profile "${profile}" not found. Run "minikube profile list" to view all profiles.\n👉  To start a cluster, run: "minikube start"`,
    85,
  );

function requireRunning(inv: Inv): void {
  const c = inv.env.cluster;
  if (c.state === 'Absent') throw notFound(c.profile);
  if (c.state !== 'Running') {
    throw new RawError(
      `🤷  The control-plane node ${c.profile} host is not running: state=Stopped\n👉  To start a cluster, run: "minikube start"`,
      83,
    );
  }
}

function nodeIPs(inv: Inv): [string, string][] {
  const nodes = inv.env.cluster.store.list('nodes');
  return nodes.map((n) => {
    const addresses = (n as { status?: { addresses?: { type: string; address: string }[] } }).status?.addresses ?? [];
    return [n.metadata.name, addresses.find((a) => a.type === 'InternalIP')?.address ?? ''];
  });
}

function writeConfig(inv: Inv): void {
  const c = inv.env.cluster;
  const config = readKubeconfig(inv.ctx) ?? emptyKubeconfig();
  const lastUpdate = formatRFC1123Z(new Date(c.now()).toISOString()).replace(/ \+0000$/, ' UTC');
  writeKubeconfig(
    inv.ctx,
    withMinikubeProfile(config, {
      profile: c.profile,
      server: SERVER,
      home: inv.ctx.home,
      lastUpdate,
      version: MINIKUBE_VERSION,
    }),
  );
}

const startFlags = flagList(
  { name: 'nodes', type: 'int', default: '1', usage: 'The number of nodes to spin up. Defaults to 1.' },
  {
    name: 'kubernetes-version',
    type: 'string',
    usage:
      "The Kubernetes version that the minikube VM will use (ex: v1.2.3, 'stable' for v1.32.0, 'latest' for v1.32.0).",
  },
  {
    name: 'driver',
    type: 'string',
    usage:
      'Driver is one of: virtualbox, vmwarefusion, kvm2, qemu2, qemu, vfkit, docker, podman, ssh (defaults to auto-detect)',
  },
  { name: 'vm-driver', type: 'string', hidden: true, usage: 'DEPRECATED, use `driver` instead.' },
  {
    name: 'cpus',
    type: 'string',
    default: '2',
    usage:
      'Number of CPUs allocated to Kubernetes. Use "max" to use the maximum number of CPUs. Use "no-limit" to not specify a limit (Docker/Podman only)',
  },
  {
    name: 'memory',
    type: 'string',
    usage:
      'Amount of RAM to allocate to Kubernetes (format: <number>[<unit>], where unit = b, k, m or g). Use "max" to use the maximum amount of memory. Use "no-limit" to not specify a limit (Docker/Podman only)',
  },
  {
    name: 'container-runtime',
    type: 'string',
    default: 'docker',
    usage: 'The container runtime to be used. Valid options: docker, cri-o, containerd (default: auto)',
  },
  {
    name: 'addons',
    type: 'stringArray',
    usage: 'Enable addons. see `minikube addons list` for a list of valid addon names.',
  },
  {
    name: 'cni',
    type: 'string',
    usage:
      'CNI plug-in to use. Valid options: auto, bridge, calico, cilium, flannel, kindnet, or path to a CNI manifest (default: auto)',
  },
  {
    name: 'wait',
    type: 'stringArray',
    usage: 'comma separated list of Kubernetes components to verify and wait for after starting a cluster.',
  },
  { name: 'force', type: 'bool', usage: 'Force minikube to perform possibly dangerous operations' },
);

function start(inv: CommandInv<typeof startFlags>): CommandOutcome {
  const c = inv.env.cluster;
  const profile = c.profile;
  const nodes = Math.max(1, inv.flags.int('nodes') || 1);
  const version = inv.flags.str('kubernetes-version') || c.settings.kubernetesVersion;
  const k8s =
    version === 'stable' || version === 'latest'
      ? c.settings.kubernetesVersion
      : version.startsWith('v')
        ? version
        : `v${version}`;
  const driver = inv.flags.str('driver') || 'docker';
  const cpus = inv.flags.str('cpus') || '2';
  const memory = inv.flags.str('memory') ? normaliseMemory(inv.flags.str('memory')) : nodes > 1 ? '2200' : '3900';
  const steps: TimedStep[] = [{ after: 0, text: `😄  minikube ${MINIKUBE_VERSION} on Ubuntu 22.04\n` }];
  const done = `🏄  Done! kubectl is now configured to use "${profile}" cluster and "default" namespace by default\n`;
  const addons = (): string => {
    const enabled = [
      'storage-provisioner',
      'default-storageclass',
      ...c.settings.addons.filter((a) => a !== 'storage-provisioner' && a !== 'default-storageclass'),
    ];
    return `🌟  Enabled addons: ${enabled.join(', ')}\n`;
  };
  if (c.state === 'Absent') {
    steps.push(
      {
        after: 300,
        text: inv.flags.has('driver')
          ? `✨  Using the ${driver} driver based on user configuration\n`
          : `✨  Automatically selected the ${driver} driver\n`,
      },
      { after: 200, text: `👍  Starting "${profile}" primary control-plane node in "${profile}" cluster\n` },
      { after: 300, text: `🚜  Pulling base image ${KIC_VERSION} ...\n` },
      {
        after: 1500,
        text: `🔥  Creating docker container (CPUs=${cpus}, Memory=${memory}MB) ...\n`,
        action: () => {
          c.start({ nodes, kubernetesVersion: k8s });
        },
      },
      { after: 6000, text: `🐳  Preparing Kubernetes ${k8s} on Docker ${DOCKER_VERSION} ...\n` },
      { after: 1500, text: '    ▪ Generating certificates and keys ...\n' },
      { after: 2000, text: '    ▪ Booting up control plane ...\n' },
      { after: 4000, text: '    ▪ Configuring RBAC rules ...\n' },
      {
        after: 500,
        text:
          nodes > 1
            ? '🔗  Configuring CNI (Container Networking Interface) ...\n'
            : '🔗  Configuring bridge CNI (Container Networking Interface) ...\n',
      },
      { after: 800, text: '🔎  Verifying Kubernetes components...\n' },
      { after: 300, text: '    ▪ Using image gcr.io/k8s-minikube/storage-provisioner:v5\n' },
    );
    for (let i = 1; i < nodes; i++) {
      const name = `${profile}-m${String(i + 1).padStart(2, '0')}`;
      steps.push(
        { after: 500, text: `👍  Starting "${name}" worker node in "${profile}" cluster\n` },
        { after: 300, text: `🚜  Pulling base image ${KIC_VERSION} ...\n` },
        { after: 1500, text: `🔥  Creating docker container (CPUs=${cpus}, Memory=${memory}MB) ...\n` },
        {
          after: 2000,
          text: `🌐  Found network options:\n    ▪ NO_PROXY=192.168.49.2${Array.from({ length: i - 1 }, (_v, j) => `,192.168.49.${j + 3}`).join('')}\n`,
        },
        {
          after: 500,
          text: `🐳  Preparing Kubernetes ${k8s} on Docker ${DOCKER_VERSION} ...\n    ▪ env NO_PROXY=192.168.49.2${Array.from({ length: i - 1 }, (_v, j) => `,192.168.49.${j + 3}`).join('')}\n`,
        },
        { after: 3000, text: '🔎  Verifying Kubernetes components...\n' },
      );
    }
    steps.push({ after: 500, action: addons }, { after: 300, text: done, action: () => writeConfig(inv) });
  } else {
    const stopped = c.state === 'Stopped';
    steps.push(
      { after: 300, text: `✨  Using the ${driver} driver based on existing profile\n` },
      { after: 200, text: `👍  Starting "${profile}" primary control-plane node in "${profile}" cluster\n` },
      { after: 300, text: `🚜  Pulling base image ${KIC_VERSION} ...\n` },
      {
        after: 1500,
        text: stopped
          ? `🔄  Restarting existing docker container for "${profile}" ...\n`
          : `🏃  Updating the running docker "${profile}" container ...\n`,
      },
      {
        after: 4000,
        text: `🐳  Preparing Kubernetes ${c.settings.kubernetesVersion} on Docker ${DOCKER_VERSION} ...\n`,
      },
      { after: 3000, text: '🔎  Verifying Kubernetes components...\n', action: () => c.start() },
      { after: 300, text: '    ▪ Using image gcr.io/k8s-minikube/storage-provisioner:v5\n' },
      { after: 500, action: addons },
      { after: 300, text: done, action: () => writeConfig(inv) },
    );
  }
  return { program: timedProgram(steps) };
}

function normaliseMemory(m: string): string {
  const match = /^(\d+)\s*([a-zA-Z]*)$/.exec(m.trim());
  if (!match) return m;
  const n = Number(match[1]);
  const unit = (match[2] ?? '').toLowerCase();
  if (unit.startsWith('g')) return String(n * 1024);
  return String(n);
}

const statusFlags = flagList({
  name: 'output',
  short: 'o',
  type: 'string',
  default: 'text',
  usage: 'minikube status --output OUTPUT. json, text',
});

function status(inv: CommandInv<typeof statusFlags>): CommandOutcome {
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

const stopFlags = flagList({ name: 'all', type: 'bool', usage: 'Set flag to stop all profiles (clusters)' });

function stop(inv: CommandInv<typeof stopFlags>): CommandOutcome {
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

const delFlags = flagList(
  { name: 'all', type: 'bool', usage: 'Set flag to delete all profiles' },
  {
    name: 'purge',
    type: 'bool',
    usage: "Set this flag to delete the '.minikube' folder from your user directory.",
  },
);

function del(inv: CommandInv<typeof delFlags>): CommandOutcome {
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

const ipFlags = flagList({
  name: 'node',
  short: 'n',
  type: 'string',
  usage: 'The node to get IP. Defaults to the primary control plane.',
});

function ip(inv: CommandInv<typeof ipFlags>): CommandOutcome {
  requireRunning(inv);
  const node = inv.flags.str('node') || inv.env.cluster.profile;
  const found = nodeIPs(inv).find(([n]) => n === node || `${inv.env.cluster.profile}-${node}` === n);
  if (!found)
    throw new RawError(`❌  Exiting due to GUEST_NODE_RETRIEVE: retrieving node: Could not find node ${node}`, 85);
  return { stdout: `${found[1]}\n`, stderr: '', exitCode: 0 };
}

function nodeName(inv: Inv, arg: string | undefined): string {
  if (!arg) throw new RawError('❌  Exiting due to MK_USAGE: Usage: minikube node stop [name]', 64);
  const p = inv.env.cluster.profile;
  const names = nodeIPs(inv).map(([n]) => n);
  const full = names.find((n) => n === arg || n === `${p}-${arg}`);
  if (!full) throw new RawError(`🤷  Node ${arg} was not found.`, 85);
  return full;
}

function shortName(full: string, profile: string): string {
  return full === profile ? profile : full.slice(profile.length + 1);
}

const nodeCommands = [
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

const addonCommands = [
  defineCommand({
    use: 'list',
    short: 'Lists all available minikube addons as well as their current statuses (enabled/disabled)',
    flags: [
      {
        name: 'output',
        short: 'o',
        type: 'string',
        default: 'list',
        usage: 'minikube addons list --output OUTPUT. json, list',
      },
    ],
    run: (inv) => {
      const c = inv.env.cluster;
      if (c.state === 'Absent') throw notFound(c.profile);
      return { stdout: addonsTable(c.profile, c.settings.addons), stderr: '', exitCode: 0 };
    },
  }),
  defineCommand({
    use: 'enable ADDON_NAME',
    short: 'Enables the addon w/ADDON_NAME within minikube. For a list of available addons use: minikube addons list ',
    run: (inv) => {
      requireRunning(inv);
      const name = inv.args[0] ?? '';
      if (!ADDONS.some((a) => a.name === name)) {
        throw new RawError(`\n❌  Exiting due to MK_ADDON_ENABLE: run callbacks: ${name} is not a valid addon\n`, 10);
      }
      const c = inv.env.cluster;
      if (c.settings.addons.includes(name))
        return { stdout: `🌟  The '${name}' addon is enabled\n`, stderr: '', exitCode: 0 };
      const lines = addonEnableLines(name);
      const steps: TimedStep[] = lines.map((text, i) => ({ after: i === 0 ? 0 : 300, text }));
      steps.push({
        after: name === 'ingress' ? 8000 : 1000,
        text: `🌟  The '${name}' addon is enabled\n`,
        action: () => c.setAddon(name, true),
      });
      return { program: timedProgram(steps) };
    },
  }),
  defineCommand({
    use: 'disable ADDON_NAME',
    short:
      'Disables the addon w/ADDON_NAME within minikube (example: minikube addons disable dashboard). For a list of available addons use: minikube addons list ',
    run: (inv) => {
      requireRunning(inv);
      const name = inv.args[0] ?? '';
      if (!ADDONS.some((a) => a.name === name))
        throw new RawError(`\n❌  Exiting due to MK_ADDON_DISABLE: run callbacks: ${name} is not a valid addon\n`, 10);
      inv.env.cluster.setAddon(name, false);
      return { stdout: `🌑  "The '${name}' addon is disabled"\n`, stderr: '', exitCode: 0 };
    },
  }),
];

const serviceUrlFlags = flagList(
  {
    name: 'url',
    type: 'bool',
    usage: 'Display the Kubernetes service URL in the CLI instead of opening it in the default browser',
  },
  { name: 'namespace', short: 'n', type: 'string', default: 'default', usage: 'The service namespace' },
);

function serviceUrl(inv: CommandInv<typeof serviceUrlFlags>): CommandOutcome {
  requireRunning(inv);
  const name = inv.args[0];
  if (!name) throw new RawError('❌  Exiting due to MK_USAGE: You must specify service name(s) or --all', 64);
  const ns = inv.flags.str('namespace') || 'default';
  const svc = inv.env.cluster.api.find<{
    spec?: {
      type?: string;
      ports?: { nodePort?: number; port: number; targetPort?: number | string; name?: string }[];
    };
  }>('services', ns, name);
  if (!svc)
    throw new RawError(
      `\n❌  Exiting due to SVC_NOT_FOUND: Service '${name}' was not found in '${ns}' namespace.\nYou may select another namespace by using 'minikube service ${name} -n <namespace>'. Or list out all the services using 'minikube service list'\n`,
      85,
    );
  const ports = (svc.spec?.ports ?? []).filter((p) => p.nodePort);
  if (ports.length === 0) {
    const out = `|-----------|${'-'.repeat(name.length + 2)}|-------------|--------------|\n| NAMESPACE | ${'NAME'.padEnd(name.length)} | TARGET PORT |     URL      |\n|-----------|${'-'.repeat(name.length + 2)}|-------------|--------------|\n| ${ns.padEnd(9)} | ${name.padEnd(Math.max(4, name.length))} |             | No node port |\n|-----------|${'-'.repeat(name.length + 2)}|-------------|--------------|\n😿  service ${ns}/${name} has no node port\n`;
    return { stdout: out, stderr: '', exitCode: 0 };
  }
  const urls = ports.map((p) => `http://192.168.49.2:${p.nodePort ?? 0}`);
  if (inv.flags.bool('url')) return { stdout: urls.map((u) => `${u}\n`).join(''), stderr: '', exitCode: 0 };
  const rows = ports.map((p, i) => [
    ns,
    name,
    `${p.name ? `${p.name}/` : ''}${String(p.targetPort ?? p.port)}`,
    urls[i]!,
  ]);
  const table = boxTable(['NAMESPACE', 'NAME', 'TARGET PORT', 'URL'], rows);
  return {
    stdout: `${table}🎉  Opening service ${ns}/${name} in default browser...\n👉  http://192.168.49.2:${ports[0]?.nodePort ?? 0}\n`,
    stderr: '',
    exitCode: 0,
  };
}

const dashboardFlags = flagList({
  name: 'url',
  type: 'bool',
  usage: 'Display dashboard URL instead of opening a browser',
});

function dashboard(inv: CommandInv<typeof dashboardFlags>): CommandOutcome {
  requireRunning(inv);
  const c = inv.env.cluster;
  const steps: TimedStep[] = [];
  if (!c.settings.addons.includes('dashboard')) {
    steps.push(
      { after: 0, text: '🔌  Enabling dashboard ...\n' },
      { after: 300, text: '    ▪ Using image docker.io/kubernetesui/dashboard:v2.7.0\n' },
      {
        after: 100,
        text: '    ▪ Using image docker.io/kubernetesui/metrics-scraper:v1.0.8\n',
        action: () => c.setAddon('dashboard', true),
      },
      {
        after: 100,
        text: '💡  Some dashboard features require the metrics-server addon. To enable all features please run:\n\n\tminikube addons enable metrics-server\n\n',
      },
    );
  }
  const url =
    'http://127.0.0.1:36093/api/v1/namespaces/kubernetes-dashboard/services/http:kubernetes-dashboard:/proxy/';
  steps.push(
    { after: steps.length ? 1000 : 0, text: '🤔  Verifying dashboard health ...\n' },
    { after: 1000, text: '🚀  Launching proxy ...\n' },
    { after: 500, text: '🤔  Verifying proxy health ...\n' },
    { after: 500, text: inv.flags.bool('url') ? `${url}\n` : `🎉  Opening ${url} in your default browser...\n` },
  );
  const start = timedProgram(steps, 0);
  // It serves until Ctrl-C: the timed steps print, then it stays in the foreground.
  return {
    program: (io) => {
      const inner = start({
        exit: () => undefined,
        write: (d) => io.write(d),
        now: () => io.now(),
        size: () => io.size(),
        isTerminal: io.isTerminal,
      });
      const onTick = inner.onTick?.bind(inner);
      return onTick ? { onTick } : {};
    },
  };
}

function profileList(inv: Inv): CommandOutcome {
  const c = inv.env.cluster;
  if (c.state === 'Absent') {
    throw new RawError(
      `\n🤹  Exiting due to MK_USAGE_NO_PROFILE: No minikube profile was found.\n\n💡  Suggestion: \n\n    You can create one using 'minikube start'.\n\n`,
      14,
    );
  }
  const header = [
    'Profile',
    'VM Driver',
    'Runtime',
    'IP',
    'Port',
    'Version',
    'Status',
    'Nodes',
    'Active Profile',
    'Active Kubecontext',
  ];
  const nodes = c.store.list('nodes').length;
  const row = [
    c.profile,
    'docker',
    'docker',
    '192.168.49.2',
    '8443',
    c.settings.kubernetesVersion,
    c.state === 'Running' ? 'OK' : 'Stopped',
    String(nodes),
    '*',
    '*',
  ];
  return { stdout: boxTable(header, [row], { numeric: [4, 7] }), stderr: '', exitCode: 0 };
}

const sshFlags = flagList({
  name: 'node',
  short: 'n',
  type: 'string',
  usage: 'The node to ssh into. Defaults to the primary control plane.',
});

function ssh(inv: CommandInv<typeof sshFlags>): CommandOutcome {
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

const GLOBAL = flagList(
  {
    name: 'profile',
    short: 'p',
    type: 'string',
    default: 'minikube',
    usage:
      'The name of the minikube VM being used. This can be set to allow having multiple instances of minikube independently.',
  },
  { name: 'alsologtostderr', type: 'bool', usage: 'log to standard error as well as files' },
  { name: 'v', short: 'v', type: 'string', default: '0', usage: 'number for the log level verbosity' },
);

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
