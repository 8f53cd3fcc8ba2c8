/**
 * `-o yaml` exactly as kubectl writes it: sigs.k8s.io/yaml (JSON → go-yaml v2 → libyaml emitter).
 * That means map keys in go-yaml's sort order, sequences not indented under their key, strings
 * that would read as another type ("true", "3", timestamps) double-quoted, strings that cannot be
 * plain single-quoted, multi-line strings as literal blocks, and long lines folded at spaces past
 * column 80. The `yaml` npm package emits a different dialect, hence this small emitter.
 */

import { goFloat } from '../../../lib/jsonpath.js';

type Json = unknown;

const BEST_WIDTH = 80;

function isMap(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isLetter(c: string): boolean {
  return /\p{L}/u.test(c);
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

/** go-yaml v2's keyList.Less: letters after other characters, digit runs compared as numbers. */
export function goYamlKeyLess(a: string, b: string): boolean {
  const ar = [...a];
  const br = [...b];
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) continue;
    const al = isLetter(ar[i]!);
    const bl = isLetter(br[i]!);
    if (al && bl) return ar[i]! < br[i]!;
    if (al || bl) return bl;
    let an = 0;
    let bn = 0;
    if (ar[i] === '0' || br[i] === '0') {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]!); j--) {
        if (ar[j] !== '0') {
          an = 1;
          bn = 1;
          break;
        }
      }
    }
    let ai = i;
    let bi = i;
    for (; ai < ar.length && isDigit(ar[ai]!); ai++) an = an * 10 + Number(ar[ai]);
    for (; bi < br.length && isDigit(br[bi]!); bi++) bn = bn * 10 + Number(br[bi]);
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return ar[i]! < br[i]!;
  }
  return ar.length < br.length;
}

function sortedKeys(m: Record<string, Json>): string[] {
  return Object.keys(m)
    .filter((k) => m[k] !== undefined)
    .sort((a, b) => (goYamlKeyLess(a, b) ? -1 : goYamlKeyLess(b, a) ? 1 : 0));
}

// --- go-yaml v2 resolve: would this plain text read back as something other than a string? ---

const YAML11_BOOL_OR_NULL = new Set([
  'y', 'Y', 'yes', 'Yes', 'YES', 'n', 'N', 'no', 'No', 'NO',
  'true', 'True', 'TRUE', 'false', 'False', 'FALSE',
  'on', 'On', 'ON', 'off', 'Off', 'OFF',
  '~', 'null', 'Null', 'NULL',
  '.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF', '.nan', '.NaN', '.NAN',
]); // prettier-ignore

const YAML_FLOAT_RE = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const INT_RE = /^[-+]?(0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*)$/;
const TIMESTAMP_RE =
  /^\d{4}-\d{1,2}-\d{1,2}(?:(?:[Tt]|\s+)\d{1,2}:\d{1,2}:\d{1,2}(?:\.\d*)?(?:\s*(?:Z|[-+]\d{1,2}(?::\d{2})?))?)?$/;
const BASE60_RE = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;

/** True when go-yaml would not emit `s` plain because it resolves to a non-string (or is base 60). */
export function resolvesToNonString(s: string): boolean {
  if (s === '') return true;
  if (YAML11_BOOL_OR_NULL.has(s)) return true;
  const c = s[0]!;
  if (!(isDigit(c) || c === '+' || c === '-' || c === '.')) return false;
  if (INT_RE.test(s) && /\d/.test(s)) return true;
  if (YAML_FLOAT_RE.test(s.replace(/_/g, ''))) return true;
  if (TIMESTAMP_RE.test(s)) return true;
  return BASE60_RE.test(s);
}

// --- libyaml scalar analysis ---

interface Analysis {
  multiline: boolean;
  blockPlainAllowed: boolean;
  singleQuotedAllowed: boolean;
  blockAllowed: boolean;
}

