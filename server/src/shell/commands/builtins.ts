/** Bash builtins: commands that change the shell itself. Wording follows bash 5. */
import { fail, ok, type CommandResult } from '../command.js';
import { unsetArray, type Builtin, type ShellState } from '../state.js';
import { readBuiltin } from './read.js';
import { errnoMessage, resolvePath, VfsError } from '../vfs.js';
import { commandPath } from './system.js';
import { loopBuiltins } from './test.js';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Bash prints alias values in single quotes. */
export function singleQuote(value: string): string {
  return `'${value.replace(/'/g, "'\\''")}'`;
}

function setCwd(shell: ShellState, path: string): void {
  shell.vars.set('OLDPWD', shell.cwd);
  shell.exported.add('OLDPWD');
  shell.cwd = path;
  shell.vars.set('PWD', path);
}

const cd: Builtin = {
  name: 'cd',
  summary: 'change the shell working directory',
  run(args, ctx, shell) {
    const operands = args.filter((a) => a !== '--' && a !== '-L' && a !== '-P');
    if (operands.length > 1) return fail('bash: cd: too many arguments');
    let target = operands[0] ?? shell.vars.get('HOME');
    if (target === undefined) return fail('bash: cd: HOME not set');
    let print = false;
    if (target === '-') {
      target = shell.vars.get('OLDPWD');
      if (target === undefined) return fail('bash: cd: OLDPWD not set');
      print = true;
    }
    const path = resolvePath(shell.cwd, target);
    const stat = ctx.vfs.stat(path);
    if (!stat) return fail(`bash: cd: ${target}: No such file or directory`);
    if (stat.type !== 'dir') return fail(`bash: cd: ${target}: Not a directory`);
    setCwd(shell, path);
    return ok(print ? `${path}\n` : '');
  },
};

const pwd: Builtin = {
  name: 'pwd',
  summary: 'print the name of the current working directory',
  run: (_a, _c, shell) => ok(`${shell.cwd}\n`),
};

function declareLine(name: string, value: string): string {
  return `declare -x ${name}="${value.replace(/(["\\$`])/g, '\\$1')}"\n`;
}

const exportBuiltin: Builtin = {
  name: 'export',
  summary: 'set export attribute for shell variables',
  run(args, _ctx, shell) {
    const operands = args.filter((a) => a !== '-p');
    if (operands.length === 0) {
      return ok(
        [...shell.exported]
          .sort()
          .map((name) =>
            shell.vars.has(name) ? declareLine(name, shell.vars.get(name) ?? '') : `declare -x ${name}\n`,
          )
          .join(''),
      );
    }
    let stderr = '';
    for (const operand of operands) {
      const [name = '', value] = operand.split(/=(.*)/s, 2);
      if (!NAME.test(name)) {
        stderr += `bash: export: \`${operand}': not a valid identifier\n`;
        continue;
      }
      if (value !== undefined) shell.vars.set(name, value);
      shell.exported.add(name);
    }
    return { stdout: '', stderr, exitCode: stderr ? 1 : 0 };
  },
};

const unset: Builtin = {
  name: 'unset',
  summary: 'unset values and attributes of shell variables',
  run(args, _ctx, shell) {
    let stderr = '';
    for (const name of args.filter((a) => a !== '-v')) {
      const element = /^([A-Za-z_][A-Za-z0-9_]*)\[(\d+)\]$/.exec(name);
      if (element?.[1]) {
        shell.vars.delete(element[2] === '0' ? element[1] : `${element[1]}[${Number(element[2])}]`);
        continue;
      }
      if (!NAME.test(name)) {
        stderr += `bash: unset: \`${name}': not a valid identifier\n`;
        continue;
      }
      unsetArray(shell.vars, name);
      shell.exported.delete(name);
    }
    return { stdout: '', stderr, exitCode: stderr ? 1 : 0 };
  },
};

const alias: Builtin = {
  name: 'alias',
  summary: 'define or display aliases',
  run(args, _ctx, shell) {
    const operands = args.filter((a) => a !== '-p');
    if (operands.length === 0)
      return ok(
        [...shell.aliases]
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([n, v]) => `alias ${n}=${singleQuote(v)}\n`)
          .join(''),
      );
    let stdout = '';
    let stderr = '';
    for (const operand of operands) {
      const eq = operand.indexOf('=');
      if (eq < 0) {
        const value = shell.aliases.get(operand);
        if (value === undefined) stderr += `bash: alias: ${operand}: not found\n`;
        else stdout += `alias ${operand}=${singleQuote(value)}\n`;
        continue;
      }
      const name = operand.slice(0, eq);
      if (name === '' || /[\s/$`=|&;<>()'"\\]/.test(name)) {
        stderr += `bash: alias: \`${name}': invalid alias name\n`;
        continue;
      }
      shell.aliases.set(name, operand.slice(eq + 1));
    }
    return { stdout, stderr, exitCode: stderr ? 1 : 0 };
  },
};

