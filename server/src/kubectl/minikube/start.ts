/** `minikube start`: the progress lines minikube v1.35 prints as the cluster comes up (on the virtual clock). */
import type { CommandOutcome } from '../../shell/command.js';
import { MINIKUBE_VERSION } from '../../sim/index.js';
import { flagList } from '../cli/flags.js';
import { timedProgram, type TimedStep } from '../program.js';
import { type CommandInv, KIC_VERSION, DOCKER_VERSION, writeConfig } from './command.js';

export const startFlags = flagList(
  { name: 'nodes', short: 'n', type: 'int', default: '1', usage: 'The number of nodes to spin up. Defaults to 1.' },
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

export function start(inv: CommandInv<typeof startFlags>): CommandOutcome {
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
