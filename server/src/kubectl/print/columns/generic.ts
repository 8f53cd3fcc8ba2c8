/**
 * Printers for what printers.go does not cover: the API server's default table (NAME, CREATED AT:
 * Role, ClusterRole, LimitRange, CustomResourceDefinition…), custom resources (NAME, AGE), and
 * custom resources whose CRD declares additionalPrinterColumns.
 */
import { evaluateJsonPath, parseJsonPath, printJsonPathResults } from '../../../lib/jsonpath.js';
import { humanDuration, parseTimestamp } from '../duration.js';
import type { Cell, ColumnDef, KubeObject, TablePrinter } from '../types.js';
import { age, col, NAME, nameOf } from './common.js';

/** RFC 3339 in UTC without fractions, as metav1.Time marshals. */
export function rfc3339(ts: string | undefined): string {
  const t = parseTimestamp(ts);
  if (t === undefined) return '<unknown>';
  return new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export const defaultTablePrinter: TablePrinter = {
  columns: [NAME, col('Created At')],
  row: (obj) => [nameOf(obj), rfc3339(obj.metadata?.creationTimestamp)],
};

export const customResourcePrinter: TablePrinter = {
  columns: [NAME, col('Age')],
  row: (obj, ctx) => [nameOf(obj), age(obj, ctx)],
};

/** One entry of a CRD version's additionalPrinterColumns. */
export interface PrinterColumn {
  readonly name: string;
  readonly type: string;
  readonly jsonPath: string;
  readonly priority?: number;
  readonly format?: string;
  readonly description?: string;
}

/**
 * A cell as kube-apiserver's CRD table convertor makes it (apiextensions-apiserver pkg/registry/customresource/
 * tableconvertor): `string` columns print the value as JSONPath does, the others keep a value of their type
 * (integers truncated from numbers, `date` as an age) and show `<none>` for anything else.
 */
function cell(type: string, value: unknown, now: number): Cell {
  if (value === undefined || value === null) return '<none>';
  switch (type) {
    case 'string':
      return printJsonPathResults([value]);
    case 'integer':
      return typeof value === 'number' ? Math.trunc(value) : '<none>';
    case 'number':
      return typeof value === 'number' ? value : '<none>';
    case 'boolean':
      return typeof value === 'boolean' ? value : '<none>';
    case 'date': {
      if (typeof value !== 'string') return '<none>';
      const t = parseTimestamp(value);
      return t === undefined ? '<invalid>' : humanDuration(now - t);
    }
    default:
      return '<none>';
  }
}

/** A printer for custom resources whose CRD declares columns. */
export function crdColumnsPrinter(columns: readonly PrinterColumn[]): TablePrinter {
  const parsed = columns.map((c) => parseJsonPath(`{${c.jsonPath}}`));
  const defs: ColumnDef[] = [NAME, ...columns.map((c) => col(c.name, c.priority ? 1 : 0))];
  return {
    columns: defs,
    row: (obj: KubeObject, ctx): Cell[] => {
      const cells: Cell[] = [nameOf(obj)];
      for (let i = 0; i < columns.length; i++) {
        const v = evaluateJsonPath(parsed[i]!, obj, { allowMissingKeys: true })[0]?.[0];
        cells.push(cell(columns[i]!.type, v, ctx.now));
      }
      return cells;
    },
  };
}
