/**
 * kubectl's JSONPath dialect (k8s.io/client-go/util/jsonpath), ported: the same parser, the same
 * evaluation of fields, slices, filters, unions, recursive descent and range/end blocks, the same
 * printing of results (strings raw, maps and lists as compact JSON, several results joined by a
 * space) and the same error wording. Data is plain JSON (as unstructured objects are).
 *
 * Also here: the Go value formatting the printers need to match kubectl byte for byte
 * (fmt.Sprint, fmt's %#v, encoding/json), because JSONPath results are printed with them.
 */

import { spendSteps } from './budget.js';

export class JsonPathError extends Error {}

export interface Param {
  readonly value: number;
  readonly known: boolean;
  readonly derived: boolean;
}

export type JsonPathNode =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'list'; readonly nodes: JsonPathNode[] }
  | { readonly type: 'field'; readonly name: string }
  | { readonly type: 'wildcard' }
  | { readonly type: 'recursive' }
  | { readonly type: 'array'; readonly params: readonly [Param, Param, Param] }
  | { readonly type: 'filter'; readonly left: ListNode; readonly right: ListNode; readonly op: string }
  | { readonly type: 'union'; readonly branches: readonly ListNode[] }
  | { readonly type: 'identifier'; readonly name: string }
  | { readonly type: 'int'; readonly value: number }
  | { readonly type: 'float'; readonly value: number }
  | { readonly type: 'bool'; readonly value: boolean };

export type ListNode = { readonly type: 'list'; readonly nodes: JsonPathNode[] };

export interface JsonPathTemplate {
  readonly source: string;
  readonly root: ListNode;
}

const EOF = '';

function isTerminator(r: string): boolean {
  return (
    r === EOF ||
    r === ' ' ||
    r === '\t' ||
    r === '\r' ||
    r === '\n' ||
    r === '.' ||
    r === ',' ||
    r === '[' ||
    r === ']' ||
    r === '$' ||
    r === '@' ||
    r === '{' ||
    r === '}'
  );
}

function isDigit(r: string): boolean {
  return r >= '0' && r <= '9';
}

function isAlphaNumeric(r: string): boolean {
  return r === '_' || isDigit(r) || /\p{L}/u.test(r);
}

/** Go's %#U for a rune: U+0025 '%'. */
function formatRune(r: string): string {
  const cp = r.codePointAt(0) ?? 0;
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')} '${r}'`;
}

/** strconv.Unquote plus single-quoted strings (jsonpath.UnquoteExtend). */
function unquoteExtend(s: string): string {
  let body = s.slice(1, -1);
  if (s.startsWith("'")) body = body.replace(/\\'/g, "'").replace(/"/g, '\\"');
  try {
    return JSON.parse(`"${body}"`) as string;
  } catch {
    throw new JsonPathError(`unquote string ${s} error invalid syntax`);
  }
}

const DICT_KEY_RE = /^'([^']*)'$/;
const SLICE_RE = /^(-?\d*)(:-?\d*)?(:-?\d*)?$/;
const FILTER_RE = /^([^!<>=]+)([!<>=]+)(.+?)$/;

class Parser {
  private pos = 0;
  private start = 0;
  readonly root: ListNode = { type: 'list', nodes: [] };

  constructor(private readonly input: string) {}

  parse(): ListNode {
    this.parseText(this.root);
    return this.root;
  }

  private next(): string {
    if (this.pos >= this.input.length) {
      this.pos++;
      return EOF;
    }
    const cp = this.input.codePointAt(this.pos)!;
    const r = String.fromCodePoint(cp);
    this.pos += r.length;
    return r;
  }

  private peek(): string {
    const save = this.pos;
    const r = this.next();
    this.pos = save;
    return r;
  }

  private backup(r: string): void {
    this.pos -= r === EOF ? 1 : r.length;
  }

  private consumeText(): string {
    const value = this.input.slice(this.start, Math.min(this.pos, this.input.length));
    this.start = this.pos;
    return value;
  }