const unalias: Builtin = {
  name: 'unalias',
  summary: 'remove each NAME from the list of defined aliases',
  run(args, _ctx, shell) {
    if (args.includes('-a')) {
      shell.aliases.clear();
      return ok();
    }
    if (args.length === 0) return fail('unalias: usage: unalias [-a] name [name ...]', 2);
    let stderr = '';
    for (const name of args) if (!shell.aliases.delete(name)) stderr += `bash: unalias: ${name}: not found\n`;
    return { stdout: '', stderr, exitCode: stderr ? 1 : 0 };
  },
};

const history: Builtin = {
  name: 'history',
  summary: 'display the command history list',
  run(args, _ctx, shell) {
    if (args[0] === '-c') {
      shell.history.clear();
      return ok();
    }
    const list = shell.history.list();
    let start = 0;
    if (args[0] !== undefined) {
      const n = Number(args[0]);
      if (!Number.isInteger(n) || n < 0) return fail(`bash: history: ${args[0]}: numeric argument required`);
      start = Math.max(0, list.length - n);
    }
    let stdout = '';
    for (let i = start; i < list.length; i++)
      stdout += `${String(shell.history.numberOf(i)).padStart(5)}  ${list[i] ?? ''}\n`;
    return ok(stdout);
  },
};

function exitWith(args: readonly string[], shell: ShellState, name: string): CommandResult {
  const arg = args[0];
  if (arg === undefined) {
    shell.exitCode = shell.lastExitCode;
    return ok();
  }
  const code = Number(arg);
  if (!/^-?\d+$/.test(arg)) {
    shell.exitCode = 2;
    return fail(`bash: ${name}: ${arg}: numeric argument required`, 2);
  }
  shell.exitCode = ((code % 256) + 256) % 256;
  return { stdout: '', stderr: '', exitCode: shell.exitCode };
}

const exit: Builtin = {
  name: 'exit',
  summary: 'exit the shell',
  run: (args, _ctx, shell) => exitWith(args, shell, 'exit'),
};
const logout: Builtin = {
  name: 'logout',
  summary: 'exit a login shell',
  run: (args, _ctx, shell) => exitWith(args, shell, 'logout'),
};

const type: Builtin = {
  name: 'type',
  summary: 'display information about command type',
  run(args, ctx, shell) {
    let stdout = '';
    let stderr = '';
    const names = new Set(ctx.commandNames());
    for (const name of args) {
      const value = shell.aliases.get(name);
      if (value !== undefined) stdout += `${name} is aliased to \`${value}'\n`;
      else if (BUILTIN_NAMES.has(name)) stdout += `${name} is a shell builtin\n`;
      else if (names.has(name)) stdout += `${name} is ${commandPath(name)}\n`;
      else stderr += `bash: type: ${name}: not found\n`;
    }
    return { stdout, stderr, exitCode: stderr ? 1 : 0 };
  },
};

/** Completion scripts (`source <(kubectl completion bash)`): completion is built in, so they succeed as they are. */
const COMPLETION_SCRIPT = /__start_\w+|complete -o default|compdef /;

const source: Builtin = {
  name: 'source',
  summary: 'execute commands from a file in the current shell',
  run(args, ctx) {
    const [file] = args;
    if (file === undefined)
      return fail('bash: source: filename argument required\nsource: usage: source filename [arguments]', 2);
    let content: string;
    try {
      content = ctx.vfs.readFile(resolvePath(ctx.cwd, file));
    } catch (error) {
      return fail(`bash: ${file}: ${error instanceof VfsError ? errnoMessage(error.code) : String(error)}`);
    }
    if (COMPLETION_SCRIPT.test(content)) return ok();
    return ctx.runLine(content);
  },
};

const dot: Builtin = { ...source, name: '.' };

/** `complete -F __start_kubectl k`: completion of aliases is automatic here, so this only succeeds. */
const complete: Builtin = { name: 'complete', summary: 'specify how arguments are to be completed', run: () => ok() };

export const builtins: readonly Builtin[] = [
  cd,
  pwd,
  exportBuiltin,
  unset,
  alias,
  unalias,
  history,
  exit,
  logout,
  type,
  source,
  dot,
  complete,
  readBuiltin,
  ...loopBuiltins,
];

const BUILTIN_NAMES = new Set([
  ...builtins.map((b) => b.name),
  'echo',
  'printf',
  'true',
  'false',
  'help',
  'test',
  '[',
  ':',
]);
