/**
 * `kubectl exec`: common commands answered from the container's image (its userland decides which
 * binaries exist: busybox has no bash, distroless images have no shell at all), the pod's spec
 * (env, volumes) and the cluster (service env vars, DNS config). Network commands (curl, wget,
 * nslookup, ping) go to the caller's `network` hook; without one they report the network as
 * unreachable.
 */
import type { ConfigMap, Container, EnvVar, Pod, Secret, Service } from 'kubernetes-types/core/v1';
import type { Cluster } from '../cluster.js';
import type { Stored } from '../types.js';
import { imageInfo, type ImageInfo, type Userland } from './images.js';
import { NGINX_INDEX } from '../network/responses.js';
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
const BUSYBOX = [
  'sh',
  'ash',
  'ls',
  'cat',
  'echo',
  'env',
  'printenv',
  'hostname',
  'ps',
  'df',
  'date',
  'whoami',
  'id',
  'pwd',
  'uname',
  'true',
  'false',
  'sleep',
  'wget',
  'nslookup',
  'ping',
  'nc',
  'mkdir',
  'touch',
  'rm',
  'head',
  'tail',
  'grep',
  'wc',
  'top',
  'free',
  'ip',
  'ifconfig',
  'vi',
  'find',
  'which',
  'test',
  'kill',
  'uptime',
  'hostid',
];
const DEBIAN = [
  'bash',
  'sh',
  'ls',
  'cat',
  'echo',
  'env',
  'printenv',
  'hostname',
  'df',
  'date',
  'whoami',
  'id',
  'pwd',
  'uname',
  'true',
  'false',
  'sleep',
  'mkdir',
  'touch',
  'rm',
  'head',
  'tail',
  'grep',
  'wc',
  'find',
  'which',
  'test',
  'kill',
  'uptime',
  'apt',
  'apt-get',
];
const BINARIES: Record<Userland, readonly string[]> = {
  busybox: BUSYBOX,
  alpine: [...BUSYBOX, 'apk'],
  debian: DEBIAN,
  distroless: [],
};

/** Extra binaries some images ship. */
function extraBinaries(info: ImageInfo): string[] {
  switch (info.repository) {
    case 'nginx':
      return ['nginx', 'curl'];
    case 'httpd':
      return ['httpd', 'apachectl'];
    case 'redis':
      return ['redis-cli', 'redis-server'];
    case 'postgres':
      return ['psql', 'postgres', 'pg_isready'];
    case 'mysql':
      return ['mysql', 'mysqld', 'mysqladmin', 'ps'];
    case 'node':
      return ['node', 'npm', 'npx', 'curl', 'ps'];
    case 'python':
      return ['python', 'python3', 'pip', 'curl', 'ps'];
    case 'curlimages/curl':
      return ['curl'];
    case 'ubuntu':
    case 'debian':
      return ['ps'];
    default:
      return [];
  }
}

const notFound = (bin: string): ExecResult => ({
  stdout: '',
  stderr: `OCI runtime exec failed: exec failed: unable to start container process: exec: "${bin}": executable file not found in $PATH: unknown\n`,
  exitCode: 126,
});

interface Ctx {
  cluster: Cluster;
  pod: Stored<Pod>;
  container: Container;
  info: ImageInfo | undefined;
  binaries: Set<string>;
  opts: ExecOptions;
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
  const container =
    containerName === undefined ? pod.spec?.containers[0] : pod.spec?.containers.find((c) => c.name === containerName);
  const name = containerName ?? container?.name ?? '';
  if (!container)
    return {
      stdout: '',
      stderr: `error: unable to upgrade connection: container ${name} not found in pod ${pod.metadata.name}\n`,
      exitCode: 1,
    };
  const status = pod.status?.containerStatuses?.find((s) => s.name === name);
  if (!opts.process && !status?.state?.running)
    return {
      stdout: '',
      stderr: `error: unable to upgrade connection: container not found ("${name}")\n`,
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
      return out('root\n');
    case 'id':
      return out(
        ctx.info?.userland === 'debian'
          ? 'uid=0(root) gid=0(root) groups=0(root)\n'
          : 'uid=0(root) gid=0(root) groups=0(root),10(wheel)\n',
      );
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
        `${new Date(ctx.cluster.now()).toUTCString().replace(/^(\w+), (\d+) (\w+) (\d+) ([\d:]+) GMT$/, '$1 $3 $2 $5 UTC $4')}\n`,
      );
    case 'uname':
      return out(
        args.includes('-a')
          ? `Linux ${hostname(ctx)} 6.8.0-49-generic #49~22.04.1-Ubuntu SMP PREEMPT_DYNAMIC Wed Nov  6 17:42:15 UTC 2 x86_64${ctx.info?.userland === 'debian' ? ' GNU/Linux' : ' GNU/Linux'}\n`
          : 'Linux\n',
      );
    case 'env':
    case 'printenv': {
      const env = environment(ctx);
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
      if (args.includes('-v')) return err(`${ctx.info?.version ?? 'nginx version: nginx/1.27.3'}\n`, 0);
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
      return out(args.includes('--version') || args.includes('-V') ? `${ctx.info?.version ?? 'Python 3.13.1'}\n` : '');
    case 'node':
      return out(args.includes('--version') || args.includes('-v') ? `${ctx.info?.version ?? 'v22.12.0'}\n` : '');
    default:
      return out('');
  }
}

