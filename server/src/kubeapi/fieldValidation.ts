/**
 * Server-side field validation (`?fieldValidation=Strict|Warn|Ignore`, KEP-2885): a built-in kind's body is decoded
 * into its Go type, so fields the type does not have are dropped, and reported as the directive says: Strict fails
 * the request (400, `strict decoding error: unknown field "spec.foo"`), Warn (kube-apiserver's default) answers
 * with a `Warning` header per field (kubectl prints `Warning: unknown field "spec.foo"`), Ignore says nothing.
 * The types' fields are those of sim/openapi/protoMessages.ts; kinds it does not describe (custom resources) are not checked.
 */
import { StatusError, messageFields, messageOfKind, type ProtoField, type ResourceType } from '../sim/index.js';

export type FieldValidation = 'Strict' | 'Warn' | 'Ignore';

/** The directive of a write; kube-apiserver refuses any other value. */
export function fieldValidation(query: URLSearchParams): FieldValidation {
  const given = query.get('fieldValidation');
  if (given === null || given === '') return 'Warn';
  if (given === 'Strict' || given === 'Warn' || given === 'Ignore') return given;
  throw new StatusError(
    'BadRequest',
    `fieldValidation parameter unsupported: ${given}, must be one of [Ignore Warn Strict]`,
  );
}

/** Types whose JSON is free-form or not an object of fields. */
const OPAQUE = new Set(['RawExtension', 'FieldsV1', 'Time', 'MicroTime', 'IntOrString', 'Quantity', 'StringList']);
const MAX_UNKNOWN = 100;

/** The fields of a message with embedded (`...`) structs inlined, by JSON name. */
function fieldsByName(message: string): Map<string, ProtoField> {
  const out = new Map<string, ProtoField>();
  for (const field of messageFields(message)) {
    if (field.json === '...') for (const [k, v] of fieldsByName(field.type)) out.set(k, v);
    else out.set(field.json, field);
  }
  return out;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** How a decoder names a path: Go's JSON (`spec.containers[0].foo`) or structured-merge-diff (`.spec.containers[name="x"].foo`). */
interface PathStyle {
  field(parent: string, key: string): string;
  item(parent: string, index: number, item: unknown): string;
}

const GO_JSON: PathStyle = {
  field: (parent, key) => (parent ? `${parent}.${key}` : key),
  item: (parent, index) => `${parent}[${index}]`,
};

const SMD: PathStyle = {
  field: (parent, key) => `${parent}.${key}`,
  item: (parent, index, item) =>
    isObject(item) && typeof item.name === 'string'
      ? `${parent}[name=${JSON.stringify(item.name)}]`
      : `${parent}[${index}]`,
};

/** Removes the fields `message` does not have from `value` (in place), collecting their paths. */
function prune(value: unknown, message: string, path: string, style: PathStyle, found: string[]): void {
  if (!isObject(value) || OPAQUE.has(message)) return;
  const fields = fieldsByName(message);
  if (fields.size === 0) return;
  for (const key of Object.keys(value)) {
    // apiVersion and kind are every object's; patch directives (`$patch`, `$setElementOrder/…`) are no fields.
    if ((path === '' && (key === 'apiVersion' || key === 'kind')) || key.startsWith('$')) continue;
    const at = style.field(path, key);
    const field = fields.get(key);
    if (!field) {
      if (found.length < MAX_UNKNOWN) found.push(at);
      delete value[key];
      continue;
    }
    const child = value[key];
    if (field.repeated && Array.isArray(child))
      child.forEach((item, i) => prune(item, field.type, style.item(at, i, item), style, found));
    else if (field.map && isObject(child))
      for (const [k, v] of Object.entries(child)) prune(v, field.type, `${at}[${k}]`, style, found);
    else if (!field.repeated && !field.map) prune(child, field.type, at, style, found);
  }
}

/**
 * Drops the unknown fields of a body (an object, or a merge patch of one) for `type`, in place, and applies the
 * directive: throws for Strict, returns the warnings for Warn.
 */
export function validateFields(
  body: Record<string, unknown>,
  type: ResourceType,
  version: string,
  directive: FieldValidation,
): string[] {
  const message = messageOfKind(type.group, version, type.kind);
  if (!message) return [];
  const found: string[] = [];
  prune(body, message, '', GO_JSON, found);
  if (found.length === 0 || directive === 'Ignore') return [];
  const words = found.map((p) => `unknown field "${p}"`);
  if (directive === 'Warn') return words;
  throw new StatusError(
    'BadRequest',
    `${type.kind} in version "${version}" cannot be handled as a ${type.kind}: strict decoding error: ${words.join(', ')}`,
  );
}

/**
 * An applied configuration must fit the type's schema whatever the directive: structured-merge-diff refuses it
 * (500, no reason: kubectl prints `Error from server: failed to create typed patch object …`).
 */
export function checkAppliedFields(config: Record<string, unknown>, type: ResourceType, version: string): void {
  const message = messageOfKind(type.group, version, type.kind);
  if (!message) return;
  const found: string[] = [];
  prune(structuredClone(config), message, '', SMD, found);
  if (found.length === 0) return;
  const meta = isObject(config.metadata) ? config.metadata : {};
  const [ns, name] = [meta.namespace, meta.name].map((v) => (typeof v === 'string' ? v : ''));
  const gvk = `${type.group}/${version}, Kind=${type.kind}`;
  const errors = found.map((p) => `${p}: field not declared in schema`);
  const text = errors.length === 1 ? errors[0]! : ['errors:', ...errors.map((e) => `  ${e}`)].join('\n');
  throw new StatusError('', `failed to create typed patch object (${ns ?? ''}/${name ?? ''}; ${gvk}): ${text}`);
}
