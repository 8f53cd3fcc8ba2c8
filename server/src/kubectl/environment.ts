/**
 * A student's environment: a simulated cluster and a shell with kubectl, minikube, the `k` alias
 * and curl/wget registered against it. Used by `kubelab sim`, the labs and the server's sandboxes.
 */
import { Cluster, type ClusterSnapshot, type ClusterState } from '../sim/index.js';
import {
  createShellSession,
  restoreShellSession,
  shellSnapshotSchema,
  type Command,
  type InternalErrorHook,
  type ShellSession,
} from '../shell/index.js';
import type { KubeEnv } from './env.js';
import { containerPrograms } from './containerPrograms.js';
import { kubectlCommand } from './kubectl.js';
import { minikubeCommand } from './minikube/index.js';
import { networkCommands } from './network.js';

export interface EnvironmentOptions {
  /** The student's user name (prompt `student@minikube:~$`). */
  readonly user?: string;
  /** An existing cluster, or options for a fresh one. */
  readonly cluster?: Cluster | { seed?: number; nodes?: number; state?: ClusterState; startTime?: number };
  /** Initial files, relative to the home directory. */
  readonly files?: Readonly<Record<string, string>>;
  readonly cols?: number;
  readonly rows?: number;
  /**
   * Virtual time (tests, `kubelab sim`): `sleep` and waits advance the cluster instantly.
   * Live (default false): the host calls `tick` as real time passes.
   */
  readonly virtualTime?: boolean;
  readonly hostname?: string;
  /** Where a program's unexpected exception is reported (the server's logger); offline, the message is printed. */
  readonly onInternalError?: InternalErrorHook | undefined;
  /** The host's monotonic clock, so each command line's CPU time is bounded (the server passes performance.now). */
  readonly cpuClock?: (() => number) | undefined;
}

export interface Environment {
  readonly cluster: Cluster;
  readonly shell: ShellSession;
  readonly kube: KubeEnv;
  /** Advances cluster and shell to `now` (live mode). */
  tick(now: number): void;
  snapshot(): EnvironmentSnapshot;
  /**
   * Runs a line as if typed and, when it starts a program (minikube start, rollout status, -w),
   * drives the virtual clock until it ends (or `maxMs` passes; then Ctrl-C stops it). Returns what
   * the terminal showed, without prompts. For virtual-time environments (tests, `kubelab sim`).
   */
  run(
    line: string,
    opts?: { maxMs?: number; stepMs?: number; settle?: boolean },
  ): { output: string; exitCode: number | undefined; status: string };
}

export interface EnvironmentSnapshot {
  cluster: ClusterSnapshot;
  shell: unknown;
}

/** kubectl, minikube, curl and wget bound to one cluster (what the sandbox factory's `commandsFor` needs). */
export function kubelabCommands(
  cluster: Cluster,
  user = 'student',
  onInternalError?: InternalErrorHook,
): { commands: Command[]; kube: KubeEnv } {
  const kube: KubeEnv = { cluster, user, forwards: new Map(), readingInput: 0, onInternalError };
  // The containers' own commands run in the same shell interpreter as the student's.
  cluster.setProgramHost(containerPrograms(kube));
  return { commands: [kubectlCommand(kube), minikubeCommand(kube), ...networkCommands(kube)], kube };
}

function clockFor(cluster: Cluster, virtual: boolean) {
  return virtual
    ? { now: () => cluster.now(), advance: (ms: number) => cluster.advance(ms) }
    : { now: () => cluster.now() };
}

function build(
  cluster: Cluster,
  shell: (commands: Command[]) => ShellSession,
  user: string,
  onInternalError: InternalErrorHook | undefined,
): Environment {
  const { commands, kube } = kubelabCommands(cluster, user, onInternalError);
  const session = shell(commands);
  return {
    cluster,
    shell: session,
    kube,
    tick(now) {
      cluster.tick(now);
      session.tick(cluster.now());
    },
    snapshot: () => ({ cluster: cluster.snapshot(), shell: session.snapshot() }),
    run(line, opts = {}) {
      let output = '';
      let exitCode: number | undefined;
      const off = session.onOutput((d) => (output += d));
      const offCommand = session.onCommand((r) => (exitCode = r.exitCode ?? undefined));
      try {
        const first = session.runLine(line);
        output = first.output + output;
        let status: string = first.status;
        if (first.status === 'done') exitCode = first.exitCode;
        if (status === 'running') {
          const step = opts.stepMs ?? 100;
          const deadline = cluster.now() + (opts.maxMs ?? 120_000);
          const before = exitCode;
          let finished = false;
          const offDone = session.onCommand(() => (finished = true));
          while (!finished && cluster.now() < deadline) {
            cluster.advance(step);
            session.tick(cluster.now());
          }
          if (!finished) session.write('\x03');
          offDone();
          status = 'done';
          if (exitCode === before && !finished) exitCode = 130;
        }
        if (opts.settle && cluster.state === 'Running') cluster.settle();
        return { output: output.replace(/\r\n/g, '\n'), exitCode, status };
      } finally {
        off();
        offCommand();
      }
    },
  };
}

export function createEnvironment(opts: EnvironmentOptions = {}): Environment {
  const user = opts.user ?? 'student';
  const cluster = opts.cluster instanceof Cluster ? opts.cluster : Cluster.create({ state: 'Absent', ...opts.cluster });
  return build(
    cluster,
    (commands) =>
      createShellSession({
        user,
        hostname: opts.hostname ?? 'minikube',
        clock: clockFor(cluster, opts.virtualTime ?? false),
        commands,
        ...(opts.cols ? { cols: opts.cols } : {}),
        ...(opts.rows ? { rows: opts.rows } : {}),
        ...(opts.files ? { files: opts.files } : {}),
        onInternalError: opts.onInternalError,
        ...(opts.cpuClock ? { cpuClock: opts.cpuClock } : {}),
      }),
    user,
    opts.onInternalError,
  );
}

export function restoreEnvironment(
  snapshot: EnvironmentSnapshot,
  opts: {
    user?: string;
    virtualTime?: boolean;
    cols?: number;
    rows?: number;
    onInternalError?: InternalErrorHook | undefined;
    cpuClock?: (() => number) | undefined;
  } = {},
): Environment {
  const cluster = Cluster.restore(snapshot.cluster);
  return build(
    cluster,
    (commands) =>
      restoreShellSession(snapshot.shell, {
        clock: clockFor(cluster, opts.virtualTime ?? false),
        commands,
        ...(opts.cols ? { cols: opts.cols } : {}),
        ...(opts.rows ? { rows: opts.rows } : {}),
        onInternalError: opts.onInternalError,
        ...(opts.cpuClock ? { cpuClock: opts.cpuClock } : {}),
      }),
    opts.user ??
      shellSnapshotSchema.shape.user.safeParse((snapshot.shell as { user?: unknown } | null)?.user).data ??
      'student',
    opts.onInternalError,
  );
}
