/**
 * A container's plan: what pulling its image gives, what its process does over time (a Timeline),
 * the ports it serves and how it answers probes. Worked out from the spec and the image catalogue,
 * never stored: the kubelet recomputes it whenever it needs it.
 */
import type { Container, Probe } from 'kubernetes-types/core/v1';
import { bytes } from '../resources.js';
import { pullImage, serverProgram, type HttpFacts, type ImageInfo, type PullResult } from '../../images/index.js';
import { shellTimeline, type Timeline } from './script.js';

export interface ContainerPlan {
  pull: PullResult;
  timeline: Timeline;
  /** Ports the process listens on once started. */
  ports: readonly number[];
  /** Over its memory limit: killed by the kernel (OOMKilled, exit 137) shortly after starting. */
  oom: boolean;
  /** Milliseconds to exit on SIGTERM; undefined: ignores it and waits for SIGKILL at the grace period's end. */
  stopMs: number | undefined;
  /** Milliseconds after start until HTTP `path` stops answering 200 (agnhost liveness: 10 s), or undefined. */
  healthzFailsAfter?: number;
  httpPaths: readonly string[] | undefined;
  /** What the process answers over HTTP on its ports (the image's server, or an agnhost sub-command's). */
  http: HttpFacts | undefined;
  /**
   * The command is a program a shell runs (`sh -c …`, `printenv`, `sleep 3600`): with a program host
   * the container runs it (node/programs.ts) and `timeline` only predicts whether it ends.
   */
  program: boolean;
  /**
   * The image's server resolves `host` as it starts (facts.resolvesAtStart): a run that finds the name unknown
   * (the kubelet asks the pod's DNS when it starts the container) follows `failure` instead of `timeline`.
   */
  resolvesAtStart?: { host: string; failure: Timeline };
  /**
   * The image's server is told to open these files (the catalogue's requiresFiles): it checks them as it starts,
   * run by the kubelet itself (node/imageServer.ts), and fails with `log` at the first one missing.
   */
  startChecks?: StartChecks;
}

export interface StartChecks {
  /** In the order the program checks them. */
  readonly files: readonly { readonly path: string; readonly what: string }[];
  readonly log: readonly string[];
  readonly exitCode: number;
}

const SHELLS = new Set(['sh', 'bash', 'ash']);
const SHELL_COMMANDS = new Set([
  'sleep',
  'echo',
  'printf',
  'true',
  'false',
  'exit',
  'tail',
  'date',
  'cat',
  'touch',
  'rm',
]);

export function planContainer(c: Container): ContainerPlan {
  const pull = pullImage(c.image ?? '');
  const info = pull.ok ? pull.info : undefined;
  const argv = [...(c.command ?? []), ...(c.args ?? [])];
  const listening = info ? listenPorts(info, argv) : [];
  const base: Omit<ContainerPlan, 'timeline' | 'oom' | 'program'> = {
    pull,
    ports: listening,
    stopMs: info?.stopMs,
    httpPaths: info?.httpPaths,
    http: info?.http,
  };
  const limit = bytes(c.resources?.limits?.memory);
  const oom = info !== undefined && limit > 0 && info.memory > limit;
  // Object.assign, not `{ ...base, … }`: new keys after a leading spread are V8's slow path.
  if (!info) return Object.assign({}, base, { timeline: forever(), oom: false, program: false });
  const { timeline, program } = processTimeline(info, c, argv);
  const plan: ContainerPlan = Object.assign({}, base, { timeline, oom, program });
  const checks = timeline === SERVING ? startChecks(info, c, argv) : undefined;
  if (checks) return Object.assign({}, plan, { program: true, startChecks: checks });
  if (info.subcommands) return subcommand(plan, info, argv);
  if (info.healthzFailsAfter !== undefined && timeline === SERVING)
    return { ...plan, healthzFailsAfter: info.healthzFailsAfter };
  const resolves = info.resolvesAtStart;
  if (resolves && timeline === SERVING)
    return { ...plan, resolvesAtStart: { host: resolves.host, failure: startFailure(resolves) } };
  // A shell as PID 1 ignores SIGTERM: the pod takes its whole grace period to go.
  if (timeline === READING_STDIN) return Object.assign({}, plan, { ports: [], stopMs: undefined });
  // A script that starts the image's server serves its ports, as the server started by name does.
  if (timeline !== SERVING)
    return {
      ...plan,
      ports: info.behaviour === 'serve' && (!c.command || timeline.serves) ? listening : [],
      stopMs: stopOf(argv, info),
    };
  return plan;
}

const SERVING: Timeline = { lines: [], files: [], exitAt: undefined, exitCode: 0 };
/** An interactive shell or REPL with stdin open (`kubectl run -it`): it waits on its terminal, running. */
const READING_STDIN: Timeline = { lines: [], files: [], exitAt: undefined, exitCode: 0 };

