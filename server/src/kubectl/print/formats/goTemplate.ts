/**
 * `-o go-template=…`: the common subset of Go's text/template that kubectl users write, with
 * kubectl's extra functions (base64decode, exists) and its data model (the object round-tripped
 * through JSON, so numbers are float64 and print as Go prints them: 3, 1e+06).
 *
 * Supported: text and actions with `{{-`/`-}}` trimming, comments, `.a.b`, `$`, `$x`, variables
 * (`$x := …`, `range $i, $e := …`), pipelines, parenthesised commands, if/else if/else, range
 * (with else), with, and the functions and, or, not, len, index, print, printf, println, eq, ne,
 * lt, le, gt, ge, html, js, urlquery, base64decode, exists.
 */
import { BudgetExceededError, spendBytes, spendSteps } from '../../../lib/budget.js';
import { goFloat, goSprint } from '../../../lib/jsonpath.js';

export class TemplateError extends Error {}

/** An execution error at a node: text/template reports `output:LINE:COL: executing "output" at <NODE>: …`. */
class ExecError extends TemplateError {
  constructor(
    readonly pos: number,
    readonly context: string,
    readonly detail: string,
  ) {
    super(detail);
  }
}

type Value = unknown;

/**
 * A Go int (from `len` or an integer literal). Data numbers are float64 after kubectl's JSON round
 * trip, and Go will not compare the two: `{{if eq .spec.replicas 3}}` fails as it does for real.
 */
class GoInt {
  constructor(readonly value: number) {}
}

/** A value that is absent (a missing map key): prints as `<no value>`. */
const MISSING: unique symbol = Symbol('missing');

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'action'; pipe: Pipeline; pos: number; src: string }
  | { kind: 'if' | 'with'; pipe: Pipeline; then: Node[]; else: Node[] }
  | { kind: 'range'; pipe: Pipeline; body: Node[]; else: Node[] };

interface Command {
  args: Operand[];
  /** Where the command starts in the template and its text, for error messages. */
  pos: number;
  src: string;
}

interface Pipeline {
  decl: string[];
  cmds: Command[];
}

type Operand =
  | {
      kind: 'field';
      base: 'dot' | 'var' | 'pipe';
      varName?: string;
      sub?: Pipeline;
      path: string[];
      src: string;
      pos: number;
    }
  | { kind: 'literal'; value: Value }
  | { kind: 'func'; name: string };

// --- lexing actions ---

interface Action {
  text: string;
  pos: number;
  /** Offset of `text` in the template, for error locations. */
  textPos: number;
}

function splitTemplate(src: string): (string | Action)[] {
  const parts: (string | Action)[] = [];
  let i = 0;
  let text = '';
  while (i < src.length) {
    const open = src.indexOf('{{', i);
    if (open < 0) {
      text += src.slice(i);
      break;
    }
    text += src.slice(i, open);
    let start = open + 2;
    if (src.startsWith('- ', start) || src.startsWith('-\t', start) || src.startsWith('-\n', start)) {
      text = text.replace(/\s+$/, '');
      start += 1;
    }
    // Find the closing braces outside string literals.
    let j = start;
    let quote = '';
    for (; j < src.length; j++) {
      const c = src[j]!;
      if (quote) {
        if (c === '\\' && quote === '"') j++;
        else if (c === quote) quote = '';
      } else if (c === '"' || c === '`' || c === "'") {
        quote = c;
      } else if (c === '\n' && !src.slice(start, j).trimStart().startsWith('/*')) {
        // Go allows newlines inside actions only since 1.16 and only in some places; an
        // unterminated action is the usual cause.
      } else if (src.startsWith('}}', j)) {
        break;
      }
    }
    if (j >= src.length) throw new TemplateError(`template: output:${lineOf(src, open)}: unclosed action`);
    let end = j;
    let trimRight = false;
    if (end - 1 >= start && src[end - 1] === '-' && /\s/.test(src[end - 2] ?? '')) {
      end -= 1;
      trimRight = true;
    }
    if (text) parts.push(text);
    text = '';
    const raw = src.slice(start, end);
    parts.push({ text: raw.trim(), pos: open, textPos: start + (raw.length - raw.trimStart().length) });
    i = j + 2;
    if (trimRight) {
      const m = /^\s*/.exec(src.slice(i));
      i += m ? m[0].length : 0;
    }
  }
  if (text) parts.push(text);
  return parts;
}

