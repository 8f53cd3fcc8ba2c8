/**
 * The kubeconfig in the student's files (`~/.kube/config`, or `$KUBECONFIG`): minikube writes it on
 * start and removes its entries on delete; kubectl reads the current context (server, namespace)
 * from it, so `kubectl config set-context --current --namespace=dev` persists as it does for real.
 */
import { parse } from 'yaml';
import type { CommandContext } from '../shell/command.js';
import { resolvePath, VfsError } from '../shell/vfs.js';
import { toYaml } from './print/formats/structured.js';

export interface NamedCluster {
  name: string;
  cluster: { server?: string; 'certificate-authority'?: string; extensions?: unknown[]; [k: string]: unknown };
}
export interface NamedContext {
  name: string;
  context: { cluster?: string; user?: string; namespace?: string; extensions?: unknown[]; [k: string]: unknown };
}
export interface NamedUser {
  name: string;
  user: Record<string, unknown>;
}

export interface Kubeconfig {
  apiVersion: string;
  kind: string;
  clusters: NamedCluster[] | null;
  contexts: NamedContext[] | null;
  'current-context': string;
  preferences: Record<string, unknown>;
  users: NamedUser[] | null;
}

export function emptyKubeconfig(): Kubeconfig {
  return {
    apiVersion: 'v1',
    clusters: null,
    contexts: null,
    'current-context': '',
    kind: 'Config',
    preferences: {},
    users: null,
  };
}

export function kubeconfigPath(ctx: Pick<CommandContext, 'env' | 'home' | 'cwd'>, override?: string): string {
  const explicit = override || ctx.env.get('KUBECONFIG')?.split(':')[0];
  if (explicit) return resolvePath(ctx.cwd, explicit.replace(/^~(?=\/|$)/, ctx.home));
  return `${ctx.home}/.kube/config`;
}

/**
 * Parsed kubeconfigs by their text (read-only for callers): every kubectl command reads the file, and a worker's
 * students each have their own (their login is in its paths), so one entry would be replaced at every command.
 */
const parsed = new Map<string, Kubeconfig>();
const PARSED_MAX = 512;
/** Larger files (a student's own) are parsed each time rather than kept. */
const PARSED_MAX_TEXT = 16 * 1024;

/** The parsed kubeconfig, or undefined when there is no file (kubectl then talks to localhost:8080). */
export function readKubeconfig(
  ctx: Pick<CommandContext, 'env' | 'home' | 'cwd' | 'vfs'>,
  override?: string,
): Kubeconfig | undefined {
  let text: string;
  try {
    // One lookup: every kubectl command reads the file, and stat() would measure its size too.
    text = ctx.vfs.readFile(kubeconfigPath(ctx, override));
  } catch (e) {
    if (e instanceof VfsError) return undefined;
    throw e;
  }
  const cached = parsed.get(text);
  if (cached) return cached;
  let raw: unknown;
  try {
    raw = parse(text, { maxAliasCount: 50 });
  } catch {
    return undefined;
  }
  const obj = (raw && typeof raw === 'object' ? raw : {}) as Partial<Kubeconfig>;
  const config: Kubeconfig = {
    ...emptyKubeconfig(),
    ...obj,
    clusters: Array.isArray(obj.clusters) ? obj.clusters : null,
    contexts: Array.isArray(obj.contexts) ? obj.contexts : null,
    users: Array.isArray(obj.users) ? obj.users : null,
    'current-context': typeof obj['current-context'] === 'string' ? obj['current-context'] : '',
  };
  if (text.length <= PARSED_MAX_TEXT) {
    if (parsed.size >= PARSED_MAX) parsed.delete(parsed.keys().next().value!);
    parsed.set(text, config);
  }
  return config;
}

