/**
 * The `-o/--output` flag: parsing it into a printer spec (with kubectl's error wording) and printing
 * objects with it. Table output goes through the column printers; everything else through the
 * structured printers, JSONPath, custom columns or Go templates.
 */
import { BudgetExceededError } from '../../../lib/budget.js';
import {
  executeJsonPath,
  goSyntax,
  JsonPathError,
  parseJsonPath,
  type JsonPathTemplate,
} from '../../../lib/jsonpath.js';
import { kindPrefix, printerFor } from '../columns/index.js';
import { renderTables, type TableOptions, type TableSection } from '../table.js';
import type { KubeObject, TablePrinter } from '../types.js';
import { parseCustomColumns, parseCustomColumnsFile, renderCustomColumns, type CustomColumn } from './customColumns.js';
import { PrintError } from './errors.js';
import { executeGoTemplate, parseGoTemplate, TemplateError, type GoTemplate } from './goTemplate.js';
import { sortObjects } from './sortBy.js';
import { asList, toJson, toName, toYaml, withoutManagedFields } from './structured.js';

/** What `kubectl get` accepts, in the order its error message lists them. */
export const GET_OUTPUT_FORMATS = [
  'custom-columns',
  'custom-columns-file',
  'go-template',
  'go-template-file',
  'json',
  'jsonpath',
  'jsonpath-as-json',
  'jsonpath-file',
  'name',
  'template',
  'templatefile',
  'wide',
  'yaml',
] as const;

/** What commands that print the objects they changed accept (create, apply, run --dry-run…). */
export const OBJECT_OUTPUT_FORMATS = GET_OUTPUT_FORMATS.filter(
  (f) => f !== 'wide' && f !== 'custom-columns' && f !== 'custom-columns-file',
);

export type OutputSpec =
  | { readonly kind: 'table'; readonly wide: boolean }
  | { readonly kind: 'json' }
  | { readonly kind: 'yaml' }
  | { readonly kind: 'name' }
  | { readonly kind: 'jsonpath'; readonly template: JsonPathTemplate; readonly asJson: boolean }
  | { readonly kind: 'custom-columns'; readonly columns: readonly CustomColumn[] }
  | { readonly kind: 'go-template'; readonly template: GoTemplate };

export interface ParseOutputOptions {
  /** Formats the command accepts; defaults to GET_OUTPUT_FORMATS. */
  readonly allowed?: readonly string[];
  /** Reads `*-file` templates from the student's virtual file system; throws on a missing file. */
  readonly readFile?: (path: string) => string;
}

export function unknownFormatError(format: string, allowed: readonly string[]): PrintError {
  return new PrintError(
    `unable to match a printer suitable for the output format "${format}", allowed formats are: ${allowed.join(',')}`,
  );
}

function jsonPathSpec(text: string, asJson: boolean): OutputSpec {
  if (text === '') throw new PrintError('template format specified but no template given');
  try {
    return { kind: 'jsonpath', template: parseJsonPath(text), asJson };
  } catch (e) {
    if (e instanceof JsonPathError) throw new PrintError(`error parsing jsonpath ${text}, ${e.message}\n`);
    throw e;
  }
}

function goTemplateSpec(text: string): OutputSpec {
  if (text === '') throw new PrintError('template format specified but no template given');
  try {
    return { kind: 'go-template', template: parseGoTemplate(text) };
  } catch (e) {
    if (e instanceof TemplateError) throw new PrintError(`error parsing template ${text}, ${e.message}\n`);
    throw e;
  }
}

/**
 * Parses `-o` (`undefined` or `` is the default table). Errors are PrintErrors whose message is what
 * kubectl prints after `error: ` (some end in a newline, as kubectl's own do).
 */
export function parseOutputFormat(value: string | undefined, opts: ParseOutputOptions = {}): OutputSpec {
  const allowed = opts.allowed ?? GET_OUTPUT_FORMATS;
  const raw = value ?? '';
  if (raw === '') return { kind: 'table', wide: false };
  const eq = raw.indexOf('=');
  const format = eq < 0 ? raw : raw.slice(0, eq);
  const arg = eq < 0 ? '' : raw.slice(eq + 1);
  if (!allowed.includes(format)) throw unknownFormatError(raw, allowed);
  const file = (): string => {
    if (!opts.readFile) throw new PrintError(`error reading template ${arg}`);
    return opts.readFile(arg);
  };
  switch (format) {
    case 'wide':
      return { kind: 'table', wide: true };
    case 'json':
      return { kind: 'json' };
    case 'yaml':
      return { kind: 'yaml' };
    case 'name':
      return { kind: 'name' };
    case 'jsonpath':
      return jsonPathSpec(arg, false);
    case 'jsonpath-as-json':
      return jsonPathSpec(arg, true);
    case 'jsonpath-file':
      return jsonPathSpec(file(), false);
    case 'go-template':
    case 'template':
      return goTemplateSpec(arg);
    case 'go-template-file':
    case 'templatefile':
      return goTemplateSpec(file());
    case 'custom-columns':
      return { kind: 'custom-columns', columns: parseCustomColumns(arg) };
    case 'custom-columns-file':
      return { kind: 'custom-columns', columns: parseCustomColumnsFile(file()) };
    default:
      throw unknownFormatError(raw, allowed);
  }
}

