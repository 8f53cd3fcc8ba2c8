/**
 * The Job controller (pkg/controller/job): runs pods until `completions` succeed (at most
 * `parallelism` at once), retries failures with exponential back-off up to `backoffLimit`, enforces
 * `activeDeadlineSeconds`, sets the 1.32 conditions (SuccessCriteriaMet/Complete,
 * FailureTarget/Failed) and deletes finished Jobs after `ttlSecondsAfterFinished`.
 */
import { klona } from 'klona/json';
import type { Job, JobCondition, JobStatus } from 'kubernetes-types/batch/v1';
import type { Container, Pod } from 'kubernetes-types/core/v1';
import { isStatusError } from '../../errors.js';
import type { Stored, WatchEvent } from '../../types.js';
import type { Controller, ControllerContext } from '../controller.js';
import { podKeys } from './replicaset.js';
import {
  DEFER,
  POD_BATCH_MS,
  deletePod,
  isPodReady,
  keyOf,
  owned,
  podFromTemplate,
  podPhase,
  splitKey,
  writeStatus,
} from './util.js';

export const JOB_CONTROLLER = 'job-controller';
const RESOURCE = 'jobs.batch';
const BACKOFF_BASE_MS = 10_000;
const BACKOFF_MAX_MS = 6 * 60_000;

type JobObj = Stored<Job>;
type PodObj = Stored<Pod>;

export const jobController: Controller = {
  name: JOB_CONTROLLER,
  watches: [RESOURCE, 'pods'],
  keysFor(event: WatchEvent): readonly string[] {
    if (event.resource === RESOURCE) return event.type === 'DELETED' ? [] : [keyOf(event.object)];
    return podKeys(event, 'Job').filter((k) => !k.startsWith('orphan:'));
  },
  reconcile(key, ctx) {
    if (key.startsWith(DEFER)) return ctx.requeueAfter(key.slice(1), POD_BATCH_MS);
    syncJob(ctx, key);
  },
};

export function jobFinished(job: Stored<Job>): 'Complete' | 'Failed' | undefined {
  for (const c of job.status?.conditions ?? []) {
    if ((c.type === 'Complete' || c.type === 'Failed') && c.status === 'True') return c.type;
  }
  return undefined;
}

function condition(type: string, reason: string, message: string, now: string): JobCondition {
  return { type, status: 'True', lastProbeTime: now, lastTransitionTime: now, reason, message };
}

function withCondition(status: JobStatus, cond: JobCondition): JobStatus {
  if (status.conditions?.some((c) => c.type === cond.type && c.status === 'True')) return status;
  return { ...status, conditions: [...(status.conditions ?? []), cond] };
}

