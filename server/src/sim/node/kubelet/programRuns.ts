/**
 * The kubelet's side of containers that run programs (node/programs.ts): starting a run's program
 * with the environment and command the kubelet computes at container start, waking it when its
 * `sleep` ends, and starting it again from its start time when the cluster was restored from a
 * snapshot (programs are not saved). Work is bounded: a program wakes at most MAX_WAKES times per
 * kubelet sync (each wake-up within the host's own budget); one that lags behind (a replay, a clock that jumped) catches up a second later.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import type { Store } from '../../store.js';
import type { Stored } from '../../types.js';
import { processView } from '../exec.js';
import { checkedServer } from '../imageServer.js';
import { serverProgram } from '../../images/index.js';
import {
  processKey,
  sharedVolume,
  storageKey,
  volumeRoom,
  type ContainerProcess,
  type ProgramHost,
  type ProgramTable,
  type SharedVolume,
} from '../programs.js';
import { containerEnvironment, expandedArgv } from './environment.js';
import type { ContainerView } from './stages.js';

/** Wake-ups of one program per kubelet sync: `while true; do echo; sleep 1; done` after an hour away catches up in slices. */
export const MAX_WAKES = 16;
/** How long a program that is behind waits before its next slice. */
const LAG_MS = 1000;

export interface RunningProgram {
  readonly proc: ContainerProcess;
  /** When the kubelet next runs it (its wake-up, or later while it lags); undefined: nothing to wait for. */
  readonly nextAt: number | undefined;
  advance(now: number): void;
}

export interface ProgramContext {
  readonly host: ProgramHost;
  readonly table: ProgramTable;
  readonly store: Store;
  readonly pod: Stored<Pod>;
  readonly podIP: string;
  readonly hostIP: string;
  readonly now: () => number;
}

/** The program of this run of `c` (started again after a restore), or undefined when it has none. */
export function programOf(ctx: ProgramContext, c: ContainerView): RunningProgram | undefined {
  if (!c.plan.program || c.rec.started === undefined) return undefined;
  if (c.rec.s !== 'running' && c.rec.s !== 'exited' && c.rec.s !== 'crashBackOff' && c.rec.s !== 'done')
    return undefined;
  const key = processKey(ctx.pod.metadata.uid, c.spec.name, c.rec.started);
  const proc = ctx.table.processes.get(key) ?? (c.rec.s === 'running' ? start(ctx, c, key, c.rec.started) : undefined);
  return proc ? running(proc, ctx.table.lagging) : undefined;
}

/** Starts the program of a run that starts now; its first steps (before any `sleep`) run at once. */
export function startProgram(ctx: ProgramContext, c: ContainerView): void {
  if (!c.plan.program || c.rec.started === undefined) return;
  const uid = ctx.pod.metadata.uid;
  // Older runs go: `kubectl logs --previous` reads only the last one.
  const prefix = `${uid}/${c.spec.name}/`;
  const runs = [...ctx.table.processes.keys()].filter((k) => k.startsWith(prefix));
  for (const old of runs.slice(0, Math.max(0, runs.length - 1))) {
    ctx.table.processes.get(old)?.dispose();
    ctx.table.processes.delete(old);
  }
  start(ctx, c, processKey(uid, c.spec.name, c.rec.started), c.rec.started);
}

function start(ctx: ProgramContext, c: ContainerView, key: string, startedAt: number): ContainerProcess | undefined {
  const addresses = { podIP: ctx.podIP, hostIP: ctx.hostIP };
  const env = containerEnvironment(ctx.store, ctx.pod, c.spec, addresses);
  const view = processView(ctx.store, ctx.table, ctx.now, ctx.pod, c.spec, env);
  const shared = new Map<string, SharedVolume>();
  for (const m of c.spec.volumeMounts ?? []) {
    const vol = ctx.pod.spec?.volumes?.find((v) => v.name === m.name);
    const key = vol && !m.readOnly && !m.subPath ? storageKey(ctx.pod, vol) : undefined;
    if (key) shared.set(m.mountPath.replace(/(.)\/$/, '$1'), sharedVolume(ctx.table, key));
  }
  const terminationLog = c.spec.terminationMessagePath ?? '/dev/termination-log';
  // An image's own server that checks its files first runs without the shell (node/imageServer.ts).
  const checks = c.plan.startChecks;
  const vars = { hostname: view.hostname, podIP: ctx.podIP };
  const proc = checks
    ? checkedServer(checks, view, startedAt, vars)
    : ctx.host({
        pod: { namespace: ctx.pod.metadata.namespace ?? 'default', name: ctx.pod.metadata.name },
        container: c.spec.name,
        argv: expandedArgv(c.spec, env),
        userland: view.userland,
        hostname: view.hostname,
        binaries: view.binaries,
        servers: serverOf(c),
        env: view.env,
        dirs: view.dirs,
        // The runtime bind-mounts an empty file at terminationMessagePath for the program to write.
        files: { ...view.files, [terminationLog]: '' },
        terminationLog,
        shared,
        room: (vol) => volumeRoom(ctx.table, vol),
        startedAt,
      });
  if (!proc) return undefined;
  ctx.table.processes.set(key, proc);
  proc.advance(Math.min(ctx.now(), startedAt), MAX_WAKES);
  return proc;
}

function serverOf(c: ContainerView): string[] {
  const server = c.plan.pull.ok ? serverProgram(c.plan.pull.info) : undefined;
  return server ? [server] : [];
}

function running(proc: ContainerProcess, lagging: WeakMap<ContainerProcess, number>): RunningProgram {
  return {
    proc,
    get nextAt() {
      const wake = proc.wakeAt;
      if (wake === undefined || proc.exit) return undefined;
      return Math.max(wake, lagging.get(proc) ?? wake);
    },
    advance(now) {
      proc.advance(now, MAX_WAKES);
      const wake = proc.wakeAt;
      if (wake !== undefined && wake <= now) lagging.set(proc, now + LAG_MS);
      else lagging.delete(proc);
    },
  };
}