export interface PrintOptions extends Omit<TableOptions, 'wide' | 'kindPrefix'> {
  /** The cluster clock, epoch ms. */
  readonly now: number;
  /**
   * Print json/yaml/jsonpath/go-template over a `kind: List` (kubectl get does for list requests and
   * several objects). Default: when there is not exactly one object. When false, several objects
   * are printed one after the other (`create -f` style), YAML documents separated by `---`.
   */
  readonly asList?: boolean;
  /** `kind/name` in tables; default: when the objects are of more than one kind. */
  readonly withKind?: boolean;
  readonly showManagedFields?: boolean;
  /** `--sort-by` JSONPath. */
  readonly sortBy?: string;
  /** json only: false keeps each object's own key order (typed objects, e.g. --dry-run output). */
  readonly sortKeys?: boolean;
  /** The table printer of a kind, when the cluster knows better than kubectl (custom resources' columns). */
  readonly printerFor?: ((apiVersion: string | undefined, kind: string) => TablePrinter) | undefined;
}

/**
 * One table section per kind, in order of first appearance; `kind/` prefixes when asked, or by
 * default when there are several kinds.
 */
/**
 * The table options out of the print options, as a literal of fixed keys: the table writer reads
 * them once per column and row, and a `{ ...opts, wide }` copy would give V8 a fresh hidden class each time.
 */
function tableOptions(opts: PrintOptions, wide: boolean): TableOptions {
  return {
    wide,
    noHeaders: opts.noHeaders ?? false,
    withNamespace: opts.withNamespace ?? false,
    showLabels: opts.showLabels ?? false,
    labelColumns: opts.labelColumns ?? [],
  };
}

function sections(
  objects: readonly KubeObject[],
  withKind: boolean | undefined,
  printerOf: (apiVersion: string | undefined, kind: string) => TablePrinter = printerFor,
): TableSection[] {
  const groups: { key: string; printer: TablePrinter; objects: KubeObject[] }[] = [];
  let group: (typeof groups)[number] | undefined;
  let last: KubeObject | undefined;
  for (const obj of objects) {
    // A list is a run of one kind: the key is worked out only when the kind changes.
    if (!group || !last || obj.apiVersion !== last.apiVersion || obj.kind !== last.kind) {
      const key = kindPrefix(obj.apiVersion, obj.kind ?? '');
      group = groups.find((g) => g.key === key);
      if (!group) {
        group = { key, printer: printerOf(obj.apiVersion, obj.kind ?? ''), objects: [] };
        groups.push(group);
      }
    }
    group.objects.push(obj);
    last = obj;
  }
  const prefixed = withKind ?? groups.length > 1;
  // Objects of a cluster-scoped kind carry no namespace; their tables get no NAMESPACE column.
  return groups.map((g) => ({
    printer: g.printer,
    objects: g.objects,
    ...(prefixed ? { kindPrefix: g.key } : {}),
    clusterScoped: !g.objects.some((o) => o.metadata?.namespace),
  }));
}

/** Prints objects in the given format; throws PrintError (kubectl's wording) when a template fails. */
export function printObjects(objects: readonly KubeObject[], spec: OutputSpec, opts: PrintOptions): string {
  let objs: readonly KubeObject[] =
    opts.showManagedFields || !objects.some((o) => o.metadata?.managedFields)
      ? objects
      : objects.map(withoutManagedFields);
  if (opts.sortBy) objs = sortObjects(objs, opts.sortBy);
  const list = opts.asList ?? objs.length !== 1;
  if (!list && objs.length > 1 && spec.kind !== 'table' && spec.kind !== 'custom-columns' && spec.kind !== 'name') {
    // cli-runtime's YAMLPrinter writes "---" before every object after the first.
    const each = objs.map((o) => printObjects([o], spec, { ...opts, asList: false }));
    return spec.kind === 'yaml' ? each.join('---\n') : each.join('');
  }
  const data = (): KubeObject => (list ? asList(objs) : objs[0]!);
  switch (spec.kind) {
    case 'table': {
      return renderTables(
        sections(objs, opts.withKind, opts.printerFor),
        { now: opts.now },
        tableOptions(opts, spec.wide),
      );
    }
    case 'json':
      return toJson(data(), opts.sortKeys ?? true);
    case 'yaml':
      return toYaml(data());
    case 'name':
      return objs.map(toName).join('');
    case 'custom-columns':
      return renderCustomColumns(spec.columns, objs, opts.noHeaders);
    case 'jsonpath': {
      const obj = data();
      try {
        return executeJsonPath(spec.template, obj, { allowMissingKeys: true, asJson: spec.asJson });
      } catch (e) {
        const src = spec.template.source;
        // Out of budget: the reason alone; dumping the object would be more work for nothing.
        if (e instanceof BudgetExceededError)
          throw new PrintError(
            `error executing jsonpath ${JSON.stringify(src)}: Error executing template: ${e.message}\n`,
          );
        if (!(e instanceof JsonPathError)) throw e;
        const detail =
          `Error executing template: ${e.message}. Printing more information for debugging the template:\n` +
          `\ttemplate was:\n\t\t${src}\n` +
          `\tobject given to jsonpath engine was:\n\t\t${goSyntax(obj)}\n\n`;
        throw new PrintError(`error executing jsonpath ${JSON.stringify(src)}: ${detail}\n`);
      }
    }
    case 'go-template': {
      // kubectl feeds templates the object round-tripped through JSON.
      const obj = JSON.parse(JSON.stringify(data())) as unknown;
      try {
        return executeGoTemplate(spec.template, obj);
      } catch (e) {
        if (!(e instanceof TemplateError)) throw e;
        throw new PrintError(`error executing template ${JSON.stringify(spec.template.source)}: ${e.message}`);
      }
    }
  }
}
