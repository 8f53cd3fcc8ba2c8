/**
 * `meta.k8s.io/v1 Table` answers (`Accept: application/json;as=Table;v=v1;g=meta.k8s.io`): the columns and rows
 * of OUR kubectl printers, so real kubectl prints exactly what our kubectl prints for the same objects.
 */
import { clusterPrinterFor, type Cell, type TablePrinter } from '../kubectl/print/index.js';
import type { Cluster, KubeObject, ResourceType } from '../sim/index.js';
import { apiVersionOf } from '../sim/index.js';

export type IncludeObject = 'None' | 'Metadata' | 'Object';

/** Whether the Accept header asks for a Table (v1 or v1beta1) before any plain JSON. */
export function wantsTable(accept: string | undefined): boolean {
  if (!accept) return false;
  return accept.split(',').some((part) => {
    const params = part.split(';').map((p) => p.trim());
    return params.includes('as=Table') && params.includes('g=meta.k8s.io');
  });
}

/** The printer for a type: a CRD's additionalPrinterColumns when it declares them, else kubectl's own. */
export function printerForType(cluster: Cluster, type: ResourceType): TablePrinter {
  return clusterPrinterFor(cluster, apiVersionOf(type), type.kind);
}

function cellType(cell: Cell | undefined): string {
  return typeof cell === 'number' ? 'integer' : typeof cell === 'boolean' ? 'boolean' : 'string';
}

function rowObject(obj: KubeObject, include: IncludeObject): Record<string, unknown> | undefined {
  if (include === 'None') return undefined;
  if (include === 'Object') return obj;
  return { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: obj.metadata };
}

export interface TableOptions {
  now: number;
  include: IncludeObject;
  /** Leave the column definitions out (watch events after the first). */
  noColumns?: boolean;
  resourceVersion?: string;
  continueToken?: string;
}

export function toTable(printer: TablePrinter, objects: readonly KubeObject[], opts: TableOptions) {
  const ordered = printer.listOrder ? [...objects].sort(printer.listOrder) : objects;
  const rows = ordered.map((obj) => {
    const object = rowObject(obj, opts.include);
    return { cells: printer.row(obj, { now: opts.now }), ...(object ? { object } : {}) };
  });
  const first = rows[0]?.cells;
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: {
      ...(opts.resourceVersion ? { resourceVersion: opts.resourceVersion } : {}),
      ...(opts.continueToken ? { continue: opts.continueToken } : {}),
    },
    ...(opts.noColumns
      ? {}
      : {
          columnDefinitions: printer.columns.map((c, i) => ({
            name: c.name,
            type: i === 0 ? 'string' : cellType(first?.[i]),
            format: i === 0 && c.name === 'Name' ? 'name' : '',
            description: '',
            priority: c.priority,
          })),
        }),
    rows,
  };
}
