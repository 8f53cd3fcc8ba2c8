/**
 * The shell inside a container for `kubectl exec` and `kubectl run -it`: the image's prompt
 * (`/ # ` for busybox and alpine, `root@web-…:/# ` for Debian-based images) and the handful of
 * commands students run there (wget/curl to services, nslookup, env, hostname, cat, ls, echo).
 */
import type { Pod } from 'kubernetes-types/core/v1';
import { containerFilesystem, execInContainer, type Stored } from '../sim/index.js';
import { createShellSession, resolvePath, type Command, type ProgramStart, type ShellFlavour, type ShellSession } from '../shell/index.js';
import type { KubeEnv } from './env.js';
import { curl } from './curl.js';
import { wget } from './network.js';

interface PodLike {
  metadata: { name: string; namespace?: string };
  spec?: { containers?: { name: string; image?: string; env?: { name: string; value?: string }[] }[]; hostname?: string };
  status?: { podIP?: string };
}

export function shellFlavour(image: string): 'busybox' | 'debian' {
  const base = (image.split('/').pop() ?? image).split(':')[0]!.toLowerCase();
  return ['busybox', 'alpine', 'curlimages', 'curl'].some((b) => base.startsWith(b)) ? 'busybox' : 'debian';
}

export function containerPrompt(pod: PodLike, container: string): string {
  const image = pod.spec?.containers?.find((c) => c.name === container)?.image ?? '';
  return shellFlavour(image) === 'busybox' ? '/ # ' : `root@${pod.metadata.name}:/# `;
}

