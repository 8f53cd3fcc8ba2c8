/** tee, xargs and the pagers: plumbing students pipe kubectl output through. */
import { fail, type Command } from '../command.js';
import { resolvePath } from '../vfs.js';
import { fileError, parseOptions } from './args.js';

const tee: Command = {
  name: 'tee',
  summary: 'read from standard input and write to standard output and files',
  run(args, ctx) {
    const parsed = parseOptions('tee', args, { flags: 'a', long: { append: 'a' } });
    if (!parsed.ok) return parsed.error;
    let stderr = '';
    for (const operand of parsed.options.operands) {
      try {
        ctx.vfs.writeFile(resolvePath(ctx.cwd, operand), ctx.stdin, { append: parsed.options.flags.has('a') });
      } catch (error) {
        stderr += fileError('tee', operand, error);
      }
    }
    return { stdout: ctx.stdin, stderr, exitCode: stderr ? 1 : 0 };
  },
};

/** `kubectl get pods -o name | xargs kubectl delete`: runs the command once with all the words. */
const xargs: Command = {
  name: 'xargs',
  summary: 'build and execute command lines from standard input',
  run(args, ctx) {
    let perCall: number | undefined;
    let skipEmpty = false;
    let i = 0;
    for (; i < args.length && (args[i] ?? '').startsWith('-'); i++) {
      const arg = args[i] ?? '';
      if (arg === '-r' || arg === '--no-run-if-empty') skipEmpty = true;
      else if (arg === '-n' || /^-n\d+$/.test(arg)) perCall = Number(arg === '-n' ? args[++i] : arg.slice(2));
      else
        return fail(`xargs: invalid option -- '${arg.slice(1)}'\nUsage: xargs [OPTION]... COMMAND [INITIAL-ARGS]...`);
    }
    if (perCall !== undefined && (!Number.isInteger(perCall) || perCall < 1))
      return fail('xargs: value for -n option should be >= 1');
    const command = i < args.length ? args.slice(i) : ['echo'];
    const items = ctx.stdin.split(/\s+/).filter((w) => w !== '');
    if (items.length === 0 && skipEmpty) return { stdout: '', stderr: '', exitCode: 0 };
    const size = perCall ?? Math.max(1, items.length);
    let stdout = '';
    let stderr = '';
    let exitCode = 0;
    for (let at = 0; at < Math.max(1, items.length); at += size) {
      const result = ctx.runArgv([...command, ...items.slice(at, at + size)]);
      stdout += result.stdout;
      stderr += result.stderr;
      if (result.exitCode === 127)
        return { stdout, stderr: `xargs: ${command[0] ?? ''}: No such file or directory\n`, exitCode: 127 };
      if (result.exitCode !== 0) exitCode = 123;
    }
    return { stdout, stderr, exitCode };
  },
};

/** Pagers need a terminal of their own; here they print everything, which is what a short output shows anyway. */
function pager(name: string): Command {
  return {
    name,
    summary: 'view a file (prints it whole here)',
    run(args, ctx) {
      const files = args.filter((a) => !a.startsWith('-'));
      if (files.length === 0) return { stdout: ctx.stdin, stderr: '', exitCode: 0 };
      let stdout = '';
      let stderr = '';
      for (const file of files) {
        try {
          stdout += ctx.vfs.readFile(resolvePath(ctx.cwd, file));
        } catch (error) {
          stderr += fileError(name, file, error);
        }
      }
      return stderr ? fail(stderr, 1, stdout) : { stdout, stderr, exitCode: 0 };
    },
  };
}

export const streamCommands: readonly Command[] = [tee, xargs, pager('less'), pager('more')];