/** Whether the process reads commands from stdin: the image's default shell or REPL, or a shell without `-c`. */
function interactive(info: ImageInfo, argv: readonly string[]): boolean {
  if (argv.length === 0) return info.behaviour !== 'serve' && info.behaviour !== 'exit';
  const first = argv[0] ?? '';
  return SHELLS.has(first.slice(first.lastIndexOf('/') + 1)) && !argv.includes('-c');
}

function forever(): Timeline {
  return SERVING;
}

function processTimeline(info: ImageInfo, c: Container, argv: string[]): { timeline: Timeline; program: boolean } {
  const timeline = predictedTimeline(info, c, argv);
  return { timeline, program: timeline.program === true };
}

function predictedTimeline(info: ImageInfo, c: Container, argv: string[]): Timeline & { program?: boolean } {
  const hasCommand = (c.command?.length ?? 0) > 0;
  if (info.behaviour === 'serve' && !hasCommand) {
    const env = new Set((c.env ?? []).map((e) => e.name));
    const needs = info.requiresEnv;
    const given = (a: string) => needs?.anyArg.some((p) => a === p || a.startsWith(`${p}=`)) === true;
    if (needs && !needs.anyOf.some((n) => env.has(n)) && !argv.some(given)) {
      return { lines: needs.log.map((text) => ({ at: 0, text })), files: [], exitAt: 500, exitCode: needs.exitCode };
    }
    return missingArg(info, argv) ?? SERVING;
  }
  if (c.stdin && interactive(info, argv)) return READING_STDIN;
  if (argv.length === 0) {
    if (info.behaviour === 'exit')
      return {
        lines: info.log.map((text) => ({ at: 0, text })),
        files: [],
        exitAt: 100,
        exitCode: info.exitCode,
      };
    // A shell or REPL with no terminal reads EOF and exits 0 at once ("Completed", then CrashLoopBackOff).
    return { lines: [], files: [], exitAt: 50, exitCode: 0 };
  }
  const first = argv[0] ?? '';
  const bin = first.slice(first.lastIndexOf('/') + 1);
  // One of the image's own programs (`/event-exporter`): it prints what it prints and exits.
  const own = info.programs[bin];
  if (own)
    return {
      lines: own.log.map((text) => ({ at: 0, text })),
      files: [],
      exitAt: START_FAILS_MS,
      exitCode: own.exitCode,
    };
  // Servers started by name keep serving (`nginx -g 'daemon off;'`, `redis-server --port …`).
  if (info.behaviour === 'serve' && !SHELLS.has(bin) && bin !== 'sleep' && bin !== 'echo')
    return missingArg(info, argv) ?? SERVING;
  // A language image running a program (`perl -Mbignum=bpi -wle 'print bpi(2000)'`, `python app.py`): it works, then exits.
  if (info.behaviour === 'repl' && !SHELLS.has(bin) && !SHELL_COMMANDS.has(bin))
    return { lines: [], files: [], exitAt: 2000, exitCode: 0 };
  const shell = info.userland === 'debian' ? 'bash' : 'sh';
  const server = serverProgram(info);
  return { ...shellTimeline(argv, shell, new Set(server ? [server] : [])), program: info.userland !== 'distroless' };
}

/** How long a program that gives up as it starts runs (it checks its arguments or the network, logs, exits). */
const START_FAILS_MS = 300;

/** The server giving up because the name it resolves as it starts is unknown (resolvesAtStart). */
function startFailure(resolves: NonNullable<ImageInfo['resolvesAtStart']>): Timeline {
  const lines = resolves.log.map((text) => ({ at: 0, text, stderr: true }));
  return { lines, files: [], exitAt: START_FAILS_MS, exitCode: resolves.exitCode };
}

/** The ports the program listens on: the one its arguments name (listenArg), else the image's. */
function listenPorts(info: ImageInfo, argv: readonly string[]): readonly number[] {
  if (info.listenArg === undefined) return info.ports;
  const pattern = new RegExp(info.listenArg, 'i');
  const named = argv.map((a) => Number(pattern.exec(a)?.[1])).filter((n) => n > 0 && n < 65536);
  return named.length > 0 ? named : info.ports;
}

/** The files the image's server is told to open (requiresFiles), when the container runs that server. */
function startChecks(info: ImageInfo, c: Container, argv: readonly string[]): StartChecks | undefined {
  const needs = info.requiresFiles;
  if (!needs) return undefined;
  const first = argv[0] ?? '';
  if (c.command?.length && first.slice(first.lastIndexOf('/') + 1) !== serverProgram(info)) return undefined;
  const files = needs.flags.flatMap(({ flag, what }) => {
    const path = flagValue(argv, flag);
    return path ? [{ path, what }] : [];
  });
  return files.length > 0 ? { files, log: needs.log, exitCode: needs.exitCode } : undefined;
}