  private rest(): string {
    return this.input.slice(this.pos);
  }

  private parseText(cur: ListNode): void {
    for (;;) {
      if (this.rest().startsWith('{')) {
        if (this.pos > this.start) cur.nodes.push({ type: 'text', text: this.consumeText() });
        this.parseLeftDelim(cur);
        return;
      }
      if (this.next() === EOF) break;
    }
    this.pos = Math.min(this.pos, this.input.length);
    if (this.pos > this.start) cur.nodes.push({ type: 'text', text: this.consumeText() });
  }

  private parseLeftDelim(cur: ListNode): void {
    this.pos += 1;
    this.consumeText();
    const node: ListNode = { type: 'list', nodes: [] };
    cur.nodes.push(node);
    this.parseInsideAction(node);
  }

  private parseInsideAction(cur: ListNode): void {
    for (;;) {
      const rest = this.rest();
      if (rest.startsWith('}')) {
        this.pos += 1;
        this.consumeText();
        this.parseText(this.root);
        return;
      }
      if (rest.startsWith('[?(')) {
        this.parseFilter(cur);
        continue;
      }
      if (rest.startsWith('..')) {
        this.parseRecursive(cur);
        continue;
      }
      const r = this.next();
      if (r === EOF || r === '\n' || r === '\r') throw new JsonPathError('unclosed action');
      if (r === ' ' || r === '@' || r === '$') {
        this.consumeText();
      } else if (r === '[') {
        this.parseArray(cur);
      } else if (r === '"' || r === "'") {
        this.parseQuote(cur, r);
      } else if (r === '.') {
        this.parseField(cur);
      } else if (r === '+' || r === '-' || isDigit(r)) {
        this.backup(r);
        this.parseNumber(cur);
      } else if (isAlphaNumeric(r)) {
        this.backup(r);
        this.parseIdentifier(cur);
      } else {
        throw new JsonPathError(`unrecognized character in action: ${formatRune(r)}`);
      }
    }
  }

  private parseIdentifier(cur: ListNode): void {
    for (;;) {
      const r = this.next();
      if (isTerminator(r)) {
        this.backup(r);
        break;
      }
    }
    const value = this.consumeText();
    if (value === 'true' || value === 'false') cur.nodes.push({ type: 'bool', value: value === 'true' });
    else cur.nodes.push({ type: 'identifier', name: value });
  }

  private parseRecursive(cur: ListNode): void {
    if (cur.nodes.at(-1)?.type === 'recursive') throw new JsonPathError('invalid multiple recursive descent');
    this.pos += 2;
    this.consumeText();
    cur.nodes.push({ type: 'recursive' });
    const r = this.peek();
    if (r !== EOF && isAlphaNumeric(r)) this.parseField(cur);
  }

