/**
 * Printers for what printers.go does not cover: the API server's default table (NAME, CREATED AT:
 * Role, ClusterRole, LimitRange, CustomResourceDefinition…), custom resources (NAME, AGE), and
 * custom resources whose CRD declares additionalPrinterColumns.
 */
import { evaluateJsonPath, parseJsonPath } from '../../../lib/jsonpath.js';
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
}

/** A printer for custom resources whose CRD declares columns; `date` columns print as ages. */
export function crdColumnsPrinter(columns: readonly PrinterColumn[]): TablePrinter {
  const parsed = columns.map((c) => parseJsonPath(`{${c.jsonPath}}`));
  const defs: ColumnDef[] = [NAME, ...columns.map((c) => col(c.name, c.priority ? 1 : 0))];
  return {
    columns: defs,
    row: (obj: KubeObject, ctx): Cell[] => {
      const cells: Cell[] = [nameOf(obj)];
      for (let i = 0; i < columns.length; i++) {
        const values = evaluateJsonPath(parsed[i]!, obj, { allowMissingKeys: true }).flat();
        const v = values[0];
        if (v === undefined || v === null) {
          cells.push('<none>');
        } else if (columns[i]!.type === 'date' && typeof v === 'string') {
          const t = parseTimestamp(v);
          cells.push(t === undefined ? '<unknown>' : humanDuration(ctx.now - t));
        } else {
          cells.push(typeof v === 'object' ? JSON.stringify(v) : (v as Cell));
        }
      }
      return cells;
    },
  };
}
