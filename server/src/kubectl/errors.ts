/**
 * How kubectl words failures (kubectl/pkg/cmd/util/helpers.go CheckErr and StandardErrorMessage):
 * `error: …` for client-side errors, `Error from server (Reason): …` for API errors,
 * `The Kind "name" is invalid: …` for validation errors, and the connection-refused line.
 */
import { isStatusError, type StatusError } from '../sim/index.js';
import { FlagError } from './cli/flags.js';

/** A client-side error: printed as `error: <message>`, exit code 1 unless told otherwise. */
export class KubectlError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** Printed verbatim (already worded), e.g. the connection-refused line. */
export class RawError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/**
 * An error kubectl v1.32 logs through klog instead of printing (cobra's required-flag check):
 * `E1125 13:38:29.047507    4242 run.go:72] "command failed" err="required flag(s) \"image\" not set"`.
 */
export class KlogError extends Error {
  constructor(
    message: string,
    readonly header: string,
    readonly file = 'run.go:72',
  ) {
    super(message);
  }
}

/** klog's `Lmmdd hh:mm:ss.uuuuuu threadid` header, from the cluster clock. */
export function klogHeader(level: 'E' | 'W' | 'I', now: number, pid = 4242): string {
  const d = new Date(now);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  const micros = p(d.getUTCMilliseconds(), 3) + '000';
  return `${level}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${micros} ${String(pid).padStart(7)}`;
}

/** A usage error: `error: <message>` then `See '<path> -h' for help and examples`. */
export class UsageError extends KubectlError {}

export function connectionRefused(server: string): RawError {
  return new RawError(`The connection to the server ${server} was refused - did you specify the right host or port?`);
}

/** An API error as kubectl prints it. `source` is the file an object came from (apply, create -f). */
export function formatStatusError(
  err: StatusError,
  wrap?: { verb: string; source: string; name?: string | undefined; namespace?: string | undefined },
): string {
  if (err.reason === 'Invalid' && err.details && err.causes.length > 0) {
    // statusCausesToAggrError: `field: message` even when the field is empty (an admission policy's cause).
    const errs = err.causes.map((c) => `${c.field}: ${c.message}`);
    const { kind, name } = err.details;
    // An error about no object (a patch's strict decoding) is the request's (CheckErr in kubectl's helpers.go).
    const head = kind || name ? `The ${kind} "${name}" is invalid` : 'The request is invalid';
    if (errs.length === 1) return `${head}: ${errs[0] ?? ''}`;
    return `${head}: \n* ${errs.join('\n* ')}`;
  }
  if (err.reason === 'NoMatchesForKind') {
    // The manifest's own name and namespace (kubernetes/kubernetes staging/src/k8s.io/cli-runtime/pkg/resource/mapper.go).
    const where = wrap
      ? `name: ${JSON.stringify(wrap.name ?? '')} namespace: ${JSON.stringify(wrap.namespace ?? '')} from ${JSON.stringify(wrap.source)}`
      : undefined;
    return `error: ${where ? err.message.replace('name: "" namespace: "" from ""', where) : err.message}\nensure CRDs are installed first`;
  }
  const message = wrap ? `error when ${wrap.verb} "${wrap.source}": ${err.message}` : err.message;
  // StandardErrorMessage: a status without a reason (a storage error, e.g. etcd out of space) has no parentheses.
  return err.reason ? `Error from server (${err.reason}): ${message}` : `Error from server: ${message}`;
}

/** One line (or block) of stderr for any error a command throws. */
export function formatError(err: unknown, path: string): { text: string; exitCode: number } {
  if (err instanceof RawError) return { text: ensureNewline(err.message), exitCode: err.exitCode };
  if (err instanceof UsageError)
    return { text: `error: ${err.message}\nSee '${path} -h' for help and examples\n`, exitCode: err.exitCode };
  if (err instanceof KubectlError) return { text: ensureNewline(`error: ${err.message}`), exitCode: err.exitCode };
  if (err instanceof FlagError)
    return { text: `Error: ${err.message}\nSee '${path} --help' for usage.\n`, exitCode: 1 };
  if (err instanceof KlogError)
    return {
      text: `${err.header} ${err.file}] "command failed" err="${err.message.replace(/"/g, '\\"')}"\n`,
      exitCode: 1,
    };
  if (isStatusError(err)) return { text: ensureNewline(formatStatusError(err)), exitCode: 1 };
  throw err;
}

export function ensureNewline(s: string): string {
  return s === '' || s.endsWith('\n') ? s : `${s}\n`;
}

/** What CheckErr prints for one error of several (cmdutil.MultipleErrors' messageForError: no `error:` prefix). */
function messageForError(err: Error): string {
  return isStatusError(err) ? formatStatusError(err) : err.message;
}

/**
 * utilerrors.NewAggregate as CheckErr prints it: one error as itself, several one per line (kubectl/pkg/cmd/util
 * helpers.go MultipleErrors). A command that continues on errors throws this at the end.
 */
export function aggregate(errors: readonly Error[]): Error {
  if (errors.length === 1) return errors[0]!;
  return new RawError(errors.map((e) => ensureNewline(messageForError(e))).join(''));
}
