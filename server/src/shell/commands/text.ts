/** Text filters (grep, head, tail, wc, sort, uniq, cut, tr, rev, seq) with GNU coreutils' options and wording. */
import { fail, type Command, type CommandContext, type CommandResult } from '../command.js';
import { spendSteps } from '../../lib/budget.js';
import { compilePattern, PatternError, type Pattern } from '../regex.js';
import { joinLines, lines, parseOptions, readInputs } from './args.js';
import { tailCommand } from './tail.js';

const grep: Command = {
  name: 'grep',
  summary: 'print lines that match patterns',
  run(args, ctx) {
    const parsed = parseOptions('grep', args, {
      flags: 'ivncEwlqHhoFr',
      values: 'eABC',
      usageExit: 2,
      long: {
        'after-context': 'A',
        'before-context': 'B',
        context: 'C',
        'ignore-case': 'i',
        'invert-match': 'v',
        'line-number': 'n',
        count: 'c',
        'extended-regexp': 'E',
        'word-regexp': 'w',
        quiet: 'q',
        color: 'H',
        colour: 'H',
      },
    });
    if (!parsed.ok) return parsed.error;
    const { flags, values } = parsed.options;
    const operands = [...parsed.options.operands];
    const pattern = values.get('e') ?? operands.shift();
    if (pattern === undefined)
      return fail("Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.", 2);
    let re: Pattern;
    try {
      re = compilePattern(pattern, {
        syntax: flags.has('F') ? 'fixed' : flags.has('E') ? 'extended' : 'basic',
        ignoreCase: flags.has('i'),
        word: flags.has('w'),
      });
    } catch (error) {
      if (!(error instanceof PatternError)) throw error;
      return fail(`grep: ${error.message}`, 2);
    }
    // -A/-B/-C: lines of context around each match, `-` instead of `:` after their prefixes and
    // `--` between groups that do not touch, as GNU grep prints them.
    const context = (letter: 'A' | 'B'): number | string => {
      const raw = values.get(letter) ?? values.get('C') ?? '0';
      return /^\d+$/.test(raw) ? Math.min(Number(raw), 1_000_000) : raw;
    };
    const after = context('A');
    const before = context('B');
    if (typeof after === 'string') return fail(`grep: ${after}: invalid context length argument`, 2);
    if (typeof before === 'string') return fail(`grep: ${before}: invalid context length argument`, 2);
    const { inputs, stderr } = readInputs('grep', operands, ctx);
    const prefix = (operands.length > 1 || flags.has('H')) && !flags.has('h');
    let stdout = '';
    let matched = false;
    let printedGroup = false;
    for (const input of inputs) {
      let count = 0;
      let lastPrinted = -1;
      let afterLeft = 0;
      const all = lines(input.text);
      const print = (i: number, text: string, sep: ':' | '-'): void => {
        if ((after > 0 || before > 0) && printedGroup && i > lastPrinted + 1) stdout += '--\n';
        stdout += `${prefix ? `${input.name}${sep}` : ''}${flags.has('n') ? `${i + 1}${sep}` : ''}${text}\n`;
        lastPrinted = i;
        printedGroup = true;
      };
      all.forEach((line, i) => {
        spendSteps();
        if (re.test(line) === flags.has('v')) {
          if (afterLeft > 0 && !flags.has('c') && !flags.has('l') && !flags.has('q')) {
            afterLeft--;
            print(i, line, '-');
          }
          return;
        }
        count++;
        matched = true;
        if (flags.has('c') || flags.has('l') || flags.has('q')) return;
        for (let j = Math.max(lastPrinted + 1, i - before); j < i; j++) print(j, all[j] ?? '', '-');
        print(i, flags.has('o') ? (re.firstMatch(line) ?? '') : line, ':');
        afterLeft = after;
      });
      if (flags.has('c')) stdout += `${prefix ? `${input.name}:` : ''}${count}\n`;
      if (flags.has('l') && count > 0) stdout += `${input.name}\n`;
    }
    if (flags.has('q')) return { stdout: '', stderr: matched ? '' : stderr, exitCode: matched ? 0 : stderr ? 2 : 1 };
    return { stdout, stderr, exitCode: stderr ? 2 : matched ? 0 : 1 };
  },
};