/** The container's environment as its shell sees it (what `env` prints). */
function envOf(pod: PodLike, container: string): [string, string][] {
  const c = pod.spec?.containers?.find((x) => x.name === container);
  const vars: [string, string][] = [
    ['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
    ['HOSTNAME', pod.metadata.name],
  ];
  for (const e of c?.env ?? []) vars.push([e.name, e.value ?? '']);
  vars.push(['KUBERNETES_SERVICE_HOST', '10.96.0.1'], ['KUBERNETES_SERVICE_PORT', '443'], ['KUBERNETES_PORT', 'tcp://10.96.0.1:443'], ['HOME', '/root']);
  return vars;
}

export interface ShellResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Runs one command line inside a container. */
/** `terminal`: the command's standard output is the terminal (a TTY and no pipe after it). */
export function runInContainer(env: KubeEnv, pod: Stored | PodLike, container: string, argv: readonly string[], terminal = false): ShellResult {
  const p = pod as PodLike;
  const ns = p.metadata.namespace ?? 'default';
  const from = { namespace: ns, pod: p.metadata.name };
  const image = p.spec?.containers?.find((c) => c.name === container)?.image ?? '';
  const flavour = shellFlavour(image);
  const args = [...argv];
  const [cmd = '', ...rest] = args;
  // `sh -c "…"` runs the script in the container's shell (loops, lists, pipes, redirections).
  if (SHELLS.has(cmd.slice(cmd.lastIndexOf('/') + 1)) && rest[0] === '-c' && env.cluster.state === 'Running') {
    const r = runScript(env, p, container, rest[1] ?? '');
    if (r) return r;
  }
  // The simulator runs everything but the network, which goes through curl/wget/nslookup here.
  if (!['wget', 'curl', 'nslookup'].includes(cmd) && (p.spec?.containers?.length ?? 0) > 0 && env.cluster.state === 'Running') {
    return execInContainer(env.cluster, pod as never, container, args, {
      network: (argv) => (argv[0] === 'wget' || argv[0] === 'curl' || argv[0] === 'nslookup' ? runInContainer(env, pod, container, argv, terminal) : undefined),
    });
  }
  const notFound = (): ShellResult =>
    flavour === 'busybox'
      ? { stdout: '', stderr: `sh: ${cmd}: not found\n`, exitCode: 127 }
      : { stdout: '', stderr: `bash: ${cmd}: command not found\n`, exitCode: 127 };
  switch (cmd) {
    case '':
      return { stdout: '', stderr: '', exitCode: 0 };
    case 'echo':
      return { stdout: `${rest.join(' ').replace(/^["']|["']$/g, '')}\n`, stderr: '', exitCode: 0 };
    case 'hostname':
      return { stdout: `${p.metadata.name}\n`, stderr: '', exitCode: 0 };
    case 'whoami':
      return { stdout: 'root\n', stderr: '', exitCode: 0 };
    case 'pwd':
      return { stdout: '/\n', stderr: '', exitCode: 0 };
    case 'env':
    case 'printenv':
      return { stdout: envOf(p, container).map(([k, v]) => `${k}=${v}\n`).join(''), stderr: '', exitCode: 0 };
    case 'date':
      return { stdout: `${new Date(env.cluster.now()).toUTCString().replace(/GMT$/, 'UTC')}\n`, stderr: '', exitCode: 0 };
    case 'ls':
      return { stdout: rest.length === 0 ? 'bin    dev    etc    home   lib    proc   root   sys    tmp    usr    var\n' : '', stderr: '', exitCode: 0 };
    case 'cat': {
      const file = rest[0] ?? '';
      if (file === '/etc/hostname') return { stdout: `${p.metadata.name}\n`, stderr: '', exitCode: 0 };
      if (file === '/etc/resolv.conf') return { stdout: `nameserver 10.96.0.10\nsearch ${ns}.svc.cluster.local svc.cluster.local cluster.local\noptions ndots:5\n`, stderr: '', exitCode: 0 };
      if (file === '/etc/hosts') return { stdout: `# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n${p.status?.podIP ?? ''}\t${p.metadata.name}\n`, stderr: '', exitCode: 0 };
      return { stdout: '', stderr: `cat: can't open '${file}': No such file or directory\n`, exitCode: 1 };
    }
    case 'wget':
      return wget(env, rest, from);
    case 'curl':
      if (flavour === 'busybox' && !image.includes('curl')) return notFound();
      return curl(env, rest, from, { terminal });
    case 'nslookup': {
      const name = rest[0] ?? '';
      const answer = env.cluster.dns({ kind: 'pod', namespace: ns, name: p.metadata.name }, name);
      let out = 'Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\n';
      if (!answer) return { stdout: out, stderr: `** server can't find ${name}: NXDOMAIN\n\n`, exitCode: 1 };
      out += `Name:\t${answer.fqdn}\n${answer.addresses.map((a) => `Address: ${a}\n`).join('')}\n`;
      return { stdout: out, stderr: '', exitCode: 0 };
    }
    case 'sleep':
    case 'true':
    case ':':
      return { stdout: '', stderr: '', exitCode: 0 };
    case 'false':
      return { stdout: '', stderr: '', exitCode: 1 };
    case 'nginx':
      if (rest[0] === '-v') return { stdout: '', stderr: 'nginx version: nginx/1.27.3\n', exitCode: 0 };
      return notFound();
    case 'ps':
      return { stdout: 'PID   USER     TIME  COMMAND\n    1 root      0:00 sleep 3600\n', stderr: '', exitCode: 0 };
    case 'uname':
      return { stdout: rest.includes('-a') ? `Linux ${p.metadata.name} 6.8.0-49-generic #49~22.04.1-Ubuntu SMP PREEMPT_DYNAMIC x86_64 GNU/Linux\n` : 'Linux\n', stderr: '', exitCode: 0 };
    default:
      return notFound();
  }
}

const SHELLS = new Set(['sh', 'bash', 'ash']);

/**
 * The shell inside a container: the student's shell interpreter (parsing, expansion, loops, pipes,
 * redirections, coreutils) over the container's files, environment and prompt. Image binaries
 * beyond coreutils run in the simulator; curl, wget and nslookup go through the cluster network.
 * Undefined when the container is gone or its image has no shell.
 */
export function containerShellSession(env: KubeEnv, pod: PodLike, container: string, size: { cols: number; rows: number }): ShellSession | undefined {
  const stored = pod as unknown as Stored<Pod>;
  const fs = containerFilesystem(env.cluster, stored, container);
  const image = pod.spec?.containers?.find((c) => c.name === container)?.image ?? '';
  if (!fs || !fs.binaries.some((b) => SHELLS.has(b))) return undefined;
  const busybox = shellFlavour(image) === 'busybox';
  const flavour: ShellFlavour = {
    prompt: (cwd) => (busybox ? `${cwd === '/root' ? '~' : cwd} # ` : `root@${pod.metadata.name}:${cwd === '/root' ? '~' : cwd}# `),
    exitMessage: busybox ? '' : 'exit',
    notFound: (name) => (busybox ? `sh: ${name}: not found\n` : `bash: ${name}: command not found\n`),
    env: envOf(pod, container),
    cwd: '/',
    dirs: fs.dirs,
    files: fs.files,
  };
  return createShellSession({
    user: 'root',
    hostname: pod.metadata.name,
    clock: { now: () => env.cluster.now(), advance: () => undefined },
    cols: size.cols,
    rows: size.rows,
    commands: containerCommands(env, pod, container, fs.binaries),
    flavour,
  });
}

/** The image's own programs (what coreutils does not already do on the container's files) and the network tools it ships. */
function containerCommands(env: KubeEnv, pod: PodLike, container: string, binaries: readonly string[]): Command[] {
  const from = { namespace: pod.metadata.namespace ?? 'default', pod: pod.metadata.name };
  const network: Record<string, Command['run']> = {
    curl: (args, ctx) => curl(env, args, from, { terminal: ctx.isTerminal, save: (path, content) => ctx.vfs.writeFile(resolvePath(ctx.cwd, path), content) }),
    wget: (args) => wget(env, args, from),
    nslookup: (args) => runInContainer(env, pod, container, ['nslookup', ...args]),
  };
  const commands: Command[] = [];
  for (const name of new Set(binaries)) {
    if (name in network) commands.push({ name, run: network[name]! });
    else if (!COREUTILS_IN_SHELL.has(name))
      commands.push({ name, run: (args) => execInContainer(env.cluster, pod as never, container, [name, ...args], { network: (argv) => runInContainer(env, pod, container, argv) }) });
  }
  return commands;
}

/** Programs the shell's own coreutils and builtins run on the container's files and environment. */
const COREUTILS_IN_SHELL = new Set(['sh', 'bash', 'ash', 'ls', 'cat', 'echo', 'env', 'printenv', 'hostname', 'date', 'whoami', 'pwd', 'true', 'false', 'sleep', 'mkdir', 'touch', 'rm', 'head', 'tail', 'grep', 'wc', 'which', 'test', 'vi', 'find']);

/** `sh -c SCRIPT` in the container's shell; undefined when the image has no shell (the runtime then says so). */
function runScript(env: KubeEnv, pod: PodLike, container: string, script: string): ShellResult | undefined {
  const session = containerShellSession(env, pod, container, { cols: 80, rows: 24 });
  if (!session) return undefined;
  let r = session.runLine(script);
  if (r.status === 'incomplete') r = session.endInput();
  return { stdout: r.output, stderr: '', exitCode: r.exitCode ?? 0 };
}

/** The container's shell as a foreground program (`kubectl exec -it … -- sh`, `kubectl run -it`). */
export function containerShellProgram(env: KubeEnv, pod: PodLike, container: string, banner: string | undefined, onExit: (() => string) | undefined): ProgramStart {
  return (io) => {
    const session = containerShellSession(env, pod, container, io.size());
    if (!session) {
      io.write(`OCI runtime exec failed: exec failed: unable to start container process: exec: "sh": executable file not found in $PATH: unknown\r\n`);
      io.exit(126);
      return {};
    }
    // The session writes terminal-ready text; the lines around it need their CRs here.
    const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');
    session.onOutput((data) => io.write(data));
    session.onExit((code) => {
      io.write(crlf(onExit?.() ?? ''));
      io.exit(code);
    });
    if (banner) io.write(crlf(banner));
    session.start();
    return {
      onInput: (data) => session.write(data),
      onTick: (now) => session.tick(now),
      onResize: (size) => session.resize(size.cols, size.rows),
    };
  };
}
