/**
 * batch/v1 Job: defaulting (SetDefaults_Job), the generated selector and labels
 * (`batch.kubernetes.io/controller-uid`, `job-name`), and validation in the API server's wording.
 */
import type { Job, JobSpec } from 'kubernetes-types/batch/v1';
import { fieldErrors, type StatusCause } from '../errors.js';
import type { Stored } from '../types.js';
import { validateLabels } from '../validation/names.js';
import { defaultPodSpec, validatePodSpec } from './podSpec.js';
import type { Draft, KindStrategy } from './strategy.js';
import { validateTemplateAndSelector } from './workloads.js';

export const JOB_RESTART_POLICIES = ['OnFailure', 'Never'] as const;

/** SetDefaults_Job on a spec (also used for a CronJob's jobTemplate). */
export function defaultJobSpec(spec: JobSpec): void {
  if (spec.completions === undefined && spec.parallelism === undefined) {
    spec.completions = 1;
    spec.parallelism = 1;
  }
  spec.parallelism ??= 1;
  spec.backoffLimit ??= 6;
  spec.completionMode ??= 'NonIndexed';
  spec.suspend ??= false;
  if (!spec.podFailurePolicy) spec.podReplacementPolicy ??= 'TerminatingOrFailed';
  if (spec.template?.spec) defaultPodSpec(spec.template.spec, { forTemplate: true });
}

export function validateJobSpec(spec: JobSpec | undefined, path: string, withSelector: boolean): StatusCause[] {
  const out: StatusCause[] = [];
  if (!spec) return [fieldErrors.required(path)];
  for (const field of ['parallelism', 'completions', 'backoffLimit', 'ttlSecondsAfterFinished'] as const) {
    const v = spec[field];
    if (v !== undefined && (!Number.isInteger(v) || v < 0))
      out.push(fieldErrors.invalid(`${path}.${field}`, v, 'must be greater than or equal to 0'));
  }
  if (spec.activeDeadlineSeconds !== undefined && !(spec.activeDeadlineSeconds > 0)) {
    out.push(
      fieldErrors.invalid(`${path}.activeDeadlineSeconds`, spec.activeDeadlineSeconds, 'must be greater than 0'),
    );
  }
  if (spec.completionMode && spec.completionMode !== 'NonIndexed' && spec.completionMode !== 'Indexed') {
    out.push(fieldErrors.notSupported(`${path}.completionMode`, spec.completionMode, ['NonIndexed', 'Indexed']));
  }
  if (spec.completionMode === 'Indexed' && spec.completions === undefined) {
    out.push(fieldErrors.required(`${path}.completions`, 'when completion mode is Indexed'));
  }
  if (withSelector) {
    out.push(...validateTemplateAndSelector(spec, path, ['Always', ...JOB_RESTART_POLICIES]));
  } else if (!spec.template) {
    out.push(fieldErrors.required(`${path}.template`));
  } else {
    out.push(...validateLabels(`${path}.template.metadata.labels`, spec.template.metadata?.labels));
    out.push(...validatePodSpec(spec.template.spec, `${path}.template.spec`, ['Always', ...JOB_RESTART_POLICIES]));
  }
  const policy = spec.template?.spec?.restartPolicy;
  if (policy !== undefined && !(JOB_RESTART_POLICIES as readonly string[]).includes(policy)) {
    out.push(fieldErrors.required(`${path}.template.spec.restartPolicy`, 'valid values: "OnFailure", "Never"'));
  }
  return out;
}

export const jobStrategy: KindStrategy = {
  defaults(obj) {
    const job = obj as Draft & Job;
    const spec = (job.spec ??= { template: {} });
    // A missing template decodes to an empty one (Go's zero value); validation then says what it lacks.
    spec.template ??= {};
    defaultJobSpec(spec);
    const labels = spec.template.metadata?.labels;
    if (labels && Object.keys(labels).length > 0 && Object.keys(job.metadata.labels ?? {}).length === 0)
      job.metadata.labels = { ...labels };
  },
  prepareForCreate(obj, ctx) {
    const job = obj as Draft & Job;
    const spec = job.spec as JobSpec;
    if (spec.manualSelector === true) return;
    const uid = ctx.rng.uuid();
    (job.metadata as { uid?: string }).uid = uid;
    const name = job.metadata.name ?? '';
    const generated = {
      'batch.kubernetes.io/controller-uid': uid,
      'batch.kubernetes.io/job-name': name,
      'controller-uid': uid,
      'job-name': name,
    };
    spec.template.metadata = { ...spec.template.metadata, labels: { ...spec.template.metadata?.labels, ...generated } };
    spec.selector = { matchLabels: { 'batch.kubernetes.io/controller-uid': uid } };
    const own = job.metadata.labels ?? {};
    const userLabels = Object.keys(own).filter((k) => !(k in generated));
    if (userLabels.length === 0 || Object.keys(own).every((k) => spec.template.metadata?.labels?.[k] === own[k])) {
      job.metadata.labels = { ...spec.template.metadata.labels };
    }
  },
  validate(obj, old) {
    const job = obj as Draft & Job;
    const spec = job.spec;
    const manual = spec?.manualSelector === true;
    // Without manualSelector, the selector is generated after validation, on create.
    const out = validateJobSpec(spec, 'spec', manual || !!old);
    const prev = (old as Stored<Job> | undefined)?.spec;
    if (prev && spec) {
      if (JSON.stringify(prev.selector) !== JSON.stringify(spec.selector))
        out.push(fieldErrors.invalid('spec.selector', 'v1.LabelSelector', 'field is immutable'));
      if (prev.completions !== spec.completions && spec.completionMode !== 'Indexed') {
        out.push(fieldErrors.invalid('spec.completions', spec.completions ?? null, 'field is immutable'));
      }
      if (!prev.suspend && JSON.stringify(prev.template) !== JSON.stringify(spec.template)) {
        out.push(fieldErrors.invalid('spec.template', 'core.PodTemplateSpec{...}', 'field is immutable'));
      }
    }
    return out;
  },
};