/** head, with `-5` as `-n 5` and `-n -5` (all but the last five). */
function head(args: readonly string[], ctx: CommandContext): CommandResult {
  const parsed = parseOptions(
    'head',
    args.map((a) => (/^-\d+$/.test(a) ? `-n${a.slice(1)}` : a)),
    { flags: 'qv', values: 'nc', long: { lines: 'n', bytes: 'c', quiet: 'q', silent: 'q', verbose: 'v' } },
  );
  if (!parsed.ok) return parsed.error;
  const { values, operands, flags } = parsed.options;
  const raw = values.get('n') ?? '10';
  const count = Number(raw.replace(/^[+-]/, ''));
  if (!Number.isInteger(count)) return fail(`head: invalid number of lines: ‘${raw}’`);
  const { inputs, stderr } = readInputs('head', operands, ctx);
  const headers = flags.has('v') || (inputs.length > 1 && !flags.has('q'));
  const pieces = inputs.map((input, i) => {
    const all = lines(input.text);
    const kept = raw.startsWith('-') ? all.slice(0, Math.max(0, all.length - count)) : all.slice(0, count);
    const header = headers
      ? `${i > 0 ? '\n' : ''}==> ${input.name === '(standard input)' ? 'standard input' : input.name} <==\n`
      : '';
    return header + joinLines(kept);
  });
  return { stdout: pieces.join(''), stderr, exitCode: stderr ? 1 : 0 };
}

const headCommand: Command = { name: 'head', summary: 'output the first part of files', run: head };

const wc: Command = {
  name: 'wc',
  summary: 'print newline, word, and byte counts',
  run(args, ctx) {
    const parsed = parseOptions('wc', args, {
      flags: 'lwcm',
      long: { lines: 'l', words: 'w', bytes: 'c', chars: 'm' },
    });
    if (!parsed.ok) return parsed.error;
    const { flags, operands } = parsed.options;
    const selected = (['l', 'w', 'c', 'm'] as const).filter((f) => flags.has(f));
    const show = selected.length > 0 ? selected : (['l', 'w', 'c'] as const);
    const { inputs, stderr } = readInputs('wc', operands, ctx);
    const counts = inputs.map((input) => ({
      name: input.name === '(standard input)' ? '' : input.name,
      l: (input.text.match(/\n/g) ?? []).length,
      w: input.text.split(/\s+/).filter((w) => w !== '').length,
      c: new TextEncoder().encode(input.text).length,
      m: [...input.text].length,
    }));
    if (counts.length > 1)
      counts.push({
        name: 'total',
        l: sum(counts, 'l'),
        w: sum(counts, 'w'),
        c: sum(counts, 'c'),
        m: sum(counts, 'm'),
      });
    const stdinUsed = inputs.some((i) => i.name === '(standard input)');
    const regularTotal = counts.filter((c) => c.name !== '' && c.name !== 'total').reduce((a, c) => a + c.c, 0);
    const width =
      show.length === 1 && inputs.length === 1 ? 1 : Math.max(stdinUsed ? 7 : 1, String(regularTotal).length);
    const stdout = counts
      .map((c) => `${show.map((f) => String(c[f]).padStart(width)).join(' ')}${c.name ? ` ${c.name}` : ''}\n`)
      .join('');
    return { stdout, stderr, exitCode: stderr ? 1 : 0 };
  },
};

function sum(rows: readonly Record<'l' | 'w' | 'c' | 'm', number>[], key: 'l' | 'w' | 'c' | 'm'): number {
  return rows.reduce((a, r) => a + r[key], 0);
}

const sort: Command = {
  name: 'sort',
  summary: 'sort lines of text files',
  run(args, ctx) {
    const parsed = parseOptions('sort', args, {
      flags: 'nruhf',
      values: 'kt',
      long: { 'numeric-sort': 'n', reverse: 'r', unique: 'u', key: 'k', 'field-separator': 't' },
    });
    if (!parsed.ok) return parsed.error;
    const { flags, values, operands } = parsed.options;
    const key = values.get('k');
    const fieldIndex = key === undefined ? undefined : Number(key.split(/[,.]/)[0]);
    if (fieldIndex !== undefined && (!Number.isInteger(fieldIndex) || fieldIndex < 1))
      return fail(`sort: invalid number at field start: invalid count at start of ‘${key}’`, 2);
    const separator = values.get('t');
    const keyOf = (line: string): string => {
      if (fieldIndex === undefined) return line;
      const fields = separator === undefined ? line.trim().split(/\s+/) : line.split(separator);
      return key?.includes(',') ? (fields[fieldIndex - 1] ?? '') : fields.slice(fieldIndex - 1).join(separator ?? ' ');
    };
    const { inputs, stderr } = readInputs('sort', operands, ctx);
    const all = inputs.flatMap((i) => lines(i.text));
    const fold = flags.has('f') ? (s: string) => s.toUpperCase() : (s: string) => s;
    const compare = (a: string, b: string): number => {
      const ka = fold(keyOf(a));
      const kb = fold(keyOf(b));
      if (flags.has('n') || flags.has('h')) {
        const diff = (parseFloat(ka) || 0) - (parseFloat(kb) || 0);
        if (diff !== 0) return diff;
      } else if (ka !== kb) return ka < kb ? -1 : 1;
      return a < b ? -1 : a > b ? 1 : 0;
    };
    let sorted = all.sort(compare);
    if (flags.has('r')) sorted.reverse();
    if (flags.has('u')) sorted = sorted.filter((line, i) => i === 0 || compare(sorted[i - 1] ?? '', line) !== 0);
    return { stdout: joinLines(sorted), stderr, exitCode: stderr ? 2 : 0 };
  },
};

