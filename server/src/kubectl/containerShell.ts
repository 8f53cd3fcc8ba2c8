/**
 * The shell inside a container for `kubectl exec` and `kubectl run -it`: the student's shell
 * interpreter over the container as the simulator describes it (files, environment, programs),
 * with the image's prompt (`/ # ` for busybox and alpine, `root@web-…:/# ` for Debian-based ones),
 * and the cluster network for curl, wget and nslookup.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import { containerView, execInContainer, writeContainerLayer, type Stored } from '../sim/index.js';
import { quote } from 'shell-quote';
import {
  createShellSession,
  ownCommandNames,
  resolvePath,
  busyboxCommands,
  type Clock,
  type Command,
  type ProgramStart,
  type ShellFlavour,
  type ShellLimits,
  type ShellSession,
} from '../shell/index.js';
import type { KubeEnv } from './env.js';
import { curl, type CurlOptions } from './curl.js';
import { wget } from './network.js';
import { runTar } from './containerTar.js';

interface PodLike {
  metadata: { name: string; namespace?: string };
}

export interface ShellResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/**
 * Runs a command in a container as `kubectl exec` does: a `sh -c` script in the container's shell,
 * anything else in the simulator, which hands curl, wget and nslookup to the cluster network.
 * `terminal`: the command's standard output is the terminal (a TTY and no pipe after it).
 * `process`: the command is the container's own (`kubectl run -i … -- CMD`), so it still answers
 * once the container has finished.
 */
export function runInContainer(
  env: KubeEnv,
  pod: Stored | PodLike,
  container: string,
  argv: readonly string[],
  terminal = false,
  process = false,
): ShellResult {
  const p = pod as PodLike;
  const [cmd = '', ...rest] = argv;
  const bin = cmd.slice(cmd.lastIndexOf('/') + 1);
  if (SHELLS.has(bin) && rest[0] === '-c') {
    const r = runScript(env, p, container, rest[1] ?? '');
    if (r) return r;
  }
  // `test -d DIR` (kubectl cp asks it) answers from the container's files, as the shell's own test does.
  if (bin === 'test' || bin === '[') {
    const r = runScript(env, p, container, quote([...argv]));
    if (r) return r;
  }
  // A container's own program knows its pod by name only: the runtime looks the rest up.
  const stored =
    'spec' in pod ? pod : env.cluster.api.find<Stored>('pods', p.metadata.namespace ?? 'default', p.metadata.name);
  if (!stored)
    return { stdout: '', stderr: `Error from server (NotFound): pods "${p.metadata.name}" not found\n`, exitCode: 1 };
  return execInContainer(env.cluster, stored as never, container, argv, {
    network: (args) => networkCommand(env, p, args, { terminal }),
    process,
  });
}

/** curl, wget and nslookup from the pod's network namespace; undefined for other network tools. */
function networkCommand(
  env: KubeEnv,
  pod: PodLike,
  argv: readonly string[],
  options: CurlOptions,
): ShellResult | undefined {
  const ns = pod.metadata.namespace ?? 'default';
  const from = { namespace: ns, pod: pod.metadata.name };
  const [cmd = '', ...rest] = argv;
  switch (cmd) {
    case 'wget':
      return wget(env, rest, from, options.save);
    case 'curl':
      return curl(env, rest, from, options);
    case 'nslookup': {
      const name = rest[0] ?? '';
      const answer = env.cluster.dns({ kind: 'pod', namespace: ns, name: pod.metadata.name }, name);
      let out = 'Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\n';
      if (!answer) return { stdout: out, stderr: `** server can't find ${name}: NXDOMAIN\n\n`, exitCode: 1 };
      out += `Name:\t${answer.fqdn}\n${answer.addresses.map((a) => `Address: ${a}\n`).join('')}\n`;
      return { stdout: out, stderr: '', exitCode: 0 };
    }
    default:
      return undefined;
  }
}

export const SHELLS = new Set(['sh', 'bash', 'ash']);