function isPrintable(cp: number): boolean {
  return (
    cp === 0x0a ||
    (cp >= 0x20 && cp <= 0x7e) ||
    cp === 0x85 ||
    (cp >= 0xa0 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

function isBreak(c: string | undefined): boolean {
  return c === '\n' || c === '\r' || c === '\u0085' || c === '\u2028' || c === '\u2029';
}

function isBlankZ(c: string | undefined): boolean {
  return c === undefined || c === ' ' || c === '\t' || isBreak(c);
}

function analyze(s: string): Analysis {
  const chars = [...s];
  let blockIndicators = false;
  let lineBreaks = false;
  let special = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let precededByWhitespace = true;
  let previousSpace = false;
  let previousBreak = false;
  if (s.startsWith('---') || s.startsWith('...')) blockIndicators = true;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const followedByWhitespace = isBlankZ(chars[i + 1]);
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(c)) blockIndicators = true;
      if ((c === '?' || c === ':') && followedByWhitespace) blockIndicators = true;
      if (c === '-' && followedByWhitespace) blockIndicators = true;
    } else {
      if (c === ':' && followedByWhitespace) blockIndicators = true;
      if (c === '#' && precededByWhitespace) blockIndicators = true;
    }
    const cp = c.codePointAt(0)!;
    if (!isPrintable(cp) || cp === 0xfeff) special = true;
    if (isBreak(c)) lineBreaks = true;
    if (c === ' ') {
      if (i === 0) leadingSpace = true;
      if (i === chars.length - 1) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreak(c)) {
      if (i === 0) leadingBreak = true;
      if (i === chars.length - 1) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = isBlankZ(c);
  }
  let blockPlainAllowed = true;
  let singleQuotedAllowed = true;
  let blockAllowed = true;
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) blockPlainAllowed = false;
  if (trailingSpace) blockAllowed = false;
  if (breakSpace) {
    blockPlainAllowed = false;
    singleQuotedAllowed = false;
  }
  if (spaceBreak || special) {
    blockPlainAllowed = false;
    singleQuotedAllowed = false;
    blockAllowed = false;
  }
  if (lineBreaks) blockPlainAllowed = false;
  if (blockIndicators) blockPlainAllowed = false;
  return { multiline: lineBreaks, blockPlainAllowed, singleQuotedAllowed, blockAllowed };
}

type Style = 'plain' | 'single' | 'double' | 'literal';

function chooseStyle(s: string, isKey: boolean): Style {
  const a = analyze(s);
  let style: Style = s.includes('\n') ? 'literal' : resolvesToNonString(s) ? 'double' : 'plain';
  if (style === 'plain' && (!a.blockPlainAllowed || (s === '' && isKey))) style = 'single';
  if (style === 'single' && !a.singleQuotedAllowed) style = 'double';
  if (style === 'literal' && (!a.blockAllowed || isKey)) style = 'double';
  return style;
}

const ESCAPES: Record<string, string> = {
  '\0': '0',
  '\x07': 'a',
  '\b': 'b',
  '\t': 't',
  '\n': 'n',
  '\x0b': 'v',
  '\f': 'f',
  '\r': 'r',
  '\x1b': 'e',
  '"': '"',
  '\\': '\\',
  '\u0085': 'N',
  '\u00a0': '_',
  '\u2028': 'L',
  '\u2029': 'P',
};

function hex(cp: number, width: number): string {
  return cp.toString(16).toUpperCase().padStart(width, '0');
}

/** Writes scalars with libyaml's column tracking, so folding happens where libyaml folds. */
class Emitter {
  out = '';
  column = 0;

  put(s: string): void {
    this.out += s;
    this.column += s.length;
  }

  newline(indent: number): void {
    this.out += '\n' + ' '.repeat(indent);
    this.column = indent;
  }

  /** A scalar at the current position; `indent` is where folded continuation lines start. */
  scalar(s: string, indent: number, isKey: boolean): void {
    const style = chooseStyle(s, isKey);
    const allowBreaks = !isKey;
    const chars = [...s];
    switch (style) {
      case 'plain': {
        let spaces = false;
        for (let i = 0; i < chars.length; i++) {
          const c = chars[i]!;
          if (c === ' ') {
            if (allowBreaks && !spaces && this.column > BEST_WIDTH && chars[i + 1] !== ' ') this.newline(indent);
            else this.put(c);
            spaces = true;
          } else {
            this.put(c);
            spaces = false;
          }
        }
        return;
      }
      case 'single': {
        this.put("'");
        let spaces = false;
        for (let i = 0; i < chars.length; i++) {
          const c = chars[i]!;
          if (c === ' ') {
            if (
              allowBreaks &&
              !spaces &&
              this.column > BEST_WIDTH &&
              i !== 0 &&
              i !== chars.length - 1 &&
              chars[i + 1] !== ' '
            ) {
              this.newline(indent);
            } else {
              this.put(c);
            }
            spaces = true;
          } else {
            this.put(c === "'" ? "''" : c);
            spaces = false;
          }
        }
        this.put("'");
        return;
      }
      case 'double': {
        this.put('"');
        let spaces = false;
        for (let i = 0; i < chars.length; i++) {
          const c = chars[i]!;
          const cp = c.codePointAt(0)!;
          if (!isPrintable(cp) || cp === 0xfeff || isBreak(c) || c === '"' || c === '\\') {
            const e = ESCAPES[c];
            if (e !== undefined) this.put('\\' + e);
            else if (cp <= 0xff) this.put('\\x' + hex(cp, 2));
            else if (cp <= 0xffff) this.put('\\u' + hex(cp, 4));
            else this.put('\\U' + hex(cp, 8));
            spaces = false;
          } else if (c === ' ') {
            if (allowBreaks && !spaces && this.column > BEST_WIDTH && i !== 0 && i !== chars.length - 1) {
              this.newline(indent);
              if (chars[i + 1] === ' ') this.put('\\');
            } else {
              this.put(c);
            }
            spaces = true;
          } else {
            this.put(c);
            spaces = false;
          }
        }
        this.put('"');
        return;
      }
      case 'literal':
        this.literal(s, indent);
        return;
    }
  }

