/** Flags many kubectl commands share, worded as kubectl's --help prints them. */
import { flag, optionalFlags } from '../cli/flags.js';
import type { CommandResult } from '../../shell/command.js';
import { isStatusError, type ClientDecoding, type FieldValidation } from '../../sim/index.js';
import type { Output } from '../cli/command.js';
import { formatStatusError, KubectlError } from '../errors.js';
import type { KubeInv } from '../env.js';
import { parseOutputFormat, printObjects, type OutputSpec } from '../print/formats/output.js';
import { PrintError } from '../print/formats/errors.js';
import type { KubeObject } from '../print/types.js';
import { resolvePath } from '../../shell/vfs.js';

export const f = {
  output: (
    formats = 'json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file',
  ) =>
    flag({
      name: 'output',
      short: 'o',
      type: 'string',
      usage: `Output format. One of: (${formats}).`,
    }),
  selector: () =>
    flag({
      name: 'selector',
      short: 'l',
      type: 'string',
      usage:
        "Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'.(e.g. -l key1=value1,key2=value2,key3 in (value3)). Matching objects must satisfy all of the specified label constraints.",
    }),
  allNamespaces: () =>
    flag({
      name: 'all-namespaces',
      short: 'A',
      type: 'bool',
      usage:
        'If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.',
    }),
  filename: (what = 'the resource') =>
    flag({
      name: 'filename',
      short: 'f',
      type: 'stringArray',
      usage: `Filename, directory, or URL to files identifying ${what}.`,
    }),
  kustomize: (article: 'a' | 'the' = 'the') =>
    flag({
      name: 'kustomize',
      short: 'k',
      type: 'string',
      usage: `Process ${article} kustomization directory. This flag can't be used together with -f or -R.`,
    }),
  recursive: () =>
    flag({
      name: 'recursive',
      short: 'R',
      type: 'bool',
      usage:
        'Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.',
    }),
  dryRun: () =>
    flag({
      name: 'dry-run',
      type: 'string',
      default: 'none',
      noOptDefault: 'unchanged',
      usage:
        'Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.',
    }),
  fieldManager: (def: string) =>
    flag({
      name: 'field-manager',
      type: 'string',
      default: def,
      usage: 'Name of the manager used to track field ownership.',
    }),
  showManagedFields: () =>
    flag({
      name: 'show-managed-fields',
      type: 'bool',
      usage: 'If true, keep the managedFields when printing objects in JSON or YAML format.',
    }),
  template: () =>
    flag({
      name: 'template',
      type: 'string',
      usage:
        'Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].',
    }),
  all: (what: string) => flag({ name: 'all', type: 'bool', usage: what }),
  overwrite: () =>
    flag({
      name: 'overwrite',
      type: 'bool',
      usage: 'If true, allow labels to be overwritten, otherwise reject label updates that overwrite existing labels.',
    }),
  validate: () =>
    flag({
      name: 'validate',
      type: 'string',
      default: 'strict',
      noOptDefault: 'strict',
      usage: 'Must be one of: strict (or true), warn, ignore (or false).',
    }),
  timeout: (def = '0s') =>
    flag({
      name: 'timeout',
      type: 'duration',
      default: def,
      usage: 'The length of time to wait before giving up, zero means infinite',
    }),
};

export type DryRun = 'none' | 'client' | 'server';

/** cmdutil.GetDryRunStrategy */
export function dryRunOf(inv: KubeInv<{ 'dry-run': 'string' }>): DryRun {
  const v = inv.flags.str('dry-run');
  switch (v) {
    case '':
    case 'none':
    case 'false':
      return 'none';
    case 'client':
    case 'unchanged':
    case 'true':
      return 'client';
    case 'server':
      return 'server';
    default:
      throw new KubectlError(`Invalid dry-run value (${v}). Must be "none", "server", or "client".`);
  }
}

const GO_TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const GO_FALSE = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);
const DIRECTIVES: Readonly<Record<string, FieldValidation>> = { strict: 'Strict', warn: 'Warn', ignore: 'Ignore' };

/**
 * How the API server is to decode what this command sends (cmdutil.GetValidationDirective: `--validate` as the
 * request's fieldValidation, strconv.ParseBool's words first), with the fields in the order kubectl sends them:
 * Go's JSON of an unstructured object, keys sorted.
 */
