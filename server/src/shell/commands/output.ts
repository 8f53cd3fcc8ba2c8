/** echo and printf, as bash's builtins behave. */
import { spendBytes } from '../../lib/budget.js';
import { fail, type Command, type CommandResult } from '../command.js';

/** Backslash escapes of `echo -e`, `printf` formats and `%b`. Returns the text and whether `\c` stopped output. */
export function unescapeBackslashes(text: string): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '\\' || i + 1 >= text.length) {
      out += c;
      continue;
    }
    const n = text[++i] ?? '';
    const simple: Readonly<Record<string, string>> = {
      n: '\n',
      t: '\t',
      r: '\r',
      a: '\x07',
      b: '\b',
      f: '\f',
      v: '\v',
      e: '\x1b',
      E: '\x1b',
      '\\': '\\',
    };
    if (n in simple) out += simple[n] ?? '';
    else if (n === 'c') return { text: out, stop: true };
    else if (n === '0' || /[1-7]/.test(n)) {
      const digits = /^[0-7]{0,3}/.exec(text.slice(n === '0' ? i + 1 : i))?.[0] ?? '';
      out += String.fromCharCode(parseInt(digits || '0', 8));
      i += n === '0' ? digits.length : digits.length - 1;
    } else if (n === 'x') {
      const hex = /^[0-9a-fA-F]{1,2}/.exec(text.slice(i + 1))?.[0];
      if (hex) {
        out += String.fromCharCode(parseInt(hex, 16));
        i += hex.length;
      } else out += '\\x';
    } else out += `\\${n}`;
  }
  return { text: out, stop: false };
}

const echo: Command = {
  name: 'echo',
  summary: 'display a line of text',
  run(args) {
    let newline = true;
    let escapes = false;
    let i = 0;
    for (; i < args.length; i++) {
      const arg = args[i] ?? '';
      if (!/^-[neE]+$/.test(arg)) break;
      if (arg.includes('n')) newline = false;
      if (arg.includes('e')) escapes = true;
      if (arg.includes('E')) escapes = false;
    }
    const text = args.slice(i).join(' ');
    if (!escapes) return { stdout: newline ? `${text}\n` : text, stderr: '', exitCode: 0 };
    const { text: out, stop } = unescapeBackslashes(text);
    return { stdout: newline && !stop ? `${out}\n` : out, stderr: '', exitCode: 0 };
  },
};

const SPEC = /%([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?([sdiufFeEgGxXocbq%])/g;

function formatOne(
  flags: string,
  width: number | undefined,
  precision: number | undefined,
  conv: string,
  arg: string | undefined,
  errors: string[],
): string {
  // Padding is paid for before it is built: `%99999999s` must not allocate a hundred megabytes.
  spendBytes(Math.max(width ?? 0, /[diu]/.test(conv) ? (precision ?? 0) : 0));
  let body: string;
  const numeric = (): number => {
    if (arg === undefined || arg === '') return 0;
    if (/^['"]/.test(arg)) return arg.codePointAt(1) ?? 0;
    const n = Number(arg);
    if (Number.isNaN(n)) {
      errors.push(`bash: printf: ${arg}: invalid number\n`);
      return parseFloat(arg) || 0;
    }
    return n;
  };
  switch (conv) {
    case 's':
      body = precision === undefined ? (arg ?? '') : (arg ?? '').slice(0, precision);
      break;
    case 'b':
      body = unescapeBackslashes(arg ?? '').text;
      break;
    case 'q':
      body =
        arg === undefined || arg === '' ? "''" : /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, "'\\''")}'`;
      break;
    case 'c':
      body = (arg ?? '').slice(0, 1);
      break;
    case 'd':
    case 'i':
    case 'u': {
      const n = Math.trunc(numeric());
      body = String(Math.abs(n));
      if (precision !== undefined) body = body.padStart(precision, '0');
      body = (n < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + body;
      break;
    }
    case 'x':
    case 'X':
    case 'o': {
      const n = Math.trunc(numeric());
      body = n.toString(conv === 'o' ? 8 : 16);
      if (conv === 'X') body = body.toUpperCase();
      break;
    }
    case 'e':
    case 'E':
      body = numeric()
        .toExponential(precision ?? 6)
        .replace(/e([+-])(\d)$/, 'e$10$2');
      if (conv === 'E') body = body.toUpperCase();
      break;
    case 'g':
    case 'G':
      body = String(Number(numeric().toPrecision(precision ?? 6)));
      break;
    default:
      body = numeric().toFixed(precision ?? 6);
      if (flags.includes('+') && !body.startsWith('-')) body = `+${body}`;
  }
  if (width !== undefined && body.length < width) {
    if (flags.includes('-')) body = body.padEnd(width);
    else if (flags.includes('0') && /[diuxXofFeEgG]/.test(conv)) {
      const sign = /^[+-]/.test(body) ? body[0] : '';
      body = sign + body.slice(sign ? 1 : 0).padStart(width - (sign ? 1 : 0), '0');
    } else body = body.padStart(width);
  }
  return body;
}

const printf: Command = {
  name: 'printf',
  summary: 'format and print data',
  run(args): CommandResult {
    const [format, ...rest] = args;
    if (format === undefined) return fail('printf: usage: printf [-v var] format [arguments]', 2);
    const template = unescapeBackslashes(format.replace(/\\c/g, '\\\\c')).text;
    const errors: string[] = [];
    let out = '';
    let index = 0;
    do {
      let consumed = false;
      out += template.replace(
        SPEC,
        (_m, flags: string, width: string | undefined, precision: string | undefined, conv: string) => {
          if (conv === '%') return '%';
          const take = (): string | undefined => {
            consumed = true;
            return rest[index++];
          };
          const w = width === '*' ? Number(take() ?? 0) : width === undefined ? undefined : Number(width);
          const p = precision === '*' ? Number(take() ?? 0) : precision === undefined ? undefined : Number(precision);
          return formatOne(flags, w, p, conv, take(), errors);
        },
      );
      if (!consumed) break;
    } while (index < rest.length);
    return { stdout: out, stderr: errors.join(''), exitCode: errors.length > 0 ? 1 : 0 };
  },
};

export const outputCommands: readonly Command[] = [echo, printf];
