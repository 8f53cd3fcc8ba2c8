/**
 * The kubelet as data (kwok's Stage pattern): each stage says which containers it applies to
 * (`match`), how long after the container entered its current state it fires (`delay`, virtual ms)
 * and what it does (`apply`: change the container's record, record events). Image pull errors,
 * crashes, OOM kills and probes are stages like any other; the kubelet runs whichever is due first
 * and renders the pod status from the records.
 */
import type { Container, Pod } from 'kubernetes-types/core/v1';
import type { Rng } from '../../../lib/rng.js';
import type { Stored } from '../../types.js';
import { containerId } from '../../podStatus.js';
import { accessDenied, goDuration, pullMillis, type PullResult } from '../../images/index.js';
import type { ContainerPlan } from './plan.js';
import type { RunningProgram } from './programRuns.js';
import { probeLabel, probeOutlook } from './probes.js';
import { dueProbe, isLive, probeOf, runDueProbe, type ProbeKind } from './liveProbes.js';
import type { ContainerRecord, KubeletMemory, PodRecord } from './state.js';

export interface ContainerView {
  readonly spec: Container;
  readonly init: boolean;
  readonly plan: ContainerPlan;
  readonly rec: ContainerRecord;
}

export interface PodView {
  readonly pod: Stored<Pod>;
  readonly node: string;
  readonly podIP: string;
  readonly now: number;
  readonly rec: PodRecord;
  readonly containers: readonly ContainerView[];
  readonly memory: KubeletMemory;
  readonly rng: Rng;
  /**
   * Why the container cannot be created now, if so: its configuration (a missing ConfigMap/Secret or key,
   * CreateContainerConfigError) or the runtime (a seccomp profile it cannot load, CreateContainerError).
   */
  configError(c: Container): CreateFailure | undefined;
  /** Registries the pod's imagePullSecrets (its own and its service account's) have credentials for, and the secrets missing. */
  pullCredentials(): { readonly registries: ReadonlySet<string>; readonly missing: readonly string[] };
  /** The binary the runtime cannot find in the image to start the container, if so. */
  missingBinary(c: ContainerView): string | undefined;
  /** Whether the node has the image already: pulled for a pod before, or preloaded (the control plane's). */
  imagePresent(image: string): boolean;
  /** Whether the pod's DNS answers `name` now (a process that resolves a name as it starts asks then). */
  resolves(name: string): boolean;
  /** The program this run of the container runs (node/programs.ts), when a host runs programs. */
  program(c: ContainerView): RunningProgram | undefined;
  /** Starts the container's program, if it has one and a host runs programs. */
  startProgram(c: ContainerView): void;
  event(type: 'Normal' | 'Warning', reason: string, message: string): void;
}

export interface CreateFailure {
  reason: 'CreateContainerConfigError' | 'CreateContainerError';
  message: string;
}

export interface Stage {
  readonly name: string;
  match(c: ContainerView, p: PodView): boolean;
  /** Virtual ms after `c.rec.at`. */
  delay(c: ContainerView, p: PodView): number;
  /** Back-off timers (and programs that run forever) do not keep `settle()` busy. */
  readonly background?: boolean | ((c: ContainerView, p: PodView) => boolean);
  apply(c: ContainerView, p: PodView): void;
}

/** Creating and starting a container once its image is there. */
const CREATE_MS = 300;
const policyOf = (p: PodView) => p.pod.spec?.restartPolicy ?? 'Always';

/** The pod worker's back-off after a failed sync (kubelet.go backOffPeriod). */
const CONFIG_RETRY_MS = 10_000;
/** Container restart back-off (kubelet.go backOffPeriod, MaxContainerBackOff); forgotten once stable twice as long. */
const RESTART_BACKOFF_MS = 10_000;
const MAX_RESTART_BACKOFF_MS = 300_000;
/** The kubelet's next sync after a container changed state. */
const SYNC_MS = 1000;
/** Container restart and image pull back-off: 10 s doubling to 5 min. */
export const backOffMs = (n: number) => Math.min(10_000 * 2 ** Math.max(0, n - 1), 300_000);

const imageName = (c: ContainerView) => c.spec.image ?? '';

export const neverPullMessage = (image: string) =>
  `Container image "${image}" is not present with pull policy of Never`;

