/**
 * A CRD version's `openAPIV3Schema` as the apiextensions server reads it (JSONSchemaProps with the
 * `x-kubernetes-*` extensions kubernetes-types leaves out), plus the two path notations its errors use:
 * field.Path (`spec.items[0]`, `<nil>` for the root) and kube-openapi's own (`spec.items[0]`, `` for the root).
 */
import { goFloat, goSyntax } from '../../../lib/jsonpath.js';
import type { StatusCause } from '../../errors.js';

export interface ValidationRule {
  rule?: string;
  message?: string;
  messageExpression?: string;
  reason?: string;
  fieldPath?: string;
  optionalOldSelf?: boolean;
}

export interface Schema {
  type?: string;
  format?: string;
  nullable?: boolean;
  default?: unknown;
  enum?: unknown[];
  maximum?: number;
  exclusiveMaximum?: boolean;
  minimum?: number;
  exclusiveMinimum?: boolean;
  maxLength?: number;
  minLength?: number;
  pattern?: string;
  maxItems?: number;
  minItems?: number;
  uniqueItems?: boolean;
  multipleOf?: number;
  maxProperties?: number;
  minProperties?: number;
  required?: string[];
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  items?: Schema | Schema[];
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  not?: Schema;
  'x-kubernetes-preserve-unknown-fields'?: boolean;
  'x-kubernetes-embedded-resource'?: boolean;
  'x-kubernetes-int-or-string'?: boolean;
  'x-kubernetes-list-type'?: string;
  'x-kubernetes-list-map-keys'?: string[];
  'x-kubernetes-map-type'?: string;
  'x-kubernetes-validations'?: ValidationRule[];
}

export type JsonObject = Record<string, unknown>;

export const isObject = (v: unknown): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The schema of a property: declared, else additionalProperties' (structural schemas have one or the other). */
export function propertySchema(s: Schema | undefined, key: string): Schema | undefined {
  if (!s) return undefined;
  const declared = s.properties?.[key];
  if (declared) return declared;
  return typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined;
}

/** The schema of an array's items (a list of schemas is not structural; its first stands in). */
export function itemSchema(s: Schema | undefined): Schema | undefined {
  const items = s?.items;
  return Array.isArray(items) ? items[0] : items;
}

/** The schema's type names, as kube-openapi sees them: int-or-string is `integer,string`. */
export function typeNames(s: Schema): string[] {
  if (s['x-kubernetes-int-or-string']) return ['integer', 'string'];
  return s.type ? [s.type] : [];
}

// field.Path: undefined is the nil path, printed `<nil>`.
export type FieldPath = string | undefined;
export const child = (p: FieldPath, name: string): string => (p === undefined || p === '' ? name : `${p}.${name}`);
export const index = (p: FieldPath, i: number): string => `${p ?? ''}[${i}]`;
export const key = (p: FieldPath, k: string): string => `${p ?? ''}[${k}]`;
const fieldName = (p: FieldPath): string => p ?? '<nil>';

/**
 * A value as field.Error's ErrorBody prints it: numbers and booleans bare, strings quoted (nil as `"null"`), maps
 * and lists as Go's %#v.
 */
export function errorValue(v: unknown): string {
  if (v === null || v === undefined) return '"null"';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : goFloat(v);
  if (typeof v === 'boolean') return String(v);
  return goSyntax(v);
}

/** Field errors as k8s.io/apimachinery/pkg/util/validation/field builds them (errors.go). */
export const fieldError = {
  invalid: (p: FieldPath, value: unknown, detail: string): StatusCause => ({
    reason: 'FieldValueInvalid',
    field: fieldName(p),
    message: `Invalid value: ${errorValue(value)}${detail ? `: ${detail}` : ''}`,
  }),
  typeInvalid: (p: FieldPath, value: unknown, detail: string): StatusCause => ({
    reason: 'FieldValueTypeInvalid',
    field: fieldName(p),
    message: `Invalid value: ${errorValue(value)}: ${detail}`,
  }),
  required: (p: FieldPath, detail = ''): StatusCause => ({
    reason: 'FieldValueRequired',
    field: fieldName(p),
    message: detail ? `Required value: ${detail}` : 'Required value',
  }),
  forbidden: (p: FieldPath, detail: string): StatusCause => ({
    reason: 'FieldValueForbidden',
    field: fieldName(p),
    message: detail ? `Forbidden: ${detail}` : 'Forbidden',
  }),
  notSupported: (p: FieldPath, value: unknown, supported: readonly string[]): StatusCause => ({
    reason: 'FieldValueNotSupported',
    field: fieldName(p),
    message: `Unsupported value: ${errorValue(value)}${supported.length > 0 ? `: supported values: ${supported.map((s) => JSON.stringify(s)).join(', ')}` : ''}`,
  }),
  tooLong: (p: FieldPath, max: number): StatusCause => ({
    reason: 'FieldValueTooLong',
    field: fieldName(p),
    message: `Too long: ${max >= 0 ? `may not be more than ${max} bytes` : 'value is too long'}`,
  }),
  tooMany: (p: FieldPath, actual: number, max: number): StatusCause => ({
    reason: 'FieldValueTooMany',
    field: fieldName(p),
    message: `Too many: ${actual}: ${max >= 0 ? `must have at most ${max} items` : 'has too many items'}`,
  }),
  duplicate: (p: FieldPath, value: unknown): StatusCause => ({
    reason: 'FieldValueDuplicate',
    field: fieldName(p),
    message: `Duplicate value: ${errorValue(value)}`,
  }),
  internal: (p: FieldPath, detail: string): StatusCause => ({
    reason: 'InternalError',
    field: fieldName(p),
    message: `Internal error: ${detail}`,
  }),
};

/** The error types after which CEL rules are not run (customresource strategy's hasBlockingErr). */
export const BLOCKING = new Set([
  'FieldValueNotSupported',
  'FieldValueRequired',
  'FieldValueTooLong',
  'FieldValueTooMany',
  'FieldValueTypeInvalid',
]);

/** Value equality as reflect.DeepEqual sees decoded JSON (key order does not matter). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => k in b && deepEqual(a[k], b[k]));
  }
  return false;
}
