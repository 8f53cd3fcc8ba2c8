/**
 * A student's environment as the sandbox manager sees it: a simulated cluster and a shell beside
 * it, sharing the cluster's virtual clock. The lab-specific builder (initial objects, files,
 * kubectl and minikube registered in the shell) plugs in through `commandsFor` and `setUp`;
 * without them this is a plain shell over a running single-node cluster.
 */
import { Cluster, type ClusterSnapshot } from '../sim/index.js';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import {
  createShellSession,
  restoreShellSession,
  type Command,
  type InternalErrorHook,
  type LineHooks,
  type ShellSession,
} from '../shell/index.js';
import { createEnvironment, restoreEnvironment, type EnvironmentSnapshot } from '../kubectl/environment.js';
import { serveKubeApi, type KubeApiRequest, type KubeApiResult } from '../kubeapi/index.js';
import type { KubeEnv } from '../kubectl/env.js';
import type { Course } from './course.js';
import type { ProgressService } from './progress.js';
import type { JsonValue, Sandbox, SandboxContext, SandboxFactory, SandboxSnapshot } from './sandboxesTypes.js';

/** Each command line's CPU time is measured on the process's monotonic clock (the shell's budget). */
const cpuClock = (): number => performance.now();

export interface ShellSandboxOptions {
  /** Commands the shell offers besides its built-ins (kubectl, minikube), bound to the cluster. */
  commandsFor?: (cluster: Cluster, ctx: SandboxContext) => Iterable<Command>;
  /** A fresh cluster for the lab; undefined (or no hook) gives a running single-node minikube cluster. */
  clusterFor?: (ctx: SandboxContext, seed: number) => Cluster | undefined;
  /** Files put in the student's home directory at creation. */
  filesFor?: (ctx: SandboxContext) => Readonly<Record<string, string>>;
  user?: string;
  hostname?: string;
  /** Called with each new or restored sandbox; the function it returns runs when the sandbox is disposed. */
  onSandbox?: (sandbox: ShellSandbox, ctx: SandboxContext) => (() => void) | void;
}

export function createShellSandboxFactory(options: ShellSandboxOptions = {}): SandboxFactory {
  const hostname = options.hostname ?? 'kubelab';
  const commandsFor = options.commandsFor ?? (() => []);
  const track = (sandbox: ShellSandbox, ctx: SandboxContext) => {
    const off = options.onSandbox?.(sandbox, ctx);
    if (off) sandbox.onDispose(off);
    return sandbox;
  };
  return {
    create(ctx) {
      const seed = seedOf(ctx);
      const cluster = options.clusterFor?.(ctx, seed) ?? Cluster.create({ startTime: ctx.nowMs, seed });
      const shell = createShellSession({
        user: options.user ?? ctx.login ?? 'student',
        hostname,
        clock: { now: () => cluster.now() },
        cols: ctx.cols,
        rows: ctx.rows,
        commands: commandsFor(cluster, ctx),
        ...(options.filesFor ? { files: options.filesFor(ctx) } : {}),
        cpuClock,
      });
      return track(new ShellSandbox(cluster, shell), ctx);
    },
    restore(ctx, snapshot) {
      const cluster = Cluster.restore(snapshot.cluster as unknown as ClusterSnapshot);
      const shell = restoreShellSession(snapshot.shell, {
        clock: { now: () => cluster.now() },
        cols: ctx.cols,
        rows: ctx.rows,
        commands: commandsFor(cluster, ctx),
        cpuClock,
      });
      return track(new ShellSandbox(cluster, shell), ctx);
    },
  };
}

/**
 * The product's factory: each lab's initial cluster and files (from the course catalogue; a plain
 * running cluster for an unknown id) in kubectl's environment builder (the shell with kubectl,
 * minikube, curl and wget), the same one `kubelab sim` and the lab replays use. With `progress`, each
 * sandbox is registered with it, so steps are checked after every command.
 */