/** The pull's outcome now: the plan's, unless the image is private and no imagePullSecret is for its registry. */
function pullOutcome(c: ContainerView, p: PodView): PullResult {
  const pull = c.plan.pull;
  if (pull.ok && pull.info.private && !p.pullCredentials().registries.has(pull.ref.domain))
    return { ok: false, reason: 'ErrImagePull', error: accessDenied(pull.ref) };
  return pull;
}
const pullFails = (c: ContainerView, p: PodView, reason: string) => {
  const o = pullOutcome(c, p);
  return !o.ok && o.reason === reason;
};
const ready = (c: ContainerView) => !c.spec.readinessProbe && !c.spec.startupProbe;

function enterPulling(c: ContainerView, p: PodView): void {
  const image = imageName(c);
  const present = p.imagePresent(image);
  const policy = c.spec.imagePullPolicy ?? 'IfNotPresent';
  const pull = policy === 'Always' || (!present && policy !== 'Never');
  if (policy === 'Never' && !present) {
    // kubelet image_manager EnsureImageExists: no pull, and the sync fails before the container is configured.
    c.rec.s = 'neverPull';
    c.rec.at = p.now;
    p.event('Warning', 'ErrImageNeverPull', neverPullMessage(image));
    p.event('Warning', 'Failed', 'Error: ErrImageNeverPull');
    return;
  }
  c.rec.s = 'pulling';
  c.rec.at = p.now;
  c.rec.pulled = pull;
  c.rec.pullMs = !pull ? 0 : c.plan.pull.ok ? (present ? 450 : pullMillis(c.plan.pull.info)) : 1200;
  // kubelet image_manager: a name that does not parse is never pulled; missing pull secrets are only a warning.
  if (!c.plan.pull.ok && c.plan.pull.reason === 'InvalidImageName') return;
  const missing = p.pullCredentials().missing;
  if (pull && missing.length > 0)
    p.event(
      'Warning',
      'FailedToRetrieveImagePullSecret',
      `Unable to retrieve some image pull secrets (${missing.join(', ')}); attempting to pull the image may not succeed.`,
    );
  if (pull) p.event('Normal', 'Pulling', `Pulling image "${image}"`);
}

function startRun(c: ContainerView, p: PodView): void {
  const r = c.rec;
  r.s = 'running';
  r.at = p.now;
  r.started = p.now;
  r.id = containerId(p.rng);
  r.ready = ready(c);
  r.startupDone = !c.spec.startupProbe;
  r.probes = 0;
  delete r.startedUp;
  delete r.live;
  delete r.kill;
  delete r.stdinClosed;
  // The image's server resolves a name as it starts (nginx's upstreams): unknown now, it gives up at once.
  const resolves = c.plan.resolvesAtStart;
  if (resolves && !p.resolves(resolves.host)) r.failedStart = true;
  else delete r.failedStart;
  p.event('Normal', 'Created', `Created container: ${c.spec.name}`);
  p.event('Normal', 'Started', `Started container ${c.spec.name}`);
  p.startProgram(c);
}

/** When (ms after the run started) and how the container's process ends, if known yet. */
function ending(c: ContainerView, p: PodView): { after: number; code: number } | undefined {
  const run = p.program(c);
  if (run) return run.proc.exit ? { after: run.proc.exit.at - c.rec.at, code: run.proc.exit.code } : undefined;
  const t = c.rec.failedStart ? (c.plan.resolvesAtStart?.failure ?? c.plan.timeline) : c.plan.timeline;
  return t.exitAt === undefined ? undefined : { after: t.exitAt, code: t.exitCode };
}

function terminate(c: ContainerView, p: PodView, code: number, reason: string): void {
  const r = c.rec;
  r.term = { code, reason, started: r.started ?? p.now, finished: p.now, id: r.id ?? '' };
  if (r.failedStart) r.term.failedStart = true;
  r.s = 'exited';
  r.at = p.now;
  r.ready = false;
}

/** The kubelet reads at most this much of the termination message file (kubecontainer.MaxContainerTerminationMessageLength). */
const TERMINATION_MESSAGE_BYTES = 4096;
/** FallbackToLogsOnError: the log's last 80 lines, at most 2048 bytes. */
const FALLBACK_LINES = 80;
const FALLBACK_BYTES = 2048;

/**
 * The ended run's termination message (kuberuntime_container.go getTerminationMessage): what the program wrote to
 * terminationMessagePath, or with FallbackToLogsOnError and a failure, the end of its log.
 */
