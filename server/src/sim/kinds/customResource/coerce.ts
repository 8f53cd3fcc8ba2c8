/**
 * What kube-apiserver does to a custom resource as it decodes it, before any validation
 * (apiextensions-apiserver pkg/apiserver/customresource_handler.go, unstructuredSchemaCoercer.apply): unknown
 * metadata fields dropped (schema/objectmeta/coerce.go), fields the schema does not declare pruned
 * (schema/pruning/algorithm.go) unless it preserves unknown fields, nulls of non-nullable fields without a default
 * dropped (schema/defaulting/prunenulls.go); then the schema's defaults applied (schema/defaulting/algorithm.go).
 * The paths of what was dropped are what `fieldValidation` warns of or refuses.
 */
import { klona } from 'klona/json';
import { isObject, itemSchema, propertySchema, type Schema } from './schema.js';

/** ObjectMeta's JSON fields (k8s.io/apimachinery pkg/apis/meta/v1 types.go, v1.32). */
const OBJECT_META_FIELDS = new Set([
  'name',
  'generateName',
  'namespace',
  'selfLink',
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'labels',
  'annotations',
  'ownerReferences',
  'finalizers',
  'managedFields',
]);

const META_FIELDS = new Set(['apiVersion', 'kind', 'metadata']);

const join = (parent: string, k: string) => (parent ? `${parent}.${k}` : k);

/** Drops the fields ObjectMeta does not have, collecting `<prefix>metadata.<field>`. */
function dropUnknownMetadata(meta: unknown, prefix: string, found: string[]): void {
  if (!isObject(meta)) return;
  for (const k of Object.keys(meta)) {
    if (OBJECT_META_FIELDS.has(k)) continue;
    found.push(`${join(prefix, 'metadata')}.${k}`);
    delete meta[k];
  }
}

interface Pruning {
  unknown: string[];
  /** Unknown metadata fields of embedded resources (objectmeta.Coerce), reported after the pruned ones. */
  embedded: string[];
}

/** `additionalProperties: true` recurses with no schema, which prunes everything below (pruning.prune). */
function childSchema(s: Schema, k: string): Schema | undefined | null {
  const declared = s.properties?.[k];
  if (declared) return declared;
  if (s.additionalProperties === undefined || s.additionalProperties === false) return null;
  return s.additionalProperties === true ? undefined : s.additionalProperties;
}

function prune(x: unknown, s: Schema | undefined, path: string, embedded: boolean, out: Pruning): void {
  if (s?.['x-kubernetes-preserve-unknown-fields']) {
    skipPrune(x, s, path, embedded, out);
    return;
  }
  if (isObject(x)) {
    if (embedded && path) dropUnknownMetadata(x.metadata, path, out.embedded);
    for (const k of Object.keys(x)) {
      if (embedded && META_FIELDS.has(k)) continue;
      const sub = s ? childSchema(s, k) : undefined;
      if (s && sub !== null) {
        prune(x[k], sub, join(path, k), !!sub?.['x-kubernetes-embedded-resource'], out);
        continue;
      }
      if (!META_FIELDS.has(k) || path) out.unknown.push(join(path, k));
      delete x[k];
    }
  } else if (Array.isArray(x)) {
    const items = s ? itemSchema(s) : undefined;
    x.forEach((v, i) => prune(v, items, `${path}[${i}]`, !!items?.['x-kubernetes-embedded-resource'], out));
  }
}

/** Below `x-kubernetes-preserve-unknown-fields`, only the declared fields are pruned (pruning.skipPrune). */
function skipPrune(x: unknown, s: Schema, path: string, embedded: boolean, out: Pruning): void {
  if (isObject(x)) {
    if (embedded && path) dropUnknownMetadata(x.metadata, path, out.embedded);
    for (const k of Object.keys(x)) {
      if (embedded && META_FIELDS.has(k)) continue;
      const sub = childSchema(s, k);
      if (sub !== null) prune(x[k], sub, join(path, k), !!sub?.['x-kubernetes-embedded-resource'], out);
    }
  } else if (Array.isArray(x)) {
    const items = itemSchema(s);
    if (!items) return;
    x.forEach((v, i) => skipPrune(v, items, `${path}[${i}]`, !!items['x-kubernetes-embedded-resource'], out));
  }
}

function pruneNulls(x: unknown, s: Schema | undefined): void {
  if (isObject(x)) {
    for (const [k, v] of Object.entries(x)) {
      const sub = propertySchema(s, k);
      if (v === null && sub && !sub.nullable && sub.default === undefined) delete x[k];
      else pruneNulls(v, sub);
    }
  } else if (Array.isArray(x)) {
    const items = itemSchema(s);
    for (const v of x) pruneNulls(v, items);
  }
}

const nonNullableNull = (v: unknown, s: Schema | undefined) => v === null && !!s && !s.nullable;

/** structuraldefaulting.Default: missing (or non-nullable null) fields take their schema's default. */
export function applyDefaults(x: unknown, s: Schema | undefined): void {
  if (!s) return;
  if (isObject(x)) {
    for (const [k, prop] of Object.entries(s.properties ?? {})) {
      if (prop.default === undefined) continue;
      if (!(k in x) || nonNullableNull(x[k], prop)) x[k] = klona(prop.default);
    }
    for (const k of Object.keys(x)) {
      const declared = s.properties?.[k];
      if (declared) applyDefaults(x[k], declared);
      else if (typeof s.additionalProperties === 'object') {
        const extra = s.additionalProperties;
        if (nonNullableNull(x[k], extra) && extra.default !== undefined) x[k] = klona(extra.default);
        applyDefaults(x[k], extra);
      }
    }
  } else if (Array.isArray(x)) {
    const items = itemSchema(s);
    x.forEach((v, i) => {
      if (nonNullableNull(v, items) && items?.default !== undefined) x[i] = klona(items.default);
      applyDefaults(x[i], items);
    });
  }
}

/**
 * Coerces a decoded custom resource in place and applies its defaults; returns the paths of the fields it dropped,
 * in kube-apiserver's order (metadata's, then the pruned ones sorted, then embedded resources' metadata).
 */
export function coerce(obj: Record<string, unknown>, schema: Schema | undefined): string[] {
  const metadata: string[] = [];
  dropUnknownMetadata(obj.metadata, '', metadata);
  const out: Pruning = { unknown: [], embedded: [] };
  const root: Schema = schema ?? {};
  prune(obj, root, '', true, out);
  pruneNulls(obj, root);
  applyDefaults(obj, root);
  return [...metadata, ...out.unknown.sort(), ...out.embedded];
}
