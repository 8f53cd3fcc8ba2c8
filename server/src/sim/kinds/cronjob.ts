/**
 * batch/v1 CronJob: defaulting, schedule and time-zone validation with the messages of
 * robfig/cron (which kube-apiserver uses), and the next/previous schedule times on the virtual clock.
 */
import type { CronJob, CronJobSpec } from 'kubernetes-types/batch/v1';
import { CronExpressionParser } from 'cron-parser';
import { fieldErrors, type StatusCause } from '../errors.js';
import { defaultJobSpec, validateJobSpec } from './job.js';
import type { Draft, KindStrategy } from './strategy.js';

const DESCRIPTORS: Readonly<Record<string, string>> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *',
};

const BOUNDS: readonly { min: number; max: number; names?: readonly string[] }[] = [
  { min: 0, max: 59 },
  { min: 0, max: 23 },
  { min: 1, max: 31 },
  { min: 1, max: 12, names: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] },
  { min: 0, max: 6, names: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] },
];

/** The five standard fields of a schedule, or robfig/cron's error message. */
export function parseSchedule(schedule: string): { fields: string } | { error: string } {
  const text = schedule.trim();
  if (/^(CRON_)?TZ=/.test(text)) return { error: 'cannot use TZ or CRON_TZ in schedule, use timeZone field instead' };
  if (text.startsWith('@')) {
    const d = DESCRIPTORS[text];
    return d ? { fields: d } : { error: `unrecognized descriptor: ${text}` };
  }
  const fields = text.split(/\s+/).filter(Boolean);
  if (fields.length !== 5) return { error: `expected exactly 5 fields, found ${fields.length}: [${fields.join(' ')}]` };
  for (let i = 0; i < 5; i++) {
    const problem = checkField(fields[i] ?? '', BOUNDS[i] ?? { min: 0, max: 59 });
    if (problem) return { error: problem };
  }
  return { fields: fields.join(' ') };
}

function checkField(field: string, b: { min: number; max: number; names?: readonly string[] }): string | undefined {
  for (const expr of field.split(',')) {
    const [range = '', step] = expr.split('/');
    const value = (s: string): number | string => {
      const named = b.names?.indexOf(s.toLowerCase()) ?? -1;
      if (named >= 0) return named + b.min;
      if (!/^\d+$/.test(s)) return `failed to parse int from ${s}: strconv.Atoi: parsing "${s}": invalid syntax`;
      return Number(s);
    };
    if (step !== undefined) {
      const v = value(step);
      if (typeof v === 'string') return v;
      if (v === 0) return `step of range should be a positive number: ${expr}`;
    }
    if (range === '*' || range === '?') continue;
    const [lo = '', hi] = range.split('-');
    const start = value(lo);
    if (typeof start === 'string') return start;
    const end = hi === undefined ? start : value(hi);
    if (typeof end === 'string') return end;
    if (start < b.min) return `beginning of range (${start}) below minimum (${b.min}): ${expr}`;
    if (end > b.max) return `end of range (${end}) above maximum (${b.max}): ${expr}`;
    if (start > end) return `beginning of range (${start}) beyond end of range (${end}): ${expr}`;
  }
  return undefined;
}

export function validTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Schedule times strictly after `after` and at most `until` (epoch ms), at most `limit` of them. */
export function scheduleTimes(spec: CronJobSpec, after: number, until: number, limit: number): number[] {
  const parsed = parseSchedule(spec.schedule);
  if ('error' in parsed) return [];
  const expr = CronExpressionParser.parse(parsed.fields, { currentDate: new Date(after), tz: spec.timeZone ?? 'UTC' });
  const out: number[] = [];
  while (out.length < limit) {
    const next = expr.next().getTime();
    if (next > until) break;
    out.push(next);
  }
  return out;
}

/** The first schedule time after `after`. */
export function nextScheduleTime(spec: CronJobSpec, after: number): number | undefined {
  const parsed = parseSchedule(spec.schedule);
  if ('error' in parsed) return undefined;
  return CronExpressionParser.parse(parsed.fields, { currentDate: new Date(after), tz: spec.timeZone ?? 'UTC' })
    .next()
    .getTime();
}

export const cronJobStrategy: KindStrategy = {
  defaults(obj) {
    const cj = obj as Draft & CronJob;
    const spec = (cj.spec ??= { schedule: '', jobTemplate: {} });
    spec.concurrencyPolicy ??= 'Allow';
    spec.suspend ??= false;
    spec.successfulJobsHistoryLimit ??= 3;
    spec.failedJobsHistoryLimit ??= 1;
    // A missing jobTemplate decodes to an empty one (Go's zero value); validation then says what it lacks.
    spec.jobTemplate ??= {};
    if (spec.jobTemplate.spec) defaultJobSpec(spec.jobTemplate.spec);
  },
  validate(obj) {
    const cj = obj as Draft & CronJob;
    const spec = cj.spec;
    const out: StatusCause[] = [];
    const name = cj.metadata.name ?? '';
    if (name.length > 52) out.push(fieldErrors.invalid('metadata.name', name, 'must be no more than 52 characters'));
    if (!spec) return [...out, fieldErrors.required('spec')];
    if (!spec.schedule) out.push(fieldErrors.required('spec.schedule'));
    else {
      const parsed = parseSchedule(spec.schedule);
      if ('error' in parsed) out.push(fieldErrors.invalid('spec.schedule', spec.schedule, parsed.error));
    }
    if (spec.timeZone !== undefined && !validTimeZone(spec.timeZone)) {
      out.push(fieldErrors.invalid('spec.timeZone', spec.timeZone, `unknown time zone ${spec.timeZone}`));
    }
    const policies = ['Allow', 'Forbid', 'Replace'];
    if (spec.concurrencyPolicy && !policies.includes(spec.concurrencyPolicy)) {
      out.push(fieldErrors.notSupported('spec.concurrencyPolicy', spec.concurrencyPolicy, policies));
    }
    for (const field of ['startingDeadlineSeconds', 'successfulJobsHistoryLimit', 'failedJobsHistoryLimit'] as const) {
      const v = spec[field];
      if (v !== undefined && (!Number.isInteger(v) || v < 0))
        out.push(fieldErrors.invalid(`spec.${field}`, v, 'must be greater than or equal to 0'));
    }
    out.push(...validateJobSpec(spec.jobTemplate.spec, 'spec.jobTemplate.spec', false));
    return out;
  },
};
