/**
 * What kubectl and minikube share in one student's environment: the cluster, the port-forwards
 * that are running, the network hook for curl, and per-invocation access to the API with the
 * connection rules of a real kubeconfig (no kubeconfig → localhost:8080 refused; stopped cluster
 * → the profile's server refused).
 */
import type { InternalErrorHook } from '../shell/index.js';
import type { ApiServer, Cluster, ResourceType } from '../sim/index.js';
import type { Invocation } from './cli/command.js';
import type { FlagSchema, NamesOf } from './cli/flags.js';
import type { GlobalFlags } from './commands/globals.js';
import { KubectlError, RawError, connectionRefused, klogHeader } from './errors.js';
import { hostPort, readKubeconfig, resolveContext, type ResolvedContext } from './kubeconfig.js';

export interface PortForward {
  readonly localPort: number;
  readonly namespace: string;
  /** The pod the connection goes to (kubectl picks one pod of a service or deployment). */
  readonly pod: string;
  readonly podPort: number;
}

export interface KubeEnv {
  readonly cluster: Cluster;
  readonly user: string;
  readonly forwards: Map<number, PortForward>;
  /** Foreground programs reading the keyboard right now (see `readsInput`). */
  readingInput: number;
  /** Where unexpected errors of the shells started in containers are reported (the student's shell's hook). */
  readonly onInternalError?: InternalErrorHook | undefined;
  /** The kubeconfig context the latest invocation resolved (see `currentContext`). */
  lastContext?: { readonly inv: KubeInv; readonly value: ResolvedContext | undefined };
}

/** The global flags this module reads: which kubeconfig, context, server and namespace. */
type ConnectionFlags = Pick<GlobalFlags, 'kubeconfig' | 'context' | 'server' | 'namespace'>;

/**
 * An invocation as helpers take it: the connection flags, plus the flags `S` a helper reads
 * (`KubeInv<{ output: 'string' }>`); any command that declares those fits.
 */
export type KubeInv<S extends FlagSchema = Record<never, never>> = Invocation<KubeEnv, NamesOf<ConnectionFlags & S>>;

/**
 * One kubeconfig read per invocation, however often a command asks: the environment keeps the
 * latest invocation's answer (a command asks several times in a row; a WeakMap entry per command
 * cost more than it saved).
 */
export function currentContext(inv: KubeInv): ResolvedContext | undefined {
  const last = inv.env.lastContext;
  if (last?.inv === inv) return last.value;
  const config = readKubeconfig(inv.ctx, inv.flags.str('kubeconfig') || undefined);
  const value = resolveContext(config, inv.flags.str('context') || undefined);
  inv.env.lastContext = { inv, value };
  return value;
}

/** Commands that map resource types through discovery first: kubectl logs five failed attempts. */
const DISCOVERY_RETRIES: Readonly<Record<string, number>> = {
  get: 5,
  describe: 5,
  delete: 5,
  expose: 5,
  'cluster-info': 5,
  label: 5,
  annotate: 5,
  patch: 5,
  edit: 5,
  scale: 5,
  autoscale: 5,
  rollout: 5,
  set: 5,
  wait: 5,
  apply: 5,
  replace: 5,
  diff: 5,
  explain: 5,
  events: 1,
  run: 1,
  create: 1,
  cordon: 1,
  uncordon: 1,
  drain: 1,
  taint: 1,
};

function refused(inv: KubeInv, server: string): RawError {
  const verb = inv.path.split(' ')[1] ?? '';
  const tries = DISCOVERY_RETRIES[verb] ?? 0;
  const url = server.startsWith('http') ? server : `http://${server}`;
  const host = hostPort(server);
  const dial = host.startsWith('localhost') ? host.replace('localhost', '127.0.0.1') : host;
  const line = `${klogHeader('E', inv.env.cluster.now())} memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \\"${url}/api?timeout=32s\\": dial tcp ${dial}: connect: connection refused"\n`;
  return new RawError(line.repeat(tries) + connectionRefused(host).message);
}

/** The API, or the connection-refused error a real kubectl would print. */
export function api(inv: KubeInv): ApiServer {
  const server = inv.flags.str('server');
  const context = currentContext(inv);
  if (server) throw refused(inv, server);
  if (!context) {
    const name = inv.flags.str('context');
    if (name) throw new KubectlError(`context was not found for specified context: ${name}`);
    throw refused(inv, 'http://localhost:8080');
  }
  const cluster = inv.env.cluster;
  if (cluster.state !== 'Running' || context.cluster !== cluster.profile) throw refused(inv, context.server);
  return cluster.api;
}

/** `-n`, else the context's namespace, else `default`. */
export function namespaceOf(inv: KubeInv): string {
  const explicit = inv.flags.str('namespace');
  if (explicit) return explicit;
  return currentContext(inv)?.namespace || 'default';
}

export function explicitNamespace(inv: KubeInv): boolean {
  return inv.flags.str('namespace') !== '';
}

/** A resource type as the command line names it, or kubectl's error. */
export function resolveType(inv: KubeInv, name: string): ResourceType {
  const type = inv.env.cluster.registry.resolve(name);
  if (!type) throw new KubectlError(`the server doesn't have a resource type "${name}"`);
  return type;
}

export function now(inv: KubeInv): number {
  return inv.env.cluster.now();
}