const uniq: Command = {
  name: 'uniq',
  summary: 'report or omit repeated lines',
  run(args, ctx) {
    const parsed = parseOptions('uniq', args, {
      flags: 'cdui',
      long: { count: 'c', repeated: 'd', unique: 'u', 'ignore-case': 'i' },
    });
    if (!parsed.ok) return parsed.error;
    const { flags, operands } = parsed.options;
    const { inputs, stderr } = readInputs('uniq', operands.slice(0, 1), ctx);
    const groups: { line: string; count: number }[] = [];
    const same = (a: string, b: string): boolean => (flags.has('i') ? a.toLowerCase() === b.toLowerCase() : a === b);
    for (const line of lines(inputs[0]?.text ?? '')) {
      const last = groups[groups.length - 1];
      if (last && same(last.line, line)) last.count++;
      else groups.push({ line, count: 1 });
    }
    const kept = groups.filter((g) => (!flags.has('d') || g.count > 1) && (!flags.has('u') || g.count === 1));
    const stdout = joinLines(kept.map((g) => (flags.has('c') ? `${String(g.count).padStart(7)} ${g.line}` : g.line)));
    return { stdout, stderr, exitCode: stderr ? 1 : 0 };
  },
};

/** Parses cut's LIST (`1,3`, `2-`, `-4`) into a membership test on 1-based positions. */
function parseList(list: string): ((n: number) => boolean) | undefined {
  const ranges: [number, number][] = [];
  for (const part of list.split(',')) {
    const match = /^(\d*)(-?)(\d*)$/.exec(part);
    if (!match || part === '' || part === '-') return undefined;
    const from = match[1] ? Number(match[1]) : 1;
    const to = match[2] ? (match[3] ? Number(match[3]) : Infinity) : from;
    if (from < 1) return undefined;
    ranges.push([from, to]);
  }
  return (n) => ranges.some(([a, b]) => n >= a && n <= b);
}

const cut: Command = {
  name: 'cut',
  summary: 'remove sections from each line of files',
  run(args, ctx) {
    const parsed = parseOptions('cut', args, {
      flags: 's',
      values: 'dfcb',
      long: { delimiter: 'd', fields: 'f', characters: 'c', bytes: 'b' },
    });
    if (!parsed.ok) return parsed.error;
    const { values, operands, flags } = parsed.options;
    const fields = values.get('f');
    const chars = values.get('c') ?? values.get('b');
    if (fields === undefined && chars === undefined)
      return fail(
        "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.",
      );
    const selected = parseList(fields ?? chars ?? '');
    if (!selected)
      return fail(`cut: invalid field value ‘${fields ?? chars ?? ''}’\nTry 'cut --help' for more information.`);
    const delimiter = values.get('d') ?? '\t';
    if ([...delimiter].length !== 1)
      return fail("cut: the delimiter must be a single character\nTry 'cut --help' for more information.");
    const { inputs, stderr } = readInputs('cut', operands, ctx);
    const out = inputs.flatMap((input) =>
      lines(input.text).flatMap((line) => {
        if (chars !== undefined) return [[...line].filter((_, i) => selected(i + 1)).join('')];
        if (!line.includes(delimiter)) return flags.has('s') ? [] : [line];
        return [
          line
            .split(delimiter)
            .filter((_, i) => selected(i + 1))
            .join(delimiter),
        ];
      }),
    );
    return { stdout: joinLines(out), stderr, exitCode: stderr ? 1 : 0 };
  },
};

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const CLASSES: Readonly<Record<string, string>> = {
  '[:upper:]': UPPER,
  '[:lower:]': LOWER,
  '[:alpha:]': UPPER + LOWER,
  '[:alnum:]': `${UPPER}${LOWER}0123456789`,
  '[:digit:]': '0123456789',
  '[:space:]': ' \t\n\r\v\f',
  '[:blank:]': ' \t',
  '[:punct:]': '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
};