/**
 * The shell inside a container: the student's shell interpreter (parsing, expansion, loops, pipes,
 * redirections, coreutils) over the container's files, environment and prompt. Image binaries
 * beyond coreutils run in the simulator; curl, wget and nslookup go through the cluster network.
 * Undefined when the container is gone or its image has no shell.
 */
export function containerShellSession(
  env: KubeEnv,
  pod: PodLike,
  container: string,
  size: { cols: number; rows: number },
  clock: Clock,
): ShellSession | undefined {
  const view = containerView(env.cluster, pod as unknown as Stored<Pod>, container);
  if (!view || !view.binaries.some((b) => SHELLS.has(b))) return undefined;
  return shellOver(env, pod, container, view, { ...size, clock });
}

/** A container's shell over what the simulator says the container holds. */
export function shellOver(
  env: KubeEnv,
  pod: PodLike,
  container: string,
  view: ShellView,
  options: {
    cols: number;
    rows: number;
    clock: Clock;
    writable?: readonly string[];
    limits?: Partial<ShellLimits>;
    /** Commands of this shell only (the container's own program's server), over the image's. */
    commands?: readonly Command[];
  },
): ShellSession {
  const busybox = view.userland === 'busybox' || view.userland === 'alpine';
  const flavour: ShellFlavour = {
    prompt: (cwd) => {
      const dir = cwd === '/root' ? '~' : cwd;
      return busybox ? `${dir} # ` : `root@${view.hostname}:${dir}# `;
    },
    exitMessage: busybox ? '' : 'exit',
    notFound: (name) => (busybox ? `sh: ${name}: not found\n` : `bash: ${name}: command not found\n`),
    env: view.env,
    cwd: '/',
    dirs: view.dirs,
    files: view.files,
    ...(options.writable ? { writable: options.writable } : {}),
  };
  const session = createShellSession({
    user: 'root',
    hostname: view.hostname,
    clock: options.clock,
    cols: options.cols,
    rows: options.rows,
    commands: [
      ...containerCommands(env, pod, container, view.binaries),
      ...(busybox ? busyboxCommands() : []),
      ...(options.commands ?? []),
    ],
    flavour,
    onInternalError: env.onInternalError,
    ...(options.limits ? { limits: options.limits } : {}),
  });
  // What a command line wrote stays in the container (its writable layer) for the next exec or cp.
  session.onCommand(() => keepContainerFiles(env, pod, container, session));
  return session;
}

/**
 * Saves the container's files as `session` leaves them, relative to its image and volumes, as its writable layer.
 * False when the cluster's bound for such files is reached (the changes are then lost).
 */
export function keepContainerFiles(env: KubeEnv, pod: PodLike, container: string, session: ShellSession): boolean {
  const stored = pod as unknown as Stored<Pod>;
  const base = containerView(env.cluster, stored, container, { imageOnly: true });
  if (!base) return false;
  const baseDirs = new Set(base.dirs);
  const files: Record<string, string> = {};
  const dirs: string[] = [];
  const seen = new Set<string>();
  for (const entry of session.vfs.snapshot().entries) {
    seen.add(entry.path);
    if (entry.type === 'file') {
      if (base.files[entry.path] !== entry.content) files[entry.path] = entry.content ?? '';
    } else if (!baseDirs.has(entry.path)) dirs.push(entry.path);
  }
  const removed = [...Object.keys(base.files), ...base.dirs].filter((path) => path !== '/' && !seen.has(path));
  return writeContainerLayer(env.cluster, stored, container, { files, dirs, removed });
}

/** What a process started by a remote exec prints: stdout as bytes (tar's archive) or text. */
export interface ProcessResult {
  stdout: string | Uint8Array;
  stderr: string;
  exitCode: number;
}

/**
 * A command a remote `kubectl exec` starts, with all of its standard input (`kubectl exec -i`, `kubectl cp`): `tar`
 * on the container's files, `sh` reading its script from stdin, or another program reading stdin; without stdin,
 * what the browser's `kubectl exec` runs.
 */
