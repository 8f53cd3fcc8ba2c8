/**
 * An object as kubectl holds it once decoded into its Go type: the commands built on the typed scheme (`set selector`,
 * `set subject`, `auth reconcile`) print their objects from there, so `-o json` lists the fields in the struct's
 * order (kind and apiVersion first), empty `omitempty` fields are gone and an unset creationTimestamp is `null`.
 * The Go types are the protobuf schema's (sim/openapi/protoMessages.ts, which lists fields in declaration order).
 * Fields the type does not have cannot come from the server; from a file they are kept, last.
 */
import { messageFields, messageOfKind, type KubeObject, type ProtoField } from '../sim/index.js';

type Json = unknown;
type JsonObject = Record<string, Json>;

const isObject = (v: Json): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * What Go writes for a field the object lacks, where the schema cannot tell (a struct value rather than a pointer, a
 * scalar without omitempty): for the kinds these commands print from files (Services for `set selector --local`,
 * bindings for `set subject --local`, RBAC objects for `auth reconcile`).
 */
const ALWAYS_WRITTEN: Readonly<Record<string, Readonly<Record<string, Json>>>> = {
  'core/v1.Service': { spec: {}, status: {} },
  'core/v1.ServiceStatus': { loadBalancer: {} },
  'core/v1.ServicePort': { port: 0, targetPort: 0 },
  'rbac/v1.RoleBinding': { roleRef: {} },
  'rbac/v1.ClusterRoleBinding': { roleRef: {} },
  'rbac/v1.RoleRef': { apiGroup: '', kind: '', name: '' },
  'rbac/v1.Subject': { kind: '', name: '' },
};

/** A message field's type names another message (`core/v1.ServiceSpec`), not a scalar or a JSON-special type. */
const isMessage = (type: string) => type.includes('/');

function isEmpty(field: ProtoField, value: Json): boolean {
  if (field.kept) return false;
  if (field.repeated) return Array.isArray(value) && value.length === 0;
  if (field.map) return isObject(value) && Object.keys(value).length === 0;
  // Only plain scalars: IntOrString, Quantity, Time… are structs, written even when zero.
  return SCALARS.has(field.type) && (value === '' || value === 0 || value === false);
}

const SCALARS = new Set(['s', 'b', 'i32', 'i64', 'bytes']);

function convert(field: ProtoField, value: Json): Json {
  const one = (v: Json) => (isMessage(field.type) ? inStructOrder(v, field.type) : v);
  if (field.repeated && Array.isArray(value)) return value.map(one);
  // encoding/json writes a map's keys sorted.
  if (field.map && isObject(value))
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, one(value[k])]),
    );
  return one(value);
}

function fill(out: JsonObject, value: JsonObject, message: string): void {
  for (const field of messageFields(message)) {
    if (field.json === '...') {
      fill(out, value, field.type);
      continue;
    }
    let v = value[field.json];
    if (v === undefined) {
      if (message === 'meta/v1.ObjectMeta' && field.json === 'creationTimestamp') out.creationTimestamp = null;
      // A nil slice or map without omitempty is `null`.
      else if (field.kept && (field.repeated || field.map)) out[field.json] = null;
      v = ALWAYS_WRITTEN[message]?.[field.json];
      if (v === undefined) continue;
      out[field.json] = convert(field, v);
      continue;
    }
    if (!isEmpty(field, v)) out[field.json] = convert(field, v);
  }
}

function inStructOrder(value: Json, message: string): Json {
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  fill(out, value, message);
  for (const [k, v] of Object.entries(value)) if (!(k in out) && !known(message, k)) out[k] = v;
  return out;
}

function known(message: string, key: string): boolean {
  return messageFields(message).some((f) => f.json === key || (f.json === '...' && known(f.type, key)));
}

export function typedObject<T extends KubeObject>(obj: T): T {
  const apiVersion = obj.apiVersion ?? '';
  const slash = apiVersion.lastIndexOf('/');
  const message = messageOfKind(slash < 0 ? '' : apiVersion.slice(0, slash), apiVersion.slice(slash + 1), obj.kind);
  if (!message) return obj;
  const body = inStructOrder(obj, message) as JsonObject;
  const { kind: _k, apiVersion: _a, ...rest } = body;
  return { kind: obj.kind, apiVersion: obj.apiVersion, ...rest } as unknown as T;
}