function lineOf(src: string, pos: number): number {
  let line = 1;
  for (let i = 0; i < pos && i < src.length; i++) if (src[i] === '\n') line++;
  return line;
}

function tokenize(s: string, line: number, offsets: number[]): string[] {
  const tokens: string[] = [];
  const push = tokens.push.bind(tokens);
  const at = (i: number, t: string): void => {
    offsets.push(i);
    push(t);
  };
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      for (; j < s.length && s[j] !== '"'; j++) if (s[j] === '\\') j++;
      if (j >= s.length) throw new TemplateError(`template: output:${line}: unterminated quoted string`);
      at(i, s.slice(i, j + 1));
      i = j + 1;
      continue;
    }
    if (c === '`') {
      const j = s.indexOf('`', i + 1);
      if (j < 0) throw new TemplateError(`template: output:${line}: unterminated raw quoted string`);
      at(i, s.slice(i, j + 1));
      i = j + 1;
      continue;
    }
    if (c === '(' || c === ')' || c === '|' || c === ',') {
      at(i, c);
      i++;
      continue;
    }
    if (s.startsWith(':=', i) || s.startsWith('=', i)) {
      const op = s.startsWith(':=', i) ? ':=' : '=';
      at(i, op);
      i += op.length;
      continue;
    }
    let j = i;
    while (j < s.length && !/[\s()|,]/.test(s[j]!) && !s.startsWith(':=', j)) {
      // A field chain may follow a closing paren: (index .x 0).name
      j++;
    }
    at(i, s.slice(i, j));
    i = j;
  }
  return tokens;
}

const FUNCS = new Set([
  'and', 'or', 'not', 'len', 'index', 'print', 'printf', 'println', 'eq', 'ne', 'lt', 'le', 'gt', 'ge',
  'html', 'js', 'urlquery', 'base64decode', 'exists', 'slice',
]); // prettier-ignore

class PipeParser {
  private i = 0;
  constructor(
    private readonly tokens: string[],
    private readonly line: number,
    private readonly offsets: number[],
    private readonly text: string,
    private readonly base: number,
  ) {}

  private posOf(i: number): number {
    return this.base + (this.offsets[i] ?? 0);
  }

  parsePipeline(stopAtParen: boolean): Pipeline {
    const decl: string[] = [];
    // $x := …  or  $i, $e := …
    const save = this.i;
    const vars: string[] = [];
    while (this.tokens[this.i]?.startsWith('$') && !this.tokens[this.i]!.includes('.')) {
      vars.push(this.tokens[this.i]!);
      this.i++;
      if (this.tokens[this.i] === ',') {
        this.i++;
        continue;
      }
      break;
    }
    if (vars.length > 0 && (this.tokens[this.i] === ':=' || this.tokens[this.i] === '=')) {
      this.i++;
      decl.push(...vars);
    } else {
      this.i = save;
    }
    const cmds: Command[] = [];
    let cmd: Operand[] = [];
    let cmdStart = this.i;
    const finish = (endIndex: number): void => {
      const from = this.offsets[cmdStart] ?? 0;
      const to = endIndex < this.tokens.length ? (this.offsets[endIndex] ?? this.text.length) : this.text.length;
      cmds.push({ args: cmd, pos: this.posOf(cmdStart), src: this.text.slice(from, to).trim() });
    };
    while (this.i < this.tokens.length) {
      const t = this.tokens[this.i]!;
      if (t === ')') {
        if (!stopAtParen) throw new TemplateError(`template: output:${this.line}: unexpected ")" in operand`);
        break;
      }
      this.i++;
      if (t === '|') {
        if (cmd.length === 0) throw new TemplateError(`template: output:${this.line}: missing command`);
        finish(this.i - 1);
        cmd = [];
        cmdStart = this.i;
        continue;
      }
      cmd.push(this.operand(t, this.i - 1));
    }
    if (cmd.length > 0) finish(this.i);
    if (cmds.length === 0) throw new TemplateError(`template: output:${this.line}: missing value for command`);
    return { decl, cmds };
  }

