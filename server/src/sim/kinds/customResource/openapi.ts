/**
 * Validation of a custom resource against its CRD version's schema, as kube-apiserver v1.32 does it: kube-openapi's
 * SchemaValidator (pkg/validation/validate: type.go, values.go, object_validator.go, slice_validator.go,
 * schema_props.go; messages from pkg/validation/errors/schema.go), its errors turned into field errors by
 * apiextensions-apiserver pkg/apiserver/validation/validation.go (kubeOpenAPIResultToFieldErrors), and update
 * ratcheting (validation/ratcheting.go, CRDValidationRatcheting, beta and on in 1.32): errors in a part of the object
 * the update left as it was are dropped.
 */
import { correlateIndex, correlateKey, unchanged, type Correlated } from './correlation.js';
import { formatCheck, matchPattern } from './formats.js';
import {
  child,
  deepEqual,
  fieldError,
  isObject,
  itemSchema,
  typeNames,
  type FieldPath,
  type Schema,
} from './schema.js';
import { goFloat, goJson, sortKeysDeep } from '../../../lib/jsonpath.js';
import type { StatusCause } from '../../errors.js';

/** One kube-openapi error: `name` is its own path notation (`spec.replicas`, `.spec` for a required field). */
type OpenApiError =
  | { code: 'required'; name: string }
  | { code: 'enum'; name: string; value: unknown; values: unknown[] }
  | { code: 'tooLong'; name: string; max: number }
  | { code: 'tooMany'; name: string; actual: number; max: number }
  | { code: 'type' | 'other'; name: string; value: unknown; message: string }
  /** Composite errors (anyOf, oneOf, allOf, not) carry no path of their own. */
  | { code: 'composite'; message: string };

interface Result {
  errors: OpenApiError[];
  /** How many validators applied (anyOf and oneOf report the alternative that matched most). */
  matched: number;
}

const IN = 'body';

function schemaTypeOf(data: unknown): { type: string; format: string } {
  if (typeof data === 'boolean') return { type: 'boolean', format: '' };
  if (typeof data === 'string') return { type: 'string', format: '' };
  if (typeof data === 'number')
    return Number.isInteger(data) ? { type: 'integer', format: 'int64' } : { type: 'number', format: 'float64' };
  if (Array.isArray(data)) return { type: 'array', format: '' };
  return { type: 'object', format: '' };
}

/** errors.InvalidType: strings quoted (`…must be of type integer: "string"`), other values left out. */
function invalidType(name: string, typeName: string, value: unknown): OpenApiError {
  const message =
    typeof value === 'string'
      ? `${name} in ${IN} must be of type ${typeName}: ${JSON.stringify(value)}`
      : `${name} in ${IN} must be of type ${typeName}`;
  return { code: 'type', name, value, message };
}

function validateType(s: Schema, data: unknown, path: string, format: string): OpenApiError | undefined {
  const types = typeNames(s);
  if (types.length === 0 && !format) return undefined;
  if (data === null || data === undefined) {
    if (types.length > 0 && !types.includes('null') && !s.nullable) return invalidType(path, types.join(','), 'null');
    return undefined;
  }
  const info = schemaTypeOf(data);
  const isIntFloat = info.type === 'integer' && types.includes('number');
  const stringOrSlice = typeof data === 'string' || Array.isArray(data);
  if (!stringOrSlice && format && !(types.includes(info.type) || format === info.format || isIntFloat))
    return invalidType(path, format, info.format);
  if (!(types.includes('number') || types.includes('integer')) && format && stringOrSlice) return undefined;
  if (!(types.includes(info.type) || isIntFloat)) return invalidType(path, types.join(','), info.type);
  return undefined;
}

function validateString(s: Schema, data: string, path: string): OpenApiError | undefined {
  const runes = [...data].length;
  if (s.maxLength !== undefined && runes > s.maxLength) return { code: 'tooLong', name: path, max: s.maxLength };
  if (s.minLength !== undefined && runes < s.minLength)
    return {
      code: 'other',
      name: path,
      value: data,
      message: `${path} in ${IN} should be at least ${s.minLength} chars long`,
    };
  if (s.pattern) {
    const matched = matchPattern(s.pattern, data);
    if (matched !== true) {
      const shown = typeof matched === 'string' ? `${s.pattern}, but pattern is invalid: ${matched}` : s.pattern;
      return { code: 'other', name: path, value: data, message: `${path} in ${IN} should match '${shown}'` };
    }
  }
  return undefined;
}

/** %v of the bound: an int64 for integers, a float64 otherwise. */
const goNumber = (n: number): string => (Number.isInteger(n) ? String(n) : goFloat(n));

