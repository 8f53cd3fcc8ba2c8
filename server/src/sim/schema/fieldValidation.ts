/**
 * Server-side field validation (`fieldValidation=Strict|Warn|Ignore`, KEP-2885), as kube-apiserver's decoder does
 * it: a built-in kind's body is decoded into its Go type, so fields the type does not have are dropped, and
 * reported as the directive says. Strict fails the request (400, `strict decoding error: unknown field "spec.foo"`),
 * Warn (kube-apiserver's default) answers with a `Warning` per field (kubectl prints `Warning: unknown field
 * "spec.foo"`), Ignore says nothing. Paths and the `, `-joined list are sigs.k8s.io/json's strict errors
 * (`spec.containers[0].foo`, a map's key as `.key`) wrapped by apimachinery's NewStrictDecodingError; at most 100.
 * The types' fields are those of protoMessages.ts; kinds it does not describe (custom resources) are not checked.
 * The REST API checks a body as it came; the terminal's kubectl hands over the object itself, which real kubectl
 * sends as Go encodes an unstructured object, keys sorted, so the decoder meets its fields in that order.
 */
import { StatusError } from '../errors.js';
import type { PatchType } from '../patch.js';
import type { ResourceType } from '../resources.js';
import { messageFields, messageOfKind, type ProtoField } from '../openapi/protoMessages.js';
import type { KeyPath } from './repeatedKeys.js';

export type FieldValidation = 'Strict' | 'Warn' | 'Ignore';

/**
 * In what order the decoder meets an object's fields: as the body has them, or sorted (the JSON Go writes of a map,
 * as kubectl sends objects); `converter` is runtime.DefaultUnstructuredConverter's walk, which checks a strategic
 * merge patch's result: the type's fields in declaration order, each level's unknown fields after its children.
 */
export type KeyOrder = 'given' | 'sorted' | 'converter';

/** Types whose JSON is free-form or not an object of fields. */
const OPAQUE = new Set(['RawExtension', 'FieldsV1', 'Time', 'MicroTime', 'IntOrString', 'Quantity', 'StringList']);
const MAX_UNKNOWN = 100;

const inlined = new Map<string, ReadonlyMap<string, ProtoField>>();

