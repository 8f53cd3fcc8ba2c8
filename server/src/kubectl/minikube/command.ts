/** What the minikube commands share: the global flags, how a command is defined against them, and the profile's cluster and kubeconfig. */
import { MINIKUBE_VERSION } from '../../sim/index.js';
import { commandDefiner, type CommandInvocation, type Invocation } from '../cli/command.js';
import { flagList, type FlagDef, type NamesOf, type SchemaOf } from '../cli/flags.js';
import { RawError } from '../errors.js';
import type { KubeEnv } from '../env.js';
import { emptyKubeconfig, readKubeconfig, withMinikubeProfile, writeKubeconfig } from '../kubeconfig.js';
import { formatRFC1123Z } from '../print/duration.js';

/** A minikube command: its `run` reads its own flags and minikube's global ones, by name and type. */
export const defineCommand = commandDefiner<KubeEnv, SchemaOf<typeof GLOBAL>>();

/** The invocation a minikube command with flags F runs with. */
export type CommandInv<F extends readonly FlagDef[]> = CommandInvocation<KubeEnv, SchemaOf<typeof GLOBAL>, F>;

/** What minikube's shared helpers read: no flags beyond the global ones. */
export type Inv = Invocation<KubeEnv, NamesOf<SchemaOf<typeof GLOBAL>>>;

export const KIC_VERSION = 'v0.0.46';

export const DOCKER_VERSION = '27.4.1';

const SERVER = 'https://192.168.49.2:8443';

export const notFound = (profile: string) =>
  new RawError(
    `🤷  Profile "${profile}" not found. Run "minikube profile list" to view all profiles.\n👉  To start a cluster, run: "minikube start"`,
    85,
  );

export function requireRunning(inv: Inv): void {
  const c = inv.env.cluster;
  if (c.state === 'Absent') throw notFound(c.profile);
  if (c.state !== 'Running') {
    throw new RawError(
      `🤷  The control-plane node ${c.profile} host is not running: state=Stopped\n👉  To start a cluster, run: "minikube start"`,
      83,
    );
  }
}

export function nodeIPs(inv: Inv): [string, string][] {
  const nodes = inv.env.cluster.store.list('nodes');
  return nodes.map((n) => {
    const addresses = (n as { status?: { addresses?: { type: string; address: string }[] } }).status?.addresses ?? [];
    return [n.metadata.name, addresses.find((a) => a.type === 'InternalIP')?.address ?? ''];
  });
}

export function writeConfig(inv: Inv): void {
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

export function nodeName(inv: Inv, arg: string | undefined): string {
  if (!arg) throw new RawError('❌  Exiting due to MK_USAGE: Usage: minikube node stop [name]', 64);
  const p = inv.env.cluster.profile;
  const names = nodeIPs(inv).map(([n]) => n);
  const full = names.find((n) => n === arg || n === `${p}-${arg}`);
  if (!full) throw new RawError(`🤷  Node ${arg} was not found.`, 85);
  return full;
}

export function shortName(full: string, profile: string): string {
  return full === profile ? profile : full.slice(profile.length + 1);
}

export const GLOBAL = flagList(
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
