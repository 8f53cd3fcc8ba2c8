/**
 * Field paths and field sets as structured-merge-diff (sigs.k8s.io/structured-merge-diff/v4 `fieldpath`) builds them
 * for managedFields: the set of fields an object sets, the fields one write changed, and the FieldsV1 form
 * (`f:spec`, `k:{"name":"nginx"}`, `v:"foregroundDeletion"`, `.`) kube-apiserver stores them in.
 *
 * The schema facts SMD reads from the OpenAPI extensions (`x-kubernetes-list-type`, `-list-map-keys`, atomic structs
 * and maps) are the tables below, by field name, for the built-in kinds; lists not named are atomic, as lists of
 * scalars and unannotated lists are in Kubernetes.
 */
import { jsonEqual } from '../lib/json.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** `x-kubernetes-list-map-keys` of the associative lists, by field name (k8s.io/api v1.32 `+listMapKey`). */
const LIST_MAP_KEYS: Readonly<Record<string, readonly string[]>> = {
  containers: ['name'],
  initContainers: ['name'],
  ephemeralContainers: ['name'],
  env: ['name'],
  volumes: ['name'],
  volumeMounts: ['mountPath'],
  volumeDevices: ['devicePath'],
  ports: ['containerPort', 'protocol'],
  imagePullSecrets: ['name'],
  hostAliases: ['ip'],
  topologySpreadConstraints: ['topologyKey', 'whenUnsatisfiable'],
  conditions: ['type'],
  ownerReferences: ['uid'],
  resourceClaims: ['name'],
};

/** Key fields the schema defaults (SMD fills a missing key from the schema's default). */
const KEY_DEFAULTS: Readonly<Record<string, Json>> = { protocol: 'TCP' };

/** `x-kubernetes-list-type: set` lists. */
const SET_LISTS = new Set(['finalizers']);

/** Atomic structs and maps (`+structType=atomic`, `+mapType=atomic`): owned and replaced as one value. */
const ATOMIC_FIELDS = new Set(['selector', 'nodeSelector', 'matchLabels', 'matchExpressions']);

/** One path element, in its FieldsV1 form: `f:name`, `k:{"name":"x"}`, `v:"x"`, `i:0`, or `.` (the node itself). */
export type PathElement = string;
/** A path as its elements joined by NUL (never in a field name that JSON-decodes from a valid object). */
export type PathKey = string;
const SEP = '\u0000';

export const pathKey = (elements: readonly PathElement[]): PathKey => elements.join(SEP);
export const pathElements = (key: PathKey): PathElement[] => (key === '' ? [] : key.split(SEP));

type ListKind = { type: 'map'; keys: readonly string[] } | { type: 'set' } | { type: 'atomic' };

function listKind(field: string | undefined, path: readonly PathElement[]): ListKind {
  if (field === undefined) return { type: 'atomic' };
  if (SET_LISTS.has(field)) return { type: 'set' };
  // Service ports are keyed by port and protocol, container ports by containerPort and protocol.
  if (field === 'ports' && path.length === 2 && path[0] === 'f:spec' && !hasContainerAncestor(path))
    return { type: 'map', keys: ['port', 'protocol'] };
  const keys = LIST_MAP_KEYS[field];
  return keys ? { type: 'map', keys } : { type: 'atomic' };
}

const hasContainerAncestor = (path: readonly PathElement[]) => path.some((e) => e.startsWith('k:'));

const isObject = (v: Json | undefined): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Go's JSON for a key value (SMD writes keys and set values as JSON). */
const json = (v: Json): string => JSON.stringify(v);

/** The `k:` element of an associative list item (its key fields sorted by name, as SMD's FieldList). */
function itemElement(item: Json, keys: readonly string[]): PathElement | undefined {
  if (!isObject(item)) return undefined;
  const sorted = [...keys].sort();
  const parts: string[] = [];
  for (const k of sorted) {
    const v = item[k] ?? KEY_DEFAULTS[k];
    if (v === undefined) continue;
    parts.push(`${json(k)}:${json(v)}`);
  }
  return parts.length > 0 ? `k:{${parts.join(',')}}` : undefined;
}

const fieldName = (e: PathElement | undefined) => (e?.startsWith('f:') ? e.slice(2) : undefined);

