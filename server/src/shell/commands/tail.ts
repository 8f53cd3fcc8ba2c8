/**
 * tail, with -f and -F: after printing the end of each file it keeps polling them (once a second, busybox's
 * `-s 1` default) and prints what was appended. `-F` follows names: a file that is missing, or goes and
 * comes back, is waited for. That is the docs' log-shipper sidecar (`tail -F /opt/logs.txt` beside a
 * container that creates the file later). GNU coreutils and busybox word their notices differently; a
 * container's userland picks its own (`tailCommand('busybox')`).
 */
import { spendBytes } from '../../lib/budget.js';
import { fail, type Command, type CommandContext, type CommandOutcome, type ProgramIO } from '../command.js';
import { errnoMessage, resolvePath, VfsError } from '../vfs.js';
import { joinLines, lines, parseOptions } from './args.js';

export type Utilities = 'gnu' | 'busybox';

/** How a file's notices read in each userland (coreutils 9.1 and busybox 1.36). */
const WORDING = {
  gnu: {
    cannotOpen: (name: string, why: string) => `tail: cannot open '${name}' for reading: ${why}\n`,
    appeared: (name: string) => `tail: '${name}' has appeared;  following new file\n`,
    inaccessible: (name: string) => `tail: '${name}' has become inaccessible: No such file or directory\n`,
    truncated: (name: string) => `tail: ${name}: file truncated\n`,
    noFiles: 'tail: no files remaining\n',
  },
  busybox: {
    cannotOpen: (name: string, why: string) => `tail: can't open '${name}': ${why}\n`,
    appeared: (name: string) => `tail: ${name} has appeared; following end of new file\n`,
    inaccessible: (name: string) => `tail: ${name} has become inaccessible: No such file or directory\n`,
    truncated: () => '',
    noFiles: 'tail: no files\n',
  },
} as const;

/** Polling period of -f (GNU without inotify and busybox both wait a second; `-s` changes it). */
const POLL_MS = 1000;

interface Followed {
  readonly name: string;
  readonly path: string;
  /** Characters of the file already printed; undefined while the file is missing (-F). */
  offset: number | undefined;
}

export function tailCommand(utilities: Utilities): Command {
  return {
    name: 'tail',
    summary: 'output the last part of files',
    run: (args, ctx) => tail(args, ctx, utilities),
  };
}

function tail(args: readonly string[], ctx: CommandContext, utilities: Utilities): CommandOutcome {
  const words = WORDING[utilities];
  const parsed = parseOptions(
    'tail',
    args.map((a) => (/^-\d+$/.test(a) ? `-n${a.slice(1)}` : a)),
    {
      flags: 'qvfF',
      values: 'ncs',
      long: { lines: 'n', bytes: 'c', quiet: 'q', silent: 'q', verbose: 'v', retry: 'R', 'sleep-interval': 's' },
      optional: ['follow'],
    },
  );
  if (!parsed.ok) return parsed.error;
  const { flags, values, operands } = parsed.options;
  const raw = values.get('n') ?? values.get('c') ?? '10';
  const count = Number(raw.replace(/^[+-]/, ''));
  if (!Number.isInteger(count)) return fail(`tail: invalid number of lines: ‘${raw}’`);
  const pick = cutter(raw.startsWith('+'), count, values.has('c') && !values.has('n'));
  const byName = flags.has('F') || values.get('follow') === 'name';
  const follow = byName || flags.has('f') || values.has('follow');
  const retry = flags.has('F') || flags.has('R');
  const sleep = Number(values.get('s') ?? '');
  const headers = flags.has('v') || (!flags.has('q') && operands.length > 1);

  let stdout = '';
  let stderr = '';
  let opened = 0;
  const followed: Followed[] = [];
  for (const operand of operands.length === 0 ? ['-'] : operands) {
    const header = headers ? `${stdout ? '\n' : ''}==> ${operand === '-' ? 'standard input' : operand} <==\n` : '';
    if (operand === '-') {
      // A pipe is not followed (GNU ignores -f there; busybox clears it for a FIFO).
      stdout += header + pick(ctx.stdin);
      opened++;
      continue;
    }
    const path = resolvePath(ctx.cwd, operand);
    const got = read(ctx, path);
    if ('error' in got) {
      stderr += words.cannotOpen(operand, got.error);
      if (follow && retry) followed.push({ name: operand, path, offset: undefined });
      continue;
    }
    opened++;
    stdout += header + pick(got.text);
    if (follow) followed.push({ name: operand, path, offset: got.text.length });
  }
  if (followed.length > 0)
    return { program: (io) => followFiles(io, ctx, followed, { stdout, stderr, headers, byName, utilities, sleep }) };
  // Nothing left to follow (GNU), or no file opened at all (busybox, with or without -f).
  if (utilities === 'busybox' ? opened === 0 : follow && operands.length > 0) stderr += words.noFiles;
  return { stdout, stderr, exitCode: stderr ? 1 : 0 };
}

