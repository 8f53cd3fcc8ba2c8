/**
 * The CronJob controller (pkg/controller/cronjob, v2): creates `<name>-<minutes since epoch>` Jobs
 * on the schedule of the virtual clock, honours concurrencyPolicy, suspend and
 * startingDeadlineSeconds, tracks active jobs and keeps the job history within its limits. It sleeps
 * on background timers, so an idle CronJob never keeps `settle()` busy.
 */
import { klona } from 'klona/json';
import type { CronJob, CronJobStatus, Job } from 'kubernetes-types/batch/v1';
import type { ObjectReference } from 'kubernetes-types/core/v1';
import { isStatusError } from '../../errors.js';
import { nextScheduleTime, scheduleTimes } from '../../kinds/cronjob.js';
import type { KubeObject, Stored, WatchEvent } from '../../types.js';
import type { Controller, ControllerContext } from '../controller.js';
import { jobFinished } from './job.js';
import { controllerRef, keyOf, omitEmpty, owned, ownerRefTo, splitKey, writeStatus } from './util.js';

export const CRONJOB_CONTROLLER = 'cronjob-controller';
const RESOURCE = 'cronjobs.batch';
const JOBS = 'jobs.batch';
export const SCHEDULED_TIMESTAMP = 'batch.kubernetes.io/cronjob-scheduled-timestamp';

type CJ = Stored<CronJob>;
type JobObj = Stored<Job>;

export const cronJobController: Controller = {
  name: CRONJOB_CONTROLLER,
  watches: [RESOURCE, JOBS],
  keysFor(event: WatchEvent): readonly string[] {
    if (event.resource === RESOURCE) return event.type === 'DELETED' ? [] : [keyOf(event.object)];
    const ref = controllerRef(event.object);
    return ref?.kind === 'CronJob' ? [`${event.object.metadata.namespace ?? 'default'}/${ref.name}`] : [];
  },
  reconcile(key, ctx) {
    syncCronJob(ctx, key);
  },
};

const jobRef = (job: JobObj): ObjectReference => ({
  apiVersion: 'batch/v1',
  kind: 'Job',
  name: job.metadata.name,
  namespace: job.metadata.namespace ?? 'default',
  resourceVersion: job.metadata.resourceVersion,
  uid: job.metadata.uid,
});

function syncCronJob(ctx: ControllerContext, key: string): void {
  const [ns, name] = splitKey(key);
  const cj = ctx.store.get(RESOURCE, ns, name) as CJ | undefined;
  if (!cj || cj.metadata.deletionTimestamp || !cj.spec) return;
  const now = ctx.clock.now();
  const jobs = owned(ctx, cj, 'Job') as JobObj[];
  const status: CronJobStatus = klona(cj.status ?? {});
  const event = (type: 'Normal' | 'Warning', reason: string, message: string) =>
    ctx.events.record(cj, type, reason, message, CRONJOB_CONTROLLER);

  // Active list: finished or vanished jobs leave it.
  const byUid = new Map(jobs.map((j) => [j.metadata.uid, j]));
  const active: ObjectReference[] = [];
  for (const ref of status.active ?? []) {
    const job = byUid.get(ref.uid ?? '');
    if (!job) continue;
    const finished = jobFinished(job);
    if (finished) {
      event('Normal', 'SawCompletedJob', `Saw completed job: ${job.metadata.name}, condition: ${finished}`);
      if (finished === 'Complete' && job.status?.completionTime) {
        const t = job.status.completionTime;
        if (!status.lastSuccessfulTime || status.lastSuccessfulTime < t) status.lastSuccessfulTime = t;
      }
    } else active.push(jobRef(job));
  }
  for (const job of jobs) {
    if (!jobFinished(job) && !active.some((r) => r.uid === job.metadata.uid)) active.push(jobRef(job));
  }
  status.active = active;

  cleanupHistory(ctx, cj, jobs, event);

  const spec = cj.spec;
  if (spec.suspend) return finish(ctx, cj, status);
  const earliest = Date.parse(status.lastScheduleTime ?? cj.metadata.creationTimestamp);
  const from =
    spec.startingDeadlineSeconds !== undefined
      ? Math.max(earliest, now - spec.startingDeadlineSeconds * 1000)
      : earliest;
  const due = scheduleTimes(spec, from, now, 101);
  if (due.length > 100) {
    event(
      'Warning',
      'TooManyMissedTimes',
      'too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew',
    );
  }
  const scheduled = due[due.length - 1];
  if (scheduled !== undefined) runAt(ctx, cj, scheduled, status, active, jobs, event);
  finish(ctx, cj, status);
}

