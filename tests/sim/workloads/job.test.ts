import type { CronJob, Job } from 'kubernetes-types/batch/v1';
import { isStatusError } from '../../../server/src/sim/index.js';
import { cluster, eventsFor, names, podsOf } from './helpers.js';

const job = (name: string, command: string[], spec: Record<string, unknown> = {}) => ({
  apiVersion: 'batch/v1',
  kind: 'Job',
  metadata: { name },
  spec: {
    ...spec,
    template: { spec: { restartPolicy: 'Never', containers: [{ name: 'main', image: 'busybox:1.36', command }] } },
  },
});

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (isStatusError(err)) return err.message;
    throw err;
  }
  throw new Error('expected an API error');
}

describe('Job', () => {
  it('defaults, generates the selector and labels, and validates restartPolicy as the API server does', () => {
    const c = cluster();
    const created = c.api.create<Job>(job('pi', ['sh', '-c', 'echo 3.14']));
    const uid = created.metadata.uid;
    expect(created.spec?.selector).toEqual({ matchLabels: { 'batch.kubernetes.io/controller-uid': uid } });
    expect(created.spec?.template.metadata?.labels).toEqual({
      'batch.kubernetes.io/controller-uid': uid,
      'batch.kubernetes.io/job-name': 'pi',
      'controller-uid': uid,
      'job-name': 'pi',
    });
    expect(created.metadata.labels).toEqual(created.spec?.template.metadata?.labels);
    expect(created.spec).toMatchObject({
      completions: 1,
      parallelism: 1,
      backoffLimit: 6,
      completionMode: 'NonIndexed',
      suspend: false,
    });
    const bad = job('bad', ['true']);
    delete (bad.spec.template.spec as { restartPolicy?: string }).restartPolicy;
    expect(errorOf(() => c.api.create(bad))).toBe(
      'Job.batch "bad" is invalid: spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"',
    );
  });

  it('runs pods to completion with parallelism and sets the 1.32 conditions', () => {
    const c = cluster();
    c.api.create(job('count', ['sh', '-c', 'echo done'], { completions: 3, parallelism: 2 }));
    c.advance(500);
    expect(podsOf(c, 'count').filter((p) => p.status?.phase !== 'Succeeded')).toHaveLength(2);
    c.settle();
    const j = c.api.get<Job>('jobs.batch', 'default', 'count');
    expect(j.status).toMatchObject({ succeeded: 3, ready: 0, terminating: 0, uncountedTerminatedPods: {} });
    expect(j.status?.conditions?.map((x) => [x.type, x.status, x.reason, x.message])).toEqual([
      ['SuccessCriteriaMet', 'True', 'CompletionsReached', 'Reached expected number of succeeded pods'],
      ['Complete', 'True', 'CompletionsReached', 'Reached expected number of succeeded pods'],
    ]);
    expect(j.status?.startTime).toBeDefined();
    expect(j.status?.completionTime).toBeDefined();
    const pods = podsOf(c, 'count');
    expect(pods).toHaveLength(3);
    for (const p of pods) {
      expect(p.metadata.name).toMatch(/^count-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
      expect(p.metadata.labels?.['batch.kubernetes.io/job-name']).toBe('count');
    }
    const ev = eventsFor(c, 'count');
    expect(ev.filter((e) => e.startsWith('SuccessfulCreate: Created pod: count-'))).toHaveLength(3);
    expect(ev[ev.length - 1]).toBe('Completed: Job completed');
  });

  it('gives up after backoffLimit failures with BackoffLimitExceeded', () => {
    const c = cluster();
    c.api.create(job('fail', ['sh', '-c', 'exit 1'], { backoffLimit: 2 }));
    c.settle();
    const j = c.api.get<Job>('jobs.batch', 'default', 'fail');
    expect(j.status?.failed).toBe(3);
    expect(j.status?.conditions?.map((x) => [x.type, x.reason, x.message])).toEqual([
      ['FailureTarget', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit'],
      ['Failed', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit'],
    ]);
    expect(eventsFor(c, 'fail')).toContain('BackoffLimitExceeded: Job has reached the specified backoff limit');
    expect(podsOf(c, 'fail')).toHaveLength(3);
  });

  it('fails a job that runs past activeDeadlineSeconds, and deletes it after ttlSecondsAfterFinished', () => {
    const c = cluster();
    c.api.create(job('slow', ['sh', '-c', 'sleep 3600'], { activeDeadlineSeconds: 30, ttlSecondsAfterFinished: 60 }));
    c.advance(31_000);
    c.settle();
    const j = c.api.get<Job>('jobs.batch', 'default', 'slow');
    expect(j.status?.conditions?.find((x) => x.type === 'Failed')?.reason).toBe('DeadlineExceeded');
    c.advance(61_000);
    expect(c.api.find('jobs.batch', 'default', 'slow')).toBeUndefined();
  });
  it('Indexed completion mode: one pod per index, named <job>-<index>-<suffix>, completedIndexes', () => {
    const c = cluster();
    c.api.create(
      job('indexed', ['sh', '-c', 'echo $JOB_COMPLETION_INDEX'], {
        completions: 5,
        parallelism: 3,
        completionMode: 'Indexed',
      }),
    );
    c.advance(500);
    const first = podsOf(c, 'indexed');
    expect(first.map((p) => p.metadata.annotations?.['batch.kubernetes.io/job-completion-index']).sort()).toEqual([
      '0',
      '1',
      '2',
    ]);
    for (const p of first) {
      const i = p.metadata.labels?.['batch.kubernetes.io/job-completion-index'];
      expect(p.metadata.name).toMatch(new RegExp(`^indexed-${i}-[a-z0-9]{5}$`));
      expect(p.spec?.hostname).toBe(`indexed-${i}`);
      expect(p.spec?.containers[0]?.env?.[0]?.name).toBe('JOB_COMPLETION_INDEX');
    }
    c.settle();
    const j = c.api.get<Job>('jobs.batch', 'default', 'indexed');
    expect(j.status).toMatchObject({ succeeded: 5, completedIndexes: '0-4' });
    expect(j.status?.conditions?.some((x) => x.type === 'Complete')).toBe(true);
  });

  it('suspend deletes the active pods with the Suspended condition; resume starts again', () => {
    const c = cluster();
    c.api.create(job('later', ['sh', '-c', 'sleep 3600'], { parallelism: 2, completions: 2 }));
    c.advance(5000);
    expect(podsOf(c, 'later').filter((p) => !p.metadata.deletionTimestamp)).toHaveLength(2);
    c.api.patch('jobs.batch', 'default', 'later', { spec: { suspend: true } }, 'merge');
    c.settle();
    expect(podsOf(c, 'later')).toHaveLength(0);
    let j = c.api.get<Job>('jobs.batch', 'default', 'later');
    expect(j.status?.conditions?.map((x) => [x.type, x.status, x.reason, x.message])).toEqual([
      ['Suspended', 'True', 'JobSuspended', 'Job suspended'],
    ]);
    c.api.patch('jobs.batch', 'default', 'later', { spec: { suspend: false } }, 'merge');
    c.advance(5000);
    j = c.api.get<Job>('jobs.batch', 'default', 'later');
    expect(j.status?.conditions?.map((x) => [x.type, x.status, x.reason])).toEqual([
      ['Suspended', 'False', 'JobResumed'],
    ]);
    expect(podsOf(c, 'later').filter((p) => !p.metadata.deletionTimestamp)).toHaveLength(2);
    expect(eventsFor(c, 'later')).toEqual(expect.arrayContaining(['Suspended: Job suspended', 'Resumed: Job resumed']));
  });
});

describe('CronJob', () => {
  const cron = (name: string, spec: Record<string, unknown> = {}, command = ['sh', '-c', 'date']) => ({
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name },
    spec: {
      schedule: '*/1 * * * *',
      ...spec,
      jobTemplate: {
        spec: {
          template: {
            spec: { restartPolicy: 'OnFailure', containers: [{ name: 'hello', image: 'busybox:1.36', command }] },
          },
        },
      },
    },
  });

  it('validates the schedule with robfig/cron wording', () => {
    const c = cluster();
    expect(errorOf(() => c.api.create(cron('bad', { schedule: '* * *' })))).toBe(
      'CronJob.batch "bad" is invalid: spec.schedule: Invalid value: "* * *": expected exactly 5 fields, found 3: [* * *]',
    );
    expect(errorOf(() => c.api.create(cron('bad', { schedule: '61 * * * *' })))).toBe(
      'CronJob.batch "bad" is invalid: spec.schedule: Invalid value: "61 * * * *": end of range (61) above maximum (59): 61',
    );
    expect(errorOf(() => c.api.create(cron('bad', { timeZone: 'Mars/Olympus' })))).toBe(
      'CronJob.batch "bad" is invalid: spec.timeZone: Invalid value: "Mars/Olympus": unknown time zone Mars/Olympus',
    );
    const ok = c.api.create<CronJob>(cron('ok'));
    expect(ok.spec).toMatchObject({
      concurrencyPolicy: 'Allow',
      suspend: false,
      successfulJobsHistoryLimit: 3,
      failedJobsHistoryLimit: 1,
    });
  });

  it('fires on the virtual clock, names jobs by scheduled minute and keeps 3 successful jobs', () => {
    const c = cluster();
    c.api.create(cron('hello'));
    expect(c.settle()).toBe(0);
    c.advance(60_000);
    c.settle();
    const first = Math.floor((c.now() - (c.now() % 60_000)) / 60_000);
    expect(names(c.api.list('jobs.batch', { namespace: 'default' }).items)).toEqual([`hello-${first}`]);
    c.advance(5 * 60_000);
    c.settle();
    const jobs = names(c.api.list('jobs.batch', { namespace: 'default' }).items);
    expect(jobs).toHaveLength(3);
    const cj = c.api.get<CronJob>('cronjobs.batch', 'default', 'hello');
    expect(cj.status?.lastScheduleTime).toBeDefined();
    expect(cj.status?.lastSuccessfulTime).toBeDefined();
    const ev = eventsFor(c, 'hello');
    expect(ev).toContain(`SuccessfulCreate: Created job hello-${first}`);
    expect(ev).toContain(`SawCompletedJob: Saw completed job: hello-${first}, condition: Complete`);
    expect(ev).toContain(`SuccessfulDelete: Deleted job hello-${first}`);
  });

  it('honours timeZone: a daily 09:00 job in Europe/Paris runs at 08:00 UTC in winter', () => {
    const c = cluster();
    c.api.create(cron('daily', { schedule: '0 9 * * *', timeZone: 'Europe/Paris' }));
    c.advance(7 * 3600_000 + 59 * 60_000);
    expect(c.api.list('jobs.batch', { namespace: 'default' }).items).toHaveLength(0);
    c.advance(60_000);
    const jobs = c.api.list('jobs.batch', { namespace: 'default' }).items;
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.metadata.annotations?.['batch.kubernetes.io/cronjob-scheduled-timestamp']).toBe(
      '2025-01-01T08:00:00Z',
    );
  });

  it('Forbid skips a run while the previous job is active; suspend stops it', () => {
    const c = cluster();
    c.api.create(cron('long', { concurrencyPolicy: 'Forbid' }, ['sh', '-c', 'sleep 3600']));
    c.advance(3 * 60_000 + 1000);
    expect(c.api.list('jobs.batch', { namespace: 'default' }).items).toHaveLength(1);
    expect(eventsFor(c, 'long')).toContain(
      'JobAlreadyActive: Not starting job because prior execution is running and concurrency policy is Forbid',
    );
    c.api.patch('cronjobs.batch', 'default', 'long', { spec: { concurrencyPolicy: 'Replace' } }, 'merge');
    c.advance(60_000);
    const after = names(c.api.list('jobs.batch', { namespace: 'default' }).items);
    expect(after).toHaveLength(1);
    c.api.patch('cronjobs.batch', 'default', 'long', { spec: { suspend: true } }, 'merge');
    c.advance(5 * 60_000);
    expect(names(c.api.list('jobs.batch', { namespace: 'default' }).items)).toEqual(after);
    expect(names(podsOf(c, after[0]!))).toHaveLength(1);
  });
});
