/** `kubectl create job` and `kubectl create cronjob`. */
import type { KubeObject } from '../../../sim/index.js';
import { KubectlError, UsageError } from '../../errors.js';
import { api, namespaceOf } from '../../env.js';
import { cronJob, job } from '../../generators.js';
import { genericFlags, ns, required, gen } from './generator.js';
import { defineCommand } from '../globals.js';

export const createJob = defineCommand({
  use: 'job NAME --image=image [--from=cronjob/name] -- [COMMAND] [args...]',
  short: 'Create a job with the specified name',
  long: 'Create a job with the specified name.',
  flags: [
    ...genericFlags,
    { name: 'image', type: 'string', usage: 'Image name to run.' },
    {
      name: 'from',
      type: 'string',
      usage: 'The name of the resource to create a Job from (only cronjob is supported).',
    },
  ],
  run: (inv) => {
    const names = inv.dashAt >= 0 ? inv.args.slice(0, inv.dashAt) : inv.args;
    if (names.length !== 1) throw new UsageError(`exactly one NAME is required, got ${names.length}`);
    const from = inv.flags.str('from');
    if (from) {
      const [kind, cjName = ''] = from.split('/');
      if (!['cronjob', 'cronjobs', 'cj', 'cronjob.batch'].includes(kind ?? ''))
        throw new KubectlError(`unknown object type ${kind ?? ''}`);
      const cj = api(inv).get<{
        spec: { jobTemplate: { spec: Record<string, unknown>; metadata?: Record<string, unknown> } };
      }>('cronjobs.batch', namespaceOf(inv), cjName);
      return gen(inv, {
        kind: 'Job',
        apiVersion: 'batch/v1',
        metadata: {
          name: names[0],
          creationTimestamp: null,
          annotations: { 'cronjob.kubernetes.io/instantiate': 'manual' },
          ownerReferences: [
            { apiVersion: 'batch/v1', kind: 'CronJob', name: cjName, uid: cj.metadata.uid, controller: true },
          ],
        },
        spec: cj.spec.jobTemplate.spec,
        status: {},
      } as unknown as KubeObject);
    }
    if (!inv.flags.str('image')) throw new KubectlError('--image must be specified');
    return gen(inv, job(names[0]!, inv.flags.str('image'), inv.dashAt >= 0 ? inv.args.slice(inv.dashAt) : [], ns(inv)));
  },
});

export const createCronJob = defineCommand({
  use: "cronjob NAME --image=image --schedule='0/5 * * * ?' -- [COMMAND] [args...] [flags]",
  aliases: ['cj'],
  short: 'Create a cron job with the specified name',
  long: 'Create a cron job with the specified name.',
  flags: [
    ...genericFlags,
    { name: 'image', type: 'string', usage: 'Image name to run.' },
    { name: 'schedule', type: 'string', usage: 'A schedule in the Cron format the job should be run with.' },
    { name: 'restart', type: 'string', usage: "job's restart policy. supported values: OnFailure, Never" },
  ],
  run: (inv) => {
    required(inv, 'image', 'schedule');
    const names = inv.dashAt >= 0 ? inv.args.slice(0, inv.dashAt) : inv.args;
    if (names.length !== 1) throw new UsageError(`exactly one NAME is required, got ${names.length}`);
    const restart = inv.flags.str('restart') || 'OnFailure';
    return gen(
      inv,
      cronJob(
        names[0]!,
        inv.flags.str('image'),
        inv.flags.str('schedule'),
        inv.dashAt >= 0 ? inv.args.slice(inv.dashAt) : [],
        restart,
        ns(inv),
      ),
    );
  },
});
