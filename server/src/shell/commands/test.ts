/** `test` / `[`, `:` and the loop controls `break` / `continue`, as bash's builtins. */
import { fail, ok, type Command, type CommandResult } from '../command.js';
import { type Builtin } from '../state.js';
import { resolvePath, type Vfs } from '../vfs.js';

const INTEGER = /^\s*-?\d+\s*$/;

function integer(command: string, text: string): number | string {
  return INTEGER.test(text) ? Number(text) : `bash: ${command}: ${text}: integer expression expected`;
}

/** Evaluates test's expression: returns true/false, or an error message. */
function evaluate(args: readonly string[], vfs: Vfs, cwd: string, name: string): boolean | string {
  if (args[0] === '!') {
    const inner = evaluate(args.slice(1), vfs, cwd, name);
    return typeof inner === 'string' ? inner : !inner;
  }
  const [a = '', op = '', b = ''] = args;
  switch (args.length) {
    case 0:
      return false;
    case 1:
      return a !== '';
    case 2: {
      const stat = vfs.stat(resolvePath(cwd, op));
      if (a === '-z') return op === '';
      if (a === '-n') return op !== '';
      if (a === '-e') return stat !== undefined;
      if (a === '-f') return stat?.type === 'file';
      if (a === '-d') return stat?.type === 'dir';
      if (a === '-s') return (stat?.size ?? 0) > 0;
      return `bash: ${name}: ${a}: unary operator expected`;
    }
    case 3: {
      if (op === '=' || op === '==') return a === b;
      if (op === '!=') return a !== b;
      const numeric: Readonly<Record<string, (x: number, y: number) => boolean>> = {
        '-eq': (x, y) => x === y,
        '-ne': (x, y) => x !== y,
        '-lt': (x, y) => x < y,
        '-le': (x, y) => x <= y,
        '-gt': (x, y) => x > y,
        '-ge': (x, y) => x >= y,
      };
      const compare = numeric[op];
      if (!compare) return `bash: ${name}: ${op}: binary operator expected`;
      const x = integer(name, a);
      if (typeof x === 'string') return x;
      const y = integer(name, b);
      if (typeof y === 'string') return y;
      return compare(x, y);
    }
    default:
      return `bash: ${name}: too many arguments`;
  }
}

function runTest(name: string, args: readonly string[], vfs: Vfs, cwd: string): CommandResult {
  let operands = args;
  if (name === '[') {
    if (args[args.length - 1] !== ']') return fail("bash: [: missing `]'", 2);
    operands = args.slice(0, -1);
  }
  // `[[ … ]]` (bash, busybox ash) with test's operators; its patterns and `&&` inside are not modelled.
  if (name === '[[') {
    if (args[args.length - 1] !== ']]') return fail('bash: syntax error in conditional expression', 2);
    operands = args.slice(0, -1);
  }
  const result = evaluate(operands, vfs, cwd, name);
  if (typeof result === 'string') return fail(result, 2);
  return { stdout: '', stderr: '', exitCode: result ? 0 : 1 };
}

export const testCommands: readonly Command[] = [
  {
    name: 'test',
    summary: 'evaluate a conditional expression',
    run: (args, ctx) => runTest('test', args, ctx.vfs, ctx.cwd),
  },
  { name: '[', summary: 'evaluate a conditional expression', run: (args, ctx) => runTest('[', args, ctx.vfs, ctx.cwd) },
  {
    name: '[[',
    summary: 'evaluate a conditional expression',
    run: (args, ctx) => runTest('[[', args, ctx.vfs, ctx.cwd),
  },
  { name: ':', summary: 'do nothing, successfully', run: () => ok() },
];

function loopControl(kind: 'break' | 'continue'): Builtin {
  return {
    name: kind,
    summary: `${kind === 'break' ? 'exit' : 'resume'} for, while, or until loops`,
    run(args, _ctx, shell) {
      const levels = args[0] === undefined ? 1 : Number(args[0]);
      if (!Number.isInteger(levels) || levels < 1)
        return fail(`bash: ${kind}: ${args[0] ?? ''}: loop count out of range`);
      shell.loopControl = { kind, levels };
      return ok();
    },
  };
}

export const loopBuiltins: readonly Builtin[] = [loopControl('break'), loopControl('continue')];