  private parseNumber(cur: ListNode): void {
    let r = this.peek();
    if (r === '+' || r === '-') this.next();
    for (;;) {
      r = this.next();
      if (r !== '.' && !isDigit(r)) {
        this.backup(r);
        break;
      }
    }
    const value = this.consumeText();
    if (/^[+-]?\d+$/.test(value)) cur.nodes.push({ type: 'int', value: Number(value) });
    else if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(value)) cur.nodes.push({ type: 'float', value: Number(value) });
    else throw new JsonPathError(`cannot parse number ${value}`);
  }

  private parseArray(cur: ListNode): void {
    for (;;) {
      const r = this.next();
      if (r === EOF || r === '\n') throw new JsonPathError('unterminated array');
      if (r === ']') break;
    }
    let text = this.consumeText();
    text = text.slice(1, -1);
    if (text === '*') text = ':';
    const parts = text.split(',');
    if (parts.length > 1) {
      const branches = parts.map((s) => parseAction(`[${s.trim()}]`));
      cur.nodes.push({ type: 'union', branches });
      return;
    }
    const dict = DICT_KEY_RE.exec(text);
    if (dict) {
      cur.nodes.push(...parseAction(`.${dict[1]}`).nodes);
      return;
    }
    const m = SLICE_RE.exec(text);
    if (!m) throw new JsonPathError(`invalid array index ${text}`);
    const params: Param[] = [];
    for (let i = 0; i < 3; i++) {
      let v = m[i + 1] ?? '';
      if (v !== '') {
        if (i > 0) v = v.slice(1);
        if (i > 0 && v === '') params.push({ value: 0, known: false, derived: false });
        else params.push({ value: Number(v), known: true, derived: false });
      } else if (i === 1) {
        params.push({ value: params[0]!.value + 1, known: true, derived: true });
      } else {
        params.push({ value: 0, known: false, derived: false });
      }
    }
    cur.nodes.push({ type: 'array', params: [params[0]!, params[1]!, params[2]!] });
  }

  private parseFilter(cur: ListNode): void {
    this.pos += 3;
    this.consumeText();
    let quote = '';
    for (;;) {
      const r = this.next();
      if (r === EOF || r === '\n') throw new JsonPathError('unterminated filter');
      if (r === '"' || r === "'") {
        if (quote === '') quote = r;
        else if (quote === r) quote = '';
      } else if (r === ')' && quote === '') {
        break;
      }
    }
    if (this.next() !== ']') throw new JsonPathError('unclosed array expect ]');
    let text = this.consumeText();
    text = text.slice(0, -2);
    const m = FILTER_RE.exec(text);
    if (!m) {
      cur.nodes.push({ type: 'filter', left: parseAction(text), right: { type: 'list', nodes: [] }, op: 'exists' });
    } else {
      cur.nodes.push({ type: 'filter', left: parseAction(m[1]!), right: parseAction(m[3]!), op: m[2]! });
    }
  }

  private parseQuote(cur: ListNode, end: string): void {
    for (;;) {
      const r = this.next();
      if (r === EOF || r === '\n') throw new JsonPathError('unterminated quoted string');
      if (r === '\\') {
        const n = this.next();
        if (n === EOF || n === '\n') throw new JsonPathError('unterminated quoted string');
        continue;
      }
      if (r === end) break;
    }
    cur.nodes.push({ type: 'text', text: unquoteExtend(this.consumeText()) });
  }

  private parseField(cur: ListNode): void {
    this.consumeText();
    for (;;) {
      const r = this.next();
      if (r === '\\') {
        this.next();
        continue;
      }
      if (isTerminator(r)) {
        this.backup(r);
        break;
      }
    }
    const value = this.consumeText();
    if (value === '*') cur.nodes.push({ type: 'wildcard' });
    else cur.nodes.push({ type: 'field', name: value.replace(/\\/g, '') });
  }
}

function parseAction(text: string): ListNode {
  const root = new Parser(`{${text}}`).parse();
  const first = root.nodes[0];
  return first?.type === 'list' ? first : { type: 'list', nodes: [] };
}

/** Parses a template; throws JsonPathError with client-go's wording. */
export function parseJsonPath(source: string): JsonPathTemplate {
  return { source, root: new Parser(source).parse() };
}

/**
 * RelaxedJSONPathExpression (kubectl get): `.a.b`, `a.b`, `{a.b}` and `{.a.b}` all mean `{.a.b}`.
 * Used by custom-columns and --sort-by.
 */
export function relaxedJsonPath(expr: string): string {
  if (expr === '') return expr;
  const m = /^\{\.?([^{}]+)\}$|^\.?([^{}]+)$/.exec(expr);
  if (!m) {
    throw new JsonPathError(
      "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'",
    );
  }
  return `{.${m[1] ?? m[2]}}`;
}

// ---------------------------------------------------------------------------------------------
// Evaluation

export interface EvalOptions {
  /** kubectl passes --allow-missing-template-keys (default true): missing fields print nothing. */
  readonly allowMissingKeys?: boolean;
}