function terminationMessage(c: ContainerView, p: PodView): void {
  const term = c.rec.term;
  const run = p.program(c);
  if (!term || !run) return;
  let message = run.proc
    .file(c.spec.terminationMessagePath ?? '/dev/termination-log')
    ?.slice(0, TERMINATION_MESSAGE_BYTES);
  if (!message && c.spec.terminationMessagePolicy === 'FallbackToLogsOnError' && term.code !== 0) {
    const tail = run.proc.log
      .lines()
      .slice(-FALLBACK_LINES)
      .map((l) => `${l.text}\n`)
      .join('');
    message = tail.slice(-FALLBACK_BYTES);
  }
  if (message) term.message = message;
}

function restart(c: ContainerView, p: PodView): void {
  const r = c.rec;
  if (r.term) r.last = r.term;
  delete r.term;
  delete r.retries;
  r.restarts++;
  p.event('Normal', 'Pulled', `Container image "${imageName(c)}" already present on machine`);
  startRun(c, p);
}

/**
 * A sync that would start the stopped container again (kuberuntime_manager.go doBackOff): it waits while less
 * than the back-off window has passed since `since`, the finish of the last exited run the sync sees; otherwise
 * the window moves on (10 s, doubled up to 5 min; back to 10 s when the last restart is over 10 min old) and the
 * container starts. Waiting, the pod worker tries again after its own back-off (10 s, jittered by up to half).
 */
function restartOrBackOff(c: ContainerView, p: PodView, since: number | undefined): void {
  const r = c.rec;
  const b = r.backOff;
  const stale = (at: number) => b === undefined || at - b.lastUpdate > 2 * MAX_RESTART_BACKOFF_MS;
  if (since !== undefined && !stale(since) && p.now - since < (b?.ms ?? 0)) {
    r.s = 'crashBackOff';
    r.at = p.now;
    r.retries = (r.retries ?? 0) + 1;
    const pod = p.pod.metadata;
    p.event(
      'Warning',
      'BackOff',
      `Back-off restarting failed container ${c.spec.name} in pod ${pod.name}_${pod.namespace ?? 'default'}(${pod.uid})`,
    );
    return;
  }
  if (since !== undefined)
    r.backOff = {
      ms: stale(since) ? RESTART_BACKOFF_MS : Math.min(2 * (b?.ms ?? 0), MAX_RESTART_BACKOFF_MS),
      lastUpdate: p.now,
    };
  restart(c, p);
}

