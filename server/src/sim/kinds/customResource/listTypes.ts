/**
 * `x-kubernetes-list-type: set` items and `map` keys must be unique (apiextensions-apiserver
 * pkg/apiserver/schema/listtype/validation.go): each repeat after the first is a Duplicate value.
 */
import { goJson, sortKeysDeep } from '../../../lib/jsonpath.js';
import type { StatusCause } from '../../errors.js';
import { child, fieldError, index, isObject, itemSchema, key, type FieldPath, type Schema } from './schema.js';

/** Indexes of the second occurrence of each repeated value (validateListSet). */
function repeats(values: readonly unknown[]): number[] {
  const seen = new Map<string, number>();
  const out: number[] = [];
  values.forEach((v, i) => {
    const id = typeof v === 'object' && v !== null ? goJson(sortKeysDeep(v)) : `${typeof v}:${String(v)}`;
    const times = seen.get(id) ?? 0;
    if (times === 1) out.push(i);
    seen.set(id, times + 1);
  });
  return out;
}

function validateArray(path: FieldPath, s: Schema, list: unknown[], out: StatusCause[]): void {
  const type = s['x-kubernetes-list-type'];
  if (type === 'set') {
    for (const i of repeats(list)) out.push(fieldError.duplicate(index(path, i), list[i]));
  } else if (type === 'map') {
    const bad = list.findIndex((x) => x !== null && !isObject(x));
    if (bad >= 0) {
      out.push(fieldError.invalid(index(path, bad), list[bad], 'must be an object for an array of list-type map'));
    } else if (list.length > 1) {
      const names = s['x-kubernetes-list-map-keys'] ?? [];
      const keys = list.map((x) => {
        const k: Record<string, unknown> = {};
        if (isObject(x)) for (const n of names) if (n in x) k[n] = x[n];
        return k;
      });
      for (const i of repeats(keys)) out.push(fieldError.duplicate(index(path, i), keys[i]));
    }
  }
  const items = itemSchema(s);
  if (items) list.forEach((v, i) => validateValue(index(path, i), items, v, out));
}

function validateValue(path: FieldPath, s: Schema, value: unknown, out: StatusCause[]): void {
  if (Array.isArray(value)) validateArray(path, s, value, out);
  else if (isObject(value)) validateObject(path, s, value, out);
}

function validateObject(path: FieldPath, s: Schema, obj: Record<string, unknown>, out: StatusCause[]): void {
  if (typeof s.additionalProperties === 'object') {
    for (const [k, v] of Object.entries(obj)) validateValue(key(path, k), s.additionalProperties, v, out);
  }
  for (const [k, v] of Object.entries(obj)) {
    const prop = s.properties?.[k];
    if (prop) validateValue(child(path, k), prop, v, out);
  }
}

export function validateListTypes(schema: Schema, obj: Record<string, unknown>): StatusCause[] {
  const out: StatusCause[] = [];
  validateObject(undefined, schema, obj, out);
  return out;
}