export function createKubelabSandboxFactory(deps: {
  course: Course;
  progress?: Pick<ProgressService, 'watchSandbox'>;
  /** Where a command's unexpected exception is logged (with its stack and the sandbox); the student gets a reference. */
  logger?: { error(details: Record<string, unknown>, message: string): void };
}): SandboxFactory {
  const { course, progress, logger } = deps;
  const internalErrors = (ctx: SandboxContext): InternalErrorHook | undefined =>
    logger &&
    ((err, command) => {
      const reference = randomBytes(4).toString('hex');
      logger.error({ err, reference, userId: ctx.userId, labId: ctx.labId, command }, 'command failed unexpectedly');
      return reference;
    });
  const track = (env: { cluster: Cluster; shell: ShellSession; kube: KubeEnv }, ctx: SandboxContext): ShellSandbox => {
    const sandbox = new ShellSandbox(env.cluster, env.shell, env.kube);
    if (progress) sandbox.onDispose(progress.watchSandbox(ctx.userId, ctx.labId, sandbox, env.shell.user));
    return sandbox;
  };
  return {
    create(ctx) {
      const cluster =
        course.clusterFor(ctx, seedOf(ctx)) ?? Cluster.create({ startTime: ctx.nowMs, seed: seedOf(ctx) });
      const env = createEnvironment({
        user: ctx.login ?? 'student',
        cluster,
        files: course.filesFor(ctx),
        cols: ctx.cols,
        rows: ctx.rows,
        onInternalError: internalErrors(ctx),
        cpuClock,
      });
      return track(env, ctx);
    },
    restore(ctx, snapshot) {
      // A restored sandbox keeps the login (and home directory) it was created with.
      const env = restoreEnvironment(snapshot as unknown as EnvironmentSnapshot, {
        cols: ctx.cols,
        rows: ctx.rows,
        onInternalError: internalErrors(ctx),
        cpuClock,
      });
      return track(env, ctx);
    },
  };
}

/** Adapts a cluster and a shell to the manager's `Sandbox`. */
export class ShellSandbox implements Sandbox {
  private commands = 0;
  private started = false;
  private readonly disposers: (() => void)[] = [];

  constructor(
    readonly cluster: Cluster,
    readonly shell: ShellSession,
    /** The shell's kubectl environment: the API's exec and port-forward share its container shells and network. */
    private readonly kube?: KubeEnv,
  ) {
    this.disposers.push(shell.onCommand(() => this.commands++));
  }

  write(data: string): void {
    this.shell.write(data);
  }

  resize(cols: number, rows: number): void {
    this.shell.resize(cols, rows);
  }

  onOutput(listener: (data: string) => void): () => void {
    const off = this.shell.onOutput(listener);
    // The first prompt goes to the first listener (the manager subscribes once, right after creating).
    if (!this.started) {
      this.started = true;
      this.shell.start();
    }
    return off;
  }

  tick(nowMs: number): void {
    this.cluster.tick(nowMs);
    this.shell.tick(this.cluster.now());
  }

  snapshot(): SandboxSnapshot {
    return {
      cluster: this.cluster.snapshot() as unknown as JsonValue,
      shell: this.shell.snapshot() as unknown as JsonValue,
    };
  }

  discardTypedInput(): void {
    this.shell.discardTypedInput();
  }

  setLineHooks(hooks: LineHooks): void {
    this.shell.setLineHooks(hooks);
  }

  /** Commands run plus the cluster's resourceVersion: an idle cluster does not move it. */
  changeCounter(): number {
    return this.commands + this.cluster.store.resourceVersion();
  }

  snapshotBytes(): number {
    return this.cluster.store.approximateBytes();
  }

  kubeApi(request: KubeApiRequest): KubeApiResult {
    return serveKubeApi(this.cluster, request, this.kube);
  }

  onDispose(fn: () => void): void {
    this.disposers.push(fn);
  }

  dispose(): void {
    for (const fn of this.disposers.splice(0)) fn();
  }
}

/** A per-student seed, so generated names differ between students but repeat for one. */
function seedOf(ctx: SandboxContext): number {
  let h = 2166136261;
  for (const ch of `${ctx.userId}/${ctx.labId}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}