  private operand(t: string, index: number): Operand {
    const pos = this.posOf(index);
    if (t === '(') {
      const sub = this.parsePipeline(true);
      if (this.tokens[this.i] !== ')') throw new TemplateError(`template: output:${this.line}: unclosed left paren`);
      this.i++;
      // A field chain directly after the paren belongs to it: (index .x 0).name
      let path: string[] = [];
      const next = this.tokens[this.i];
      if (next?.startsWith('.') && next !== '.') {
        path = next.slice(1).split('.');
        this.i++;
      }
      return { kind: 'field', base: 'pipe', sub, path, src: '(...)', pos };
    }
    if (t.startsWith('"')) {
      try {
        return { kind: 'literal', value: JSON.parse(t) as string };
      } catch {
        throw new TemplateError(`template: output:${this.line}: bad string syntax: ${t}`);
      }
    }
    if (t.startsWith('`')) return { kind: 'literal', value: t.slice(1, -1) };
    if (t === 'true' || t === 'false') return { kind: 'literal', value: t === 'true' };
    if (t === 'nil') return { kind: 'literal', value: null };
    if (/^[-+]?\d+$/.test(t)) return { kind: 'literal', value: new GoInt(Number(t)) };
    if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return { kind: 'literal', value: Number(t) };
    if (t === '.') return { kind: 'field', base: 'dot', path: [], src: t, pos };
    if (t.startsWith('.')) return { kind: 'field', base: 'dot', path: t.slice(1).split('.'), src: t, pos };
    if (t.startsWith('$')) {
      const [name, ...path] = t.split('.');
      return { kind: 'field', base: 'var', varName: name!, path, src: t, pos };
    }
    if (FUNCS.has(t)) return { kind: 'func', name: t };
    throw new TemplateError(`template: output:${this.line}: function "${t}" not defined`);
  }
}

/** `base`: where `text` starts in the template. */
function parsePipe(text: string, line: number, base: number): Pipeline {
  const offsets: number[] = [];
  const tokens = tokenize(text, line, offsets);
  return new PipeParser(tokens, line, offsets, text, base).parsePipeline(false);
}

interface Frame {
  nodes: Node[];
  kind: 'root' | 'if' | 'with' | 'range';
  node?: Extract<Node, { kind: 'if' | 'with' | 'range' }>;
  inElse: boolean;
}

/** A parsed template; throws TemplateError with text/template's wording. */
export interface GoTemplate {
  readonly source: string;
  readonly nodes: Node[];
}

