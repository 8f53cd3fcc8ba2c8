/**
 * CEL optional types (cel-go's `cel.OptionalTypes()`, on in every Kubernetes CEL environment since v1.28) on top of
 * @bufbuild/cel, whose parser knows none of their syntax: `obj.?field`, `list[?i]`, `[a, ?b]`, `{?k: v}`,
 * `optional.of/none/ofNonZeroValue`, `.hasValue()`, `.value()`, `.or()`, `.orValue()` and the `optMap` and
 * `optFlatMap` macros.
 *
 * The source is first rewritten with each marking `?` replaced by a space, so every offset (and every parse error's
 * column) stays where it was; the parsed tree is then changed where the marks were into calls of the functions
 * below. As in cel-go, once a select or index in a chain is optional the rest of the chain is too
 * (`a.?b.c` is `a.?b.?c`).
 */
import { create } from '@bufbuild/protobuf';
import {
  celFunc,
  celMethod,
  CelScalar,
  isCelList,
  isCelMap,
  isCelUint,
  type CelInput,
  type CelList,
  type CelMap,
  type CelValue,
} from '@bufbuild/cel';
import {
  ConstantSchema,
  Expr_CallSchema,
  Expr_ComprehensionSchema,
  Expr_CreateListSchema,
  Expr_IdentSchema,
  ExprSchema,
  type Expr,
} from '@bufbuild/cel-spec/cel/expr/syntax_pb.js';

/** Where the rewritten source had optional syntax, by code point offset. */
export interface OptionalMarks {
  /** The `.` of each `.?field`. */
  readonly selects: ReadonlySet<number>;
  /** The `[` of each `x[?i]`. */
  readonly indexes: ReadonlySet<number>;
  /** The `?` before each optional list element or map entry. */
  readonly entries: readonly number[];
}

/** The brand @bufbuild/cel recognises its lists by (list.ts: `Symbol.for("@bufbuild/cel/list")`). */
const LIST_SYMBOL = Symbol.for('@bufbuild/cel/list');

/**
 * An optional value: a CEL list of none or one element to @bufbuild/cel (which has no type of its own for it), so
 * it passes through calls and compares as cel-go's optionals do (`optional.of(1) == optional.of(1)`).
 */
class CelOptional {
  readonly [LIST_SYMBOL] = {};
  constructor(
    readonly present: boolean,
    readonly inner: CelValue | undefined,
  ) {}
  get size(): number {
    return this.present ? 1 : 0;
  }
  get(index: number): CelValue | undefined {
    return index === 0 ? this.inner : undefined;
  }
  *values(): IterableIterator<CelValue> {
    if (this.present && this.inner !== undefined) yield this.inner;
  }
  [Symbol.iterator](): IterableIterator<CelValue> {
    return this.values();
  }
}

const NONE = new CelOptional(false, undefined);
const some = (v: CelValue) => new CelOptional(true, v);
const asCel = (o: CelOptional) => o as unknown as CelList;
const isOptional = (v: unknown): v is CelOptional => v instanceof CelOptional;

function optionalOf(target: CelValue, method: string): CelOptional {
  if (!isOptional(target)) throw new Error(`no such overload: ${method}`);
  return target;
}

/** cel-go's refQualify with a presence test: a missing key or index is none, a value not indexable too. */
function qualify(target: CelValue, key: CelValue): CelOptional {
  if (isOptional(target)) {
    if (!target.present || target.inner === undefined) return NONE;
    return qualify(target.inner, key);
  }
  if (isCelMap(target)) {
    if (typeof key !== 'string' && typeof key !== 'bigint' && typeof key !== 'boolean' && !isCelUint(key))
      throw new Error('unsupported key type');
    const value = target.get(key);
    return value === undefined ? NONE : some(value);
  }
  if (isCelList(target)) {
    const index = typeof key === 'bigint' ? Number(key) : isCelUint(key) ? Number(key.value) : undefined;
    if (index === undefined) throw new Error(`unsupported index type '${typeof key}' in list`);
    const value = index >= 0 ? target.get(index) : undefined;
    return value === undefined ? NONE : some(value);
  }
  return NONE;
}

