// zod schemas for every payload that crosses the socket, matching the types in protocol.ts.
import { z } from 'zod';
import type { AssistAnswer, DashboardAuth, TerminalAuth, TerminalBounds, TerminalSize } from './protocol.js';

export const BOUNDS: TerminalBounds = { maxInputChars: 4096, minCols: 20, maxCols: 500, minRows: 5, maxRows: 200 };

const id = z.string().min(1).max(100);
const labId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{0,99}$/, 'must be a lab id (lower-case letters, digits, dots, dashes)');

export const terminalAuthSchema: z.ZodType<TerminalAuth> = z.object({
  labId,
  watch: id.optional(),
});

export const dashboardAuthSchema: z.ZodType<DashboardAuth> = z.object({ cohortId: id });

/**
 * Keystrokes of one `input` event, at most `maxBytes` bytes of UTF-8 (TERMINAL_INPUT_MAX_BYTES).
 * The length check first: every UTF-16 unit is at least one byte, so a long string is refused without encoding it.
 */
export function inputSchema(maxBytes: number): z.ZodType<string> {
  return z
    .string()
    .max(maxBytes)
    .refine((data) => Buffer.byteLength(data, 'utf8') <= maxBytes, `must be at most ${maxBytes} bytes`);
}

export const resizeSchema: z.ZodType<TerminalSize> = z.object({
  cols: z.number().int().min(BOUNDS.minCols).max(BOUNDS.maxCols),
  rows: z.number().int().min(BOUNDS.minRows).max(BOUNDS.maxRows),
});

/** The first problem as one readable line, e.g. `labId: must be a lab id`. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid payload';
  const path = issue.path.join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

export const assistAnswerSchema: z.ZodType<AssistAnswer> = z.object({ accept: z.boolean() });
