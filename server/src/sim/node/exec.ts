/**
 * `kubectl exec`: common commands answered from the container's image (its userland decides which
 * binaries exist: busybox has no bash, distroless images have no shell at all), the pod's spec
 * (env, volumes) and the cluster (service env vars, DNS config). Network commands (curl, wget,
 * nslookup, ping) go to the caller's `network` hook; without one they report the network as
 * unreachable.
 */
import type { Container, Pod } from 'kubernetes-types/core/v1';
import { podContainer, podContainerStatus } from './podContainers.js';
import type { Store } from '../store.js';
import type { Cluster } from '../cluster.js';
import type { Stored } from '../types.js';
import {
  OS_RELEASE,
  USERLAND_BINARIES,
  imageInfo,
  osBinaries,
  type ImageInfo,
  type Userland,
} from '../images/index.js';
import { containerEnvironment } from './kubelet/environment.js';
import { mountedFiles } from './kubelet/volumeFiles.js';
import { storageKey, type ProgramTable } from './programs.js';
import { containerLayer, saveContainerLayer, type ContainerLayer } from './containerFiles.js';

export interface ExecResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface ExecOptions {
  /** Runs network commands (curl, wget, nslookup, ping); undefined when the caller has none. */
  network?: ((argv: readonly string[]) => ExecResult | undefined) | undefined;
  /**
   * The command is the container's own process (`kubectl run -i … -- CMD`), not an exec into it:
   * a container that has since finished is that process ending, not an error.
   */
  process?: boolean | undefined;
}

const NETWORK = new Set(['curl', 'wget', 'nslookup', 'ping', 'nc', 'dig', 'host']);

/** The programs an image has on its PATH: its userland's, its distribution's package manager, its own. */
export function imageBinaries(info: ImageInfo | undefined): Set<string> {
  if (!info) return new Set();
  const os = info.userland === 'distroless' ? [] : osBinaries(info.os);
  return new Set([...USERLAND_BINARIES[info.userland], ...os, ...info.binaries]);
}

/** The runtime's answer to exec of a binary the image lacks. */
export const notFound = (bin: string): ExecResult => ({
  stdout: '',
  stderr: `OCI runtime exec failed: exec failed: unable to start container process: exec: "${bin}": executable file not found in $PATH: unknown\n`,
  exitCode: 126,
});

interface Ctx {
  store: Store;
  table: ProgramTable;
  now: () => number;
  pod: Stored<Pod>;
  container: Container;
  info: ImageInfo | undefined;
  binaries: Set<string>;
  opts: ExecOptions;
  /** What shells and `kubectl cp` left in the running container (none for the container's own process). */
  layer?: ContainerLayer | undefined;
  /** Leave the container's writable layer out (its image and volumes only). */
  imageOnly?: boolean;
}

export function execInContainer(
  cluster: Cluster,
  pod: Stored<Pod>,
  containerName: string | undefined,
  argv: readonly string[],
  opts: ExecOptions = {},
): ExecResult {
  const phase = pod.status?.phase;
  if (!opts.process && (phase === 'Succeeded' || phase === 'Failed'))
    return {
      stdout: '',
      stderr: `error: cannot exec into a container in a completed pod; current phase is ${phase}\n`,
      exitCode: 1,
    };
  const container = containerName === undefined ? pod.spec?.containers[0] : podContainer(pod, containerName);
  const name = containerName ?? container?.name ?? '';
  if (!container)
    return {
      stdout: '',
      stderr: `error: unable to upgrade connection: container ${name} not found in pod ${pod.metadata.name}\n`,
      exitCode: 1,
    };
  const status = podContainerStatus(pod, name);
  if (!opts.process && !status?.state?.running)
    return {
      stdout: '',
      stderr: `error: Internal error occurred: unable to upgrade connection: container not found ("${name}")\n`,
      exitCode: 1,
    };
  return run(contextOf(cluster, pod, container, opts), argv);
}

