/**
 * The operators' log: structured JSON lines (pino), one object per event with what identifies it (request id,
 * sandbox, user), errors with their stack. What a person starting the server reads (the address, demo logins) is
 * printed separately by main.ts.
 */
import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export function createLogger(options: { level?: LogLevel; destination?: DestinationStream } = {}): Logger {
  return pino(
    { level: options.level ?? 'info', base: { service: 'kubelab' }, timestamp: pino.stdTimeFunctions.isoTime },
    options.destination ?? pino.destination({ dest: 1, sync: false }),
  );
}
