/**
 * The one table writer behind `kubectl get`: kubectl's HumanReadablePrinter decorations
 * (NAMESPACE first for -A, `kind/name` when several types are listed, -L label columns, --show-labels)
 * over the server's columns, padded by the Go tabwriter port.
 */
import { formatLabels } from './labels.js';
import { formatCells, formatGrid, TABLE_TABS, type Grid } from './tabwriter.js';
import type { Cell, KubeObject, RowContext, TablePrinter } from './types.js';

export interface TableOptions {
  /** `-o wide`: include priority-1 columns. */
  readonly wide?: boolean;
  readonly noHeaders?: boolean;
  /** `-A`: a NAMESPACE column first. */
  readonly withNamespace?: boolean;
  /** `--show-labels`: a LABELS column last. */
  readonly showLabels?: boolean;
  /** `-L key1,key2`: one column per key, headed by the upper-cased last path segment. */
  readonly labelColumns?: readonly string[];
  /** Prefix names with `kind/` (`pod/web`), as kubectl does when several types are printed. */
  readonly kindPrefix?: string;
}

export interface TableSection {
  readonly printer: TablePrinter;
  readonly objects: readonly KubeObject[];
  /** `pod`, `deployment.apps`…: set when several kinds are printed together (`get all`). */
  readonly kindPrefix?: string;
  /** Cluster-scoped kinds never get a NAMESPACE column, even with -A (get.go's RESTScopeNameRoot check). */
  readonly clusterScoped?: boolean;
}

function cellText(c: Cell): string {
  return typeof c === 'string' ? c : String(c);
}

function labelHeader(key: string): string {
  const slash = key.lastIndexOf('/');
  return (slash >= 0 ? key.slice(slash + 1) : key).toUpperCase();
}

/** The header and row cells of one kind's table, before padding. */
export function tableGrid(
  printer: TablePrinter,
  objects: readonly KubeObject[],
  ctx: RowContext,
  opts: TableOptions = {},
): Grid {
  const { columns } = printer;
  const shown: number[] = [];
  for (let i = 0; i < columns.length; i++) if (opts.wide || columns[i]!.priority === 0) shown.push(i);
  const labelKeys = opts.labelColumns ?? [];
  const withNamespace = opts.withNamespace === true;
  const showLabels = opts.showLabels === true;
  const kindPrefix = opts.kindPrefix;
  const cols = (withNamespace ? 1 : 0) + shown.length + labelKeys.length + (showLabels ? 1 : 0);
  // Sized up front: a table of a few hundred cells would otherwise be copied as it grows.
  const cells = new Array<string>((objects.length + (opts.noHeaders ? 0 : 1)) * cols);
  let at = 0;
  if (!opts.noHeaders) {
    if (withNamespace) cells[at++] = 'NAMESPACE';
    for (const i of shown) cells[at++] = columns[i]!.name.toUpperCase();
    for (const k of labelKeys) cells[at++] = labelHeader(k);
    if (showLabels) cells[at++] = 'LABELS';
  }
  for (const obj of objects) {
    const row = printer.row(obj, ctx);
    if (withNamespace) cells[at++] = obj.metadata?.namespace ?? '';
    for (let s = 0; s < shown.length; s++) {
      const i = shown[s]!;
      const c = row[i];
      const text = c === undefined ? '' : cellText(c);
      cells[at++] = i === 0 && kindPrefix ? `${kindPrefix}/${text}` : text;
    }
    if (labelKeys.length > 0 || showLabels) {
      const labels = obj.metadata?.labels;
      for (const k of labelKeys) cells[at++] = labels?.[k] ?? '';
      if (showLabels) cells[at++] = formatLabels(labels);
    }
  }
  return { cells, cols };
}

/** One kind's table, padded as kubectl pads it. */
export function renderTable(
  printer: TablePrinter,
  objects: readonly KubeObject[],
  ctx: RowContext,
  opts: TableOptions = {},
): string {
  return formatGrid(tableGrid(printer, objects, ctx, opts), TABLE_TABS);
}

/**
 * Several kinds in one output (`kubectl get all`, `get pods,svc`): one table per kind, each sized on
 * its own, separated by a blank line (none with --no-headers, as kubectl prints it).
 */
export function renderTables(sections: readonly TableSection[], ctx: RowContext, opts: TableOptions = {}): string {
  let out = '';
  let first = true;
  for (const s of sections) {
    if (s.objects.length === 0) continue;
    if (!first && !opts.noHeaders) out += '\n';
    first = false;
    let sectionOpts: TableOptions = s.kindPrefix === undefined ? opts : { ...opts, kindPrefix: s.kindPrefix };
    if (s.clusterScoped && opts.withNamespace) sectionOpts = { ...sectionOpts, withNamespace: false };
    out += renderTable(s.printer, s.objects, ctx, sectionOpts);
  }
  return out;
}

/** Pads arbitrary pre-built rows (top, api-resources, events, custom columns) like `kubectl get`. */
export function renderRows(rows: readonly (readonly string[])[]): string {
  return formatCells(rows, TABLE_TABS);
}

/**
 * `kubectl get -w`: the first write prints the header and the listed objects, later writes print
 * one row per watch event, each padded with the widths remembered so far (columns only grow).
 */
export class TableStream {
  private readonly widths: number[] = [];
  private started = false;

  constructor(
    private readonly printer: TablePrinter,
    private readonly opts: TableOptions = {},
  ) {}

  write(objects: readonly KubeObject[], ctx: RowContext): string {
    const opts = this.started ? { ...this.opts, noHeaders: true } : this.opts;
    this.started = true;
    return formatGrid(tableGrid(this.printer, objects, ctx, opts), TABLE_TABS, this.widths);
  }
}