function isZero(v: CelValue): boolean {
  if (v === null || v === false || v === '' || v === 0 || v === 0n) return true;
  if (v instanceof Uint8Array || isCelList(v) || isCelMap(v)) return ('size' in v ? v.size : v.length) === 0;
  return isCelUint(v) && v.value === 0n;
}

const SELECT = 'kubelab.optionalSelect';
const INDEX = 'kubelab.optionalIndex';
const LIST = 'kubelab.optionalElements';
const MAP = 'kubelab.optionalEntries';
const DYN = CelScalar.DYN;

/** The functions and methods of cel-go's optional library, and the ones the rewritten syntax calls. */
export const OPTIONAL_FUNCS = [
  celFunc('optional.of', [DYN], DYN, (v) => asCel(some(v))),
  celFunc('optional.none', [], DYN, () => asCel(NONE)),
  celFunc('optional.ofNonZeroValue', [DYN], DYN, (v) => asCel(isZero(v) ? NONE : some(v))),
  celMethod('hasValue', DYN, [], CelScalar.BOOL, function () {
    return optionalOf(this, 'hasValue').present;
  }),
  celMethod('value', DYN, [], DYN, function () {
    const o = optionalOf(this, 'value');
    if (!o.present || o.inner === undefined) throw new Error('optional.none() dereference');
    return o.inner;
  }),
  celMethod('orValue', DYN, [DYN], DYN, function (fallback) {
    const o = optionalOf(this, 'orValue');
    return o.present && o.inner !== undefined ? o.inner : fallback;
  }),
  celMethod('or', DYN, [DYN], DYN, function (other) {
    const o = optionalOf(this, 'or');
    return asCel(o.present ? o : optionalOf(other, 'or'));
  }),
  celFunc(SELECT, [DYN, CelScalar.STRING], DYN, (target, field) => asCel(qualify(target, field))),
  celFunc(INDEX, [DYN, DYN], DYN, (target, key) => asCel(qualify(target, key))),
  celFunc(LIST, [DYN, DYN], DYN, (list, optional) => {
    const marked = new Set([...(optional as CelList)].map(Number));
    const out: CelValue[] = [];
    [...(list as CelList)].forEach((v, i) => {
      const o = marked.has(i) ? optionalOf(v, 'optional element') : some(v);
      if (o.present && o.inner !== undefined) out.push(o.inner);
    });
    return out;
  }),
  celFunc(MAP, [DYN, DYN], DYN, (map, optional) => {
    const marked = new Set([...(optional as CelList)].map(Number));
    const out = new Map<string | bigint | boolean, CelInput>();
    [...(map as CelMap).entries()].forEach(([k, v], i) => {
      const key = isCelUint(k) ? k.value : k;
      const o = marked.has(i) ? optionalOf(v, 'optional entry') : some(v);
      if (o.present && o.inner !== undefined) out.set(key, o.inner);
    });
    return out;
  }),
];

/**
 * Replaces the `?` of optional syntax by spaces, noting where it was. A `?` after `.`, `[` or `{`, or after a
 * `,` inside a list or map literal, is optional syntax; any other is the conditional operator's. Strings, bytes
 * and comments are skipped.
 */
export function markOptionalSyntax(source: string): { text: string; marks: OptionalMarks } {
  const chars = Array.from(source);
  const selects = new Set<number>();
  const indexes = new Set<number>();
  const entries: number[] = [];
  /** Open brackets: `(`, `[` of an index, `[` of a list literal, `{`. */
  const open: { kind: '(' | 'index' | 'list' | '{'; at: number }[] = [];
  let prev = -1; // offset of the last significant character
  let word = ''; // the identifier that ended at `prev`, if any
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] ?? '';
    if (/\s/.test(c)) continue;
    if (c === '/' && chars[i + 1] === '/') {
      while (i < chars.length && chars[i] !== '\n') i++;
      continue;
    }
    if (c === '"' || c === "'") {
      i = skipString(chars, i, prev === i - 1 ? word : '');
      prev = i;
      word = '';
      continue;
    }
    if (/[A-Za-z0-9_]/.test(c)) {
      word = /[A-Za-z0-9_]/.test(chars[prev] ?? '') && prev === i - 1 ? word + c : c;
      prev = i;
      continue;
    }
    const before = prev >= 0 ? (chars[prev] ?? '') : '';
    if (c === '?') {
      const top = open.at(-1);
      if (before === '.') selects.add(prev);
      else if (before === '[' && top?.kind === 'index') indexes.add(top.at);
      else if (before === '[' || before === '{' || (before === ',' && (top?.kind === 'list' || top?.kind === '{')))
        entries.push(i);
      else {
        prev = i;
        word = '';
        continue;
      }
      chars[i] = ' ';
      continue;
    }
    if (c === '(' || c === '{') open.push({ kind: c, at: i });
    else if (c === '[') {
      const operand = /[A-Za-z0-9_)\]}"']/.test(before) && word !== 'in';
      open.push({ kind: operand ? 'index' : 'list', at: i });
    } else if (c === ')' || c === ']' || c === '}') open.pop();
    prev = i;
    word = '';
  }
  return { text: chars.join(''), marks: { selects, indexes, entries } };
}