export function runContainerProcess(
  env: KubeEnv,
  pod: PodLike,
  container: string,
  argv: readonly string[],
  stdin: Uint8Array | undefined,
  terminal: boolean,
): ProcessResult {
  const [cmd = '', ...rest] = argv;
  const bin = cmd.slice(cmd.lastIndexOf('/') + 1);
  const view = containerView(env.cluster, pod as unknown as Stored<Pod>, container);
  const has = (name: string) => view?.binaries.includes(name) ?? false;
  if (bin === 'tar' && has('sh')) {
    const session = scriptSession(env, pod, container);
    if (session) {
      const r = runTar(session.vfs, rest, stdin ?? new Uint8Array(0), view?.userland === 'debian' ? 'gnu' : 'busybox');
      if (r.exitCode === 0 && !keepContainerFiles(env, pod, container, session))
        return { stdout: r.stdout, stderr: 'tar: write error: No space left on device\n', exitCode: 2 };
      return r;
    }
  }
  if (stdin === undefined) return runInContainer(env, pod, container, argv, terminal);
  const text = new TextDecoder().decode(stdin);
  if (SHELLS.has(bin) && rest.length === 0) return runInContainer(env, pod, container, [cmd, '-c', text], terminal);
  const session = has(bin) || SHELL_OWN.has(bin) ? scriptSession(env, pod, container) : undefined;
  if (!session) return runInContainer(env, pod, container, argv, terminal);
  const r = session.runArgv(argv, text);
  keepContainerFiles(env, pod, container, session);
  return r;
}

/** A container shell for one script or program: its `sleep`s take no time. */
function scriptSession(env: KubeEnv, pod: PodLike, container: string): ShellSession | undefined {
  return containerShellSession(
    env,
    pod,
    container,
    { cols: 80, rows: 24 },
    { now: () => env.cluster.now(), advance: () => undefined },
  );
}

/** What a shell needs to know of a container (sim's ContainerView, or a program's start). */
export interface ShellView {
  readonly userland: string;
  readonly hostname: string;
  readonly binaries: readonly string[];
  readonly dirs: readonly string[];
  readonly files: Readonly<Record<string, string>>;
  readonly env: readonly (readonly [string, string])[];
}

/** The image's own programs (what coreutils does not already do on the container's files) and the network tools it ships. */
function containerCommands(env: KubeEnv, pod: PodLike, container: string, binaries: readonly string[]): Command[] {
  const commands: Command[] = [];
  for (const name of new Set(binaries)) {
    if (SHELL_OWN.has(name) || SHELLS.has(name)) continue;
    commands.push({
      name,
      run: (args, ctx) =>
        networkCommand(env, pod, [name, ...args], {
          terminal: ctx.isTerminal,
          save: (path, content) => ctx.vfs.writeFile(resolvePath(ctx.cwd, path), content),
        }) ?? runInContainer(env, pod, container, [name, ...args], ctx.isTerminal),
    });
  }
  return commands;
}

/** What the shell's own utilities and builtins do on the container's files and environment. */
const SHELL_OWN = ownCommandNames();

/** `sh -c SCRIPT` in the container's shell; undefined when the image has no shell (the runtime then says so). */
function runScript(env: KubeEnv, pod: PodLike, container: string, script: string): ShellResult | undefined {
  // A script's output is wanted at once: its `sleep`s take no time.
  const session = scriptSession(env, pod, container);
  if (!session) return undefined;
  let r = session.runLine(script);
  if (r.status === 'incomplete') r = session.endInput();
  return { stdout: r.output, stderr: '', exitCode: r.exitCode ?? 0 };
}

/** The container's shell as a foreground program (`kubectl exec -it … -- sh`, `kubectl run -it`). */
export function containerShellProgram(
  env: KubeEnv,
  pod: PodLike,
  container: string,
  banner: string | undefined,
  onExit: (() => string) | undefined,
): ProgramStart {
  return (io) => {
    // The terminal's clock without `advance`: a `sleep` typed in the pod waits for real (or virtual) time.
    const session = containerShellSession(env, pod, container, io.size(), { now: () => io.now() });
    if (!session) {
      io.write(
        `OCI runtime exec failed: exec failed: unable to start container process: exec: "sh": executable file not found in $PATH: unknown\r\ncommand terminated with exit code 126\r\n`,
      );
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
