/** File utilities over the virtual file system, with coreutils' wording and exit codes. */
import { fail, ok, type Command, type CommandContext, type CommandResult } from '../command.js';
import { basename, errnoMessage, resolvePath, VfsError, type VfsStat } from '../vfs.js';
import { columns } from '../columns.js';
import { busyboxFileError, fileError, parseOptions, readInputs } from './args.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

function lsDate(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${MONTHS[d.getUTCMonth()] ?? 'Jan'} ${String(d.getUTCDate()).padStart(2, ' ')} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

function errno(error: unknown): string {
  if (error instanceof VfsError) return errnoMessage(error.code);
  throw error;
}

interface Entry {
  readonly name: string;
  readonly stat: VfsStat;
}

function lsLong(entries: readonly Entry[], ctx: CommandContext, decorate: (e: Entry) => string): string {
  const sizeWidth = Math.max(0, ...entries.map((e) => String(e.stat.size).length));
  return entries
    .map((e) => {
      const mode = e.stat.type === 'dir' ? 'drwxr-xr-x' : '-rw-r--r--';
      const links = e.stat.type === 'dir' ? 2 : 1;
      return `${mode} ${links} ${ctx.user} ${ctx.user} ${String(e.stat.size).padStart(sizeWidth)} ${lsDate(e.stat.mtime)} ${decorate(e)}\n`;
    })
    .join('');
}

/**
 * `--color[=WHEN]`: GNU ls colours only when asked (Ubuntu's `alias ls='ls --color=auto'` asks for a
 * terminal); undefined for a WHEN it does not know.
 */
function colorWanted(when: string | undefined, terminal: boolean): boolean | undefined {
  if (when === undefined) return false;
  if (['', 'always', 'yes', 'force'].includes(when)) return true;
  if (['never', 'no', 'none'].includes(when)) return false;
  if (['auto', 'tty', 'if-tty'].includes(when)) return terminal;
  return undefined;
}

const ls: Command = {
  name: 'ls',
  summary: 'list directory contents',
  run(args, ctx) {
    const parsed = parseOptions('ls', args, {
      flags: 'laA1Fdh',
      usageExit: 2,
      long: { all: 'a', 'almost-all': 'A', classify: 'F', directory: 'd' },
      optional: ['color'],
    });
    if (!parsed.ok) return parsed.error;
    const { flags, operands, values } = parsed.options;
    const color = colorWanted(values.get('color'), ctx.isTerminal);
    if (color === undefined)
      return fail(
        `ls: invalid argument ‘${values.get('color') ?? ''}’ for ‘--color’\nValid arguments are:\n  - ‘always’, ‘yes’, ‘force’\n  - ‘never’, ‘no’, ‘none’\n  - ‘auto’, ‘tty’, ‘if-tty’\nTry 'ls --help' for more information.`,
        2,
      );
    const decorate = (e: Entry): string => {
      const suffix = flags.has('F') && e.stat.type === 'dir' ? '/' : '';
      return color && e.stat.type === 'dir' ? `\x1b[01;34m${e.name}\x1b[0m${suffix}` : e.name + suffix;
    };
    const render = (entries: readonly Entry[]): string => {
      if (flags.has('l')) return lsLong(entries, ctx, decorate);
      if (flags.has('1') || !ctx.isTerminal) return entries.map((e) => `${decorate(e)}\n`).join('');
      const byName = new Map(entries.map((e) => [e.name + (flags.has('F') && e.stat.type === 'dir' ? '/' : ''), e]));
      return columns([...byName.keys()], ctx.terminal.cols, (n) => {
        const e = byName.get(n);
        return e ? decorate(e) : n;
      });
    };
    let stderr = '';
    const files: Entry[] = [];
    const dirs: { operand: string; path: string }[] = [];
    for (const operand of operands.length === 0 ? ['.'] : operands) {
      const path = resolvePath(ctx.cwd, operand);
      const stat = ctx.vfs.stat(path);
      if (!stat) stderr += `ls: cannot access '${operand}': No such file or directory\n`;
      else if (stat.type === 'dir' && !flags.has('d')) dirs.push({ operand, path });
      else files.push({ name: operand, stat });
    }
    const blocks: string[] = [];
    if (files.length > 0) blocks.push(render(files));
    for (const { operand, path } of dirs) {
      let names = ctx.vfs.readdir(path);
      if (!flags.has('a') && !flags.has('A')) names = names.filter((n) => !n.startsWith('.'));
      const entries: Entry[] = names.map((name) => ({
        name,
        stat: ctx.vfs.stat(`${path === '/' ? '' : path}/${name}`) ?? { type: 'file', size: 0, mtime: 0 },
      }));
      if (flags.has('a')) {
        const self = ctx.vfs.stat(path);
        if (self) entries.unshift({ name: '.', stat: self }, { name: '..', stat: self });
      }
      const header = operands.length > 1 || files.length > 0 ? `${operand}:\n` : '';
      const total = flags.has('l')
        ? `total ${entries.reduce((sum, e) => sum + (e.stat.type === 'dir' ? 4 : Math.ceil(e.stat.size / 4096) * 4), 0)}\n`
        : '';
      blocks.push(header + total + render(entries));
    }
    return { stdout: blocks.join('\n'), stderr, exitCode: stderr ? 2 : 0 };
  },
};

/** cat, in coreutils' wording or busybox's (a container's userland: `catCommand('busybox')`). */
export function catCommand(utilities: 'gnu' | 'busybox'): Command {
  return {
    name: 'cat',
    summary: 'concatenate files and print on the standard output',
    run: (args, ctx) => cat(args, ctx, utilities === 'busybox' ? busyboxFileError : fileError),
  };
}

function cat(args: readonly string[], ctx: CommandContext, wording: typeof fileError): CommandResult {
  const parsed = parseOptions('cat', args, { flags: 'n', long: { number: 'n' } });
  if (!parsed.ok) return parsed.error;
  const { inputs, stderr } = readInputs('cat', parsed.options.operands, ctx, wording);
  let stdout = inputs.map((i) => i.text).join('');
  if (parsed.options.flags.has('n')) {
    let n = 0;
    stdout = stdout.replace(/^(?=[\s\S])/gm, () => `${String(++n).padStart(6)}\t`);
  }
  return { stdout, stderr, exitCode: stderr ? 1 : 0 };
}

const mkdir: Command = {
  name: 'mkdir',
  summary: 'make directories',
  run(args, ctx) {
    const parsed = parseOptions('mkdir', args, { flags: 'pv', long: { parents: 'p', verbose: 'v' } });
    if (!parsed.ok) return parsed.error;
    const { flags, operands } = parsed.options;
    if (operands.length === 0) return fail("mkdir: missing operand\nTry 'mkdir --help' for more information.");
    let stderr = '';
    for (const operand of operands) {
      try {
        ctx.vfs.mkdir(resolvePath(ctx.cwd, operand), { parents: flags.has('p') });
      } catch (error) {
        stderr += `mkdir: cannot create directory ‘${operand}’: ${errno(error)}\n`;
      }
    }
    return { stdout: '', stderr, exitCode: stderr ? 1 : 0 };
  },
};

const rmdir: Command = {
  name: 'rmdir',
  summary: 'remove empty directories',
  run(args, ctx) {
    if (args.length === 0) return fail("rmdir: missing operand\nTry 'rmdir --help' for more information.");
    let stderr = '';
    for (const operand of args) {
      try {
        ctx.vfs.removeEmptyDir(resolvePath(ctx.cwd, operand));
      } catch (error) {
        stderr += `rmdir: failed to remove '${operand}': ${errno(error)}\n`;
      }
    }
    return { stdout: '', stderr, exitCode: stderr ? 1 : 0 };
  },
};

const rm: Command = {
  name: 'rm',
  summary: 'remove files or directories',
  run(args, ctx) {
    const parsed = parseOptions('rm', args, { flags: 'rRfiv', long: { recursive: 'r', force: 'f' } });
    if (!parsed.ok) return parsed.error;
    const { flags, operands } = parsed.options;
    const force = flags.has('f');
    const recursive = flags.has('r') || flags.has('R');
    if (operands.length === 0) return force ? ok() : fail("rm: missing operand\nTry 'rm --help' for more information.");
    let stderr = '';
    for (const operand of operands) {
      const path = resolvePath(ctx.cwd, operand);
      const stat = ctx.vfs.stat(path);
      if (!stat) {
        if (!force) stderr += `rm: cannot remove '${operand}': No such file or directory\n`;
        continue;
      }
      if (/(^|\/)\.\.?\/*$/.test(operand)) {
        stderr += `rm: refusing to remove '.' or '..' directory: skipping '${operand}'\n`;
        continue;
      }
      if (stat.type === 'dir' && !recursive) {
        stderr += `rm: cannot remove '${operand}': Is a directory\n`;
        continue;
      }
      try {
        ctx.vfs.remove(path, { recursive });
      } catch (error) {
        stderr += `rm: cannot remove '${operand}': ${errno(error)}\n`;
      }
    }
    return { stdout: '', stderr, exitCode: stderr ? 1 : 0 };
  },
};

/** Shared shape of cp and mv: sources into a directory, or one source onto a target. */
function transfer(name: 'cp' | 'mv', args: readonly string[], ctx: CommandContext): CommandResult {
  const parsed = parseOptions(name, args, {
    flags: name === 'cp' ? 'rRfiva' : 'fiv',
    long: { recursive: 'r', force: 'f' },
  });
  if (!parsed.ok) return parsed.error;
  const { flags, operands } = parsed.options;
  if (operands.length === 0) return fail(`${name}: missing file operand\nTry '${name} --help' for more information.`);
  const targetOperand = operands[operands.length - 1] ?? '';
  const sources = operands.slice(0, -1);
  if (sources.length === 0)
    return fail(
      `${name}: missing destination file operand after '${targetOperand}'\nTry '${name} --help' for more information.`,
    );
  const target = resolvePath(ctx.cwd, targetOperand);
  const targetIsDir = ctx.vfs.isDir(target);
  if (sources.length > 1 && !targetIsDir) return fail(`${name}: target '${targetOperand}' is not a directory`);
  let stderr = '';
  for (const source of sources) {
    const from = resolvePath(ctx.cwd, source);
    const stat = ctx.vfs.stat(from);
    if (!stat) {
      stderr += `${name}: cannot stat '${source}': No such file or directory\n`;
      continue;
    }
    if (name === 'cp' && stat.type === 'dir' && !flags.has('r') && !flags.has('R') && !flags.has('a')) {
      stderr += `cp: -r not specified; omitting directory '${source}'\n`;
      continue;
    }
    const to = targetIsDir ? `${target === '/' ? '' : target}/${basename(from)}` : target;
    if (to === from) {
      stderr += `${name}: '${source}' and '${targetIsDir ? `${targetOperand}/${basename(from)}` : targetOperand}' are the same file\n`;
      continue;
    }
    try {
      if (name === 'cp') ctx.vfs.copy(from, to);
      else ctx.vfs.rename(from, to);
    } catch (error) {
      stderr +=
        error instanceof VfsError && error.code === 'EINVAL'
          ? `${name}: cannot ${name === 'cp' ? 'copy' : 'move'} '${source}' to a subdirectory of itself, '${targetOperand}'\n`
          : fileError(name, targetOperand, error);
    }
  }
  return { stdout: '', stderr, exitCode: stderr ? 1 : 0 };
}

const cp: Command = {
  name: 'cp',
  summary: 'copy files and directories',
  run: (args, ctx) => transfer('cp', args, ctx),
};
const mv: Command = { name: 'mv', summary: 'move (rename) files', run: (args, ctx) => transfer('mv', args, ctx) };

const touch: Command = {
  name: 'touch',
  summary: 'change file timestamps or create empty files',
  run(args, ctx) {
    const parsed = parseOptions('touch', args, { flags: 'c' });
    if (!parsed.ok) return parsed.error;
    if (parsed.options.operands.length === 0)
      return fail("touch: missing file operand\nTry 'touch --help' for more information.");
    let stderr = '';
    for (const operand of parsed.options.operands) {
      try {
        ctx.vfs.touch(resolvePath(ctx.cwd, operand));
      } catch (error) {
        stderr += `touch: cannot touch '${operand}': ${errno(error)}\n`;
      }
    }
    return { stdout: '', stderr, exitCode: stderr ? 1 : 0 };
  },
};

export const fileCommands: readonly Command[] = [ls, catCommand('gnu'), mkdir, rmdir, rm, cp, mv, touch];
