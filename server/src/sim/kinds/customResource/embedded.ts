/**
 * `x-kubernetes-embedded-resource` values are objects of their own: apiVersion and kind are required strings
 * (apiextensions-apiserver pkg/apiserver/schema/objectmeta/validation.go, validateEmbeddedResource).
 */
import type { StatusCause } from '../../errors.js';
import { child, fieldError, index, isObject, itemSchema, key, type FieldPath, type Schema } from './schema.js';

function checkResource(path: FieldPath, x: Record<string, unknown>, out: StatusCause[]): void {
  for (const field of ['apiVersion', 'kind'] as const) {
    const at = child(path, field);
    if (!(field in x)) out.push(fieldError.required(at, 'must not be empty'));
    else if (typeof x[field] !== 'string') out.push(fieldError.invalid(at, x[field], 'must be a string'));
    else if (x[field] === '') out.push(fieldError.invalid(at, '', 'must not be empty'));
  }
}

function walk(path: FieldPath, x: unknown, s: Schema | undefined, out: StatusCause[]): void {
  if (!s) return;
  if (Array.isArray(x)) {
    const items = itemSchema(s);
    x.forEach((v, i) => walk(index(path, i), v, items, out));
    return;
  }
  if (!isObject(x)) return;
  if (s['x-kubernetes-embedded-resource']) checkResource(path, x, out);
  for (const [k, v] of Object.entries(x)) {
    const prop = s.properties?.[k];
    if (prop) walk(child(path, k), v, prop, out);
    else if (typeof s.additionalProperties === 'object') walk(key(path, k), v, s.additionalProperties, out);
  }
}

/** The embedded resources' errors (the object itself is checked by its own validation). */
export function validateEmbedded(schema: Schema, obj: Record<string, unknown>): StatusCause[] {
  const out: StatusCause[] = [];
  for (const [k, v] of Object.entries(obj)) {
    const prop = schema.properties?.[k];
    if (prop) walk(k, v, prop, out);
  }
  return out;
}