export function clientDecoding(inv: KubeInv): ClientDecoding {
  // Commands without the flag (the create generators declare it loosely) send kubectl's default, strict.
  const v = optionalFlags(inv.flags).str('validate') || 'strict';
  const directive = GO_TRUE.has(v)
    ? 'Strict'
    : GO_FALSE.has(v)
      ? 'Ignore'
      : Object.hasOwn(DIRECTIVES, v)
        ? DIRECTIVES[v]
        : undefined;
  if (!directive)
    throw new KubectlError(
      `invalid - validate option "${v}"; must be one of: strict (or true), warn, ignore (or false)`,
    );
  return { fieldValidation: directive, keyOrder: 'sorted' };
}

/** What a command that sends no fieldValidation gets: kube-apiserver's default, Warn. */
export const SERVER_DEFAULT_DECODING: ClientDecoding = { fieldValidation: 'Warn', keyOrder: 'sorted' };

/** ` (dry run)` / ` (server dry run)` after `deployment.apps/web created`. */
export function dryRunSuffix(d: DryRun): string {
  return d === 'client' ? ' (dry run)' : d === 'server' ? ' (server dry run)' : '';
}

export function outputSpec(inv: KubeInv<{ output: 'string' }>, allowed?: readonly string[]): OutputSpec | undefined {
  const template = optionalFlags(inv.flags).str('template');
  // cli-runtime's PrintFlags: a --template without -o means -o go-template.
  let value = inv.flags.str('output') || (template ? 'go-template' : '');
  if (value === '') return undefined;
  if ((value === 'go-template' || value === 'template' || value === 'jsonpath') && template)
    value = `${value}=${template}`;
  try {
    return parseOutputFormat(value, {
      ...(allowed ? { allowed } : {}),
      readFile: (p) => {
        const path = resolvePath(inv.ctx.cwd, p);
        if (!inv.ctx.vfs.stat(path)) throw new PrintError(`error reading --template ${p}, no such file or directory\n`);
        return inv.ctx.vfs.readFile(path);
      },
    });
  } catch (e) {
    if (e instanceof PrintError) throw new KubectlError(e.message);
    throw e;
  }
}

/** Prints objects in a format (throws kubectl's error when a template fails). */
export function print(
  objects: readonly KubeObject[],
  spec: OutputSpec,
  opts: Parameters<typeof printObjects>[2],
): string {
  try {
    return printObjects(objects, spec, opts);
  } catch (e) {
    if (e instanceof PrintError) throw new KubectlError(e.message);
    throw e;
  }
}

/** The `kind/name verb` line kubectl prints for changed objects, or the object in `-o` format. */
export function printChanged(
  inv: KubeInv,
  objects: readonly { object: KubeObject; verb: string }[],
  spec: OutputSpec | undefined,
  now: number,
): void {
  if (!spec) {
    for (const { object, verb } of objects)
      inv.out.println(`${kindPrefixFromObject(object)}/${object.metadata?.name ?? ''} ${verb}`);
    return;
  }
  inv.out.print(
    print(
      objects.map((o) => o.object),
      spec,
      { now, asList: objects.length !== 1, sortKeys: false },
    ),
  );
}

export function kindPrefixFromObject(obj: KubeObject): string {
  const apiVersion = obj.apiVersion ?? '';
  const slash = apiVersion.indexOf('/');
  const group = slash < 0 ? '' : apiVersion.slice(0, slash);
  const kind = (obj.kind ?? '').toLowerCase();
  return group ? `${kind}.${group}` : kind;
}

/** Parses `key=value` pairs from flags like --labels and --env. */
export function parseKeyValues(items: readonly string[], what: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of items) {
    const eq = item.indexOf('=');
    if (eq <= 0) throw new KubectlError(`invalid ${what}: ${item}`);
    out[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return out;
}

/**
 * kubectl's loop over the objects a command names: a server error for one is printed as kubectl prints it and the
 * others still run. `each` returns false for a failure it printed itself. The exit code is 1 if any failed.
 */
export function forEachTarget<T>(
  out: Output,
  targets: Iterable<T>,
  each: (target: T) => boolean | void,
): CommandResult {
  let failed = false;
  for (const t of targets) {
    try {
      if (each(t) === false) failed = true;
    } catch (e) {
      if (!isStatusError(e)) throw e;
      out.error(formatStatusError(e));
      failed = true;
    }
  }
  return { stdout: '', stderr: '', exitCode: failed ? 1 : 0 };
}