function validateNumber(s: Schema, data: number, path: string): OpenApiError[] {
  const out: OpenApiError[] = [];
  const integral = Number.isInteger(data);
  const other = (message: string): OpenApiError => ({ code: 'other', name: path, value: data, message });
  if (s.multipleOf !== undefined) {
    // Integers are checked against the factor truncated to an integer, as MultipleOfNativeType does.
    const factor = integral ? Math.trunc(s.multipleOf) : s.multipleOf;
    if (factor <= 0) out.push(other(`factor MultipleOf declared for ${path} must be positive: ${goNumber(factor)}`));
    else {
      const mult = factor < 1 ? (1 / factor) * data : data / factor;
      if (Math.abs(mult - Math.round(mult)) > 1e-9)
        out.push(other(`${path} in ${IN} should be a multiple of ${goNumber(factor)}`));
    }
  }
  if (s.minimum !== undefined) {
    const min = integral ? Math.trunc(s.minimum) : s.minimum;
    if (s.exclusiveMinimum ? data <= min : data < min)
      out.push(
        other(`${path} in ${IN} should be greater than ${s.exclusiveMinimum ? '' : 'or equal to '}${goNumber(min)}`),
      );
  }
  if (s.maximum !== undefined) {
    const max = integral ? Math.trunc(s.maximum) : s.maximum;
    if (s.exclusiveMaximum ? data >= max : data > max)
      out.push(
        other(`${path} in ${IN} should be less than ${s.exclusiveMaximum ? '' : 'or equal to '}${goNumber(max)}`),
      );
  }
  return out;
}

function validateEnum(s: Schema, data: unknown, path: string): OpenApiError | undefined {
  if (!s.enum?.length) return undefined;
  if (data !== null && data !== undefined && s.enum.some((v) => deepEqual(v, data))) return undefined;
  return { code: 'enum', name: path, value: data, values: s.enum };
}

/** anyOf, oneOf, allOf and not (schema_props.go); their errors name the path quoted and no field. */
function validateAlternatives(s: Schema, data: unknown, path: string, corr: Correlated): Result {
  const out: Result = { errors: [], matched: 0 };
  const quoted = JSON.stringify(path);
  if (s.anyOf?.length) {
    let best: Result | undefined;
    let ok: Result | undefined;
    for (const alt of s.anyOf) {
      const r = validateNode(alt, data, path, corr);
      if (r.errors.length === 0) {
        ok = r;
        break;
      }
      if (!best || r.matched > best.matched) best = r;
    }
    if (!ok) out.errors.push({ code: 'composite', message: `${quoted} must validate at least one schema (anyOf)` });
    merge(out, ok ?? best);
  }
  if (s.oneOf?.length) {
    let best: Result | undefined;
    let first: Result | undefined;
    let valid = 0;
    for (const alt of s.oneOf) {
      const r = validateNode(alt, data, path, corr);
      if (r.errors.length === 0) {
        valid++;
        first ??= r;
      } else if (valid === 0 && (!best || r.matched > best.matched)) best = r;
    }
    if (valid !== 1) {
      const why = valid === 0 ? 'Found none valid' : `Found ${valid} valid alternatives`;
      out.errors.push({
        code: 'composite',
        message: `${quoted} must validate one and only one schema (oneOf). ${why}`,
      });
      if (valid === 0) merge(out, best);
    } else merge(out, first);
  }
  if (s.allOf?.length) {
    let valid = 0;
    for (const alt of s.allOf) {
      const r = validateNode(alt, data, path, corr);
      if (r.errors.length === 0) valid++;
      merge(out, r);
    }
    if (valid !== s.allOf.length)
      out.errors.push({
        code: 'composite',
        message: `${quoted} must validate all the schemas (allOf)${valid === 0 ? '. None validated' : ''}`,
      });
  }
  if (s.not && validateNode(s.not, data, path, corr).errors.length === 0)
    out.errors.push({ code: 'composite', message: `${quoted} must not validate the schema (not)` });
  return out;
}

function merge(into: Result, from: Result | undefined): void {
  if (!from) return;
  into.errors.push(...from.errors);
  into.matched += from.matched;
}

function validateArray(s: Schema, data: unknown[], path: string, corr: Correlated): Result {
  const out: Result = { errors: [], matched: 1 };
  const items = itemSchema(s);
  if (items) {
    data.forEach((item, i) => merge(out, validateNode(items, item, `${path}[${i}]`, correlateIndex(corr, s, data, i))));
  }
  const size = data.length;
  if (s.minItems !== undefined && size < s.minItems)
    out.errors.push({
      code: 'other',
      name: path,
      value: size,
      message: `${path} in ${IN} should have at least ${s.minItems} items`,
    });
  if (s.maxItems !== undefined && size > s.maxItems)
    out.errors.push({ code: 'tooMany', name: path, actual: size, max: s.maxItems });
  if (s.uniqueItems && new Set(data.map((v) => goJson(sortKeysDeep(v)))).size !== size)
    out.errors.push({
      code: 'other',
      name: path,
      value: undefined,
      message: `${path} in ${IN} shouldn't contain duplicates`,
    });
  return out;
}