/** A long flag's value as pflag reads it (`--flag=value` or `--flag value`; the last one given wins). */
function flagValue(argv: readonly string[], flag: string): string | undefined {
  let value: string | undefined;
  argv.forEach((a, i) => {
    if (a.startsWith(`${flag}=`)) value = a.slice(flag.length + 1);
    else if (a === flag) value = argv[i + 1];
  });
  return value;
}

/** The image's program refusing its arguments (requiresArg): it logs why and exits at once. */
function missingArg(info: ImageInfo, argv: readonly string[]): Timeline | undefined {
  const needs = info.requiresArg;
  if (!needs) return undefined;
  const pattern = new RegExp(needs.pattern, 'i');
  if (argv.some((a) => pattern.test(a))) return undefined;
  return {
    lines: needs.log.map((text) => ({ at: 0, text, stderr: true })),
    files: [],
    exitAt: START_FAILS_MS,
    exitCode: needs.exitCode,
  };
}

/** A shell running `sleep` as PID 1 ignores SIGTERM: the pod takes its whole grace period to go. */
function stopOf(argv: string[], info: ImageInfo): number | undefined {
  const first = argv[0] ?? '';
  const bin = first.slice(first.lastIndexOf('/') + 1);
  if (SHELLS.has(bin) || bin === 'sleep' || bin === 'tail') return undefined;
  return info.stopMs;
}

/**
 * Multi-tool images (agnhost): the sub-command named in the arguments serves on its port (`--http-port=`
 * or `--port=` moves it); its facts come from the catalogue.
 */
function subcommand(plan: ContainerPlan, info: ImageInfo, given: string[]): ContainerPlan {
  // No command nor args: the image's CMD names the sub-command (agnhost's is `pause`).
  const argv = given.length > 0 ? given : info.cmd;
  const name = argv.find((a) => !a.startsWith('-') && !a.endsWith(info.entrypoint[0] ?? '/')) ?? '';
  const sub = info.subcommands?.[name];
  // The image's own binary runs, not a shell program; a sub-command we do not model just keeps running.
  if (!sub) return { ...plan, timeline: SERVING, program: false, ports: [] };
  const portArg = argv.find((a) => a.startsWith('--http-port=') || a.startsWith('--port='));
  const port = portArg ? Number(portArg.split('=')[1]) : sub.port;
  return {
    ...plan,
    ports: port > 0 ? [port] : [],
    timeline: SERVING,
    program: false,
    http: sub.http,
    ...(sub.healthzFailsAfter !== undefined ? { healthzFailsAfter: sub.healthzFailsAfter } : {}),
  };
}

/** How one probe attempt goes at `t` ms after the container started; the failure text is the kubelet's. */
export function probeResult(
  plan: ContainerPlan,
  c: Container,
  probe: Probe,
  t: number,
  podIP: string,
): { ok: true } | { ok: false; output: string } {
  if (probe.exec) {
    const cmd = probe.exec.command ?? [];
    const file = cmd[0] === 'cat' || cmd[0] === 'test' || cmd[0] === 'ls' ? cmd[cmd.length - 1] : undefined;
    if (file) {
      const exists = fileExists(plan.timeline, file, t);
      return exists ? { ok: true } : { ok: false, output: `cat: can't open '${file}': No such file or directory` };
    }
    return { ok: true };
  }
  const port = resolvePort(c, probe.httpGet?.port ?? probe.tcpSocket?.port ?? probe.grpc?.port);
  const host = probe.httpGet?.host ?? podIP;
  if (!plan.ports.includes(port)) {
    if (probe.httpGet) {
      const scheme = (probe.httpGet.scheme ?? 'HTTP').toLowerCase();
      return {
        ok: false,
        output: `Get "${scheme}://${host}:${port}${probe.httpGet.path ?? '/'}": dial tcp ${host}:${port}: connect: connection refused`,
      };
    }
    return { ok: false, output: `dial tcp ${host}:${port}: connect: connection refused` };
  }
  if (probe.httpGet) {
    const path = probe.httpGet.path ?? '/';
    if (plan.healthzFailsAfter !== undefined && t >= plan.healthzFailsAfter)
      return { ok: false, output: 'HTTP probe failed with statuscode: 500' };
    if (plan.httpPaths && !plan.httpPaths.includes(path))
      return { ok: false, output: 'HTTP probe failed with statuscode: 404' };
  }
  return { ok: true };
}

export function resolvePort(c: Container, port: number | string | undefined): number {
  if (typeof port === 'number') return port;
  if (port === undefined) return 0;
  const named = (c.ports ?? []).find((p) => p.name === port);
  return named ? named.containerPort : Number(port) || 0;
}

function fileExists(timeline: Timeline, path: string, t: number): boolean {
  let exists = false;
  for (const f of timeline.files) if (f.path === path && f.at <= t) exists = f.exists;
  return exists;
}
