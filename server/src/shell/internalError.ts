/**
 * A program that throws something other than the shell's own errors has a bug: the student gets one line with a
 * reference, the operator gets the error with its stack through the host's hook (the server's logger).
 */

/** Reports an unexpected error of `command` and returns the reference to show the student. */
export type InternalErrorHook = (error: unknown, command: string) => string;

/** The line shown for an unexpected error (without a newline). Without a hook (offline use) the message itself. */
export function internalErrorLine(command: string, error: unknown, hook: InternalErrorHook | undefined): string {
  if (!hook) return `${command}: ${error instanceof Error ? error.message : String(error)}`;
  const reference = hook(error, command);
  return `${command}: internal error (reference ${reference}); it has been logged: try again, or give your instructor the reference`;
}