function validateObject(s: Schema, data: Record<string, unknown>, path: string, corr: Correlated): Result {
  const out: Result = { errors: [], matched: 1 };
  const size = Object.keys(data).length;
  if (s.minProperties !== undefined && size < s.minProperties)
    out.errors.push({
      code: 'other',
      name: path,
      value: size,
      message: `${path} in ${IN} should have at least ${s.minProperties} properties`,
    });
  if (s.maxProperties !== undefined && size > s.maxProperties)
    out.errors.push({ code: 'tooMany', name: path, actual: size, max: s.maxProperties });
  const extra = typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined;
  if (extra) {
    for (const [k, v] of Object.entries(data)) {
      if (s.properties?.[k]) continue;
      merge(out, validateNode(extra, v, `${path}.${k}`, fieldCorrelation(corr, data, k, path)));
    }
  }
  for (const [name, prop] of Object.entries(s.properties ?? {})) {
    if (!(name in data)) continue;
    const at = path ? `${path}.${name}` : name;
    merge(out, validateNode(prop, data[name], at, fieldCorrelation(corr, data, name, path)));
  }
  for (const k of s.required ?? []) if (!(k in data)) out.errors.push({ code: 'required', name: `${path}.${k}` });
  return out;
}

/** The root's apiVersion and kind are not ratcheted (ratchetingValueValidator's isTypeMetaField). */
function fieldCorrelation(corr: Correlated, data: unknown, name: string, path: string): Correlated {
  if (path === '' && (name === 'apiVersion' || name === 'kind')) return undefined;
  return correlateKey(corr, data, name);
}

/** SchemaValidator.Validate for one node: type, alternatives, string, format, number, array, enum, object. */
function validateNode(s: Schema, data: unknown, path: string, corr: Correlated): Result {
  const out: Result = { errors: [], matched: 0 };
  const check = formatCheck(s.format);
  const format = check ? (s.format ?? '') : '';
  const add = (e: OpenApiError | undefined) => {
    out.matched++;
    if (e) out.errors.push(e);
  };
  if (data === null || data === undefined) {
    add(validateType(s, data, path, format));
    add(validateEnum(s, data, path));
  } else {
    add(validateType(s, data, path, format));
    merge(out, validateAlternatives(s, data, path, corr));
    if (typeof data === 'string') {
      add(validateString(s, data, path));
      if (check && !check(data)) add(invalidType(path, format, data));
    }
    if (typeof data === 'number') for (const e of validateNumber(s, data, path)) add(e);
    if (Array.isArray(data)) merge(out, validateArray(s, data, path, corr));
    add(validateEnum(s, data, path));
    if (isObject(data)) merge(out, validateObject(s, data, path, corr));
  }
  // Ratcheting: what did not change keeps its errors to itself (as warnings nobody is shown).
  if (out.errors.length > 0 && unchanged(corr, data)) out.errors = [];
  return out;
}

/** kubeOpenAPIResultToFieldErrors: paths relative to `base` (nil for the object, `status` for its status). */
function toFieldError(e: OpenApiError, base: FieldPath): StatusCause {
  if (e.code === 'composite') return fieldError.invalid(base, '', e.message);
  const name = e.name.startsWith('.') ? e.name.slice(1) : e.name;
  const at = e.name && e.name !== '.' ? child(base, name) : base;
  switch (e.code) {
    case 'required':
      return fieldError.required(at);
    case 'enum':
      return fieldError.notSupported(
        at,
        e.value,
        e.values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))),
      );
    case 'tooLong':
      return fieldError.tooLong(at, e.max);
    case 'tooMany':
      return fieldError.tooMany(at, e.actual, e.max);
    case 'type':
      return fieldError.typeInvalid(at, e.value ?? '', e.message);
    case 'other':
      return fieldError.invalid(at, e.value ?? '', e.message);
  }
}

/**
 * The field errors of `value` against `schema`; with `old` (an update) errors in what did not change are ratcheted.
 * kube-openapi keeps each message once (Result.AddErrors).
 */
export function validateSchema(schema: Schema, value: unknown, base: FieldPath, old?: Correlated): StatusCause[] {
  const result = validateNode(schema, value, '', old);
  const seen = new Set<string>();
  const out: StatusCause[] = [];
  for (const e of result.errors) {
    const cause = toFieldError(e, base);
    const text = `${cause.field}: ${cause.message}`;
    if (seen.has(text)) continue;
    seen.add(text);
    out.push(cause);
  }
  return out;
}
