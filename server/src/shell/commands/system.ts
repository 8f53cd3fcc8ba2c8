/** Small system utilities: identity, time, environment, and `help`. */
import { fail, ok, type Command } from '../command.js';
import { parseOptions } from './args.js';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** strftime for the subset `date +FORMAT` users reach for; the machine runs in UTC. */
export function formatDate(ms: number, format = '%a %b %e %H:%M:%S %Z %Y'): string {
  const d = new Date(ms);
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  const table: Readonly<Record<string, () => string>> = {
    a: () => DAYS[d.getUTCDay()] ?? '',
    b: () => MONTHS[d.getUTCMonth()] ?? '',
    h: () => MONTHS[d.getUTCMonth()] ?? '',
    d: () => pad(d.getUTCDate()),
    e: () => String(d.getUTCDate()).padStart(2, ' '),
    H: () => pad(d.getUTCHours()),
    M: () => pad(d.getUTCMinutes()),
    S: () => pad(d.getUTCSeconds()),
    Y: () => String(d.getUTCFullYear()),
    y: () => pad(d.getUTCFullYear() % 100),
    m: () => pad(d.getUTCMonth() + 1),
    j: () => pad(Math.floor((ms - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86400000) + 1, 3),
    s: () => String(Math.floor(ms / 1000)),
    N: () => pad((ms % 1000) * 1000000, 9),
    Z: () => 'UTC',
    z: () => '+0000',
    T: () => `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`,
    F: () => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    R: () => `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
    n: () => '\n',
    t: () => '\t',
    '%': () => '%',
  };
  return format.replace(/%(.)/g, (m, c: string) => table[c]?.() ?? m);
}

const date: Command = {
  name: 'date',
  summary: 'print the system date and time',
  run(args, ctx) {
    const parsed = parseOptions('date', args, { flags: 'uR', long: { utc: 'u', 'rfc-email': 'R' } });
    if (!parsed.ok) return parsed.error;
    const { operands, flags } = parsed.options;
    const format = operands[0];
    if (format !== undefined && !format.startsWith('+')) return fail(`date: invalid date ‘${format}’`);
    if (flags.has('R')) return ok(`${formatDate(ctx.clock.now(), '%a, %d %b %Y %H:%M:%S %z')}\n`);
    return ok(`${formatDate(ctx.clock.now(), format?.slice(1))}\n`);
  },
};

const whoami: Command = {
  name: 'whoami',
  summary: 'print effective user name',
  run: (_args, ctx) => ok(`${ctx.user}\n`),
};
const hostname: Command = {
  name: 'hostname',
  summary: 'show the system host name',
  run: (_args, ctx) => ok(`${ctx.hostname}\n`),
};
const trueCommand: Command = { name: 'true', summary: 'do nothing, successfully', run: () => ok() };
const falseCommand: Command = {
  name: 'false',
  summary: 'do nothing, unsuccessfully',
  run: () => ({ stdout: '', stderr: '', exitCode: 1 }),
};

const uname: Command = {
  name: 'uname',
  summary: 'print system information',
  run(args, ctx) {
    const all = args.includes('-a');
    if (all) return ok(`Linux ${ctx.hostname} 6.8.0-kubelab #1 SMP PREEMPT_DYNAMIC x86_64 GNU/Linux\n`);
    if (args.includes('-r')) return ok('6.8.0-kubelab\n');
    return ok('Linux\n');
  },
};

const env: Command = {
  name: 'env',
  summary: 'print the environment',
  run(args, ctx) {
    const assignments = new Map(ctx.env);
    let i = 0;
    for (; i < args.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(args[i] ?? ''); i++) {
      const [name = '', value = ''] = (args[i] ?? '').split(/=(.*)/s, 2);
      assignments.set(name, value);
    }
    if (i < args.length) return ctx.runArgv(args.slice(i), ctx.stdin);
    return ok([...assignments].map(([k, v]) => `${k}=${v}\n`).join(''));
  },
};

/** GNU printenv: the values of the variables named (exit 1 when one is not set), or every variable. */
const printenv: Command = {
  name: 'printenv',
  summary: 'print all or part of environment',
  run(args, ctx) {
    if (args.length === 0) return ok([...ctx.env].map(([k, v]) => `${k}=${v}\n`).join(''));
    let stdout = '';
    let missing = false;
    for (const name of args) {
      const value = ctx.env.get(name);
      if (value === undefined) missing = true;
      else stdout += `${value}\n`;
    }
    return { stdout, stderr: '', exitCode: missing ? 1 : 0 };
  },
};

/** Where `which` and `type` say a command lives. */
export function commandPath(name: string): string {
  return ['kubectl', 'minikube', 'helm', 'kubelab'].includes(name) ? `/usr/local/bin/${name}` : `/usr/bin/${name}`;
}

/** Bash builtins with no file on disk: `which cd` prints nothing. */
const NO_FILE = new Set(['cd', 'export', 'unset', 'alias', 'unalias', 'history', 'exit', 'logout', 'type', 'help']);

const which: Command = {
  name: 'which',
  summary: 'locate a command',
  run(args, ctx) {
    const names = new Set(ctx.commandNames());
    let stdout = '';
    let missing = false;
    for (const name of args.filter((a) => !a.startsWith('-'))) {
      if (names.has(name) && !NO_FILE.has(name)) stdout += `${commandPath(name)}\n`;
      else missing = true;
    }
    return { stdout, stderr: '', exitCode: missing || args.length === 0 ? 1 : 0 };
  },
};

const clear: Command = {
  name: 'clear',
  summary: 'clear the terminal screen',
  run: (_args, ctx) => ok(ctx.isTerminal ? '\x1b[H\x1b[2J\x1b[3J' : ''),
};

const help: Command = {
  name: 'help',
  summary: 'list the commands available here',
  run(args, ctx) {
    const lines = [
      'kubelab shell: a bash-like shell where kubectl and minikube drive your own simulated cluster.',
      'Try: minikube start, kubectl get nodes, kubectl create deployment web --image=nginx',
      'Editing: arrows, Home/End, Ctrl-A/E/U/K/W, Tab completes, Ctrl-R searches history, Ctrl-C cancels, Ctrl-L clears.',
      '',
      'Commands:',
    ];
    const names = args.length > 0 ? args : ctx.commandNames();
    const width = Math.max(...names.map((n) => n.length));
    return ok(
      `${lines.join('\n')}\n${names.map((n) => `  ${n.padEnd(width)}  ${ctx.commandSummary(n) ?? ''}`.trimEnd()).join('\n')}\n`,
    );
  },
};

/** Tutorials written for a real machine prefix commands with sudo; here the student may run them anyway. */
const sudo: Command = {
  name: 'sudo',
  summary: 'execute a command as another user',
  run(args, ctx) {
    const argv = args.filter((a, i) => !(a.startsWith('-') && args.slice(0, i).every((b) => b.startsWith('-'))));
    if (argv.length === 0) return fail('usage: sudo command', 1);
    return ctx.runArgv(argv, ctx.stdin);
  },
};

export const systemCommands: readonly Command[] = [
  printenv,
  sudo,
  date,
  whoami,
  hostname,
  trueCommand,
  falseCommand,
  uname,
  env,
  which,
  clear,
  help,
];
