/**
 * `kubectl explain`'s plaintext output from an OpenAPI v3 document, as kubectl v1.32 renders it with its template
 * (kubernetes/kubectl pkg/explain/v2/templates/plaintext.tmpl), rule for rule:
 * - the kind comes from the `x-kubernetes-group-version-kind` of the resource's operations, its schema from the
 *   component carrying the same group-version-kind;
 * - a field path is followed through properties, array items, map values and `allOf` (a `$ref` seen twice on the
 *   way ends it), printing `FIELD: name <type>` and its enum values for the last field;
 * - DESCRIPTION is the schema's description and those of what it refers to, one per line, wrapped at 76 columns;
 * - FIELDS lists properties in key order, each `name\t<type>`, ` -required-`, up to four enum values, and its
 *   description wrapped at 78 columns less the indentation; with --recursive, names and types only, nested.
 * Go templates' truthiness decides every condition: an empty string, list or object counts as absent.
 */
import { wrapString } from './wordWrap.js';

type Json = Readonly<Record<string, unknown>>;

export interface ExplainTarget {
  group: string;
  version: string;
  /** The plural resource name. */
  resource: string;
  fieldPath: readonly string[];
  recursive: boolean;
}

/** What the template wrote, and the error it stopped with after writing it (printed as is). */
export interface Rendered {
  out: string;
  error?: string;
}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function truthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (isObject(value)) return Object.keys(value).length > 0;
  return value !== undefined && value !== null && value !== false && value !== 0 && value !== '';
}

const field = (schema: unknown, key: string): unknown => (isObject(schema) ? schema[key] : undefined);
const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);
/** A map's value schema (`additionalProperties: true` is no schema). */
const mapValues = (schema: unknown): unknown => {
  const values = field(schema, 'additionalProperties');
  return truthy(values) && typeof values !== 'boolean' ? values : undefined;
};

/** Go's fmt.Sprint of a JSON value, as a template prints it. */
function goString(value: unknown): string {
  if (value === null || value === undefined) return '<nil>';
  if (isObject(value)) {
    const entries = Object.keys(value).sort();
    return `map[${entries.map((k) => `${k}:${goString(value[k])}`).join(' ')}]`;
  }
  if (Array.isArray(value)) return `[${value.map(goString).join(' ')}]`;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
  }
  return a === b;
}

const indent = (amount: number, text: string) => {
  const pad = ' '.repeat(amount);
  return pad + text.replaceAll('\n', `\n${pad}`);
};

class Renderer {
  constructor(private readonly document: Json) {}

  /** A local `#/…` reference, if it leads to an object. */
  resolveRef(ref: unknown): Json | undefined {
    if (typeof ref !== 'string' || !ref.startsWith('#')) return undefined;
    let current: unknown = this.document;
    for (const key of ref.slice(1).split('/')) {
      if (!key) continue;
      current = field(current, key);
      if (!isObject(current)) return undefined;
    }
    return current as Json;
  }

  /** The schema a `$ref` leads to, else the schema itself. */
  private resolved(schema: unknown): unknown {
    const target = this.resolveRef(field(schema, '$ref'));
    return truthy(target) ? target : schema;
  }

  output(schema: unknown, path: readonly string[], recursive: boolean, history = new Set<string>()): string {
    const ref = field(schema, '$ref');
    const refString = typeof ref === 'string' ? ref : '';
    const next = new Set(history).add(refString);
    const resolved = this.resolved(schema);
    if (path.length === 0) {
      const description = this.description(resolved) || '<empty>';
      let out = `DESCRIPTION:\n${indent(4, wrapString(description, 76))}\n`;
      const fields = this.fieldList(resolved, 1, recursive);
      if (fields) out += `FIELDS:\n${fields}`;
      return out;
    }
    if (refString && history.has(refString)) return ''; // a cycle
    const [name = '', ...rest] = path;
    const sub = field(field(resolved, 'properties'), name);
    if (truthy(sub)) {
      const head = rest.length === 0 ? `FIELD: ${name} <${this.typeGuess(sub)}>\n${this.enumLong(sub)}\n\n` : '';
      return head + this.output(sub, rest, recursive);
    }
    const items = field(resolved, 'items');
    if (truthy(items)) return this.output(items, path, recursive, next);
    const values = mapValues(resolved);
    if (values) return this.output(values, path, recursive, next);
    for (const alternative of list(field(resolved, 'allOf'))) {
      const out = this.output(alternative, path, recursive, next);
      if (out) return out;
    }
    return '';
  }

  private description(schema: unknown): string {
    const target = this.resolved(schema);
    if (!truthy(target)) return '';
    const own = field(target, 'description');
    let out = truthy(own) ? `${goString(own)}\n` : '';
    for (const alternative of list(field(target, 'allOf'))) out += this.description(alternative);
    const items = field(target, 'items');
    if (truthy(items)) out += this.description(items);
    const values = mapValues(target);
    if (values) out += this.description(values);
    return out;
  }