/** The offset of a string literal's closing quote (raw when its prefix has an `r`; triple quotes too). */
function skipString(chars: readonly string[], start: number, prefix: string): number {
  const quote = chars[start] ?? '"';
  const raw = /^[rRbB]{1,2}$/.test(prefix) && /[rR]/.test(prefix);
  const triple = chars[start + 1] === quote && chars[start + 2] === quote;
  let i = start + (triple ? 3 : 1);
  while (i < chars.length) {
    if (!raw && chars[i] === '\\') i += 2;
    else if (triple ? chars[i] === quote && chars[i + 1] === quote && chars[i + 2] === quote : chars[i] === quote)
      return triple ? i + 2 : i;
    else i++;
  }
  return chars.length;
}

/** Rewrites a parsed tree where `marks` found optional syntax; `positions` are the parser's node offsets. */
export function applyOptionalSyntax(
  expr: Expr | undefined,
  positions: Readonly<Record<string, number>>,
  marks: OptionalMarks,
): void {
  if (!expr) return;
  const ids = { next: 500_000 };
  const at = (e: Expr) => positions[String(e.id)] ?? -1;
  const visit = (e: Expr | undefined): void => {
    if (!e) return;
    const kind = e.exprKind;
    switch (kind.case) {
      case 'selectExpr': {
        visit(kind.value.operand);
        const operand = kind.value.operand;
        if (!kind.value.testOnly && operand && (marks.selects.has(at(e)) || isOptionalAccess(operand)))
          e.exprKind = callKind(SELECT, [operand, stringConst(kind.value.field, ids)]);
        return;
      }
      case 'callExpr': {
        const call = kind.value;
        visit(call.target);
        for (const arg of call.args) visit(arg);
        const [operand, key] = call.args;
        if (call.function === '_[_]' && operand && key && (marks.indexes.has(at(e)) || isOptionalAccess(operand)))
          e.exprKind = callKind(INDEX, [operand, key]);
        else if ((call.function === 'optMap' || call.function === 'optFlatMap') && call.target)
          expandOptMap(e, call.target, call.args, call.function === 'optMap', ids);
        return;
      }
      case 'listExpr': {
        const elements = kind.value.elements;
        for (const el of elements) visit(el);
        const optional = markedItems(
          elements.map((el) => span(el, positions)),
          marks.entries,
          at(e),
        );
        if (optional.length > 0) {
          const list = create(ExprSchema, {
            id: BigInt(ids.next++),
            exprKind: { case: 'listExpr', value: kind.value },
          });
          e.exprKind = callKind(LIST, [list, intList(optional, ids)]);
        }
        return;
      }
      case 'structExpr': {
        const entries = kind.value.entries;
        for (const entry of entries) {
          if (entry.keyKind.case === 'mapKey') visit(entry.keyKind.value);
          visit(entry.value);
        }
        if (kind.value.messageName) return;
        const spans = entries.map((entry) =>
          entry.keyKind.case === 'mapKey' && entry.value
            ? joinSpans(span(entry.keyKind.value, positions), span(entry.value, positions))
            : ([-1, -1] as const),
        );
        const optional = markedItems(spans, marks.entries, at(e));
        if (optional.length > 0) {
          const map = create(ExprSchema, {
            id: BigInt(ids.next++),
            exprKind: { case: 'structExpr', value: kind.value },
          });
          e.exprKind = callKind(MAP, [map, intList(optional, ids)]);
        }
        return;
      }
      case 'comprehensionExpr': {
        const c = kind.value;
        for (const part of [c.iterRange, c.accuInit, c.loopCondition, c.loopStep, c.result]) visit(part);
        return;
      }
      default:
        return;
    }
  };
  visit(expr);
}

