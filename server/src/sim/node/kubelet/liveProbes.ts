/**
 * Exec probes of a container whose program runs (node/programs.ts): its files change as the program goes, so
 * there is no timeline to read ahead (probes.ts). Each attempt runs the command in the container when it falls
 * due, as the kubelet's probe workers do (pkg/kubelet/prober/worker.go: nothing before initialDelaySeconds,
 * then every periodSeconds; liveness and readiness wait until the startup probe has passed; results counted in
 * a row against successThreshold and failureThreshold).
 */
import type { Probe } from 'kubernetes-types/core/v1';
import type { ContainerView, PodView } from './stages.js';

export type ProbeKind = 'startup' | 'liveness' | 'readiness';

/** One probe's worker: when it next runs and the results in a row so far. */
export interface LiveProbeState {
  next: number;
  ok: number;
  fails: number;
}

const KINDS: readonly ProbeKind[] = ['startup', 'liveness', 'readiness'];

export function probeOf(c: ContainerView, kind: ProbeKind): Probe | undefined {
  return kind === 'startup' ? c.spec.startupProbe : kind === 'liveness' ? c.spec.livenessProbe : c.spec.readinessProbe;
}

/** Whether `kind` runs live: an exec probe of a container whose program the host runs. */
export function isLive(c: ContainerView, p: PodView, kind: ProbeKind): boolean {
  return probeOf(c, kind)?.exec !== undefined && c.plan.program && p.program(c) !== undefined;
}

/** The live probe that runs next, and when; undefined when none is waiting. */
export function dueProbe(c: ContainerView, p: PodView): { kind: ProbeKind; at: number } | undefined {
  let due: { kind: ProbeKind; at: number } | undefined;
  for (const kind of KINDS) {
    const at = nextRun(c, p, kind);
    if (at !== undefined && (!due || at < due.at)) due = { kind, at };
  }
  return due;
}

function nextRun(c: ContainerView, p: PodView, kind: ProbeKind): number | undefined {
  const probe = probeOf(c, kind);
  const r = c.rec;
  if (!probe || r.started === undefined || !isLive(c, p, kind)) return undefined;
  if (kind === 'startup' ? r.startupDone : !r.startupDone) return undefined;
  const state = r.live?.[kind];
  if (state) return state.next;
  const period = periodMs(probe);
  const first = r.started + (probe.initialDelaySeconds ?? 0) * 1000;
  // A worker held back by the startup probe runs at its first tick after the container started up.
  const gate = kind === 'startup' || !c.spec.startupProbe ? r.started : (r.startedUp ?? r.started);
  return first >= gate ? first : first + Math.ceil((gate - first) / period) * period;
}

export const periodMs = (probe: Probe) => (probe.periodSeconds ?? 10) * 1000;

/**
 * Runs the due probe's command and counts its result. Returns what the kubelet does about it: a startup probe
 * passed, the container is (un)ready, or it failed `failureThreshold` times in a row and is killed.
 */
export function runDueProbe(
  c: ContainerView,
  p: PodView,
): { kind: ProbeKind; ok: boolean; output: string; outcome: 'started' | 'ready' | 'unready' | 'kill' | undefined } {
  const due = dueProbe(c, p);
  const probe = due && probeOf(c, due.kind);
  const run = p.program(c);
  if (!due || !probe?.exec || !run) throw new Error('no probe is due');
  const result = run.proc.exec(probe.exec.command ?? []);
  const states = (c.rec.live ??= {});
  const state = (states[due.kind] ??= { next: due.at, ok: 0, fails: 0 });
  state.next = due.at + periodMs(probe);
  const ok = result.exitCode === 0;
  state.ok = ok ? state.ok + 1 : 0;
  state.fails = ok ? 0 : state.fails + 1;
  const output = result.output.trimEnd();
  const success = (probe.successThreshold ?? 1) <= state.ok;
  const failed = (probe.failureThreshold ?? 3) <= state.fails;
  switch (due.kind) {
    case 'startup':
      return { kind: due.kind, ok, output, outcome: ok ? 'started' : failed ? 'kill' : undefined };
    case 'liveness':
      return { kind: due.kind, ok, output, outcome: failed ? 'kill' : undefined };
    case 'readiness':
      return { kind: due.kind, ok, output, outcome: success ? 'ready' : failed ? 'unready' : undefined };
  }
}