function run(ctx: Ctx, argv: readonly string[]): ExecResult {
  const [cmd0 = '', ...args] = argv;
  const bin = cmd0.slice(cmd0.lastIndexOf('/') + 1);
  if (!ctx.binaries.has(bin)) {
    return notFound(cmd0);
  }
  const out = (stdout: string, exitCode = 0): ExecResult => ({ stdout, stderr: '', exitCode });
  const err = (stderr: string, exitCode = 1): ExecResult => ({ stdout: '', stderr, exitCode });
  if (NETWORK.has(bin)) {
    const r = ctx.opts.network?.(argv);
    if (r) return r;
    return err(`${bin}: network unreachable\n`, bin === 'curl' ? 7 : 1);
  }
  switch (bin) {
    case 'sh':
    case 'bash':
    case 'ash':
      // Scripts (`sh -c …`) run in the shell interpreter (kubectl's container shell); a bare shell reads no input here.
      return out('');
    case 'echo':
      return out(`${args.filter((a) => a !== '-n').join(' ')}${args.includes('-n') ? '' : '\n'}`);
    case 'hostname':
      return out(`${hostname(ctx)}\n`);
    case 'whoami':
      return out(`${userOf(ctx).name}\n`);
    case 'id':
      return out(idLine(ctx));
    case 'pwd':
      return out('/\n');
    case 'true':
    case 'sleep':
    case 'touch':
    case 'mkdir':
    case 'rm':
    case 'kill':
      return out('');
    case 'false':
      return { stdout: '', stderr: '', exitCode: 1 };
    case 'date':
      return out(
        `${new Date(ctx.now()).toUTCString().replace(/^(\w+), (\d+) (\w+) (\d+) ([\d:]+) GMT$/, '$1 $3 $2 $5 UTC $4')}\n`,
      );
    case 'uname':
      return out(
        args.includes('-a')
          ? `Linux ${hostname(ctx)} 6.8.0-49-generic #49~22.04.1-Ubuntu SMP PREEMPT_DYNAMIC Wed Nov  6 17:42:15 UTC 2 x86_64${ctx.info?.userland === 'debian' ? ' GNU/Linux' : ' GNU/Linux'}\n`
          : 'Linux\n',
      );
    case 'env':
    case 'printenv': {
      const env = processEnvironment(ctx.store, ctx.pod, ctx.container, ctx.info);
      if (args[0])
        return env.has(args[0]) ? out(`${env.get(args[0]) ?? ''}\n`) : { stdout: '', stderr: '', exitCode: 1 };
      return out([...env].map(([k, v]) => `${k}=${v}\n`).join(''));
    }
    case 'cat':
      return cat(ctx, args);
    case 'ls':
      return ls(ctx, args);
    case 'ps':
      return out(ps(ctx));
    case 'df':
      return out(
        'Filesystem                Size      Used Available Use% Mounted on\noverlay                  58.4G     12.1G     43.3G  22% /\ntmpfs                    64.0M         0     64.0M   0% /dev\nshm                      64.0M         0     64.0M   0% /dev/shm\n/dev/sda1                58.4G     12.1G     43.3G  22% /etc/hosts\n',
      );
    case 'nginx':
      if (args.includes('-v')) return err(`${ctx.info?.version ?? ''}\n`, 0);
      if (args.includes('-t'))
        return err(
          'nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\nnginx: configuration file /etc/nginx/nginx.conf test is successful\n',
          0,
        );
      return err('nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)\n');
    case 'redis-cli':
      return out(args.includes('ping') || args.includes('PING') ? 'PONG\n' : '(nil)\n');
    case 'python':
    case 'python3':
      return out(args.includes('--version') || args.includes('-V') ? `${ctx.info?.version ?? ''}\n` : '');
    case 'node':
      return out(args.includes('--version') || args.includes('-v') ? `${ctx.info?.version ?? ''}\n` : '');
    default:
      return out('');
  }
}

function hostname(ctx: Ctx): string {
  return podHostname(ctx.pod);
}

/** The container's host name: the node's with hostNetwork, else spec.hostname or the pod's name. */
export function podHostname(pod: Stored<Pod>): string {
  return pod.spec?.hostNetwork ? (pod.spec.nodeName ?? '') : (pod.spec?.hostname ?? pod.metadata.name);
}