const isOptionalAccess = (e: Expr) =>
  e.exprKind.case === 'callExpr' && (e.exprKind.value.function === SELECT || e.exprKind.value.function === INDEX);

/** The first and last offsets of the nodes under `e`. */
function span(e: Expr | undefined, positions: Readonly<Record<string, number>>): readonly [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  const walk = (x: Expr | undefined) => {
    if (!x) return;
    const p = positions[String(x.id)];
    if (p !== undefined) [lo, hi] = [Math.min(lo, p), Math.max(hi, p)];
    const k = x.exprKind;
    if (k.case === 'selectExpr') walk(k.value.operand);
    else if (k.case === 'callExpr') [k.value.target, ...k.value.args].forEach(walk);
    else if (k.case === 'listExpr') k.value.elements.forEach(walk);
    else if (k.case === 'structExpr')
      for (const en of k.value.entries) {
        if (en.keyKind.case === 'mapKey') walk(en.keyKind.value);
        walk(en.value);
      }
    else if (k.case === 'comprehensionExpr') [k.value.iterRange, k.value.accuInit, k.value.result].forEach(walk);
  };
  walk(e);
  return [lo, hi];
}

const joinSpans = (a: readonly [number, number], b: readonly [number, number]) =>
  [Math.min(a[0], b[0]), Math.max(a[1], b[1])] as const;

/** The items a mark stands before: after the literal's start or the previous item's end, before the item's start. */
function markedItems(spans: readonly (readonly [number, number])[], marks: readonly number[], start: number): bigint[] {
  const out: bigint[] = [];
  spans.forEach(([lo], i) => {
    const after = i === 0 ? start : (spans[i - 1]?.[1] ?? start);
    if (marks.some((m) => m > after && m < lo)) out.push(BigInt(i));
  });
  return out;
}

/** cel-go's optMap / optFlatMap macro: `t.hasValue() ? [optional.of](<v bound to t.value()>.expr) : optional.none()`. */
function expandOptMap(e: Expr, target: Expr, args: readonly Expr[], wrap: boolean, ids: { next: number }): void {
  const [variable, body] = args;
  if (args.length !== 2 || variable?.exprKind.case !== 'identExpr' || !body) return;
  const name = variable.exprKind.value.name;
  const bound = node(ids, {
    case: 'comprehensionExpr',
    value: create(Expr_ComprehensionSchema, {
      iterVar: '#unused',
      iterRange: node(ids, { case: 'listExpr', value: create(Expr_CreateListSchema, {}) }),
      accuVar: name,
      accuInit: node(ids, callKind('value', [], target)),
      loopCondition: node(ids, {
        case: 'constExpr',
        value: create(ConstantSchema, { constantKind: { case: 'boolValue', value: false } }),
      }),
      loopStep: node(ids, { case: 'identExpr', value: create(Expr_IdentSchema, { name }) }),
      result: body,
    }),
  });
  const none = node(ids, callKind('optional.none', []));
  const present = wrap ? node(ids, callKind('optional.of', [bound])) : bound;
  e.exprKind = callKind('_?_:_', [node(ids, callKind('hasValue', [], target)), present, none]);
}

function node(ids: { next: number }, exprKind: Expr['exprKind']): Expr {
  return create(ExprSchema, { id: BigInt(ids.next++), exprKind });
}

function callKind(fn: string, args: Expr[], target?: Expr): Expr['exprKind'] {
  return { case: 'callExpr', value: create(Expr_CallSchema, { function: fn, args, ...(target ? { target } : {}) }) };
}

function stringConst(value: string, ids: { next: number }): Expr {
  return node(ids, {
    case: 'constExpr',
    value: create(ConstantSchema, { constantKind: { case: 'stringValue', value } }),
  });
}

function intList(values: readonly bigint[], ids: { next: number }): Expr {
  const elements = values.map((value) =>
    node(ids, { case: 'constExpr', value: create(ConstantSchema, { constantKind: { case: 'int64Value', value } }) }),
  );
  return node(ids, { case: 'listExpr', value: create(Expr_CreateListSchema, { elements }) });
}
