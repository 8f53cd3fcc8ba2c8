/**
 * YAML text → plain data, keeping the way back from a data path to a file line, so that every
 * problem (YAML syntax, schema, cross-references) is reported as `file:line:column: message`.
 */
import { isMap, isNode, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';

export interface Problem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.message}`;
}

export type PathKey = string | number;

export class YamlSource {
  private constructor(
    readonly file: string,
    private readonly doc: Document,
    private readonly lines: LineCounter,
    readonly data: unknown,
    readonly problems: Problem[],
  ) {}

  static parse(file: string, text: string): YamlSource {
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const problems: Problem[] = [];
    for (const e of doc.errors) {
      const pos = e.linePos?.[0];
      problems.push({
        file,
        line: pos?.line ?? 1,
        column: pos?.col ?? 1,
        message: `YAML: ${e.message.split('\n')[0] ?? e.message}`,
      });
    }
    const data: unknown = problems.length === 0 ? doc.toJS({ maxAliasCount: 50 }) : undefined;
    return new YamlSource(file, doc, lines, data, problems);
  }

  /** Line and column of the value at `path`, or of its closest existing parent. `key` points at the key itself. */
  position(path: readonly PathKey[], key?: string): { line: number; column: number } {
    let offset = 0;
    for (let n = path.length; n >= 0; n--) {
      const node: unknown = this.doc.getIn(path.slice(0, n), true);
      if (!isNode(node)) continue;
      if (key !== undefined && n === path.length && isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
        if (pair && isNode(pair.key) && pair.key.range) {
          offset = pair.key.range[0];
          break;
        }
      }
      if (node.range) {
        offset = node.range[0];
        break;
      }
    }
    const pos = this.lines.linePos(offset);
    return { line: pos.line, column: pos.col };
  }

  problemAt(path: readonly PathKey[], message: string, key?: string): Problem {
    return { file: this.file, ...this.position(path, key), message };
  }

  /** Validates the data; each zod issue becomes one problem at its line. */
  validate<S extends z.ZodType>(schema: S): { value?: z.infer<S>; problems: Problem[] } {
    if (this.problems.length > 0) return { problems: this.problems };
    const result = schema.safeParse(this.data);
    if (result.success) return { value: result.data, problems: [] };
    const problems = result.error.issues.map((issue) => {
      const path = issue.path.filter((k): k is PathKey => typeof k === 'string' || typeof k === 'number');
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
      const where = pathText(path);
      const message =
        issue.code === 'unrecognized_keys'
          ? `unknown field${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}`
          : issue.message;
      return this.problemAt(path, where ? `${where}: ${message}` : message, keys[0]);
    });
    return { problems };
  }
}

/** `steps[2].checks[0].type` */
export function pathText(path: readonly PathKey[]): string {
  let s = '';
  for (const k of path) s += typeof k === 'number' ? `[${k}]` : s ? `.${k}` : k;
  return s;
}