/**
 * The process environment: the image's PATH and the runtime's HOSTNAME first, then what the kubelet
 * passes (environment.ts), then the rest of the image's ENV and HOME, as `env` lists them.
 */
export function processEnvironment(
  store: Store,
  pod: Stored<Pod>,
  container: Container,
  info: ImageInfo | undefined,
  kubelet: ReadonlyMap<string, string> = containerEnvironment(store, pod, container),
): Map<string, string> {
  const env = new Map<string, string>();
  env.set('PATH', info?.env?.PATH ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin');
  env.set('HOSTNAME', podHostname(pod));
  for (const [k, v] of kubelet) env.set(k, v);
  for (const [k, v] of Object.entries(info?.env ?? {})) if (!env.has(k)) env.set(k, v);
  if (!env.has('HOME')) env.set('HOME', '/root');
  return env;
}

/** Files under the container's volume mounts, by path. */
function volumeFiles(ctx: Ctx): Map<string, string> {
  return mountedFiles(ctx.store, ctx.pod, ctx.container, (vol) => {
    const key = storageKey(ctx.pod, vol);
    return key === undefined ? undefined : ctx.table.volumes()[key]?.files;
  });
}

/** The files a container's image and mounts hold, by absolute path (what `cat` reads). */
function staticFiles(ctx: Ctx, mounts: ReadonlyMap<string, string>): Map<string, string> {
  const ns = ctx.pod.metadata.namespace ?? 'default';
  const files = new Map<string, string>([
    ['/etc/hostname', `${hostname(ctx)}\n`],
    [
      '/etc/hosts',
      `# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n${ctx.pod.status?.podIP ?? ''}\t${hostname(ctx)}\n`,
    ],
    [
      '/etc/resolv.conf',
      `nameserver 10.96.0.10\nsearch ${ns}.svc.cluster.local svc.cluster.local cluster.local\noptions ndots:5\n`,
    ],
    ['/var/run/secrets/kubernetes.io/serviceaccount/namespace', ns],
  ]);
  const osRelease = ctx.info ? OS_RELEASE[ctx.info.os] : '';
  if (osRelease) files.set('/etc/os-release', osRelease);
  for (const [path, content] of Object.entries(ctx.info?.files ?? {})) files.set(path, content);
  for (const [path, content] of mounts) files.set(path, content);
  const layer = layerOf(ctx);
  for (const path of layer?.removed ?? []) files.delete(path);
  for (const [path, content] of Object.entries(layer?.files ?? {})) files.set(path, content);
  return files;
}

function layerOf(ctx: Ctx): ContainerLayer | undefined {
  return ctx.imageOnly ? undefined : ctx.layer;
}

/** Directories and what `ls` lists in them (files of the image and of mounted volumes added). */
function directories(ctx: Ctx, mounts: ReadonlyMap<string, string>): Map<string, string[]> {
  const debian = ctx.info?.userland === 'debian';
  const root = debian
    ? [
        'bin',
        'boot',
        'dev',
        'etc',
        'home',
        'lib',
        'lib64',
        'media',
        'mnt',
        'opt',
        'proc',
        'root',
        'run',
        'sbin',
        'srv',
        'sys',
        'tmp',
        'usr',
        'var',
      ]
    : ['bin', 'dev', 'etc', 'home', 'lib', 'lib64', 'proc', 'root', 'sys', 'tmp', 'usr', 'var'];
  // The image's own entry point script sits in / (nginx's /docker-entrypoint.sh).
  for (const bin of ctx.info?.entrypoint ?? []) if (/^\/[^/]+\.sh$/.test(bin)) root.push(bin.slice(1));
  const dirs = new Map<string, string[]>([
    ['/', root.sort()],
    ['/tmp', []],
    ['/var/run/secrets/kubernetes.io/serviceaccount', ['ca.crt', 'namespace', 'token']],
  ]);
  const layer = layerOf(ctx);
  for (const path of [
    ...Object.keys(ctx.info?.files ?? {}),
    ...(layer?.dirs ?? []),
    ...mounts.keys(),
    ...Object.keys(layer?.files ?? {}),
  ]) {
    for (
      let child = path, slash = child.lastIndexOf('/');
      slash >= 0;
      child = child.slice(0, slash), slash = child.lastIndexOf('/')
    ) {
      const dir = child.slice(0, slash) || '/';
      const had = dirs.get(dir);
      dirs.set(dir, [...new Set([...(had ?? []), child.slice(slash + 1)])].sort());
      if (had || dir === '/') break;
    }
  }
  for (const dir of layer?.dirs ?? []) if (!dirs.has(dir)) dirs.set(dir, []);
  for (const path of layer?.removed ?? []) {
    dirs.delete(path);
    const slash = path.lastIndexOf('/');
    const parent = dirs.get(path.slice(0, slash) || '/');
    if (parent)
      dirs.set(
        path.slice(0, slash) || '/',
        parent.filter((e) => e !== path.slice(slash + 1)),
      );
  }
  return dirs;
}

function cat(ctx: Ctx, args: string[]): ExecResult {
  let stdout = '';
  let stderr = '';
  let code = 0;
  const files = staticFiles(ctx, volumeFiles(ctx));
  for (const path of args.filter((a) => !a.startsWith('-'))) {
    const content = files.get(path);
    if (content === undefined) {
      stderr +=
        ctx.info?.userland === 'debian'
          ? `cat: ${path}: No such file or directory\n`
          : `cat: can't open '${path}': No such file or directory\n`;
      code = 1;
    } else stdout += content;
  }
  return { stdout, stderr, exitCode: code };
}

function ls(ctx: Ctx, args: string[]): ExecResult {
  const path = (args.find((a) => !a.startsWith('-')) ?? '/').replace(/(.)\/$/, '$1');
  const debian = ctx.info?.userland === 'debian';
  const list = directories(ctx, volumeFiles(ctx)).get(path);
  if (!list)
    return {
      stdout: '',
      stderr: debian
        ? `ls: cannot access '${path}': No such file or directory\n`
        : `ls: ${path}: No such file or directory\n`,
      exitCode: debian ? 2 : 1,
    };
  return { stdout: list.length ? `${list.join('\n')}\n` : '', stderr: '', exitCode: 0 };
}

function contextOf(cluster: Cluster, pod: Stored<Pod>, container: Container, opts: ExecOptions): Ctx {
  return {
    ...contextIn(cluster.store, cluster.programTable(), () => cluster.now(), pod, container, opts),
    layer: containerLayer(cluster.runtime, pod, container.name),
  };
}

function contextIn(
  store: Store,
  table: ProgramTable,
  now: () => number,
  pod: Stored<Pod>,
  container: Container,
  opts: ExecOptions,
): Ctx {
  const info = imageInfo(container.image ?? '');
  return { store, table, now, pod, container, info, binaries: imageBinaries(info), opts };
}

/**
 * Keeps what a shell (or tar) left in a running container's files, relative to its image and volumes: a later
 * `kubectl exec` or `kubectl cp` finds it until the container restarts. False when the cluster's bound is reached.
 */
export function writeContainerLayer(
  cluster: Cluster,
  pod: Stored<Pod>,
  containerName: string,
  layer: ContainerLayer,
): boolean {
  const live = new Set(cluster.store.list('pods').map((p) => p.metadata.uid));
  return saveContainerLayer(cluster.runtime, pod, containerName, layer, live);
}

/** A container as a shell inside it sees it: its programs, directories, files and environment. */
export interface ContainerView {
  readonly userland: Userland;
  readonly hostname: string;
  readonly binaries: readonly string[];
  readonly dirs: readonly string[];
  readonly files: Readonly<Record<string, string>>;
  readonly env: readonly (readonly [string, string])[];
}

export function containerView(
  cluster: Cluster,
  pod: Stored<Pod>,
  containerName: string,
  options: { imageOnly?: boolean } = {},
): ContainerView | undefined {
  const container = podContainer(pod, containerName);
  if (!container) return undefined;
  return viewOf({ ...contextOf(cluster, pod, container, {}), imageOnly: options.imageOnly ?? false });
}

/**
 * The container as its own process starts in it (the kubelet's program host): the environment is the
 * one the kubelet computed at start (the pod's IP may not be in its status yet).
 */
export function processView(
  store: Store,
  table: ProgramTable,
  now: () => number,
  pod: Stored<Pod>,
  container: Container,
  kubeletEnv: ReadonlyMap<string, string>,
): ContainerView {
  return viewOf(contextIn(store, table, now, pod, container, {}), kubeletEnv);
}

function viewOf(ctx: Ctx, kubeletEnv?: ReadonlyMap<string, string>): ContainerView {
  const mounts = volumeFiles(ctx);
  const files = Object.fromEntries(staticFiles(ctx, mounts));
  const dirs = new Set<string>();
  const tree = directories(ctx, mounts);
  for (const [dir, entries] of tree) {
    dirs.add(dir);
    for (const e of entries) {
      const path = `${dir === '/' ? '' : dir}/${e}`;
      if (path in files || tree.has(path)) continue;
      // A name with a dot (index.html, nginx.conf, docker-entrypoint.sh) is a file whose content we do not model.
      if (e.includes('.') || e.endsWith('_params') || e === 'ca.crt' || e === 'token') files[path] = '';
      else dirs.add(path);
    }
  }
  // A mount is a directory, unless what it mounts is one file (a subPath key, a node's file).
  for (const m of ctx.container.volumeMounts ?? []) {
    const path = m.mountPath.replace(/(.)\/$/, '$1');
    if (!(path in files)) dirs.add(path);
  }
  return {
    userland: ctx.info?.userland ?? 'distroless',
    hostname: hostname(ctx),
    binaries: [...ctx.binaries],
    dirs: [...dirs],
    files,
    env: [...processEnvironment(ctx.store, ctx.pod, ctx.container, ctx.info, kubeletEnv)],
  };
}

function ps(ctx: Ctx): string {
  const cmd = [...(ctx.container.command ?? []), ...(ctx.container.args ?? [])].join(' ') || defaultCommand(ctx.info);
  if (ctx.info?.userland === 'debian')
    return `    PID TTY          TIME CMD\n      1 ?        00:00:00 ${cmd.split(' ')[0]?.split('/').pop() ?? ''}\n     42 pts/0    00:00:00 ps\n`;
  return `PID   USER     TIME  COMMAND\n    1 root      0:00 ${cmd}\n    7 root      0:00 ps\n`;
}

/**
 * The image's own process as `ps` shows PID 1: ENTRYPOINT then CMD, except that an entrypoint script
 * (docker-entrypoint.sh and the like) ends with `exec "$@"`, leaving the CMD as PID 1.
 */
function defaultCommand(info: ImageInfo | undefined): string {
  if (!info) return 'sh';
  if (info.processTitle) return info.processTitle;
  const execs = /entrypoint[^/]*\.sh$/.test(info.entrypoint[0] ?? '');
  return [...(execs ? [] : info.entrypoint), ...info.cmd].join(' ') || 'sh';
}

/** The image's USER, or the pod's `runAsUser` over it. */
function userOf(ctx: Ctx): { uid: number; gid: number; name: string; group: string } {
  const image = ctx.info?.user ?? { uid: 0, gid: 0, name: 'root', group: 'root' };
  const uid = ctx.container.securityContext?.runAsUser ?? ctx.pod.spec?.securityContext?.runAsUser;
  const gid = ctx.container.securityContext?.runAsGroup ?? ctx.pod.spec?.securityContext?.runAsGroup;
  if (uid === undefined || uid === image.uid) return gid === undefined ? image : { ...image, gid, group: String(gid) };
  return { uid, gid: gid ?? 0, name: uid === 0 ? 'root' : String(uid), group: (gid ?? 0) === 0 ? 'root' : String(gid) };
}

/** `id`: busybox lists root's wheel group, GNU coreutils does not; an unnamed uid prints bare. */
function idLine(ctx: Ctx): string {
  const u = userOf(ctx);
  const name = (n: string, id: number) => (n === String(id) ? `${id}` : `${id}(${n})`);
  const groups =
    u.uid === 0 && ctx.info?.userland !== 'debian' ? `${name(u.group, u.gid)},10(wheel)` : name(u.group, u.gid);
  return `uid=${name(u.name, u.uid)} gid=${name(u.group, u.gid)} groups=${groups}\n`;
}