/** The file's text, or why it cannot be read (`No such file or directory`). */
function read(ctx: CommandContext, path: string): { text: string } | { error: string } {
  try {
    const text = ctx.vfs.readFile(path);
    // Like `cat`, reading is paid for: `tail -f` of a big file rereads it every second.
    spendBytes(text.length);
    return { text };
  } catch (error) {
    if (!(error instanceof VfsError)) throw error;
    return { error: errnoMessage(error.code) };
  }
}

/** What tail prints of a whole text: the last N lines (or bytes), or from the Nth on with `+N`. */
function cutter(fromStart: boolean, count: number, bytes: boolean): (text: string) => string {
  if (bytes) return (text) => (fromStart ? text.slice(Math.max(0, count - 1)) : count === 0 ? '' : text.slice(-count));
  return (text) => {
    const all = lines(text);
    const kept = fromStart ? all.slice(Math.max(0, count - 1)) : count === 0 ? [] : all.slice(-count);
    const out = joinLines(kept);
    // The last line keeps its missing newline, as tail copies bytes.
    return text.endsWith('\n') || out === '' ? out : out.slice(0, -1);
  };
}

interface FollowOptions {
  readonly stdout: string;
  readonly stderr: string;
  readonly headers: boolean;
  readonly byName: boolean;
  readonly utilities: Utilities;
  readonly sleep: number;
}

/** The -f loop as a program: it never exits by itself (Ctrl-C, or the container being stopped, ends it). */
function followFiles(io: ProgramIO, ctx: CommandContext, files: Followed[], o: FollowOptions) {
  const words = WORDING[o.utilities];
  const period = Number.isFinite(o.sleep) && o.sleep > 0 ? o.sleep * 1000 : POLL_MS;
  let last = files.length > 0 ? files[files.length - 1]?.name : undefined;
  io.write(o.stdout);
  io.error(o.stderr);
  let next = io.now() + period;
  ctx.clock.wake?.(next);
  const poll = (f: Followed): void => {
    const got = read(ctx, f.path);
    if ('error' in got) {
      if (f.offset !== undefined && o.byName) {
        io.error(words.inaccessible(f.name));
        f.offset = undefined;
      }
      return;
    }
    const text = got.text;
    if (f.offset === undefined) {
      if (!o.byName) return;
      io.error(words.appeared(f.name));
      f.offset = 0;
    } else if (text.length < f.offset) {
      io.error(words.truncated(f.name));
      f.offset = 0;
    }
    const added = text.slice(f.offset);
    f.offset = text.length;
    if (added === '') return;
    if (o.headers && last !== f.name) io.write(`\n==> ${f.name} <==\n`);
    last = f.name;
    io.write(added);
  };
  return {
    onTick(now: number): void {
      if (now < next) return;
      for (const f of files) poll(f);
      next = now + period;
      ctx.clock.wake?.(next);
    },
  };
}