/** Expands a tr SET: escapes, ranges (`a-z`) and classes (`[:upper:]`). */
function expandSet(set: string): string[] {
  const out: string[] = [];
  const chars = [...set.replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\r/g, '\r').replace(/\\\\/g, '\\')];
  for (let i = 0; i < chars.length; i++) {
    const rest = chars.slice(i).join('');
    const cls = Object.keys(CLASSES).find((c) => rest.startsWith(c));
    if (cls) {
      out.push(...(CLASSES[cls] ?? ''));
      i += cls.length - 1;
      continue;
    }
    const c = chars[i] ?? '';
    const end = chars[i + 2];
    if (chars[i + 1] === '-' && end !== undefined) {
      const a = c.codePointAt(0) ?? 0;
      const b = end.codePointAt(0) ?? 0;
      for (let cp = a; cp <= b && cp - a < 65536; cp++) out.push(String.fromCodePoint(cp));
      i += 2;
    } else out.push(c);
  }
  return out;
}

const tr: Command = {
  name: 'tr',
  summary: 'translate or delete characters',
  run(args, ctx) {
    const parsed = parseOptions('tr', args, { flags: 'dsc', long: { delete: 'd', 'squeeze-repeats': 's' } });
    if (!parsed.ok) return parsed.error;
    const { flags, operands } = parsed.options;
    const [first, second] = operands;
    if (first === undefined) return fail("tr: missing operand\nTry 'tr --help' for more information.");
    if (second === undefined && !flags.has('d') && !flags.has('s'))
      return fail(`tr: missing operand after ‘${first}’\nTry 'tr --help' for more information.`);
    const from = expandSet(first);
    const to = second === undefined ? [] : expandSet(second);
    const fromSet = new Set(from);
    const map = new Map<string, string>();
    if (!flags.has('d')) from.forEach((c, i) => map.set(c, to[Math.min(i, to.length - 1)] ?? c));
    const squeeze = new Set(flags.has('d') ? to : to.length > 0 ? to : from);
    let out = '';
    let previous = '';
    for (const c of ctx.stdin) {
      if (flags.has('d') && fromSet.has(c)) continue;
      const mapped = map.get(c) ?? c;
      if (flags.has('s') && mapped === previous && squeeze.has(mapped)) continue;
      out += mapped;
      previous = mapped;
    }
    return { stdout: out, stderr: '', exitCode: 0 };
  },
};

/** rev: each line's characters reversed (code points, as util-linux does in a UTF-8 locale). */
const rev: Command = {
  name: 'rev',
  summary: 'reverse lines characterwise',
  run(args, ctx) {
    const { inputs, stderr } = readInputs('rev', args, ctx);
    let stdout = '';
    for (const { text } of inputs) {
      const all = text.split('\n');
      all.forEach((line, i) => {
        spendSteps();
        stdout += [...line].reverse().join('') + (i < all.length - 1 ? '\n' : '');
      });
    }
    return { stdout, stderr, exitCode: stderr ? 1 : 0 };
  },
};

/** seq [FIRST [INCREMENT]] LAST, integers as the docs' loops use it. */
const seq: Command = {
  name: 'seq',
  summary: 'print a sequence of numbers',
  run(args) {
    const nums = args.map(Number);
    if (args.length === 0 || args.length > 3 || nums.some((n) => !Number.isFinite(n)))
      return fail(
        args.length === 0
          ? "seq: missing operand\nTry 'seq --help' for more information."
          : `seq: invalid floating point argument: ‘${args.find((a) => !Number.isFinite(Number(a))) ?? args[3] ?? ''}’\nTry 'seq --help' for more information.`,
      );
    const [first, step, last] =
      nums.length === 1
        ? [1, 1, nums[0] ?? 1]
        : nums.length === 2
          ? [nums[0] ?? 1, 1, nums[1] ?? 1]
          : [nums[0] ?? 1, nums[1] ?? 1, nums[2] ?? 1];
    if (step === 0)
      return fail(`seq: invalid Zero increment value: ‘${args[1] ?? ''}’\nTry 'seq --help' for more information.`);
    let stdout = '';
    for (let n = first; step > 0 ? n <= last : n >= last; n += step) {
      spendSteps();
      stdout += `${n}\n`;
    }
    return { stdout, stderr: '', exitCode: 0 };
  },
};

export const textCommands: readonly Command[] = [
  grep,
  headCommand,
  tailCommand('gnu'),
  wc,
  sort,
  uniq,
  cut,
  tr,
  rev,
  seq,
];