/** `sh -c "a && b; c"`: simple commands in sequence, outputs concatenated. */
function hostname(ctx: Ctx): string {
  return ctx.pod.spec?.hostNetwork ? (ctx.pod.spec.nodeName ?? '') : (ctx.pod.spec?.hostname ?? ctx.pod.metadata.name);
}

function environment(ctx: Ctx): Map<string, string> {
  const env = new Map<string, string>();
  const { pod, container, cluster } = ctx;
  const ns = pod.metadata.namespace ?? 'default';
  env.set('PATH', ctx.info?.env?.PATH ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin');
  env.set('HOSTNAME', hostname(ctx));
  for (const ref of container.envFrom ?? []) {
    const data = ref.configMapRef
      ? (cluster.store.get('configmaps', ns, ref.configMapRef.name ?? '') as Stored<ConfigMap> | undefined)?.data
      : decoded((cluster.store.get('secrets', ns, ref.secretRef?.name ?? '') as Stored<Secret> | undefined)?.data);
    for (const [k, v] of Object.entries(data ?? {})) env.set(`${ref.prefix ?? ''}${k}`, v);
  }
  for (const e of container.env ?? []) env.set(e.name, envValue(ctx, e, ns));
  if (pod.spec?.enableServiceLinks !== false || ns === 'default') {
    for (const svc of cluster.store.list('services', ns) as unknown as Stored<Service>[]) {
      if (pod.spec?.enableServiceLinks === false && svc.metadata.name !== 'kubernetes') continue;
      const ip = svc.spec?.clusterIP;
      const first = svc.spec?.ports?.[0];
      if (!ip || ip === 'None' || !first) continue;
      const prefix = svc.metadata.name.toUpperCase().replace(/-/g, '_');
      env.set(`${prefix}_SERVICE_HOST`, ip);
      env.set(`${prefix}_SERVICE_PORT`, String(first.port));
      if (first.name)
        env.set(`${prefix}_SERVICE_PORT_${first.name.toUpperCase().replace(/-/g, '_')}`, String(first.port));
      env.set(`${prefix}_PORT`, `${(first.protocol ?? 'TCP').toLowerCase()}://${ip}:${first.port}`);
      for (const p of svc.spec?.ports ?? []) {
        const proto = p.protocol ?? 'TCP';
        const base = `${prefix}_PORT_${p.port}_${proto}`;
        env.set(base, `${proto.toLowerCase()}://${ip}:${p.port}`);
        env.set(`${base}_PROTO`, proto.toLowerCase());
        env.set(`${base}_PORT`, String(p.port));
        env.set(`${base}_ADDR`, ip);
      }
    }
  }
  for (const [k, v] of Object.entries(ctx.info?.env ?? {})) if (!env.has(k)) env.set(k, v);
  env.set('HOME', '/root');
  return env;
}

function decoded(data: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!data) return undefined;
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, Buffer.from(v, 'base64').toString('utf8')]));
}

function envValue(ctx: Ctx, e: EnvVar, ns: string): string {
  if (e.value !== undefined) return e.value;
  const from = e.valueFrom;
  if (!from) return '';
  if (from.configMapKeyRef) {
    const cm = ctx.cluster.store.get('configmaps', ns, from.configMapKeyRef.name ?? '') as
      Stored<ConfigMap> | undefined;
    return cm?.data?.[from.configMapKeyRef.key] ?? '';
  }
  if (from.secretKeyRef) {
    const s = ctx.cluster.store.get('secrets', ns, from.secretKeyRef.name ?? '') as Stored<Secret> | undefined;
    return decoded(s?.data)?.[from.secretKeyRef.key] ?? '';
  }
  if (from.fieldRef) {
    const path = from.fieldRef.fieldPath;
    const pod = ctx.pod;
    const fields: Record<string, string> = {
      'metadata.name': pod.metadata.name,
      'metadata.namespace': ns,
      'metadata.uid': pod.metadata.uid,
      'spec.nodeName': pod.spec?.nodeName ?? '',
      'spec.serviceAccountName': pod.spec?.serviceAccountName ?? 'default',
      'status.podIP': pod.status?.podIP ?? '',
      'status.hostIP': pod.status?.hostIP ?? '',
    };
    const label = /^metadata\.labels\['(.+)'\]$/.exec(path);
    if (label?.[1]) return pod.metadata.labels?.[label[1]] ?? '';
    return fields[path] ?? '';
  }
  if (from.resourceFieldRef) {
    const r = from.resourceFieldRef.resource;
    const [kind, res] = r.split('.');
    const value = (kind === 'limits' ? ctx.container.resources?.limits : ctx.container.resources?.requests)?.[
      res ?? ''
    ];
    return value === undefined ? '' : String(value);
  }
  return '';
}