/** A list's items by their path element (associative lists and sets); atomic lists have none. */
function listItems(list: Json[], kind: ListKind): Map<PathElement, Json> {
  const out = new Map<PathElement, Json>();
  if (kind.type === 'atomic') return out;
  for (const item of list) {
    const element = kind.type === 'set' ? `v:${json(item)}` : itemElement(item, kind.keys);
    if (element !== undefined && !out.has(element)) out.set(element, item);
  }
  return out;
}

/** Whether the value at `path` is owned as one value: a scalar, null, an atomic list, struct or map. */
function isAtomic(value: Json, path: readonly PathElement[]): boolean {
  if (!isObject(value) && !Array.isArray(value)) return true;
  const field = fieldName(path[path.length - 1]);
  if (field !== undefined && ATOMIC_FIELDS.has(field)) return true;
  return Array.isArray(value) && listKind(field, path.slice(0, -1)).type === 'atomic';
}

/** A leaf of a field set: an atomic value or an empty map. */
const isLeaf = (value: Json, path: readonly PathElement[]) =>
  isAtomic(value, path) || (isObject(value) && Object.keys(value).length === 0);

/** The children of a non-leaf value, by path element. */
function children(value: Json, path: readonly PathElement[]): Map<PathElement, Json> {
  if (Array.isArray(value)) return listItems(value, listKind(fieldName(path[path.length - 1]), path.slice(0, -1)));
  const out = new Map<PathElement, Json>();
  if (isObject(value)) for (const [k, v] of Object.entries(value)) out.set(`f:${k}`, v);
  return out;
}

/**
 * The fields an applied configuration sets (SMD's toFieldSet): every leaf, every list item (with its own node), and
 * no node for a map that has members.
 */
export function appliedFields(config: JsonObject, ignore: (path: readonly PathElement[]) => boolean): Set<PathKey> {
  const out = new Set<PathKey>();
  const walk = (value: Json, path: PathElement[]) => {
    if (ignore(path)) return;
    if (path.length > 0 && isLeaf(value, path)) {
      out.add(pathKey(path));
      return;
    }
    const last = path[path.length - 1];
    if (last?.startsWith('k:') || last?.startsWith('v:')) out.add(pathKey(path));
    for (const [element, child] of children(value, path)) walk(child, [...path, element]);
  };
  walk(config, []);
  return out;
}

/** All paths of a value's subtree, itself included (what a removal takes from every owner). */
function subtree(value: Json, path: PathElement[], out: Set<PathKey>): void {
  out.add(pathKey(path));
  if (isLeaf(value, path)) return;
  for (const [element, child] of children(value, path)) subtree(child, [...path, element], out);
}

export interface Comparison {
  /** Leaves set or changed, and nodes that did not exist before (SMD's Added ∪ Modified). */
  changed: Set<PathKey>;
  /** Paths that no longer exist, with everything below them. */
  removed: Set<PathKey>;
}

/** What a write changed (SMD's Compare of the live and the new object), paths filtered by `ignore`. */
export function compareObjects(
  before: JsonObject,
  after: JsonObject,
  ignore: (path: readonly PathElement[]) => boolean,
): Comparison {
  const changed = new Set<PathKey>();
  const removed = new Set<PathKey>();
  const added = (value: Json, path: PathElement[]) => {
    if (ignore(path)) return;
    changed.add(pathKey(path));
    if (isLeaf(value, path)) return;
    for (const [element, child] of children(value, path)) added(child, [...path, element]);
  };
  const walk = (a: Json | undefined, b: Json | undefined, path: PathElement[]) => {
    if (ignore(path)) return;
    if (b === undefined) {
      if (a !== undefined) subtree(a, path, removed);
      return;
    }
    if (a === undefined) {
      added(b, path);
      return;
    }
    // An equal subtree holds no change (checked once here, not field by field below).
    if (a === b || jsonEqual(a, b)) return;
    // A null map or list (a Go nil slice without omitempty) exists already: only its members are new.
    const container = (v: Json) => v === null || !isAtomic(v, path);
    if (path.length > 0 && !(container(a) && container(b) && (a === null || b === null || sameShape(a, b)))) {
      if (!jsonEqual(a, b)) {
        if (!isLeaf(a, path)) subtree(a, path, removed);
        added(b, path);
      }
      return;
    }
    const ca = a === null ? new Map<PathElement, Json>() : children(a, path);
    const cb = b === null ? new Map<PathElement, Json>() : children(b, path);
    for (const [element, child] of cb) walk(ca.get(element), child, [...path, element]);
    for (const [element, child] of ca) if (!cb.has(element)) walk(child, undefined, [...path, element]);
  };
  walk(before, after, []);
  removed.delete('');
  changed.delete('');
  return { changed, removed };
}

