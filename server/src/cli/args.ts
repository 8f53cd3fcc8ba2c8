// Flag parsing for CLI commands: node:util.parseArgs, with its errors reworded for people, then zod for values.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { z } from 'zod';
import { readableMessage } from '../http/validation.js';
import { UsageError } from './command.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseFlags<T extends Options>(
  args: string[],
  options: T,
): ReturnType<typeof parseArgs<{ args: string[]; options: T; strict: true; allowPositionals: false }>>['values'] {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (err) {
    const e = err as { code?: string; message: string };
    const unknown = /Unknown option '([^']+)'/.exec(e.message);
    if (unknown) throw new UsageError(`unknown option ${unknown[1]}`);
    const missing = /Option '([^']+)' argument missing/.exec(e.message);
    if (missing)
      throw new UsageError(`option ${missing[1]?.replace(/^-\w, /, '').replace(/ <value>$/, '')} needs a value`);
    const positional = /Unexpected argument '([^']+)'/.exec(e.message);
    if (positional) throw new UsageError(`unexpected argument '${positional[1]}'`);
    throw new UsageError(e.message);
  }
}

/** Validates flag values; the first problem becomes `--email: must be an email`. */
export function validateFlags<S extends z.ZodType>(schema: S, values: unknown): z.output<S> {
  const result = schema.safeParse(values, { error: readableMessage });
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const flag = issue.path.length ? `--${issue.path.map(String).join('.')}` : 'options';
    throw new UsageError(`${flag}: ${issue.message}`);
  }
  return result.data;
}

export async function readStdin(stdin: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}