const OS_RELEASE: Record<Userland, string> = {
  debian:
    'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nVERSION="12 (bookworm)"\nVERSION_CODENAME=bookworm\nID=debian\nHOME_URL="https://www.debian.org/"\nSUPPORT_URL="https://www.debian.org/support"\nBUG_REPORT_URL="https://bugs.debian.org/"\n',
  alpine:
    'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.21.0\nPRETTY_NAME="Alpine Linux v3.21"\nHOME_URL="https://alpinelinux.org/"\nBUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"\n',
  busybox: '',
  distroless: '',
};

/** Files from the pod's configMap and secret volumes, by path. */
function volumeFiles(ctx: Ctx): Map<string, string> {
  const files = new Map<string, string>();
  const ns = ctx.pod.metadata.namespace ?? 'default';
  for (const m of ctx.container.volumeMounts ?? []) {
    const vol = ctx.pod.spec?.volumes?.find((v) => v.name === m.name);
    let data: Record<string, string> | undefined;
    if (vol?.configMap)
      data = (ctx.cluster.store.get('configmaps', ns, vol.configMap.name ?? '') as Stored<ConfigMap> | undefined)?.data;
    else if (vol?.secret)
      data = decoded(
        (ctx.cluster.store.get('secrets', ns, vol.secret.secretName ?? '') as Stored<Secret> | undefined)?.data,
      );
    if (!data) continue;
    const base = m.mountPath.replace(/\/$/, '');
    if (m.subPath) {
      const v = data[m.subPath];
      if (v !== undefined) files.set(base, v);
      continue;
    }
    for (const [k, v] of Object.entries(data)) files.set(`${base}/${k}`, v);
  }
  return files;
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
  const osRelease = OS_RELEASE[ctx.info?.userland ?? 'distroless'];
  if (osRelease) files.set('/etc/os-release', osRelease);
  if (ctx.info?.repository === 'nginx') files.set('/usr/share/nginx/html/index.html', NGINX_INDEX);
  if (ctx.info?.repository === 'httpd')
    files.set('/usr/local/apache2/htdocs/index.html', '<html><body><h1>It works!</h1></body></html>\n');
  for (const [path, content] of mounts) files.set(path, content);
  const layer = layerOf(ctx);
  for (const path of layer?.removed ?? []) files.delete(path);
  for (const [path, content] of Object.entries(layer?.files ?? {})) files.set(path, content);
  return files;
}

function layerOf(ctx: Ctx): ContainerLayer | undefined {
  if (ctx.imageOnly) return undefined;
  return containerLayer(ctx.cluster.runtime, ctx.pod, ctx.container.name);
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
  if (ctx.info?.repository === 'nginx') root.push('docker-entrypoint.d', 'docker-entrypoint.sh');
  const dirs = new Map<string, string[]>([
    ['/', root.sort()],
    ['/tmp', []],
    ['/usr/share/nginx/html', ctx.info?.repository === 'nginx' ? ['50x.html', 'index.html'] : []],
    [
      '/etc/nginx',
      ctx.info?.repository === 'nginx'
        ? ['conf.d', 'fastcgi_params', 'mime.types', 'modules', 'nginx.conf', 'scwc_params', 'uwsgi_params']
        : [],
    ],
    ['/var/run/secrets/kubernetes.io/serviceaccount', ['ca.crt', 'namespace', 'token']],
  ]);
  const layer = layerOf(ctx);
  for (const path of [...(layer?.dirs ?? []), ...mounts.keys(), ...Object.keys(layer?.files ?? {})]) {
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
  const info = imageInfo(container.image ?? '');
  const binaries = new Set([...BINARIES[info?.userland ?? 'distroless'], ...(info ? extraBinaries(info) : [])]);
  return { cluster, pod, container, info, binaries, opts };
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
  const container = pod.spec?.containers.find((c) => c.name === containerName);
  if (!container) return undefined;
  const ctx: Ctx = { ...contextOf(cluster, pod, container, {}), imageOnly: options.imageOnly ?? false };
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
  return {
    userland: ctx.info?.userland ?? 'distroless',
    hostname: hostname(ctx),
    binaries: [...ctx.binaries],
    dirs: [...dirs],
    files,
    env: [...environment(ctx)],
  };
}

function ps(ctx: Ctx): string {
  const cmd = [...(ctx.container.command ?? []), ...(ctx.container.args ?? [])].join(' ') || defaultCommand(ctx.info);
  if (ctx.info?.userland === 'debian')
    return `    PID TTY          TIME CMD\n      1 ?        00:00:00 ${cmd.split(' ')[0]?.split('/').pop() ?? ''}\n     42 pts/0    00:00:00 ps\n`;
  return `PID   USER     TIME  COMMAND\n    1 root      0:00 ${cmd}\n    7 root      0:00 ps\n`;
}

function defaultCommand(info: ImageInfo | undefined): string {
  switch (info?.repository) {
    case 'nginx':
      return 'nginx: master process nginx -g daemon off;';
    case 'redis':
      return 'redis-server *:6379';
    default:
      return 'sh';
  }
}