/** The fields of a message with embedded (`...`) structs inlined, by JSON name. */
export function fieldsByName(message: string): ReadonlyMap<string, ProtoField> {
  let out = inlined.get(message);
  if (!out) {
    const fields = new Map<string, ProtoField>();
    for (const field of messageFields(message)) {
      if (field.json === '...') for (const [k, v] of fieldsByName(field.type)) fields.set(k, v);
      else fields.set(field.json, field);
    }
    inlined.set(message, fields);
    out = fields;
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

interface Walk {
  style: PathStyle;
  order: KeyOrder;
  found: string[];
}

/** Removes the fields `message` does not have from `value` (in place), collecting their paths. */
function prune(value: unknown, message: string, path: string, walk: Walk): void {
  if (!isObject(value) || OPAQUE.has(message)) return;
  const fields = fieldsByName(message);
  if (fields.size === 0) return;
  // apiVersion and kind are every object's; patch directives (`$patch`, `$setElementOrder/…`) are no fields.
  const unknown = (key: string) =>
    !fields.has(key) && !(path === '' && (key === 'apiVersion' || key === 'kind')) && !key.startsWith('$');
  const drop = (key: string) => {
    if (walk.found.length < MAX_UNKNOWN) walk.found.push(walk.style.field(path, key));
    delete value[key];
  };
  if (walk.order === 'converter') {
    for (const [key, field] of fields)
      if (key in value) pruneField(value[key], field, walk.style.field(path, key), walk);
    for (const key of Object.keys(value).sort()) if (unknown(key)) drop(key);
    return;
  }
  const keys = Object.keys(value);
  if (walk.order === 'sorted') keys.sort();
  for (const key of keys) {
    const field = fields.get(key);
    if (field) pruneField(value[key], field, walk.style.field(path, key), walk);
    else if (unknown(key)) drop(key);
  }
}

function pruneField(child: unknown, field: ProtoField, at: string, walk: Walk): void {
  if (field.repeated && Array.isArray(child))
    child.forEach((item, i) => prune(item, field.type, walk.style.item(at, i, item), walk));
  else if (field.map && isObject(child))
    for (const k of walk.order === 'given' ? Object.keys(child) : Object.keys(child).sort())
      prune(child[k], field.type, walk.style.field(at, k), walk);
  else if (!field.repeated && !field.map) prune(child, field.type, at, walk);
}

/**
 * Drops the unknown fields of a body for `type` in `version`, in place, and applies the directive: throws for
 * Strict, returns the warnings for Warn. `repeated`: the keys its JSON repeated (repeatedKeys.ts); those of the
 * type's fields (or of a map) are duplicate fields (kube-apiserver lists all in the order it meets them; here the
 * duplicates come first).
 */
export function validateFields(
  body: Record<string, unknown>,
  type: ResourceType,
  version: string,
  directive: FieldValidation,
  order: KeyOrder = 'given',
  repeated: readonly KeyPath[] = [],
): string[] {
  const message = messageOfKind(type.group, version, type.kind);
  if (!message) return [];
  const walk: Walk = { style: GO_JSON, order, found: [] };
  prune(body, message, '', walk);
  const duplicates = repeated.filter((p) => namesField(message, p));
  return strictErrors(type, version, directive, duplicates, walk.found);
}

/**
 * The unknown fields of a merge or strategic merge patch, dropped (in place) and refused or warned of as for an
 * object. kube-apiserver checks the object the patch makes: a strategic merge patch's through the converter's walk,
 * a merge patch's as Go's JSON of the merged document (keys sorted). The patch itself is decoded into a map first,
 * so every key it repeats is a duplicate field. A JSON patch (a list of operations) is not checked here.
 */
export function validatePatchFields(
  patch: unknown,
  patchType: PatchType,
  type: ResourceType,
  version: string,
  directive: FieldValidation,
  repeated: readonly KeyPath[] = [],
): string[] {
  const message = messageOfKind(type.group, version, type.kind);
  if (patchType === 'json' || !isObject(patch) || !message) return [];
  const walk: Walk = { style: GO_JSON, order: patchType === 'strategic' ? 'converter' : 'sorted', found: [] };
  prune(patch, message, '', walk);
  return strictErrors(type, version, directive, repeated, walk.found);
}

/** The directive applied to what the decoder found: nothing, warnings, or the 400 (at most 100 errors). */
function strictErrors(
  type: ResourceType,
  version: string,
  directive: FieldValidation,
  duplicates: readonly KeyPath[],
  unknown: readonly string[],
): string[] {
  const words = [
    ...duplicates.map((p) => `duplicate field "${goPath(p)}"`),
    ...unknown.map((p) => `unknown field "${p}"`),
  ].slice(0, MAX_UNKNOWN);
  if (words.length === 0 || directive === 'Ignore') return [];
  if (directive === 'Warn') return words;
  throw new StatusError(
    'BadRequest',
    `${type.kind} in version "${version}" cannot be handled as a ${type.kind}: strict decoding error: ${words.join(', ')}`,
  );
}

const goPath = (p: KeyPath) =>
  p.reduce<string>((at, seg) => (typeof seg === 'number' ? `${at}[${seg}]` : GO_JSON.field(at, seg)), '');

/** Whether a path names a field of the message (or a map's key): the decoder checks only those for duplicates. */
function namesField(message: string, path: KeyPath): boolean {
  if (path.length === 1 && (path[0] === 'apiVersion' || path[0] === 'kind')) return true;
  let at: { message: string } | { field: ProtoField } = { message };
  for (const [i, seg] of path.entries()) {
    const last = i === path.length - 1;
    if ('message' in at) {
      const field: ProtoField | undefined =
        typeof seg === 'string' && !OPAQUE.has(at.message) ? fieldsByName(at.message).get(seg) : undefined;
      if (!field) return false;
      if (last) return true;
      at = field.repeated || field.map ? { field } : { message: field.type };
    } else if ((at.field.repeated && typeof seg === 'number') || (at.field.map && typeof seg === 'string')) {
      if (last) return at.field.map;
      at = { message: at.field.type };
    } else return false;
  }
  return false;
}

/**
 * An applied configuration must fit the type's schema whatever the directive: structured-merge-diff refuses it
 * (500, no reason: kubectl prints `Error from server: failed to create typed patch object …`).
 */
export function checkAppliedFields(config: Record<string, unknown>, type: ResourceType, version: string): void {
  const message = messageOfKind(type.group, version, type.kind);
  if (!message) return;
  const walk: Walk = { style: SMD, order: 'given', found: [] };
  prune(structuredClone(config), message, '', walk);
  if (walk.found.length === 0) return;
  const meta = isObject(config.metadata) ? config.metadata : {};
  const [ns, name] = [meta.namespace, meta.name].map((v) => (typeof v === 'string' ? v : ''));
  const gvk = `${type.group}/${version}, Kind=${type.kind}`;
  const errors = walk.found.map((p) => `${p}: field not declared in schema`);
  const text = errors.length === 1 ? errors[0]! : ['errors:', ...errors.map((e) => `  ${e}`)].join('\n');
  throw new StatusError('', `failed to create typed patch object (${ns ?? ''}/${name ?? ''}; ${gvk}): ${text}`);
}