type Json = unknown;

function isMap(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function sortedValues(m: Record<string, Json>): Json[] {
  return Object.keys(m)
    .sort()
    .map((k) => m[k]);
}

/**
 * evalOperator: template.Less/Equal on JSON values. Comparisons between incompatible types are
 * ignored (the item does not match), as client-go does.
 */
function compare(op: string, left: Json, right: Json): boolean {
  const lt = typeof left;
  if (lt !== typeof right || (lt !== 'number' && lt !== 'string' && lt !== 'boolean')) {
    if (!['<', '>', '==', '!=', '<=', '>='].includes(op)) throw new JsonPathError(`unrecognized filter operator ${op}`);
    return false;
  }
  if (lt === 'boolean' && op !== '==' && op !== '!=') return false;
  const l = left as number | string;
  const r = right as number | string;
  switch (op) {
    case '==':
      return l === r;
    case '!=':
      return l !== r;
    case '<':
      return l < r;
    case '>':
      return l > r;
    case '<=':
      return l <= r;
    case '>=':
      return l >= r;
    default:
      throw new JsonPathError(`unrecognized filter operator ${op}`);
  }
}

class Evaluator {
  constructor(private readonly allowMissingKeys: boolean) {}

  evalList(input: Json[], list: ListNode): Json[] {
    let cur = input;
    for (const n of list.nodes) cur = this.walk(cur, n);
    return cur;
  }

  /** Each node costs as many steps as the values it visits (lib/budget.ts): ranges multiply them. */
  walk(input: Json[], node: JsonPathNode): Json[] {
    spendSteps(1 + input.length);
    switch (node.type) {
      case 'list':
        return this.evalList(input, node);
      case 'text':
        return [node.text];
      case 'field':
        return this.evalField(input, node.name);
      case 'array':
        return this.evalArray(input, node.params);
      case 'wildcard': {
        const out: Json[] = [];
        for (const v of input) {
          if (Array.isArray(v)) out.push(...(v as Json[]));
          else if (isMap(v)) out.push(...sortedValues(v));
        }
        return out;
      }
      case 'recursive':
        return this.evalRecursive(input);
      case 'union': {
        const out: Json[] = [];
        for (const b of node.branches) out.push(...this.evalList(input, b));
        return out;
      }
      case 'filter':
        return this.evalFilter(input, node.left, node.right, node.op);
      case 'int':
      case 'float':
      case 'bool':
        return [node.value];
      case 'identifier':
        if (node.name === 'range' || node.name === 'end') return input;
        throw new JsonPathError(`unrecognized identifier ${node.name}`);
    }
  }

  private evalField(input: Json[], name: string): Json[] {
    if (input.length === 0) return [];
    if (name === '') return input;
    const out: Json[] = [];
    for (const v of input) {
      if (isMap(v) && Object.prototype.hasOwnProperty.call(v, name)) out.push(v[name]);
    }
    if (out.length === 0 && !this.allowMissingKeys) throw new JsonPathError(`${name} is not found`);
    return out;
  }

  private evalArray(input: Json[], params: readonly [Param, Param, Param]): Json[] {
    const out: Json[] = [];
    for (const value of input) {
      if (value === null || value === undefined) continue;
      if (!Array.isArray(value)) throw new JsonPathError(`${goTypeName(value)} is not array or slice`);
      const len = value.length;
      let start = params[0].known ? params[0].value : 0;
      if (start < 0) start += len;
      let end = params[1].known ? params[1].value : len;
      if (end < 0 || (end === 0 && params[1].derived)) end += len;
      if (end === start) return out;
      if (start >= len || start < 0)
        throw new JsonPathError(`array index out of bounds: index ${start}, length ${len}`);
      if (end > len || end < 0) throw new JsonPathError(`array index out of bounds: index ${end - 1}, length ${len}`);
      if (start > end) throw new JsonPathError(`starting index ${start} is greater than ending index ${end}`);
      let step = 1;
      if (params[2].known) {
        if (params[2].value <= 0) throw new JsonPathError('step must be > 0');
        step = params[2].value;
      }
      for (let i = start; i < end; i += step) out.push(value[i]);
    }
    return out;
  }

  private evalRecursive(input: Json[]): Json[] {
    const out: Json[] = [];
    for (const v of input) {
      let children: Json[] = [];
      if (Array.isArray(v)) children = v as Json[];
      else if (isMap(v)) children = sortedValues(v);
      if (children.length > 0) {
        spendSteps(children.length);
        out.push(v);
        out.push(...this.evalRecursive(children));
      }
    }
    return out;
  }

  private evalFilter(input: Json[], left: ListNode, right: ListNode, op: string): Json[] {
    const out: Json[] = [];
    for (const value of input) {
      // Lists and maps are filtered item by item; anything else is tested as a single item.
      const items = Array.isArray(value) ? (value as Json[]) : isMap(value) ? sortedValues(value) : [value];
      for (const item of items) {
        let lefts: Json[] = [];
        try {
          lefts = this.evalList([item], left);
        } catch (e) {
          if (!this.allowMissingKeys) throw e;
        }
        const rights = this.evalList([item], right);
        if (lefts.length === 0) continue;
        if (lefts.length > 1) throw new JsonPathError('can only compare one element at a time');
        if (op === 'exists') {
          out.push(item);
          continue;
        }
        if (rights.length === 0) continue;
        if (rights.length > 1) throw new JsonPathError('can only compare one element at a time');
        if (compare(op, lefts[0], rights[0])) out.push(item);
      }
    }
    return out;
  }
}

/**
 * FindResults: one result list per printed piece (text or action), range blocks expanded once per
 * item. `{end}` closes the innermost `{range}`.
 */
export function findJsonPathResults(template: JsonPathTemplate, data: Json, opts: EvalOptions = {}): Json[][] {
  const ev = new Evaluator(opts.allowMissingKeys ?? false);
  const out: Json[][] = [];
  const nodes = template.root.nodes;

  // Returns the index just past the {end} that closes this block (or nodes.length).
  const run = (start: number, current: Json, emit: boolean, depth: number): number => {
    let i = start;
    while (i < nodes.length) {
      const node = nodes[i]!;
      if (node.type === 'list') {
        const first = node.nodes[0];
        if (first?.type === 'identifier' && first.name === 'end') {
          if (depth === 0 && emit) throw new JsonPathError('not in range, nothing to end');
          return i + 1;
        }
        if (first?.type === 'identifier' && first.name === 'range') {
          const items = emit ? ev.evalList([current], { type: 'list', nodes: node.nodes.slice(1) }) : [];
          let next = run(i + 1, null, false, depth + 1);
          for (const item of items) {
            spendSteps();
            next = run(i + 1, item, true, depth + 1);
          }
          i = next;
          continue;
        }
        if (emit) out.push(ev.evalList([current], node));
      } else if (emit) {
        out.push(ev.walk([current], node));
      }
      i++;
    }
    return i;
  };
  run(0, data, true, 0);
  return out;
}

/** Evaluates a template for its values only (custom-columns, --sort-by, CRD columns). */
export function evaluateJsonPath(template: JsonPathTemplate, data: Json, opts: EvalOptions = {}): Json[][] {
  return findJsonPathResults(template, data, opts);
}

/** PrintResults: strings raw, maps and lists as compact JSON, values joined by a space. */
export function printJsonPathResults(results: readonly Json[], asJson = false): string {
  if (asJson) return goJsonIndent(results) + '\n';
  let s = '';
  for (let i = 0; i < results.length; i++) {
    const r = results[i];
    s += typeof r === 'object' && r !== null ? goJson(r) : goSprint(r);
    if (i !== results.length - 1) s += ' ';
  }
  return s;
}

/** Execute: the template's output text. Throws JsonPathError from evaluation. */
export function executeJsonPath(
  template: JsonPathTemplate,
  data: Json,
  opts: EvalOptions & { asJson?: boolean } = {},
): string {
  let s = '';
  for (const r of findJsonPathResults(template, data, opts)) s += printJsonPathResults(r, opts.asJson);
  return s;
}

// ---------------------------------------------------------------------------------------------
// Go value formatting

/**
 * fmt's %v of a float64 (strconv 'g' with the shortest precision, which switches to an exponent
 * from 1e+06 on): 1e+06, 1.5, 100000, 1e-05.
 */
export function goFloat(f: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (!Number.isFinite(f)) return f > 0 ? '+Inf' : '-Inf';
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  const [mant, expText] = f.toExponential().split('e') as [string, string];
  const exp = Number(expText);
  if (exp < -4 || exp >= 6) {
    const e = Math.abs(exp);
    return `${mant}e${exp < 0 ? '-' : '+'}${e < 10 ? '0' + e : e}`;
  }
  return String(f);
}

/** fmt.Sprint of a JSON value, as kubectl prints custom-columns cells and go-template values. */
export function goSprint(v: Json): string {
  if (v === null || v === undefined) return '<nil>';
  switch (typeof v) {
    case 'string':
      return v;
    case 'number':
      return Number.isInteger(v) && Math.abs(v) < 2 ** 63 ? String(v) : goFloat(v);
    case 'boolean':
      return v ? 'true' : 'false';
    default:
      if (Array.isArray(v)) return `[${v.map(goSprint).join(' ')}]`;
      if (isMap(v)) {
        return `map[${Object.keys(v)
          .sort()
          .map((k) => `${k}:${goSprint(v[k])}`)
          .join(' ')}]`;
      }
      return '';
  }
}

/** strconv.Quote */
function goQuote(s: string): string {
  return JSON.stringify(s).replace(
    /[\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** fmt's %#v of an unstructured value (kubectl prints it when a JSONPath fails). */
export function goSyntax(v: Json): string {
  if (v === null || v === undefined) return 'interface {}(nil)';
  switch (typeof v) {
    case 'string':
      return goQuote(v);
    case 'number':
      return Number.isInteger(v) ? String(v) : goFloat(v);
    case 'boolean':
      return String(v);
    default:
      if (Array.isArray(v)) return `[]interface {}{${v.map(goSyntax).join(', ')}}`;
      if (isMap(v)) {
        return `map[string]interface {}{${Object.keys(v)
          .sort()
          .map((k) => `${goQuote(k)}:${goSyntax(v[k])}`)
          .join(', ')}}`;
      }
      return '';
  }
}

function goTypeName(v: Json): string {
  if (isMap(v)) return 'map[string]interface {}';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int64' : 'float64';
  if (typeof v === 'boolean') return 'bool';
  return 'interface {}';
}

/** Sorts map keys recursively, as encoding/json does for maps. */
export function sortKeysDeep(v: Json): Json {
  if (Array.isArray(v)) return v.map(sortKeysDeep);
  if (isMap(v)) {
    const out: Record<string, Json> = {};
    for (const k of Object.keys(v).sort()) if (v[k] !== undefined) out[k] = sortKeysDeep(v[k]);
    return out;
  }
  return v;
}

/** encoding/json escapes <, > and & (and U+2028/9) inside strings; JSON has no such bytes elsewhere. */
function escapeHtml(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** json.Marshal of an unstructured value: sorted keys, HTML-escaped. */
export function goJson(v: Json): string {
  return escapeHtml(JSON.stringify(sortKeysDeep(v)) ?? 'null');
}

/** json.MarshalIndent(v, "", "    "); `sort` false keeps the object's own key order. */
export function goJsonIndent(v: Json, sort = true): string {
  return escapeHtml(JSON.stringify(sort ? sortKeysDeep(v) : v, null, 4) ?? 'null');
}