function syncJob(ctx: ControllerContext, key: string): void {
  const [ns, name] = splitKey(key);
  const job = ctx.store.get(RESOURCE, ns, name) as JobObj | undefined;
  if (!job || job.metadata.deletionTimestamp) return;
  const now = ctx.clock.now();
  const ts = ctx.clock.timestamp();
  const finished = jobFinished(job);
  if (finished) return handleTtl(ctx, job, now);
  const spec = job.spec;
  if (!spec) return;
  const pods = owned(ctx, job, 'Pod') as PodObj[];
  const active = pods.filter(
    (p) => !p.metadata.deletionTimestamp && podPhase(p) !== 'Succeeded' && podPhase(p) !== 'Failed',
  );
  const terminating = pods.filter(
    (p) => p.metadata.deletionTimestamp && podPhase(p) !== 'Succeeded' && podPhase(p) !== 'Failed',
  ).length;
  const succeededPods = pods.filter((p) => podPhase(p) === 'Succeeded');
  const failedPods = pods.filter((p) => podPhase(p) === 'Failed');
  // Counts never go down, even when finished pods are deleted.
  const indexed = spec.completionMode === 'Indexed';
  const doneIndexes = indexed ? completedIndexes(job, succeededPods) : undefined;
  const succeeded = Math.max(job.status?.succeeded ?? 0, doneIndexes ? doneIndexes.size : succeededPods.length);
  const failed = Math.max(job.status?.failed ?? 0, failedPods.length);
  let status: JobStatus = { ...klona(job.status ?? {}) };
  const suspended = spec.suspend === true;
  const wasSuspended = status.conditions?.some((c) => c.type === 'Suspended' && c.status === 'True') ?? false;
  if (suspended && !wasSuspended) {
    status.conditions = [
      ...(status.conditions ?? []).filter((c) => c.type !== 'Suspended'),
      condition('Suspended', 'JobSuspended', 'Job suspended', ts),
    ];
    ctx.events.record(job, 'Normal', 'Suspended', 'Job suspended', JOB_CONTROLLER);
  } else if (!suspended && wasSuspended) {
    status.conditions = (status.conditions ?? []).map((c) =>
      c.type === 'Suspended'
        ? {
            ...c,
            status: 'False',
            reason: 'JobResumed',
            message: 'Job resumed',
            lastProbeTime: ts,
            lastTransitionTime: ts,
          }
        : c,
    );
    ctx.events.record(job, 'Normal', 'Resumed', 'Job resumed', JOB_CONTROLLER);
    status.startTime = ts;
  }
  if (!status.startTime && !suspended) status.startTime = ts;
  const completions = spec.completions;
  const backoffLimit = spec.backoffLimit ?? 6;

  let failure: { reason: string; message: string } | undefined;
  const failureTarget = status.conditions?.find((c) => c.type === 'FailureTarget' && c.status === 'True');
  if (failureTarget) failure = { reason: failureTarget.reason ?? '', message: failureTarget.message ?? '' };
  else if (
    failed > backoffLimit ||
    (spec.template.spec?.restartPolicy === 'OnFailure' && pastBackoffOnFailure(active, backoffLimit))
  ) {
    failure = { reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit' };
  } else if (spec.activeDeadlineSeconds !== undefined && status.startTime && !suspended) {
    const deadline = Date.parse(status.startTime) + spec.activeDeadlineSeconds * 1000;
    if (deadline <= now)
      failure = { reason: 'DeadlineExceeded', message: 'Job was active longer than specified deadline' };
    else ctx.requeueAfter(key, deadline - now, true);
  }
  const complete =
    !failure && (completions !== undefined ? succeeded >= completions : succeeded > 0 && active.length === 0);

  if (failure) {
    if (!failureTarget) {
      status = withCondition(status, condition('FailureTarget', failure.reason, failure.message, ts));
      ctx.events.record(job, 'Warning', failure.reason, failure.message, JOB_CONTROLLER);
    }
    for (const p of active) deletePod(ctx, p);
  } else if (complete) {
    if (!status.conditions?.some((c) => c.type === 'SuccessCriteriaMet')) {
      status = withCondition(
        status,
        condition('SuccessCriteriaMet', 'CompletionsReached', 'Reached expected number of succeeded pods', ts),
      );
    }
    for (const p of active) deletePod(ctx, p);
  } else if (suspended) {
    for (const p of active) deletePod(ctx, p);
  } else {
    manageActive(ctx, job, active, succeeded, failedPods, now, doneIndexes);
  }
  const stillActive =
    failure || complete || suspended
      ? 0
      : owned(ctx, job, 'Pod').filter(
          (p) => !p.metadata.deletionTimestamp && podPhase(p) !== 'Succeeded' && podPhase(p) !== 'Failed',
        ).length;
  const stillTerminating = terminating + (failure || complete || suspended ? active.length : 0);
  status = {
    ...status,
    active: stillActive,
    ready: (failure || complete || suspended ? [] : active).filter(isPodReady).length,
    succeeded,
    failed,
    terminating: stillTerminating,
    uncountedTerminatedPods: {},
    ...(doneIndexes && doneIndexes.size > 0 ? { completedIndexes: formatIndexes(doneIndexes) } : {}),
  };
  if (failure && stillTerminating === 0 && !status.conditions?.some((c) => c.type === 'Failed')) {
    status = withCondition(status, condition('Failed', failure.reason, failure.message, ts));
  }
  if (complete && stillTerminating === 0 && !status.conditions?.some((c) => c.type === 'Complete')) {
    status = withCondition(
      status,
      condition('Complete', 'CompletionsReached', 'Reached expected number of succeeded pods', ts),
    );
    status.completionTime = ts;
    ctx.events.record(job, 'Normal', 'Completed', 'Job completed', JOB_CONTROLLER);
  }
  const written = writeStatus(ctx, job, clean(status));
  if (jobFinished(written)) handleTtl(ctx, written, now);
}

/** Status as the API returns it: zero counters omitted except `ready` and `terminating` (pointers in Go). */
function clean(status: JobStatus): JobStatus {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(status)) {
    if (v === undefined) continue;
    if (v === 0 && k !== 'ready' && k !== 'terminating') continue;
    out[k] = v;
  }
  return out;
}

function pastBackoffOnFailure(active: PodObj[], limit: number): boolean {
  let restarts = 0;
  for (const p of active) {
    for (const c of [...(p.status?.initContainerStatuses ?? []), ...(p.status?.containerStatuses ?? [])])
      restarts += c.restartCount;
  }
  return limit === 0 ? restarts > 0 : restarts >= limit;
}

export const COMPLETION_INDEX = 'batch.kubernetes.io/job-completion-index';

const indexOf = (pod: PodObj): number | undefined => {
  const v = pod.metadata.annotations?.[COMPLETION_INDEX] ?? pod.metadata.labels?.[COMPLETION_INDEX];
  return v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined;
};

/** Indexes with a succeeded pod, plus those already recorded in status.completedIndexes. */
function completedIndexes(job: JobObj, succeededPods: PodObj[]): Set<number> {
  const out = new Set<number>();
  for (const part of (job.status?.completedIndexes ?? '').split(',').filter(Boolean)) {
    const [a = '0', b] = part.split('-');
    for (let i = Number(a); i <= Number(b ?? a); i++) out.add(i);
  }
  const completions = job.spec?.completions ?? 0;
  for (const p of succeededPods) {
    const i = indexOf(p);
    if (i !== undefined && i < completions) out.add(i);
  }
  return out;
}