export function parseGoTemplate(src: string): GoTemplate {
  const root: Frame = { nodes: [], kind: 'root', inElse: false };
  const stack: Frame[] = [root];
  const top = (): Frame => stack[stack.length - 1]!;
  const push = (n: Node): void => {
    const f = top();
    if (f.node && f.inElse) (f.node.kind === 'range' ? f.node.else : f.node.else).push(n);
    else f.nodes.push(n);
  };
  for (const part of splitTemplate(src)) {
    if (typeof part === 'string') {
      push({ kind: 'text', text: part });
      continue;
    }
    const line = lineOf(src, part.pos);
    const text = part.text;
    if (text.startsWith('/*')) continue;
    const word = /^(\w+)/.exec(text)?.[1];
    if (word === 'end') {
      if (stack.length === 1) throw new TemplateError(`template: output:${line}: unexpected {{end}}`);
      stack.pop();
      continue;
    }
    if (word === 'else') {
      const f = top();
      if (!f.node) throw new TemplateError(`template: output:${line}: unexpected {{else}}`);
      const rest = text.slice(4).trim();
      if (rest.startsWith('if ') && f.node.kind === 'if') {
        // {{else if x}} is {{else}}{{if x}}…{{end}} sharing the outer {{end}}.
        const node: Node = {
          kind: 'if',
          pipe: parsePipe(rest.slice(3), line, part.textPos + text.indexOf(rest) + 3),
          then: [],
          else: [],
        };
        f.node.else.push(node);
        f.inElse = false;
        f.node = node;
        f.nodes = node.then;
        continue;
      }
      f.inElse = true;
      continue;
    }
    if (word === 'if' || word === 'with' || word === 'range') {
      const pipe = parsePipe(text.slice(word.length), line, part.textPos + word.length);
      const n: Extract<Node, { kind: 'if' | 'with' | 'range' }> =
        word === 'range' ? { kind: 'range', pipe, body: [], else: [] } : { kind: word, pipe, then: [], else: [] };
      push(n);
      stack.push({ nodes: n.kind === 'range' ? n.body : n.then, kind: word, node: n, inElse: false });
      continue;
    }
    push({ kind: 'action', pipe: parsePipe(text, line, part.textPos), pos: part.pos, src: text });
  }
  if (stack.length > 1) throw new TemplateError(`template: output:${lineOf(src, src.length)}: unexpected EOF`);
  return { source: src, nodes: root.nodes };
}

// --- execution ---

function isTrue(v: Value): boolean {
  if (v === MISSING || v === null || v === undefined) return false;
  if (typeof v === 'boolean') return v;
  if (v instanceof GoInt) return v.value !== 0;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v.length > 0;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.keys(v).length > 0;
  return true;
}

/** fmt.Print of a template value: numbers are float64 after kubectl's JSON round trip. */
function printValue(v: Value): string {
  if (v === MISSING || v === null || v === undefined) return '<no value>';
  if (v instanceof GoInt) return String(v.value);
  if (typeof v === 'number') return goFloat(v);
  return goSprint(v);
}

function sprint(args: Value[]): string {
  // fmt.Sprint adds spaces between operands when neither side is a string.
  let s = '';
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (i > 0 && typeof a !== 'string' && typeof args[i - 1] !== 'string') s += ' ';
    s += printValue(a);
  }
  return s;
}

/** Go's type names for template values (numbers are float64 after kubectl's JSON round trip). */
function goTypeOf(v: Value): string {
  if (v instanceof GoInt) return 'int';
  if (typeof v === 'number') return 'float64';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return '[]interface {}';
  if (v && typeof v === 'object') return 'map[string]interface {}';
  return '<nil>';
}

/** fmt's complaint for a verb that does not fit the value: %!d(float64=3). */
function badVerb(verb: string, v: Value): string {
  return v === MISSING || v === null || v === undefined
    ? `%!${verb}(<nil>)`
    : `%!${verb}(${goTypeOf(v)}=${printValue(v)})`;
}

/**
 * fmt.Sprintf for the common verbs. Numbers are float64 here, so `%d` of a replica count prints
 * `%!d(float64=3)` exactly as it does with real kubectl.
 */
