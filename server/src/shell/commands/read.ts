/**
 * bash's `read [-r] [-a ARRAY] [-p PROMPT] [NAME…]`: one line of standard input split on IFS into the
 * names, the last taking the rest of the line (REPLY, untrimmed, without names). The interpreter hands
 * it the line (stdin.ts), waiting for it when the input is a pipe whose writer still runs.
 */
import { fail, ok, type CommandResult } from '../command.js';
import { setElement, unsetArray, type Builtin, type ShellState } from '../state.js';

export interface ReadOptions {
  readonly raw: boolean;
  readonly prompt: string | undefined;
  readonly array: string | undefined;
  readonly names: readonly string[];
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function parseRead(args: readonly string[]): ReadOptions | CommandResult {
  let raw = false;
  let prompt: string | undefined;
  let array: string | undefined;
  let i = 0;
  for (; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      i++;
      break;
    }
    if (!arg.startsWith('-') || arg === '-') break;
    for (let j = 1; j < arg.length; j++) {
      const flag = arg[j];
      if (flag === 'r') raw = true;
      else if (flag === 'p' || flag === 'a') {
        const value = j + 1 < arg.length ? arg.slice(j + 1) : args[++i];
        if (value === undefined) return fail(`bash: read: -${flag}: option requires an argument`, 2);
        if (flag === 'p') prompt = value;
        else array = value;
        break;
      } else
        return fail(
          `bash: read: -${flag}: invalid option\nread: usage: read [-ers] [-a array] [-p prompt] [name ...]`,
          2,
        );
    }
  }
  const names = args.slice(i);
  const bad = [...names, ...(array === undefined ? [] : [array])].find((n) => !NAME.test(n));
  if (bad !== undefined) return fail(`bash: read: \`${bad}': not a valid identifier`);
  return { raw, prompt, array, names };
}

/** Without -r a backslash quotes the next character, and one ending the line joins the next (bash's read). */
export function needsContinuation(line: string, raw: boolean): boolean {
  if (raw) return false;
  const trailing = /\\*$/.exec(line)?.[0].length ?? 0;
  return trailing % 2 === 1;
}

/** Sets the names (or the array) from one line, as bash's read splits it on IFS. */
export function assignRead(state: ShellState, options: ReadOptions, line: string, ifsFor?: string): void {
  // `IFS=: read a b`: the assignment before read is its IFS.
  const ifs = ifsFor ?? state.vars.get('IFS') ?? ' \t\n';
  const fields = split(line, ifs, options.raw);
  if (options.array !== undefined) {
    unsetArray(state.vars, options.array);
    fields.all().forEach((f, i) => setElement(state.vars, options.array ?? '', i, f));
    return;
  }
  if (options.names.length === 0) {
    state.vars.set('REPLY', options.raw ? line : unescape(line));
    return;
  }
  options.names.forEach((name, i) => {
    state.vars.set(name, i === options.names.length - 1 ? fields.rest() : fields.next());
  });
}

/** A reader over a line's IFS fields: `next()` one field, `rest()` what is left (trailing IFS space trimmed). */
function split(line: string, ifs: string, raw: boolean) {
  const space = [...ifs].filter((c) => c === ' ' || c === '\t' || c === '\n').join('');
  const isSpace = (c: string) => space.includes(c);
  const isDelim = (c: string) => ifs.includes(c);
  let pos = 0;
  const skipSpace = () => {
    while (pos < line.length && isSpace(line[pos] ?? '')) pos++;
  };
  skipSpace();
  const field = (): string => {
    let out = '';
    while (pos < line.length) {
      const c = line[pos] ?? '';
      if (c === '\\' && !raw && pos + 1 < line.length) {
        out += line[pos + 1];
        pos += 2;
        continue;
      }
      if (isDelim(c)) break;
      out += c;
      pos++;
    }
    // One delimiter ends the field: IFS spaces around it, and at most one other IFS character.
    skipSpace();
    if (pos < line.length && isDelim(line[pos] ?? '') && !isSpace(line[pos] ?? '')) {
      pos++;
      skipSpace();
    }
    return out;
  };
  return {
    next: field,
    rest(): string {
      let end = line.length;
      while (end > pos && isSpace(line[end - 1] ?? '')) end--;
      const text = line.slice(pos, end);
      pos = line.length;
      return raw ? text : unescape(text);
    },
    all(): string[] {
      const out: string[] = [];
      while (pos < line.length) out.push(field());
      return out;
    },
  };
}

const unescape = (text: string) => text.replace(/\\(.)/g, '$1');

/**
 * The builtin as `type`, `help` and completion know it. A script's `read` is run by the interpreter (it waits
 * for lines on a pipe); this runs it where a command gets its input at once (`watch`, a command's argv).
 */
export const readBuiltin: Builtin = {
  name: 'read',
  summary: 'read a line from the standard input and split it into fields',
  run(args, ctx, shell) {
    const options = parseRead(args);
    if ('exitCode' in options) return options;
    const nl = ctx.stdin.indexOf('\n');
    assignRead(shell, options, nl < 0 ? ctx.stdin : ctx.stdin.slice(0, nl));
    return nl < 0 ? fail('', 1) : ok();
  },
};