  private fieldList(schema: unknown, level: number, recursive: boolean, history = new Set<string>()): string {
    const ref = field(schema, '$ref');
    const refString = typeof ref === 'string' ? ref : '';
    if (refString && history.has(refString)) return '';
    const next = new Set(history).add(refString);
    const resolved = this.resolved(schema);
    let out = '';
    const properties = field(resolved, 'properties');
    if (isObject(properties)) {
      for (const name of Object.keys(properties).sort()) {
        out += this.fieldDetail(name, resolved, recursive, level);
        if (recursive) out += this.fieldList(properties[name], level + 1, recursive, next);
      }
    }
    for (const alternative of list(field(resolved, 'allOf')))
      out += this.fieldList(alternative, level, recursive, next);
    const items = field(resolved, 'items');
    if (truthy(items)) out += this.fieldList(items, level, recursive, next);
    const values = mapValues(resolved);
    if (values) out += this.fieldList(values, level, recursive, next);
    return out;
  }

  private fieldDetail(name: string, parent: unknown, short: boolean, level: number): string {
    const amount = level * 2;
    const schema = field(field(parent, 'properties'), name);
    const required = list(field(parent, 'required')).includes(name) ? ' -required-' : '';
    let out = `${indent(amount, name)}\t<${this.typeGuess(schema)}>${required}${this.enumShort(schema, amount)}\n`;
    if (!short) {
      const description = field(schema, 'description');
      const text = truthy(description) ? goString(description) : '<no description>';
      out += `${indent(amount + 2, wrapString(text, 78 - amount))}\n\n`;
    }
    return out;
  }

  /** `string`, `Object`, `[]Container`, `map[string]string`: a `$ref` by its name unless it names a primitive. */
  typeGuess(schema: unknown): string {
    const items = field(schema, 'items');
    if (truthy(items)) return `[]${this.typeGuess(items)}`;
    const values = mapValues(schema);
    if (values) return `map[string]${this.typeGuess(values)}`;
    const allOf = list(field(schema, 'allOf'));
    if (allOf.length === 1 && !truthy(field(schema, 'properties'))) return this.typeGuess(allOf[0]);
    const ref = field(schema, '$ref');
    if (truthy(ref)) {
      const target = this.resolveRef(ref);
      const type = field(target, 'type');
      if (!truthy(target) || !truthy(type) || type === 'object') {
        return goString(ref).split('/').at(-1)?.split('.').at(-1) || 'Object';
      }
      return goString(type);
    }
    const type = field(schema, 'type');
    return type === 'object' || !truthy(type) ? 'Object' : goString(type);
  }

  private enumValues(schema: unknown): readonly unknown[] {
    const values = field(schema, 'enum');
    return truthy(values) ? list(values) : [];
  }

  private static enumValue(value: unknown): string {
    return value === '' ? '""' : goString(value);
  }

  /** The FIELD line's `ENUM:` block: every value on its own line. */
  private enumLong(schema: unknown): string {
    const values = this.enumValues(schema);
    return values.length ? `ENUM:${values.map((v) => `\n    ${Renderer.enumValue(v)}`).join('')}` : '';
  }

  /** A field list's `enum: a, b, c, d, ....` line, four values at most. */
  private enumShort(schema: unknown, amount: number): string {
    const values = this.enumValues(schema);
    if (!values.length) return '';
    const shown = values.slice(0, 4).map((v) => Renderer.enumValue(v));
    return `\n${' '.repeat(amount)}enum: ${shown.join(', ')}${values.length > 4 ? ', ....' : ''}`;
  }
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** The group-version-kind of the resource's operations, the template's way (the last path found decides). */
function kindOf(document: Json, target: ExplainTarget): unknown {
  const prefix = target.group ? `/apis/${target.group}` : '/api';
  const base = `${prefix}/${target.version}`;
  const candidates = [
    `${base}/${target.resource}`,
    `${base}/${target.resource}/{name}`,
    `${base}/namespaces/{namespace}/${target.resource}`,
    `${base}/namespaces/{namespace}/${target.resource}/{name}`,
  ];
  let gvk: unknown;
  for (const candidate of candidates) {
    const item = field(field(document, 'paths'), candidate);
    if (!truthy(item)) continue;
    for (const method of METHODS) {
      const operation = field(item, method);
      if (!truthy(operation)) continue;
      gvk = field(operation, 'x-kubernetes-group-version-kind');
      if (truthy(gvk)) break;
    }
  }
  return gvk;
}

export function renderPlaintext(document: Json, target: ExplainTarget): Rendered {
  const gvk = kindOf(document, target);
  if (!truthy(gvk)) {
    const gvr = `${target.group}/${target.version}, Resource=${target.resource}`;
    return { out: '', error: `error: GVR (${gvr}) not found in OpenAPI schema` };
  }
  const group = field(gvk, 'group');
  let out = truthy(group) ? `GROUP:      ${goString(group)}\n` : '';
  out += `KIND:       ${goString(field(gvk, 'kind'))}\nVERSION:    ${goString(field(gvk, 'version'))}\n\n`;
  const renderer = new Renderer(document);
  const schemas = field(field(document, 'components'), 'schemas');
  const names = isObject(schemas) ? Object.keys(schemas).sort() : [];
  const name = names.find((n) =>
    list(field(field(schemas, n), 'x-kubernetes-group-version-kind')).some((k) => deepEqual(k, gvk)),
  );
  if (name === undefined) return { out, error: `error: GVK ${goString(gvk)} not found in OpenAPI schema` };
  const body = renderer.output(field(schemas, name), target.fieldPath, target.recursive);
  if (!body) return { out, error: `error: field "${target.fieldPath.at(-1) ?? ''}" does not exist` };
  return { out: `${out + body}\n` };
}
