/**
 * `-o custom-columns=NAME:.metadata.name,…` and `-o custom-columns-file=…`
 * (kubectl/pkg/cmd/get/customcolumn.go): headers as written, `<none>` for no value, several values
 * joined by commas and printed with fmt.Sprint.
 */
import { BudgetExceededError } from '../../../lib/budget.js';
import {
  evaluateJsonPath,
  goSprint,
  JsonPathError,
  parseJsonPath,
  relaxedJsonPath,
  type JsonPathTemplate,
} from '../../../lib/jsonpath.js';
import { formatTabbedText, TABLE_TABS } from '../tabwriter.js';
import type { KubeObject } from '../types.js';
import { PrintError } from './errors.js';

export interface CustomColumn {
  readonly header: string;
  readonly fieldSpec: string;
  readonly template: JsonPathTemplate;
}

/** A column; a path that does not parse is kubectl's error as the JSONPath parser words it (`error: unterminated filter`). */
function column(header: string, spec: string): CustomColumn {
  try {
    const fieldSpec = relaxedJsonPath(spec);
    return { header, fieldSpec, template: parseJsonPath(fieldSpec) };
  } catch (e) {
    if (e instanceof JsonPathError) throw new PrintError(e.message);
    throw e;
  }
}

/** NewCustomColumnsPrinterFromSpec */
export function parseCustomColumns(spec: string): CustomColumn[] {
  if (spec.length === 0) throw new PrintError('custom-columns format specified but no custom columns given');
  return spec.split(',').map((part) => {
    const colon = part.indexOf(':');
    if (colon < 0) throw new PrintError(`unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>`);
    return column(part.slice(0, colon), part.slice(colon + 1));
  });
}

/** NewCustomColumnsPrinterFromTemplate: a header line and a line of paths, whitespace-separated. */
export function parseCustomColumnsFile(text: string): CustomColumn[] {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length !== 2) throw new PrintError(`invalid template, expected two lines, found ${lines.length}`);
  const headers = lines[0]!.trim().split(/\s+/);
  const specs = lines[1]!.trim().split(/\s+/);
  if (headers.length !== specs.length) {
    throw new PrintError(`number of headers (${headers.length}) does not match number of columns (${specs.length})`);
  }
  return headers.map((h, i) => column(h, specs[i]!));
}

function cellFor(col: CustomColumn, obj: KubeObject): string {
  const values = evaluateJsonPath(col.template, obj, { allowMissingKeys: true });
  const out: string[] = [];
  if (values.length === 0 || values[0]!.length === 0) out.push('<none>');
  for (const set of values) for (const v of set) out.push(goSprint(v));
  return out.join(',');
}

/** Values may contain newlines; like kubectl, the text goes through the tabwriter as it is. */
export function renderCustomColumns(
  columns: readonly CustomColumn[],
  objects: readonly KubeObject[],
  noHeaders = false,
): string {
  let text = '';
  if (!noHeaders) text += columns.map((c) => c.header).join('\t') + '\n';
  try {
    for (const obj of objects) text += columns.map((c) => cellFor(c, obj)).join('\t') + '\n';
  } catch (e) {
    // Out of budget (lib/budget.ts), or a filter the JSONPath evaluator refuses: kubectl's `error: ` and the reason.
    if (e instanceof BudgetExceededError || e instanceof JsonPathError) throw new PrintError(e.message);
    throw e;
  }
  return formatTabbedText(text, TABLE_TABS);
}