export function writeKubeconfig(
  ctx: Pick<CommandContext, 'env' | 'home' | 'cwd' | 'vfs'>,
  config: Kubeconfig,
  override?: string,
): void {
  const path = kubeconfigPath(ctx, override);
  const dir = path.slice(0, path.lastIndexOf('/')) || '/';
  if (!ctx.vfs.isDir(dir)) ctx.vfs.mkdir(dir, { parents: true });
  // client-go keeps entries in maps by name, so it writes them sorted by name (and an empty list as null).
  const byName = <T extends { name: string }>(list: T[] | null): T[] | null =>
    list && list.length > 0 ? [...list].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) : null;
  const sorted = {
    ...config,
    clusters: byName(config.clusters),
    contexts: byName(config.contexts),
    users: byName(config.users),
  };
  ctx.vfs.writeFile(path, toYaml(sorted));
}

export interface ResolvedContext {
  name: string;
  server: string;
  namespace: string | undefined;
  cluster: string;
  user: string;
}

/** The context in use (`--context` or current-context), with its cluster's server. */
export function resolveContext(config: Kubeconfig | undefined, contextName?: string): ResolvedContext | undefined {
  if (!config) return undefined;
  const name = contextName || config['current-context'];
  if (!name) return undefined;
  const context = config.contexts?.find((c) => c.name === name);
  if (!context) return undefined;
  const cluster = config.clusters?.find((c) => c.name === context.context.cluster);
  return {
    name,
    server: cluster?.cluster.server ?? 'http://localhost:8080',
    namespace: context.context.namespace,
    cluster: context.context.cluster ?? '',
    user: context.context.user ?? '',
  };
}

/** `https://192.168.49.2:8443` → `192.168.49.2:8443`, as the connection-refused line names it. */
export function hostPort(server: string): string {
  return server.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
}

function extension(name: string, lastUpdate: string, version: string): unknown {
  return { extension: { 'last-update': lastUpdate, provider: 'minikube.sigs.k8s.io', version }, name };
}

/** What `minikube start` merges into the kubeconfig for a profile. */
export function withMinikubeProfile(
  config: Kubeconfig,
  opts: { profile: string; server: string; home: string; lastUpdate: string; version: string },
): Kubeconfig {
  const { profile, server, home, lastUpdate, version } = opts;
  const cluster: NamedCluster = {
    cluster: {
      'certificate-authority': `${home}/.minikube/ca.crt`,
      extensions: [extension('cluster_info', lastUpdate, version)],
      server,
    },
    name: profile,
  };
  const context: NamedContext = {
    context: {
      cluster: profile,
      extensions: [extension('context_info', lastUpdate, version)],
      namespace: 'default',
      user: profile,
    },
    name: profile,
  };
  const user: NamedUser = {
    name: profile,
    user: {
      'client-certificate': `${home}/.minikube/profiles/${profile}/client.crt`,
      'client-key': `${home}/.minikube/profiles/${profile}/client.key`,
    },
  };
  const keep = <T extends { name: string }>(list: T[] | null, item: T): T[] => {
    const existing = (list ?? []).find((x) => x.name === item.name);
    // minikube keeps a namespace the student set on its context.
    if (existing && 'context' in existing && 'context' in item) {
      const ns = (existing as unknown as NamedContext).context.namespace;
      if (ns) (item as unknown as NamedContext).context.namespace = ns;
    }
    return [...(list ?? []).filter((x) => x.name !== item.name), item].sort((a, b) => (a.name < b.name ? -1 : 1));
  };
  return {
    ...config,
    clusters: keep(config.clusters, cluster),
    contexts: keep(config.contexts, context),
    'current-context': profile,
    users: keep(config.users, user),
  };
}

/** What `minikube delete` leaves: the profile's entries gone. */
export function withoutProfile(config: Kubeconfig, profile: string): Kubeconfig {
  const drop = <T extends { name: string }>(list: T[] | null): T[] | null => {
    const rest = (list ?? []).filter((x) => x.name !== profile);
    return rest.length === 0 ? null : rest;
  };
  return {
    ...config,
    clusters: drop(config.clusters),
    contexts: drop(config.contexts),
    users: drop(config.users),
    'current-context': config['current-context'] === profile ? '' : config['current-context'],
  };
}
