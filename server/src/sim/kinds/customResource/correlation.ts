/**
 * Which old value an updated value is compared with (k8s.io/apiserver pkg/cel/common CorrelatedObject): a map's
 * field with the old map's same field, an item of an `x-kubernetes-list-type: map` list with the old item of the
 * same keys; items of other lists correlate with nothing. Validation ratcheting and CEL's `oldSelf` both use it.
 */
import { deepEqual, isObject, itemSchema, type Schema } from './schema.js';

/** An old value found for a new one (`old` may be null); undefined when nothing correlates. */
export type Correlated = { readonly old: unknown } | undefined;

export function correlateKey(corr: Correlated, next: unknown, field: string): Correlated {
  if (!corr || !isObject(corr.old) || !isObject(next)) return undefined;
  if (!(field in corr.old) || !(field in next)) return undefined;
  return { old: corr.old[field] };
}

/** The old item of a list-type map with the same key values as `item`. */
export function mapListItem(schema: Schema | undefined, oldList: unknown, item: unknown): unknown {
  if (schema?.['x-kubernetes-list-type'] !== 'map' || !Array.isArray(oldList) || !isObject(item)) return undefined;
  const keys = schema['x-kubernetes-list-map-keys'] ?? [];
  return oldList.find((o) => isObject(o) && keys.every((k) => deepEqual(o[k], item[k])));
}

export function correlateIndex(corr: Correlated, schema: Schema | undefined, next: unknown, i: number): Correlated {
  if (!corr || !Array.isArray(next) || !itemSchema(schema)) return undefined;
  const old = mapListItem(schema, corr.old, next[i]);
  return old === undefined ? undefined : { old };
}

/** Whether a correlated value did not change (CorrelatedObject.CachedDeepEqual). */
export const unchanged = (corr: Correlated, value: unknown): boolean =>
  corr !== undefined && deepEqual(corr.old ?? null, value ?? null);