function runAt(
  ctx: ControllerContext,
  cj: CJ,
  scheduled: number,
  status: CronJobStatus,
  active: ObjectReference[],
  jobs: JobObj[],
  event: (type: 'Normal' | 'Warning', reason: string, message: string) => void,
): void {
  const spec = cj.spec;
  if (!spec) return;
  const jobName = `${cj.metadata.name}-${Math.floor(scheduled / 60000)}`;
  if (jobs.some((j) => j.metadata.name === jobName)) return;
  if (spec.concurrencyPolicy === 'Forbid' && active.length > 0) {
    event(
      'Normal',
      'JobAlreadyActive',
      'Not starting job because prior execution is running and concurrency policy is Forbid',
    );
    return;
  }
  if (spec.concurrencyPolicy === 'Replace') {
    for (const ref of [...active]) {
      try {
        ctx.api.delete(JOBS, ref.namespace, ref.name ?? '', { propagationPolicy: 'Background' });
      } catch (err) {
        if (!isStatusError(err, 'NotFound')) throw err;
      }
      event('Normal', 'SuccessfulDelete', `Deleted job ${ref.name ?? ''}`);
      active.splice(active.indexOf(ref), 1);
    }
  }
  const template = spec.jobTemplate;
  const job = {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: {
      name: jobName,
      namespace: cj.metadata.namespace ?? 'default',
      ...(template.metadata?.labels ? { labels: { ...template.metadata.labels } } : {}),
      annotations: { ...template.metadata?.annotations, [SCHEDULED_TIMESTAMP]: ctx.clock.timestamp(scheduled) },
      ownerReferences: [ownerRefTo(cj)],
    },
    spec: template.spec,
  } as KubeObject;
  try {
    const created = ctx.api.create(job) as JobObj;
    event('Normal', 'SuccessfulCreate', `Created job ${jobName}`);
    active.push(jobRef(created));
  } catch (err) {
    if (!isStatusError(err)) throw err;
    if (err.reason === 'AlreadyExists') return;
    event('Warning', 'FailedCreate', `Error creating job: ${err.message}`);
    return;
  }
  status.lastScheduleTime = ctx.clock.timestamp(scheduled);
}

function finish(ctx: ControllerContext, cj: CJ, status: CronJobStatus): void {
  const written = writeStatus(ctx, cj, omitEmpty(status));
  if (written.spec?.suspend || !written.spec) return;
  const next = nextScheduleTime(written.spec, ctx.clock.now());
  if (next !== undefined) ctx.requeueAfter(keyOf(written), Math.max(1, next - ctx.clock.now()), true);
}

/** Finished jobs beyond successfulJobsHistoryLimit / failedJobsHistoryLimit go, oldest first. */
function cleanupHistory(
  ctx: ControllerContext,
  cj: CJ,
  jobs: JobObj[],
  event: (type: 'Normal' | 'Warning', reason: string, message: string) => void,
): void {
  const start = (j: JobObj) => j.status?.startTime ?? j.metadata.creationTimestamp;
  const prune = (list: JobObj[], limit: number | undefined) => {
    if (limit === undefined || list.length <= limit) return;
    const sorted = [...list].sort((a, b) =>
      start(a) < start(b) ? -1 : start(a) > start(b) ? 1 : a.metadata.name.localeCompare(b.metadata.name),
    );
    for (const j of sorted.slice(0, list.length - limit)) {
      if (j.metadata.deletionTimestamp) continue;
      ctx.api.delete(JOBS, j.metadata.namespace, j.metadata.name, { propagationPolicy: 'Background' });
      event('Normal', 'SuccessfulDelete', `Deleted job ${j.metadata.name}`);
    }
  };
  prune(
    jobs.filter((j) => jobFinished(j) === 'Complete'),
    cj.spec?.successfulJobsHistoryLimit,
  );
  prune(
    jobs.filter((j) => jobFinished(j) === 'Failed'),
    cj.spec?.failedJobsHistoryLimit,
  );
}
