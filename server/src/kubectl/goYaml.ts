/**
 * kubectl reads YAML with go-yaml (through sigs.k8s.io/yaml); we parse with the `yaml` package. This module is
 * where the two differ: the double-quoted escapes go-yaml takes (`\'`) or refuses (`\/`), and go-yaml's wording and
 * line numbers for the errors `yaml` reports. Line numbers as go-yaml gives them: a scanner error names the 1-based
 * line of the offending character; a parser error names the 0-based line of the offending token (one less).
 * Each wording below was checked with kubectl v1.32.4 on a file of our own with the same defect.
 */
import { type CST, Parser } from 'yaml';

export interface YamlErrorLike {
  code: string;
  pos: [number, number];
  linePos?: [{ line: number; col: number }, ...unknown[]];
  message: string;
}

export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** go-yaml's escapes in double-quoted scalars (scannerc.go yaml_parser_scan_flow_scalar): YAML 1.2's, `'` for `/`. */
const GO_ESCAPES = new Set([
  '0',
  'a',
  'b',
  't',
  '\t',
  'n',
  'v',
  'f',
  'r',
  'e',
  ' ',
  '"',
  "'",
  '\\',
  'N',
  '_',
  'L',
  'P',
  'x',
  'u',
  'U',
  '\n',
  '\r',
]);

export interface Escapes {
  /** The text with go-yaml's `\'` made `yaml`'s `\x27` (same lines). */
  text: string;
  /** go-yaml's error for the first escape it refuses (`\/`, `\q`), and its offset in `text`. */
  refused?: { error: string; offset: number };
}

/** Reads the double-quoted scalars' escapes as go-yaml does (see GO_ESCAPES). */
export function goYamlEscapes(text: string): Escapes {
  if (!text.includes('\\')) return { text };
  const rewrites: number[] = [];
  let refused: number | undefined;
  for (const token of new Parser().parse(text)) {
    forEachScalar(token, (scalar) => {
      if (scalar.type !== 'double-quoted-scalar' || refused !== undefined) return;
      const src = scalar.source;
      for (let i = 1; i < src.length - 1; i++) {
        if (src[i] !== '\\') continue;
        const c = src[i + 1] ?? '';
        if (c === "'") rewrites.push(scalar.offset + i);
        else if (!GO_ESCAPES.has(c)) {
          refused = scalar.offset + i;
          return;
        }
        i++;
      }
    });
    if (refused !== undefined) break;
  }
  let out = text;
  for (const at of rewrites.reverse()) out = `${out.slice(0, at)}\\x27${out.slice(at + 2)}`;
  if (refused === undefined) return { text: out };
  const offset = refused + 2 * rewrites.length;
  return {
    text: out,
    refused: { error: `yaml: line ${lineOf(text, refused)}: found unknown escape character`, offset },
  };
}

/** Every scalar of a CST token, in source order. */
function forEachScalar(token: CST.Token, fn: (scalar: CST.FlowScalar) => void): void {
  const item = (t: CST.Token | null | undefined) => {
    if (!t) return;
    if (t.type === 'double-quoted-scalar' || t.type === 'single-quoted-scalar' || t.type === 'scalar') fn(t);
    else forEachScalar(t, fn);
  };
  switch (token.type) {
    case 'document':
      item(token.value);
      break;
    case 'block-map':
    case 'block-seq':
    case 'flow-collection':
      for (const it of token.items as CST.CollectionItem[]) {
        item(it.key);
        item(it.value);
      }
      break;
    default:
  }
}

/** go-yaml's wording for the errors the `yaml` package reports. */
export function goYamlMessage(e: YamlErrorLike, text: string): string {
  const line = e.linePos?.[0].line ?? lineOf(text, e.pos[0]);
  switch (e.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      const next = text.indexOf(': ', e.pos[0]);
      const colon = next < 0 ? text.indexOf(':\n', e.pos[0]) : next;
      return `yaml: line ${colon < 0 ? line : lineOf(text, colon)}: mapping values are not allowed in this context`;
    }
    case 'TAB_AS_INDENT':
      return `yaml: line ${line}: ${tabMessage(text, e.pos[0])}`;
    case 'MISSING_CHAR': {
      // A flow collection's next item where a `,` belongs: go-yaml's parser error names the token's line, 0-based.
      const flow = /between flow (map|sequence) items/.exec(e.message)?.[1];
      if (flow) return `yaml: line ${line - 1}: did not find expected ',' or '${flow === 'map' ? '}' : ']'}'`;
      return `yaml: line ${line}: found unexpected end of stream`;
    }
    case 'BAD_INDENT':
    case 'UNEXPECTED_TOKEN':
      return `yaml: line ${Math.max(1, line - 1)}: did not find expected key`;
    case 'ALIAS_PROPS':
    case 'BAD_ALIAS':
      return `yaml: line ${line}: did not find expected alphabetic or numeric character`;
    default:
      return `yaml: line ${line}: ${e.message.split(' at line')[0] ?? e.message}`;
  }
}

/**
 * A tab in a line's indentation. go-yaml still scanning a plain scalar that ended the line before (blank lines
 * between) reads the tab as that scalar's folding and refuses it there (scan_plain_scalar: "found a tab character
 * that violates indentation"); anywhere else no token can start with a tab.
 */
function tabMessage(text: string, at: number): string {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let end = lineStart - 1;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const content = text.slice(start, end).trimEnd();
    if (content.trim() !== '') return endsWithPlainScalar(content) ? TAB_IN_PLAIN : TAB_TOKEN;
    end = start - 1;
  }
  return TAB_TOKEN;
}

const TAB_IN_PLAIN = 'found a tab character that violates indentation';
const TAB_TOKEN = 'found character that cannot start any token';

/** Whether a line's content ends inside a plain scalar (not a quote, an indicator, a comment or a flow bracket). */
function endsWithPlainScalar(content: string): boolean {
  const body = content.trimStart();
  if (body.startsWith('#') || /\s#/.test(content)) return false;
  const last = content[content.length - 1] ?? '';
  if ('"\'}]|>,[{'.includes(last)) return false;
  // `key:` or `-` alone opens a collection; a `: ` or `- ` before the end leaves a scalar after it.
  return !/(^|\s)(-|:)$/.test(content) && !/:$/.test(content);
}
