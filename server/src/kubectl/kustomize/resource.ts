/**
 * One resource as kustomize carries it through a build: the object, the id it started with (so references to
 * the original name can be renamed at the end) and whether its name still needs a content hash.
 */
import { BUILTIN_RESOURCES } from '../../sim/index.js';

export type Json = null | boolean | number | string | Json[] | JsonMap;
export interface JsonMap {
  [key: string]: Json;
}

export interface Resource {
  obj: JsonMap;
  /** Name and namespace as first read or generated, before any prefix, suffix or hash. */
  readonly originalName: string;
  readonly originalNamespace: string;
  /** Every name it has had, for references made before a rename. */
  readonly previousNames: string[];
  /** Generated with the content-hash suffix still to add (after every transformer, as kustomize does). */
  needsHash: boolean;
}

export function isMap(v: unknown): v is JsonMap {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function metadataOf(obj: JsonMap): JsonMap {
  if (!isMap(obj.metadata)) obj.metadata = {};
  return obj.metadata;
}

export function nameOf(obj: JsonMap): string {
  const m = obj.metadata;
  return isMap(m) && typeof m.name === 'string' ? m.name : '';
}

export function namespaceOf(obj: JsonMap): string {
  const m = obj.metadata;
  return isMap(m) && typeof m.namespace === 'string' ? m.namespace : '';
}

export function kindOf(obj: JsonMap): string {
  return typeof obj.kind === 'string' ? obj.kind : '';
}

export interface Gvk {
  readonly group: string;
  readonly version: string;
  readonly kind: string;
}

export function gvkOf(obj: JsonMap): Gvk {
  const apiVersion = typeof obj.apiVersion === 'string' ? obj.apiVersion : '';
  const slash = apiVersion.lastIndexOf('/');
  return {
    group: slash < 0 ? '' : apiVersion.slice(0, slash),
    version: slash < 0 ? apiVersion : apiVersion.slice(slash + 1),
    kind: kindOf(obj),
  };
}

/** resid.Gvk.String(): `Deployment.v1.apps`, `[noGrp]` for the core group. */
export function gvkString(g: Gvk): string {
  return `${g.kind || '[noKind]'}.${g.version || '[noVer]'}.${g.group || '[noGrp]'}`;
}

/** resid.ResId.String(): `Deployment.v1.apps/web.[noNs]`. */
export function idString(obj: JsonMap): string {
  return `${gvkString(gvkOf(obj))}/${nameOf(obj)}.${namespaceOf(obj) || '[noNs]'}`;
}

const CLUSTER_SCOPED = new Set(BUILTIN_RESOURCES.filter((t) => !t.namespaced).map((t) => `${t.group}/${t.kind}`));

/** kyaml knows the built-in kinds' scope; anything else (custom resources) counts as namespaced. */
export function isClusterScoped(obj: JsonMap): boolean {
  const g = gvkOf(obj);
  return CLUSTER_SCOPED.has(`${g.group}/${g.kind}`);
}

export function newResource(obj: JsonMap, needsHash = false): Resource {
  return {
    obj,
    originalName: nameOf(obj),
    originalNamespace: namespaceOf(obj),
    previousNames: [],
    needsHash,
  };
}

export function setName(res: Resource, name: string): void {
  const current = nameOf(res.obj);
  if (current === name) return;
  res.previousNames.push(current);
  metadataOf(res.obj).name = name;
}

/**
 * Visits the values a kustomize field spec path names (`spec/template/metadata/labels`): sequences on the way
 * are entered element by element, as kustomize's fsslice does; with `create`, missing maps are made.
 */
export function visitPath(
  node: Json,
  segments: readonly string[],
  create: boolean,
  visit: (parent: JsonMap, key: string) => void,
): void {
  if (Array.isArray(node)) {
    for (const item of node) visitPath(item, segments, create, visit);
    return;
  }
  if (!isMap(node) || segments.length === 0) return;
  const [head, ...rest] = segments as [string, ...string[]];
  const key = head.endsWith('[]') ? head.slice(0, -2) : head;
  if (rest.length === 0) {
    visit(node, key);
    return;
  }
  if (node[key] === undefined || node[key] === null) {
    if (!create) return;
    node[key] = {};
  }
  visitPath(node[key], rest, create, visit);
}

/** A field spec: a path within objects of a kind (and group, version), all kinds when no kind is given. */
export interface FieldSpec {
  readonly path: string;
  readonly kind?: string;
  readonly group?: string;
  readonly version?: string;
  readonly create?: boolean;
}

export function specApplies(spec: FieldSpec, obj: JsonMap): boolean {
  const g = gvkOf(obj);
  if (spec.kind !== undefined && spec.kind !== g.kind) return false;
  if (spec.group !== undefined && spec.group !== g.group) return false;
  return spec.version === undefined || spec.version === g.version;
}

/** Splits a field spec path at unescaped slashes (`metadata/annotations/a\/b`). */
export function pathSegments(path: string): string[] {
  return path.split(/(?<!\\)\//).map((s) => s.replace(/\\\//g, '/'));
}