function sprintf(format: string, args: Value[]): string {
  let ai = 0;
  return format.replace(
    /%([-+# 0]*)(\d+)?(?:\.(\d+))?([a-zA-Z%])/g,
    (_m, flags: string, width?: string, prec?: string, verb?: string) => {
      if (verb === '%') return '%';
      if (ai >= args.length) return `%!${verb}(MISSING)`;
      const a = args[ai++];
      let s: string;
      switch (verb) {
        case 'd':
          s = a instanceof GoInt ? String(a.value) : badVerb('d', a);
          break;
        case 'f':
          s = typeof a === 'number' ? a.toFixed(prec === undefined ? 6 : Number(prec)) : badVerb('f', a);
          break;
        case 's':
          s = typeof a === 'string' ? a : badVerb('s', a);
          break;
        case 'q':
          s = typeof a === 'string' ? JSON.stringify(a) : badVerb('q', a);
          break;
        case 'x':
          s =
            a instanceof GoInt
              ? a.value.toString(16)
              : typeof a === 'string'
                ? Buffer.from(a).toString('hex')
                : badVerb('x', a);
          break;
        case 't':
          s = typeof a === 'boolean' ? String(a) : badVerb('t', a);
          break;
        default:
          s = printValue(a);
      }
      if (width !== undefined && s.length < Number(width)) {
        spendBytes(Number(width));
        s = flags.includes('-') ? s.padEnd(Number(width)) : s.padStart(Number(width), flags.includes('0') ? '0' : ' ');
      }
      return s;
    },
  );
}

/** text/template's eq/lt…: same basic kind only (int with int, float with float, string, bool). */
function compareValues(name: string, a: Value, b: Value): boolean {
  const kind = (v: Value): string => (v instanceof GoInt ? 'int' : typeof v);
  const ka = kind(a);
  const kb = kind(b);
  const comparable = (k: string): boolean => k === 'int' || k === 'number' || k === 'string' || k === 'boolean';
  if (!comparable(ka) || !comparable(kb)) throw new TemplateError(`error calling ${name}: invalid type for comparison`);
  if (ka !== kb) throw new TemplateError(`error calling ${name}: incompatible types for comparison`);
  if (ka === 'boolean' && name !== 'eq' && name !== 'ne')
    throw new TemplateError(`error calling ${name}: invalid type for comparison`);
  const x = (a instanceof GoInt ? a.value : a) as number | string;
  const y = (b instanceof GoInt ? b.value : b) as number | string;
  switch (name) {
    case 'eq':
      return x === y;
    case 'ne':
      return x !== y;
    case 'lt':
      return x < y;
    case 'le':
      return x <= y;
    case 'gt':
      return x > y;
    default:
      return x >= y;
  }
}

function intArg(v: Value): number | undefined {
  return v instanceof GoInt ? v.value : undefined;
}

function callFunc(name: string, args: Value[]): Value {
  switch (name) {
    case 'and':
      for (const a of args) if (!isTrue(a)) return a;
      return args[args.length - 1];
    case 'or':
      for (const a of args) if (isTrue(a)) return a;
      return args[args.length - 1];
    case 'not':
      return !isTrue(args[0]);
    case 'len': {
      const a = args[0];
      if (typeof a === 'string' || Array.isArray(a)) return new GoInt(a.length);
      if (a && typeof a === 'object' && !(a instanceof GoInt)) return new GoInt(Object.keys(a).length);
      throw new TemplateError(`error calling len: len of type ${typeof a}`);
    }
    case 'index': {
      let v = args[0];
      for (const k of args.slice(1)) {
        const ki = intArg(k);
        if (Array.isArray(v) && ki !== undefined) {
          if (ki < 0 || ki >= v.length) throw new TemplateError(`error calling index: index out of range: ${ki}`);
          v = v[ki] as Value;
        } else if (v && typeof v === 'object' && typeof k === 'string') {
          v = Object.prototype.hasOwnProperty.call(v, k) ? (v as Record<string, Value>)[k] : MISSING;
        } else if (v === MISSING || v === null || v === undefined) {
          throw new TemplateError('error calling index: index of untyped nil');
        } else {
          throw new TemplateError(`error calling index: cannot index slice/array with type ${goTypeOf(k)}`);
        }
      }
      return v;
    }
    case 'print':
      return sprint(args);
    case 'println':
      return args.map(printValue).join(' ') + '\n';
    case 'printf':
      return sprintf(typeof args[0] === 'string' ? args[0] : '', args.slice(1));
    case 'eq':
      return args.slice(1).some((b) => compareValues('eq', args[0], b));
    case 'ne':
    case 'lt':
    case 'le':
    case 'gt':
    case 'ge':
      return compareValues(name, args[0], args[1]);
    case 'html':
      return sprint(args).replace(
        /[<>&'"]/g,
        (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&#39;', '"': '&#34;' })[c]!,
      );
    case 'js':
      return sprint(args).replace(
        /[\\'"<>&=]/g,
        (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
      );
    case 'urlquery':
      return encodeURIComponent(sprint(args));
    case 'base64decode': {
      const s = typeof args[0] === 'string' ? args[0] : '';
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s) || s.length % 4 !== 0) {
        throw new TemplateError(
          `error calling base64decode: base64 decode failed: illegal base64 data at input byte ${Math.max(0, s.search(/[^A-Za-z0-9+/=]/))}`,
        );
      }
      return Buffer.from(s, 'base64').toString('utf8');
    }
    case 'exists': {
      let v = args[0];
      for (const k of args.slice(1)) {
        if (v && typeof v === 'object' && !Array.isArray(v) && typeof k === 'string' && k in v)
          v = (v as Record<string, Value>)[k];
        else return false;
      }
      return true;
    }
    case 'slice': {
      const v = args[0];
      const from = intArg(args[1]) ?? 0;
      if (typeof v === 'string' || Array.isArray(v)) return v.slice(from, intArg(args[2]));
      throw new TemplateError(`error calling slice: can't slice item of type ${typeof v}`);
    }
    default:
      throw new TemplateError(`function "${name}" not defined`);
  }
}

class Exec {
  out = '';
  private vars: Map<string, Value>[] = [];

  constructor(private readonly root: Value) {
    this.vars.push(new Map([['$', root]]));
  }

  private lookupVar(name: string): Value {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      const m = this.vars[i]!;
      if (m.has(name)) return m.get(name);
    }
    throw new TemplateError(`undefined variable: ${name}`);
  }

  private field(base: Value, path: string[], src: string, pos: number): Value {
    let v = base;
    for (const p of path) {
      if (p === '') continue;
      if (v === MISSING || v === null || v === undefined) {
        throw new ExecError(pos, src, `nil pointer evaluating interface {}.${p}`);
      }
      if (typeof v !== 'object' || Array.isArray(v)) {
        const type = Array.isArray(v)
          ? '[]interface {}'
          : typeof v === 'number'
            ? 'float64'
            : typeof v === 'boolean'
              ? 'bool'
              : typeof v;
        throw new ExecError(pos, src, `can't evaluate field ${p} in type ${type}`);
      }
      v = Object.prototype.hasOwnProperty.call(v, p) ? (v as Record<string, Value>)[p] : MISSING;
    }
    return v;
  }

  private operand(op: Operand, dot: Value): Value {
    switch (op.kind) {
      case 'literal':
        return op.value;
      case 'func':
        return callFunc(op.name, []);
      case 'field': {
        const base =
          op.base === 'dot' ? dot : op.base === 'var' ? this.lookupVar(op.varName!) : this.pipeline(op.sub!, dot);
        return this.field(base, op.path, op.src, op.pos);
      }
    }
  }

  pipeline(p: Pipeline, dot: Value): Value {
    let prev: Value = MISSING;
    let first = true;
    for (const cmd of p.cmds) {
      const head = cmd.args[0]!;
      const args = cmd.args.slice(1).map((a) => this.operand(a, dot));
      if (!first) args.push(prev);
      if (head.kind === 'func') {
        try {
          prev = callFunc(head.name, args);
        } catch (e) {
          const located = (e instanceof TemplateError && !(e instanceof ExecError)) || e instanceof BudgetExceededError;
          if (located) throw new ExecError(cmd.pos, cmd.src, e.message);
          throw e;
        }
      } else {
        if (args.length > 0) {
          const name = head.kind === 'field' ? head.src : 'literal';
          throw new ExecError(cmd.pos, cmd.src, `can't give argument to non-function ${name}`);
        }
        prev = this.operand(head, dot);
      }
      first = false;
    }
    for (const d of p.decl) this.vars[this.vars.length - 1]!.set(d, prev);
    return prev;
  }

  run(nodes: Node[], dot: Value): void {
    for (const n of nodes) {
      switch (n.kind) {
        case 'text':
          this.write(n.text);
          break;
        case 'action': {
          const v = this.pipeline(n.pipe, dot);
          if (n.pipe.decl.length === 0) this.write(printValue(v));
          break;
        }
        case 'if': {
          const v = this.pipeline(n.pipe, dot);
          this.scoped(() => this.run(isTrue(v) ? n.then : n.else, dot));
          break;
        }
        case 'with': {
          const v = this.pipeline(n.pipe, dot);
          this.scoped(() => (isTrue(v) ? this.run(n.then, v) : this.run(n.else, dot)));
          break;
        }
        case 'range':
          this.range(n, dot);
          break;
      }
    }
  }

  private write(text: string): void {
    spendBytes(text.length);
    this.out += text;
  }

  private scoped(f: () => void): void {
    this.vars.push(new Map());
    try {
      f();
    } finally {
      this.vars.pop();
    }
  }

  /**
   * Spends from the shell's budget (lib/budget.ts): nested ranges over many items multiply, and
   * a template that would run for seconds fails at the range instead, in text/template's wording.
   */
  private spend(at: Pipeline, steps: number): void {
    try {
      spendSteps(steps);
    } catch (e) {
      const cmd = at.cmds[0];
      if (!(e instanceof BudgetExceededError) || !cmd) throw e;
      throw new ExecError(cmd.pos, cmd.src, e.message);
    }
  }

  private range(n: Extract<Node, { kind: 'range' }>, dot: Value): void {
    const decl = n.pipe.decl;
    const v = this.pipeline({ decl: [], cmds: n.pipe.cmds }, dot);
    let entries: [Value, Value][] = [];
    if (Array.isArray(v)) entries = v.map((x, i) => [new GoInt(i), x as Value]);
    else if (v && typeof v === 'object')
      entries = Object.keys(v)
        .sort()
        .map((k) => [k, (v as Record<string, Value>)[k]]);
    else if (v instanceof GoInt) {
      // `{{range 100000000}}` is paid for before its list is built.
      this.spend(n.pipe, Math.max(0, v.value));
      entries = Array.from({ length: Math.max(0, v.value) }, (_x, i) => [new GoInt(i), new GoInt(i)]);
    } else if (v !== MISSING && v !== null && v !== undefined)
      throw new TemplateError(`range can't iterate over ${printValue(v)}`);
    if (entries.length === 0) {
      this.scoped(() => this.run(n.else, dot));
      return;
    }
    // Weighted so that a step stays a fraction of a microsecond even before V8 has compiled this code: building the
    // entries, and each turn's scope.
    this.spend(n.pipe, 4 * entries.length);
    for (const [k, item] of entries) {
      this.spend(n.pipe, 4 + 4 * n.body.length);
      this.scoped(() => {
        const scope = this.vars[this.vars.length - 1]!;
        if (decl.length === 1) scope.set(decl[0]!, item);
        else if (decl.length === 2) {
          scope.set(decl[0]!, k);
          scope.set(decl[1]!, item);
        }
        this.run(n.body, item);
      });
    }
  }
}

/** Runs a parsed template over a JSON object; throws TemplateError on execution errors. */
export function executeGoTemplate(t: GoTemplate, data: Value): string {
  const ex = new Exec(data);
  try {
    ex.run(t.nodes, data);
  } catch (e) {
    if (e instanceof ExecError) {
      const before = t.source.slice(0, e.pos);
      const line = before.split('\n').length;
      const col = e.pos - (before.lastIndexOf('\n') + 1);
      throw new TemplateError(`template: output:${line}:${col}: executing "output" at <${e.context}>: ${e.detail}`);
    }
    if (e instanceof BudgetExceededError || (e instanceof TemplateError && !e.message.startsWith('template: '))) {
      throw new TemplateError(`template: output:1:0: executing "output" at <.>: ${e.message}`);
    }
    throw e;
  }
  return ex.out;
}
