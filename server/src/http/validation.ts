// Turns zod's first problem into one sentence a person can act on: `email: must be an email`.
import { type z } from 'zod';
import { ValidationError } from '../services/errors.js';

type RawIssue = z.core.$ZodRawIssue;

function article(word: string): string {
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}

const formats: Record<string, string> = {
  email: 'an email',
  uuid: 'a UUID',
  url: 'a URL',
  datetime: 'an ISO 8601 date-time',
};

/** Messages for zod's built-in checks. A message written on a schema (`{ error: '…' }`) takes precedence. */
export function readableMessage(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is required' : `must be ${article(String(issue.expected))}`;
    case 'too_small': {
      const n = Number(issue.minimum);
      if (issue.origin === 'string') return n <= 1 ? 'must not be empty' : `must be at least ${n} characters`;
      if (issue.origin === 'array') return `must have at least ${n} item${n === 1 ? '' : 's'}`;
      return `must be at least ${n}`;
    }
    case 'too_big': {
      const n = Number(issue.maximum);
      if (issue.origin === 'string') return `must be at most ${n} characters`;
      if (issue.origin === 'array') return `must have at most ${n} items`;
      return `must be at most ${n}`;
    }
    case 'invalid_format':
      return `must be ${formats[issue.format] ?? `a valid ${issue.format}`}`;
    case 'invalid_value':
      if (issue.input === undefined) return 'is required';
      return `must be one of: ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown field "${issue.keys[0] ?? ''}"`;
    case 'not_multiple_of':
      return `must be a multiple of ${Number(issue.divisor)}`;
    default:
      return undefined;
  }
}

export function firstIssueMessage(error: z.ZodError, where?: string): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid request';
  const path = issue.path.map(String).join('.');
  const subject = path || where;
  return subject ? `${subject}: ${issue.message}` : issue.message;
}

/** Parses `data` or throws a 400 ValidationError carrying the first problem. */
export function parseOrThrow<T>(schema: z.ZodType<T>, data: unknown, where: string): T {
  const result = schema.safeParse(data, { error: readableMessage });
  if (!result.success) throw new ValidationError(firstIssueMessage(result.error, where));
  return result.data;
}