  private literal(s: string, indent: number): void {
    let hints = '';
    if (s.startsWith(' ') || s.startsWith('\n')) hints += '2';
    if (!s.endsWith('\n')) hints += '-';
    else if (s.length === 1 || s.endsWith('\n\n')) hints += '+';
    this.put('|' + hints);
    const lines = (s.endsWith('\n') ? s.slice(0, -1) : s).split('\n');
    for (const line of lines) {
      if (line === '') {
        this.out += '\n';
        this.column = 0;
      } else {
        this.newline(indent);
        this.put(line);
      }
    }
  }
}

function scalarText(v: Json): string | undefined {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'number':
      if (Number.isInteger(v)) return String(v);
      if (!Number.isFinite(v)) return Number.isNaN(v) ? '.nan' : v > 0 ? '+.inf' : '-.inf';
      return goFloat(v);
    case 'boolean':
      return v ? 'true' : 'false';
    default:
      return undefined;
  }
}

function isEmptyCollection(v: Json): boolean {
  return (Array.isArray(v) && v.length === 0) || (isMap(v) && sortedKeys(v).length === 0);
}

function emitEntry(e: Emitter, key: string, value: Json, indent: number): void {
  e.scalar(key, indent, true);
  e.put(':');
  if (isMap(value) && !isEmptyCollection(value)) {
    e.newline(indent + 2);
    emitMapBody(e, value, indent + 2);
  } else if (Array.isArray(value) && value.length > 0) {
    e.newline(indent);
    emitSequenceBody(e, value, indent);
  } else {
    emitScalarValue(e, value, indent);
  }
}

function emitScalarValue(e: Emitter, value: Json, indent: number): void {
  if (isEmptyCollection(value)) {
    e.put(Array.isArray(value) ? ' []' : ' {}');
    return;
  }
  e.put(' ');
  const text = scalarText(value);
  if (text !== undefined) e.put(text);
  else e.scalar(typeof value === 'string' ? value : '', indent + 2, false);
}

function emitMapBody(e: Emitter, m: Record<string, Json>, indent: number): void {
  const keys = sortedKeys(m);
  keys.forEach((k, i) => {
    if (i > 0) e.newline(indent);
    emitEntry(e, k, m[k], indent);
  });
}

function emitSequenceBody(e: Emitter, items: readonly Json[], indent: number): void {
  items.forEach((item, i) => {
    if (i > 0) e.newline(indent);
    e.put('-');
    emitItem(e, item, indent);
  });
}

/** After "- " at `indent`: maps continue at indent+2, sequences nest on the same line. */
function emitItem(e: Emitter, item: Json, indent: number): void {
  if (isMap(item) && !isEmptyCollection(item)) {
    e.put(' ');
    emitMapBody(e, item, indent + 2);
  } else if (Array.isArray(item) && item.length > 0) {
    e.put(' ');
    emitSequenceBody(e, item, indent + 2);
  } else {
    emitScalarValue(e, item, indent);
  }
}

/** sigs.k8s.io/yaml.Marshal of a JSON value, ending with a newline. */
export function toYaml(v: Json): string {
  const e = new Emitter();
  if (isMap(v) && !isEmptyCollection(v)) emitMapBody(e, v, 0);
  else if (Array.isArray(v) && v.length > 0) emitSequenceBody(e, v, 0);
  else {
    const text = scalarText(v);
    if (isEmptyCollection(v)) e.put(Array.isArray(v) ? '[]' : '{}');
    else if (text !== undefined) e.put(text);
    else e.scalar(typeof v === 'string' ? v : '', 0, false);
  }
  return e.out + '\n';
}