/** pod_workers.go: a failed sync is retried after wait.Jitter(backOffPeriod, 0.5); the jitter is a hash here. */
function syncRetryMs(c: ContainerView, p: PodView): number {
  const key = `${p.pod.metadata.uid}/${c.spec.name}/${c.rec.restarts}/${c.rec.retries ?? 0}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return CONFIG_RETRY_MS + Math.floor(((h % 1000) / 1000) * CONFIG_RETRY_MS * 0.5);
}

/** The back-off window a waiting container's status message names. */
export const restartBackOffMs = (c: ContainerView) => c.rec.backOff?.ms ?? RESTART_BACKOFF_MS;

/** A native sidecar: an init container with `restartPolicy: Always` that keeps running beside the containers. */
export const isSidecar = (c: ContainerView) => c.init && c.spec.restartPolicy === 'Always';

/** Every regular container has terminated for good: the kubelet stops the sidecars, which then stay down. */
const mainsDone = (p: PodView) => p.containers.every((o) => o.init || o.rec.s === 'done');

function shouldRestart(c: ContainerView, p: PodView): boolean {
  // A sidecar restarts whatever the pod's restart policy, until the pod's containers are done.
  if (isSidecar(c)) return !mainsDone(p);
  const policy = policyOf(p);
  const code = c.rec.term?.code ?? 0;
  if (c.init) return policy !== 'Never' && code !== 0;
  return policy === 'Always' || (policy === 'OnFailure' && code !== 0);
}

/**
 * Whether every init container before `c` has succeeded or, for a sidecar, started (running with its
 * startup probe passed): kuberuntime computeInitContainerActions moves on once a sidecar is started.
 */
function canStart(c: ContainerView, p: PodView): boolean {
  for (const o of p.containers) {
    if (o === c) return true;
    if (isSidecar(o)) {
      if (!(o.rec.s === 'running' && o.rec.startupDone)) return false;
      continue;
    }
    if (o.init && !(o.rec.s === 'done' && (o.rec.term?.code ?? 0) === 0)) return false;
    if (!o.init) return true;
  }
  return true;
}

/** A probe worked out ahead from the plan; undefined for none, and for one that runs live (liveProbes.ts). */
const outlook = (c: ContainerView, p: PodView, kind: ProbeKind) => {
  const probe = probeOf(c, kind);
  return probe && !isLive(c, p, kind) ? probeOutlook(c.plan, c.spec, probe, p.podIP, kind) : undefined;
};

function probeKill(c: ContainerView, p: PodView, kind: 'liveness' | 'startup'): void {
  const o = outlook(c, p, kind);
  for (let i = 0; i < (o?.failures ?? 1); i++)
    p.event('Warning', 'Unhealthy', `${probeLabel[kind]} probe failed: ${o?.output ?? ''}`);
  killForProbe(c, p, kind);
}

/**
 * The kubelet kills the container (SIGTERM, then SIGKILL once the grace period is over: a shell as PID 1 ignores
 * SIGTERM) and starts it again in the same sync, unless it is backing off.
 */
function killForProbe(c: ContainerView, p: PodView, kind: 'liveness' | 'startup'): void {
  p.event('Normal', 'Killing', `Container ${c.spec.name} failed ${kind} probe, will be restarted`);
  const stopMs = c.plan.stopMs;
  const grace = (p.pod.spec?.terminationGracePeriodSeconds ?? 30) * 1000;
  c.rec.kill =
    stopMs === undefined
      ? { at: p.now + grace, code: 137, reason: 'Error' }
      : { at: p.now + Math.min(stopMs, grace), code: 0, reason: 'Completed' };
}

function startedUp(c: ContainerView, p: PodView): void {
  c.rec.startupDone = true;
  c.rec.startedUp = p.now;
  if (!c.spec.readinessProbe) c.rec.ready = true;
}

export const STAGES: readonly Stage[] = [
  {
    name: 'unblock',
    match: (c, p) => c.rec.s === 'blocked' && canStart(c, p),
    delay: () => 0,
    apply: enterPulling,
  },
  {
    name: 'invalid-name',
    match: (c, p) => c.rec.s === 'pulling' && pullFails(c, p, 'InvalidImageName'),
    delay: () => 0,
    apply(c, p) {
      const o = pullOutcome(c, p);
      c.rec.s = 'invalidName';
      c.rec.at = p.now;
      c.rec.pullError = o.ok ? '' : o.error;
      p.event('Warning', 'InspectFailed', c.rec.pullError);
      p.event('Warning', 'Failed', 'Error: InvalidImageName');
    },
  },
  {
    // The pod worker syncs again after its back-off and finds the same name (or a corrected one).
    name: 'invalid-name-retry',
    match: (c) => c.rec.s === 'invalidName',
    delay: () => CONFIG_RETRY_MS,
    background: true,
    apply: enterPulling,
  },
  {
    // The pod worker syncs again after its back-off and looks for the image again (another pod may have pulled it).
    name: 'never-pull-retry',
    match: (c) => c.rec.s === 'neverPull',
    delay: syncRetryMs,
    background: true,
    apply: enterPulling,
  },
  {
    name: 'pull-failed',
    match: (c, p) => c.rec.s === 'pulling' && pullFails(c, p, 'ErrImagePull'),
    delay: (c) => c.rec.pullMs,
    apply(c, p) {
      const o = pullOutcome(c, p);
      c.rec.s = 'pullFailed';
      c.rec.at = p.now;
      c.rec.pulls++;
      c.rec.pullError = o.ok ? '' : o.error;
      p.event('Warning', 'Failed', `Failed to pull image "${imageName(c)}": ${c.rec.pullError}`);
      p.event('Warning', 'Failed', 'Error: ErrImagePull');
    },
  },
  {
    name: 'image-pull-back-off',
    match: (c) => c.rec.s === 'pullFailed',
    delay: () => SYNC_MS,
    apply(c, p) {
      c.rec.s = 'pullBackOff';
      c.rec.at = p.now;
      p.event('Normal', 'BackOff', `Back-off pulling image "${imageName(c)}"`);
      p.event('Warning', 'Failed', 'Error: ImagePullBackOff');
    },
  },
  {
    name: 'pull-retry',
    match: (c) => c.rec.s === 'pullBackOff',
    delay: (c) => backOffMs(c.rec.pulls),
    background: true,
    apply: enterPulling,
  },
  {
    name: 'start',
    match: (c, p) => c.rec.s === 'pulling' && pullOutcome(c, p).ok,
    delay: (c) => c.rec.pullMs + CREATE_MS,
    apply(c, p) {
      const image = imageName(c);
      const images = (p.memory.images[p.node] ??= []);
      if (!images.includes(image)) images.push(image);
      if (c.rec.pulled && c.plan.pull.ok) {
        const took = goDuration(c.rec.pullMs);
        p.event(
          'Normal',
          'Pulled',
          `Successfully pulled image "${image}" in ${took} (${took} including waiting). Image size: ${c.plan.pull.info.size} bytes.`,
        );
      } else {
        p.event('Normal', 'Pulled', `Container image "${image}" already present on machine`);
      }
      const bin = p.missingBinary(c);
      if (bin !== undefined) {
        // exec of a binary the image does not have: the runtime cannot start the process.
        const message = `failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "${bin}": executable file not found in $PATH: unknown`;
        p.event('Normal', 'Created', `Created container: ${c.spec.name}`);
        p.event(
          'Warning',
          'Failed',
          `Error: failed to start container "${c.spec.name}": Error response from daemon: ${message}`,
        );
        c.rec.id = containerId(p.rng);
        c.rec.started = p.now;
        terminate(c, p, 127, 'ContainerCannotRun');
        if (c.rec.term) c.rec.term.message = message;
        return;
      }
      const failure = p.configError(c.spec);
      if (failure !== undefined) {
        p.event('Warning', 'Failed', `Error: ${failure.message}`);
        c.rec.s = 'configError';
        c.rec.at = p.now;
        c.rec.configError = failure.message;
        if (failure.reason === 'CreateContainerError') c.rec.createError = true;
        else delete c.rec.createError;
        return;
      }
      delete c.rec.configError;
      delete c.rec.createError;
      startRun(c, p);
    },
  },
  {
    // The pod worker syncs the pod again after its back-off (pkg/kubelet/pod_workers.go backOffPeriod).
    name: 'config-retry',
    match: (c) => c.rec.s === 'configError',
    delay: () => CONFIG_RETRY_MS,
    background: true,
    apply: enterPulling,
  },
  {
    name: 'oom-kill',
    match: (c) => c.rec.s === 'running' && c.plan.oom,
    delay: () => 800,
    apply: (c, p) => terminate(c, p, 137, 'OOMKilled'),
  },
  {
    name: 'exit',
    match: (c, p) => c.rec.s === 'running' && ending(c, p) !== undefined,
    delay: (c, p) => ending(c, p)?.after ?? 0,
    apply(c, p) {
      const code = ending(c, p)?.code ?? 0;
      terminate(c, p, code, code === 0 ? 'Completed' : 'Error');
      terminationMessage(c, p);
    },
  },
  {
    // The program wakes (its `sleep` is over) and runs on; one that never ends does not keep settle() busy.
    name: 'program',
    match: (c, p) => c.rec.s === 'running' && p.program(c)?.nextAt !== undefined,
    delay: (c, p) => (p.program(c)?.nextAt ?? 0) - c.rec.at,
    background: (c) => c.plan.timeline.exitAt === undefined,
    apply: (c, p) => p.program(c)?.advance(p.now),
  },
  {
    // Killed for a failed probe: dead once it took SIGTERM (or SIGKILL), started again at once unless backing off
    // since the run before (the sync's pod status predates this kill).
    name: 'probe-killed',
    match: (c) => c.rec.s === 'running' && c.rec.kill !== undefined,
    delay: (c) => (c.rec.kill?.at ?? 0) - c.rec.at,
    apply(c, p) {
      const kill = c.rec.kill;
      delete c.rec.kill;
      terminate(c, p, kill?.code ?? 137, kill?.reason ?? 'Error');
      terminationMessage(c, p);
      if (shouldRestart(c, p)) restartOrBackOff(c, p, c.rec.last?.finished);
    },
  },
  {
    // The shell read EOF from its closed stdin and exited: `exit` typed in `kubectl run -it`.
    name: 'stdin-closed',
    match: (c) => c.rec.s === 'running' && c.rec.stdinClosed === true,
    delay: () => 0,
    apply: (c, p) => terminate(c, p, 0, 'Completed'),
  },
  {
    // An exec probe of a running program: its command runs in the container when due.
    name: 'live-probe',
    match: (c, p) => c.rec.s === 'running' && !c.rec.kill && dueProbe(c, p) !== undefined,
    delay: (c, p) => (dueProbe(c, p)?.at ?? 0) - c.rec.at,
    background: true,
    apply(c, p) {
      const r = runDueProbe(c, p);
      if (!r.ok) p.event('Warning', 'Unhealthy', `${probeLabel[r.kind]} probe failed: ${r.output}`);
      if (r.outcome === 'started') startedUp(c, p);
      else if (r.outcome === 'ready') c.rec.ready = true;
      else if (r.outcome === 'unready') c.rec.ready = false;
      else if (r.outcome === 'kill') killForProbe(c, p, r.kind === 'startup' ? 'startup' : 'liveness');
    },
  },
  {
    name: 'startup-probe-passes',
    match: (c, p) =>
      c.rec.s === 'running' && !c.rec.kill && !c.rec.startupDone && outlook(c, p, 'startup')?.passAt !== undefined,
    delay: (c, p) => outlook(c, p, 'startup')?.passAt ?? 0,
    apply: startedUp,
  },
  {
    name: 'startup-probe-fails',
    match: (c, p) =>
      c.rec.s === 'running' && !c.rec.kill && !c.rec.startupDone && outlook(c, p, 'startup')?.failAt !== undefined,
    delay: (c, p) => outlook(c, p, 'startup')?.failAt ?? 0,
    apply: (c, p) => probeKill(c, p, 'startup'),
  },
  {
    name: 'liveness-probe-fails',
    match: (c, p) =>
      c.rec.s === 'running' && !c.rec.kill && c.rec.startupDone && outlook(c, p, 'liveness')?.failAt !== undefined,
    delay: (c, p) => outlook(c, p, 'liveness')?.failAt ?? 0,
    apply: (c, p) => probeKill(c, p, 'liveness'),
  },
  {
    name: 'readiness-probe-passes',
    match: (c, p) =>
      c.rec.s === 'running' &&
      !c.rec.kill &&
      c.rec.startupDone &&
      !c.rec.ready &&
      outlook(c, p, 'readiness')?.passAt !== undefined,
    delay: (c, p) => outlook(c, p, 'readiness')?.passAt ?? 0,
    apply(c) {
      c.rec.ready = true;
    },
  },
  {
    name: 'readiness-probe-fails',
    match: (c, p) =>
      c.rec.s === 'running' &&
      !c.rec.kill &&
      c.rec.startupDone &&
      !c.rec.ready &&
      c.spec.readinessProbe !== undefined &&
      !isLive(c, p, 'readiness') &&
      outlook(c, p, 'readiness')?.passAt === undefined,
    delay: (c) =>
      ((c.spec.readinessProbe?.initialDelaySeconds ?? 0) +
        c.rec.probes * (c.spec.readinessProbe?.periodSeconds ?? 10)) *
      1000,
    background: true,
    apply(c, p) {
      c.rec.probes++;
      p.event('Warning', 'Unhealthy', `Readiness probe failed: ${outlook(c, p, 'readiness')?.output ?? ''}`);
    },
  },
  {
    // The pod's containers are all done (a Job's pod): the kubelet stops its sidecars.
    name: 'sidecar-stop',
    match: (c, p) => isSidecar(c) && c.rec.s === 'running' && mainsDone(p),
    delay: () => 0,
    apply(c, p) {
      p.event('Normal', 'Killing', `Stopping container ${c.spec.name}`);
      const graceful = c.plan.stopMs !== undefined;
      terminate(c, p, graceful ? 0 : 137, graceful ? 'Completed' : 'Error');
    },
  },
  {
    // A sidecar waiting to restart when the containers are done stays down.
    name: 'sidecar-settle',
    match: (c, p) => isSidecar(c) && c.rec.s === 'crashBackOff' && mainsDone(p),
    delay: () => 0,
    apply(c, p) {
      c.rec.s = 'done';
      c.rec.at = p.now;
    },
  },
  {
    name: 'complete',
    match: (c, p) => c.rec.s === 'exited' && !shouldRestart(c, p),
    delay: () => 0,
    apply(c, p) {
      c.rec.s = 'done';
      c.rec.at = p.now;
    },
  },
  {
    // The pod worker's sync after PLEG saw the container exit: restart, or back off.
    name: 'restart',
    match: (c, p) => c.rec.s === 'exited' && shouldRestart(c, p),
    delay: () => SYNC_MS,
    apply: (c, p) => restartOrBackOff(c, p, c.rec.term?.finished),
  },
  {
    name: 'restart-after-back-off',
    match: (c, p) => c.rec.s === 'crashBackOff' && shouldRestart(c, p),
    delay: syncRetryMs,
    background: true,
    apply: (c, p) => restartOrBackOff(c, p, c.rec.term?.finished),
  },
];
