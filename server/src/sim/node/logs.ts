/**
 * `kubectl logs`: what a container printed, worked out from its image and command (the same plan
 * the kubelet runs) and the requests the traffic simulation recorded for it. Pure: the lines are
 * recomputed from the pod's status and the virtual clock, never stored.
 */
import type { Container, ContainerStatus, Pod } from 'kubernetes-types/core/v1';
import type { Cluster } from '../cluster.js';
import { StatusError } from '../errors.js';
import { accessLog, type AccessEntry } from '../network/accessLog.js';
import type { Stored } from '../types.js';
import { imageInfo } from '../images/index.js';
import { planContainer } from './kubelet/plan.js';
import { processStartedAt } from './programs.js';
import { podContainer, podContainerStatus } from './podContainers.js';
import { containerRecord } from './kubelet/state.js';
import { fillLogTemplate, MONTHS, pad, type LogVars } from './logTemplates.js';

export interface LogOptions {
  container?: string | undefined;
  /** `--previous`: the last terminated run. */
  previous?: boolean | undefined;
  /** `--tail` */
  tail?: number | undefined;
  /** `--since`: only lines from the last so many ms. */
  sinceMs?: number | undefined;
  /** `--timestamps`: RFC 3339 with nanoseconds before each line. */
  timestamps?: boolean | undefined;
}

const MAX_LINES = 10_000;

interface Line {
  at: number;
  text: string;
  /** Printed by a running program: no `{date}` templates to fill. */
  raw?: boolean;
}

/** The container's log lines, oldest first; throws the API server's BadRequest when there are none to give. */
export function podLogs(cluster: Cluster, pod: Stored<Pod>, opts: LogOptions = {}): string[] {
  const spec = findContainer(pod, opts.container);
  const name = spec.name;
  const status = podContainerStatus(pod, name);
  const window = runWindow(pod, name, status, opts.previous === true, cluster.now());
  const plan = planContainer(spec);
  const { start, end } = window;
  const lines: Line[] = [];
  const vars = templateVars(pod, cluster);
  const info = imageInfo(spec.image ?? '');
  const proc = processStartedAt(cluster.programTable(), pod.metadata.uid, name, start);
  const failedStart =
    plan.resolvesAtStart && runFailedAtStart(cluster, pod, spec, start) ? plan.resolvesAtStart.failure : undefined;
  const serving =
    !proc &&
    !failedStart &&
    plan.timeline.exitAt === undefined &&
    plan.timeline.lines.length === 0 &&
    !plan.timeline.loop;
  if (failedStart) {
    for (const l of failedStart.lines) lines.push({ at: start + l.at, text: l.text });
  } else if (proc) {
    // The run's own output, all of it (the status's times are whole seconds; the process never runs ahead).
    for (const l of proc.log.lines()) lines.push({ at: l.at, text: l.text, raw: true });
  } else {
    if (serving && info && !spec.command) info.log.forEach((text, i) => lines.push({ at: start + 20 + i, text }));
    for (const l of plan.timeline.lines) if (start + l.at <= end) lines.push({ at: start + l.at, text: l.text });
    const loop = plan.timeline.loop;
    if (loop && loop.period > 0) {
      const first = start + loop.start;
      const count = Math.max(0, Math.floor((end - first) / loop.period) + 1);
      const skip = Math.max(0, count - Math.ceil(MAX_LINES / Math.max(1, loop.lines.length)));
      for (let k = skip; k < count; k++) {
        for (const l of loop.lines) {
          const at = first + k * loop.period + l.at;
          if (at <= end) lines.push({ at, text: l.text });
        }
      }
    }
  }
  if (info && serving)
    for (const a of accessLog(cluster.runtime, pod.metadata.uid))
      if (a.at >= start && a.at <= end) lines.push({ at: a.at, text: accessLine(info.http?.kind, a) });
  lines.sort((a, b) => a.at - b.at);
  let out = lines;
  if (opts.sinceMs !== undefined) {
    const from = cluster.now() - opts.sinceMs;
    out = out.filter((l) => l.at >= from);
  }
  if (opts.tail !== undefined && opts.tail >= 0) out = out.slice(Math.max(0, out.length - opts.tail));
  return out.map((l) => {
    const text = l.raw ? l.text : fillLogTemplate(l.text, l.at, vars);
    return opts.timestamps ? `${new Date(l.at).toISOString().replace(/\.(\d{3})Z$/, '.$1000000Z')} ${text}` : text;
  });
}