/** `0-2,4,6-7`, as status.completedIndexes is written. */
export function formatIndexes(indexes: ReadonlySet<number>): string {
  const sorted = [...indexes].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
    parts.push(i === j ? String(sorted[i]) : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}

function indexedPod(job: JobObj, index: number) {
  const spec = job.spec;
  const template = klona(spec?.template ?? {});
  template.metadata = {
    ...template.metadata,
    labels: { ...template.metadata?.labels, [COMPLETION_INDEX]: String(index) },
    annotations: { ...template.metadata?.annotations, [COMPLETION_INDEX]: String(index) },
  };
  const env = {
    name: 'JOB_COMPLETION_INDEX',
    valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: `metadata.labels['${COMPLETION_INDEX}']` } },
  };
  if (template.spec) {
    // indexed_job_utils.go addCompletionIndexEnvVariables: init containers too; a container's own variable stays.
    const withIndex = (c: Container): Container =>
      (c.env ?? []).some((e) => e.name === env.name) ? c : { ...c, env: [...(c.env ?? []), env] };
    template.spec.containers = template.spec.containers.map(withIndex);
    if (template.spec.initContainers) template.spec.initContainers = template.spec.initContainers.map(withIndex);
    template.spec.hostname = `${job.metadata.name}-${index}`;
  }
  return podFromTemplate(template, job, { generateName: `${job.metadata.name}-${index}-` });
}

function manageActive(
  ctx: ControllerContext,
  job: JobObj,
  active: PodObj[],
  succeeded: number,
  failedPods: PodObj[],
  now: number,
  doneIndexes?: Set<number>,
): void {
  const spec = job.spec;
  if (!spec) return;
  const parallelism = spec.parallelism ?? 1;
  let want: number;
  if (spec.completions === undefined) want = succeeded > 0 ? active.length : parallelism;
  else want = Math.max(0, Math.min(spec.completions - succeeded, parallelism));
  const diff = want - active.length;
  if (diff < 0) {
    const extra = [...active].sort((a, b) => (isPodReady(a) ? 1 : 0) - (isPodReady(b) ? 1 : 0)).slice(0, -diff);
    for (const p of extra) deletePod(ctx, p);
    return;
  }
  if (diff === 0) return;
  // Failed pods are replaced after an exponential back-off (10 s, 20 s, 40 s, … up to 6 min).
  if (failedPods.length > 0) {
    const lastFailure = Math.max(...failedPods.map((p) => finishedAt(p)));
    const delay = Math.min(BACKOFF_BASE_MS * 2 ** (failedPods.length - 1), BACKOFF_MAX_MS);
    if (lastFailure + delay > now) {
      ctx.requeueAfter(keyOf(job), lastFailure + delay - now);
      return;
    }
  }
  // Indexed jobs run the lowest indexes that are neither done nor running.
  const pending: (number | undefined)[] = [];
  if (doneIndexes) {
    const running = new Set(active.map(indexOf));
    for (let i = 0; i < (spec.completions ?? 0) && pending.length < diff; i++)
      if (!doneIndexes.has(i) && !running.has(i)) pending.push(i);
  } else for (let i = 0; i < diff; i++) pending.push(undefined);
  for (const index of pending) {
    try {
      const pod = ctx.api.create(index === undefined ? podFromTemplate(spec.template, job) : indexedPod(job, index), {
        derived: true,
      });
      ctx.events.record(job, 'Normal', 'SuccessfulCreate', `Created pod: ${pod.metadata.name}`, JOB_CONTROLLER);
    } catch (err) {
      if (!isStatusError(err)) throw err;
      ctx.events.record(job, 'Warning', 'FailedCreate', `Error creating: ${err.message}`, JOB_CONTROLLER);
      ctx.requeueAfter(keyOf(job), 10_000, true);
      return;
    }
  }
}

function finishedAt(pod: PodObj): number {
  let at = 0;
  for (const c of pod.status?.containerStatuses ?? []) {
    const t = c.state?.terminated?.finishedAt;
    if (t) at = Math.max(at, Date.parse(t));
  }
  return at || Date.parse(pod.metadata.creationTimestamp);
}

/** The TTL-after-finished controller: a finished Job goes `ttlSecondsAfterFinished` after it finished. */
function handleTtl(ctx: ControllerContext, job: JobObj, now: number): void {
  const ttl = job.spec?.ttlSecondsAfterFinished;
  if (ttl === undefined) return;
  const cond = job.status?.conditions?.find(
    (c) => (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True',
  );
  const finished = Date.parse(job.status?.completionTime ?? cond?.lastTransitionTime ?? job.metadata.creationTimestamp);
  const at = finished + ttl * 1000;
  if (at > now) {
    ctx.requeueAfter(keyOf(job), at - now, true);
    return;
  }
  ctx.api.delete(RESOURCE, job.metadata.namespace, job.metadata.name, { propagationPolicy: 'Background' });
}