const sameShape = (a: Json, b: Json) => Array.isArray(a) === Array.isArray(b);

/** The value at a path, or undefined. */
export function valueAt(obj: Json, path: readonly PathElement[]): Json | undefined {
  let current: Json | undefined = obj;
  for (let i = 0; i < path.length; i++) {
    if (current === undefined) return undefined;
    current = children(current, path.slice(0, i)).get(path[i]!);
  }
  return current;
}

/**
 * Removes the field or list item at `path` from `obj` (in place); a map left empty by the removal goes too, as
 * Go's `omitempty` drops it.
 */
export function removePath(obj: JsonObject, path: readonly PathElement[]): void {
  if (path.length === 0) return;
  const parentPath = path.slice(0, -1);
  const parent = valueAt(obj, parentPath);
  const last = path[path.length - 1]!;
  if (Array.isArray(parent)) {
    const kind = listKind(fieldName(parentPath[parentPath.length - 1]), parentPath.slice(0, -1));
    const index = parent.findIndex(
      (item) =>
        (kind.type === 'set' ? `v:${json(item)}` : kind.type === 'map' && itemElement(item, kind.keys)) === last,
    );
    if (index >= 0) parent.splice(index, 1);
    if (parent.length === 0) removePath(obj, parentPath);
    return;
  }
  if (!isObject(parent) || !last.startsWith('f:')) return;
  delete parent[last.slice(2)];
  if (Object.keys(parent).length === 0 && parentPath.length > 1) removePath(obj, parentPath);
}

/** FieldsV1 JSON of a set: nested `f:`/`k:`/`v:` members, `.` for a node that is itself in the set. */
export function toFieldsV1(set: ReadonlySet<PathKey>): JsonObject {
  const root: JsonObject = {};
  for (const key of set) {
    let node = root;
    for (const element of pathElements(key)) {
      const next = node[element];
      node = isObject(next) ? next : (node[element] = {});
    }
  }
  return sortKeys(markSelves(root, [], set));
}

function markSelves(node: JsonObject, path: PathElement[], set: ReadonlySet<PathKey>): JsonObject {
  const out: JsonObject = {};
  const members = Object.keys(node).filter((k) => k !== '.');
  if (members.length > 0 && path.length > 0 && set.has(pathKey(path))) out['.'] = {};
  for (const k of members) out[k] = markSelves(node[k] as JsonObject, [...path, k], set);
  return out;
}

function sortKeys(node: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const k of Object.keys(node).sort()) out[k] = sortKeys(node[k] as JsonObject);
  return out;
}

/** The set a FieldsV1 value stands for (members that are not objects are ignored). */
export function fromFieldsV1(fields: Json | undefined): Set<PathKey> {
  const out = new Set<PathKey>();
  const walk = (node: Json, path: PathElement[]) => {
    if (!isObject(node)) return;
    const members = Object.keys(node);
    if (members.length === 0 && path.length > 0) out.add(pathKey(path));
    for (const k of members) {
      if (k === '.') out.add(pathKey(path));
      else walk(node[k] ?? null, [...path, k]);
    }
  };
  walk(fields ?? null, []);
  return out;
}

/** A path as SMD prints it in conflicts: `.spec.replicas`, `.spec.containers[name="nginx"].image`. */
export function pathString(key: PathKey): string {
  return pathElements(key)
    .map((e) => {
      if (e.startsWith('f:')) return `.${e.slice(2)}`;
      if (e.startsWith('v:')) return `[=${e.slice(2)}]`;
      if (e.startsWith('i:')) return `[${e.slice(2)}]`;
      if (e.startsWith('k:')) {
        const fields = JSON.parse(e.slice(2)) as JsonObject;
        return `[${Object.entries(fields)
          .map(([k, v]) => `${k}=${json(v)}`)
          .join(',')}]`;
      }
      return '';
    })
    .join('');
}

/** Whether `value` differs between two objects at `path`. */
export function differsAt(a: Json, b: Json, path: readonly PathElement[]): boolean {
  return !jsonEqual(valueAt(a, path) ?? null, valueAt(b, path) ?? null);
}