/** Whether the run started at `start` (whole seconds) gave up as it started (plan.resolvesAtStart). */
function runFailedAtStart(cluster: Cluster, pod: Stored<Pod>, spec: Container, start: number): boolean {
  const all = [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])];
  const rec = containerRecord(cluster.runtime, pod, all.indexOf(spec));
  const second = (ms: number | undefined) => (ms === undefined ? undefined : Math.floor(ms / 1000) * 1000);
  return [rec, rec?.term, rec?.last].some((run) => run?.failedStart === true && second(run.started) === start);
}

function findContainer(pod: Stored<Pod>, name: string | undefined): Container {
  const c = name === undefined ? pod.spec?.containers[0] : podContainer(pod, name);
  if (!c) throw new StatusError('BadRequest', `container ${name ?? ''} is not valid for pod ${pod.metadata.name}`);
  return c;
}

function runWindow(
  pod: Stored<Pod>,
  name: string,
  status: ContainerStatus | undefined,
  previous: boolean,
  now: number,
): { start: number; end: number } {
  const podName = pod.metadata.name;
  if (previous) {
    const last = status?.lastState?.terminated;
    if (!last)
      throw new StatusError('BadRequest', `previous terminated container "${name}" in pod "${podName}" not found`);
    return { start: Date.parse(last.startedAt ?? ''), end: Date.parse(last.finishedAt ?? '') };
  }
  const state = status?.state;
  if (state?.running) return { start: Date.parse(state.running.startedAt ?? ''), end: now };
  if (state?.terminated)
    return { start: Date.parse(state.terminated.startedAt ?? ''), end: Date.parse(state.terminated.finishedAt ?? '') };
  // Waiting with a run behind it (CrashLoopBackOff, a new image failing to pull): the kubelet serves that run's log
  // (kubelet_pods.go validateContainerLogStatus).
  const last = status?.lastState?.terminated;
  if (last) return { start: Date.parse(last.startedAt ?? ''), end: Date.parse(last.finishedAt ?? '') };
  throw new StatusError('BadRequest', waitingMessage(podName, name, state?.waiting?.reason));
}

/**
 * Why a container has no log yet (kubelet_pods.go validateContainerLogStatus), or undefined when it
 * has one: it runs, has run, or waits with a run behind it.
 */
interface StatusLike {
  state?: { running?: unknown; terminated?: unknown; waiting?: { reason?: string } };
  lastState?: { terminated?: unknown };
}

export function logUnavailable(status: StatusLike | undefined, podName: string, name: string): string | undefined {
  if (status?.state?.running || status?.state?.terminated || status?.lastState?.terminated) return undefined;
  return waitingMessage(podName, name, status?.state?.waiting?.reason);
}

function waitingMessage(podName: string, name: string, reason = 'ContainerCreating'): string {
  const why =
    reason === 'ErrImagePull'
      ? "image can't be pulled"
      : reason === 'ImagePullBackOff'
        ? 'trying and failing to pull image'
        : reason;
  return `container "${name}" in pod "${podName}" is waiting to start: ${why}`;
}

function templateVars(pod: Stored<Pod>, _cluster: Cluster): LogVars {
  return { hostname: pod.metadata.name, podIP: pod.status?.podIP ?? '' };
}

/** nginx's `combined` format (httpd's `common` is the same without the last field). */
function accessLine(server: string | undefined, a: AccessEntry): string {
  const d = new Date(a.at);
  const when = `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()] ?? ''}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
  const request = `"${a.method} ${a.path} HTTP/1.1"`;
  if (server === 'httpd') return `${a.clientIP} - - [${when}] ${request} ${a.status} ${a.bytes}`;
  return `${a.clientIP} - - [${when}] ${request} ${a.status} ${a.bytes} "-" "${a.userAgent}" "-"`;
}
