/** ReplicaSet, Deployment, DaemonSet, StatefulSet, Job, CronJob, ReplicationController (printers.go). */
import type { DaemonSet, Deployment, ReplicaSet, StatefulSet } from 'kubernetes-types/apps/v1';
import type { CronJob, Job, JobCondition } from 'kubernetes-types/batch/v1';
import type { ReplicationController } from 'kubernetes-types/core/v1';
import { humanDuration, parseTimestamp, translateTimestampSince } from '../duration.js';
import { formatLabelSelector, formatLabels, selectorString } from '../labels.js';
import type { TablePrinter } from '../types.js';
import { age, boolPtr, col, containerCells, NAME } from './common.js';

const WIDE_TEMPLATE = [col('Containers', 1), col('Images', 1), col('Selector', 1)] as const;

export const replicaSetPrinter: TablePrinter<ReplicaSet> = {
  columns: [NAME, col('Desired'), col('Current'), col('Ready'), col('Age'), ...WIDE_TEMPLATE],
  row: (rs, ctx) => [
    rs.metadata?.name ?? '',
    rs.spec?.replicas ?? 0,
    rs.status?.replicas ?? 0,
    rs.status?.readyReplicas ?? 0,
    age(rs, ctx),
    ...containerCells(rs.spec?.template?.spec?.containers),
    formatLabelSelector(rs.spec?.selector),
  ],
};

export const replicationControllerPrinter: TablePrinter<ReplicationController> = {
  columns: replicaSetPrinter.columns,
  row: (rc, ctx) => [
    rc.metadata?.name ?? '',
    rc.spec?.replicas ?? 0,
    rc.status?.replicas ?? 0,
    rc.status?.readyReplicas ?? 0,
    age(rc, ctx),
    ...containerCells(rc.spec?.template?.spec?.containers),
    formatLabels(rc.spec?.selector),
  ],
};

export const deploymentPrinter: TablePrinter<Deployment> = {
  columns: [NAME, col('Ready'), col('Up-to-date'), col('Available'), col('Age'), ...WIDE_TEMPLATE],
  row: (d, ctx) => [
    d.metadata?.name ?? '',
    `${d.status?.readyReplicas ?? 0}/${d.spec?.replicas ?? 0}`,
    d.status?.updatedReplicas ?? 0,
    d.status?.availableReplicas ?? 0,
    age(d, ctx),
    ...containerCells(d.spec?.template.spec?.containers),
    selectorString(d.spec?.selector),
  ],
};

export const daemonSetPrinter: TablePrinter<DaemonSet> = {
  columns: [
    NAME,
    col('Desired'),
    col('Current'),
    col('Ready'),
    col('Up-to-date'),
    col('Available'),
    col('Node Selector'),
    col('Age'),
    ...WIDE_TEMPLATE,
  ],
  row: (ds, ctx) => [
    ds.metadata?.name ?? '',
    ds.status?.desiredNumberScheduled ?? 0,
    ds.status?.currentNumberScheduled ?? 0,
    ds.status?.numberReady ?? 0,
    ds.status?.updatedNumberScheduled ?? 0,
    ds.status?.numberAvailable ?? 0,
    formatLabels(ds.spec?.template.spec?.nodeSelector),
    age(ds, ctx),
    ...containerCells(ds.spec?.template.spec?.containers),
    formatLabelSelector(ds.spec?.selector),
  ],
};

export const statefulSetPrinter: TablePrinter<StatefulSet> = {
  columns: [NAME, col('Ready'), col('Age'), col('Containers', 1), col('Images', 1)],
  row: (ss, ctx) => [
    ss.metadata?.name ?? '',
    `${ss.status?.readyReplicas ?? 0}/${ss.spec?.replicas ?? 0}`,
    age(ss, ctx),
    ...containerCells(ss.spec?.template.spec?.containers),
  ],
};

function hasJobCondition(conditions: readonly JobCondition[] | undefined, type: string): boolean {
  for (const c of conditions ?? []) if (c.type === type) return c.status === 'True';
  return false;
}

/** The STATUS column kubectl 1.30+ prints for jobs. */
export function jobStatus(job: Job): string {
  const conds = job.status?.conditions;
  if (hasJobCondition(conds, 'Complete')) return 'Complete';
  if (hasJobCondition(conds, 'Failed')) return 'Failed';
  if (job.metadata?.deletionTimestamp) return 'Terminating';
  if (hasJobCondition(conds, 'Suspended')) return 'Suspended';
  if (hasJobCondition(conds, 'FailureTarget')) return 'FailureTarget';
  return 'Running';
}

export function jobCompletions(job: Job): string {
  const succeeded = job.status?.succeeded ?? 0;
  if (job.spec?.completions !== undefined) return `${succeeded}/${job.spec.completions}`;
  const parallelism = job.spec?.parallelism ?? 0;
  return parallelism > 1 ? `${succeeded}/1 of ${parallelism}` : `${succeeded}/1`;
}

export function jobDuration(job: Job, now: number): string {
  const start = parseTimestamp(job.status?.startTime);
  if (start === undefined) return '';
  const end = parseTimestamp(job.status?.completionTime);
  return humanDuration((end ?? now) - start);
}

export const jobPrinter: TablePrinter<Job> = {
  columns: [NAME, col('Status'), col('Completions'), col('Duration'), col('Age'), ...WIDE_TEMPLATE],
  row: (job, ctx) => [
    job.metadata?.name ?? '',
    jobStatus(job),
    jobCompletions(job),
    jobDuration(job, ctx.now),
    age(job, ctx),
    ...containerCells(job.spec?.template.spec?.containers),
    formatLabelSelector(job.spec?.selector),
  ],
};

export const cronJobPrinter: TablePrinter<CronJob> = {
  columns: [
    NAME,
    col('Schedule'),
    col('Timezone'),
    col('Suspend'),
    col('Active'),
    col('Last Schedule'),
    col('Age'),
    ...WIDE_TEMPLATE,
  ],
  row: (cj, ctx) => [
    cj.metadata?.name ?? '',
    cj.spec?.schedule ?? '',
    cj.spec?.timeZone ?? '<none>',
    boolPtr(cj.spec?.suspend),
    cj.status?.active?.length ?? 0,
    cj.status?.lastScheduleTime ? translateTimestampSince(cj.status.lastScheduleTime, ctx.now) : '<none>',
    age(cj, ctx),
    ...containerCells(cj.spec?.jobTemplate.spec?.template.spec?.containers),
    formatLabelSelector(cj.spec?.jobTemplate.spec?.selector),
  ],
};
