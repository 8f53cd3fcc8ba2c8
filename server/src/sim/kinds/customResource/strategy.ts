/**
 * The strategy of a custom resource type, built from its CRD's served version (apiextensions-apiserver
 * pkg/registry/customresource strategy.go, status_strategy.go, validator.go): decoding prunes and defaults, a
 * create starts at generation 1 without the status when the status subresource exists, validation is the schema's,
 * the scale subresource's paths, the list types' and the CEL rules', and `selectableFields` become field selectors.
 */
import type { CustomResourceDefinition } from 'kubernetes-types/apiextensions/v1';
import { evaluateJsonPath, goSprint, parseJsonPath, type JsonPathTemplate } from '../../../lib/jsonpath.js';
import type { StatusCause } from '../../errors.js';
import type { ObjectMeta } from 'kubernetes-types/meta/v1';
import type { Stored, Writable } from '../../types.js';
import type { Draft, KindStrategy } from '../strategy.js';
import { coerce } from './coerce.js';
import { validateEmbedded } from './embedded.js';
import { validateListTypes } from './listTypes.js';
import { validateSchema } from './openapi.js';
import { validateRules } from './rules.js';
import type { ScaleSubresource } from './scale.js';
import { BLOCKING, fieldError, isObject, type Schema } from './schema.js';

export interface CustomResourceStrategy extends KindStrategy {
  readonly schema: Schema | undefined;
  readonly scale: ScaleSubresource | undefined;
  /** Prunes and defaults a decoded object in place; the paths of the unknown fields it dropped. */
  decode(obj: Draft): string[];
  /** A write through the status subresource (ValidateStatusUpdate). */
  validateStatus(obj: Draft, old: Stored, warn: (w: string) => void): StatusCause[];
}

type Version = CustomResourceDefinition['spec']['versions'][number];

/** The version kube serves for the type: the storage version (the simulator serves that one). */
export function servedVersion(crd: CustomResourceDefinition): Version | undefined {
  return crd.spec.versions.find((v) => v.served && v.storage) ?? crd.spec.versions[0];
}

const splitPath = (path: string) => path.replace(/^\./, '').split('.');

/** unstructured.NestedInt64: the value, undefined when absent, or the accessor error. */
function nestedInt(obj: unknown, path: string): { value: number | undefined } | { error: string } {
  let at: unknown = obj;
  const fields = splitPath(path);
  for (const f of fields) {
    if (!isObject(at)) return { value: undefined };
    if (!(f in at)) return { value: undefined };
    at = at[f];
  }
  if (typeof at === 'number' && Number.isInteger(at)) return { value: at };
  return { error: accessorError(fields, at, 'int64') };
}

/** %T of a decoded JSON value. */
function goType(v: unknown): string {
  if (typeof v === 'number') return Number.isInteger(v) ? 'int64' : 'float64';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'string') return 'string';
  if (Array.isArray(v)) return '[]interface {}';
  return isObject(v) ? 'map[string]interface {}' : '<nil>';
}

/** unstructured's `<path> accessor error: <value> is of the type <T>, expected <type>`. */
const accessorError = (fields: readonly string[], v: unknown, expected: string) =>
  `.${fields.join('.')} accessor error: ${goSprint(v)} is of the type ${goType(v)}, expected ${expected}`;

const MAX_INT32 = 2147483647;

/** ValidateScaleSpec / ValidateScaleStatus: replicas are non-negative int32s. */
function validateReplicas(obj: unknown, path: string): StatusCause[] {
  const found = nestedInt(obj, path);
  if ('error' in found) return [fieldError.invalid(path, 0, found.error)];
  const n = found.value ?? 0;
  if (n < 0) return [fieldError.invalid(path, n, 'should be a non-negative integer')];
  if (n > MAX_INT32) return [fieldError.invalid(path, n, `should be less than or equal to ${MAX_INT32}`)];
  return [];
}

function validateScaleStatus(obj: unknown, scale: ScaleSubresource | undefined): StatusCause[] {
  if (!scale) return [];
  const out = validateReplicas(obj, scale.statusReplicasPath);
  const selector = scale.labelSelectorPath;
  if (selector) {
    let at: unknown = obj;
    for (const f of splitPath(selector)) at = isObject(at) ? at[f] : undefined;
    if (at !== undefined && typeof at !== 'string')
      out.push(fieldError.invalid(selector, '', accessorError(splitPath(selector), at, 'string')));
  }
  return out;
}

/** Whether a schema has CEL rules anywhere (else kube builds no CEL validator at all). */
function hasRules(s: Schema | undefined): boolean {
  if (!s) return false;
  if (s['x-kubernetes-validations']?.length) return true;
  const items = Array.isArray(s.items) ? s.items : s.items ? [s.items] : [];
  const extra = typeof s.additionalProperties === 'object' ? [s.additionalProperties] : [];
  return [...Object.values(s.properties ?? {}), ...items, ...extra, ...(s.allOf ?? [])].some(hasRules);
}

/** CEL runs only when nothing blocking was found first (hasBlockingErr). */
function withRules(
  errors: StatusCause[],
  schema: Schema | undefined,
  obj: Draft,
  old: Stored | undefined,
  ratcheting: boolean,
  warn: (w: string) => void,
): StatusCause[] {
  if (!schema || !hasRules(schema)) return errors;
  if (errors.some((e) => BLOCKING.has(e.reason))) {
    errors.push(
      fieldError.invalid(
        undefined,
        null,
        'some validation rules were not checked because the object was invalid; correct the existing errors to complete validation',
      ),
    );
    return errors;
  }
  const rules = validateRules(schema, obj, old, ratcheting);
  for (const w of rules.warnings) warn(w);
  errors.push(...rules.errors);
  return errors;
}

/** field selectors' values of the selectable fields: the JSONPath's one value printed, "" when absent. */
function selectableFields(version: Version | undefined): Record<string, (obj: Stored) => string> {
  const out: Record<string, (obj: Stored) => string> = {};
  for (const f of (version as { selectableFields?: { jsonPath: string }[] } | undefined)?.selectableFields ?? []) {
    let template: JsonPathTemplate;
    try {
      template = parseJsonPath(`{${f.jsonPath}}`);
    } catch {
      continue;
    }
    out[f.jsonPath.replace(/^\./, '')] = (obj) => {
      const value = evaluateJsonPath(template, obj, { allowMissingKeys: true })[0]?.[0];
      return value === undefined || value === null ? '' : goSprint(value);
    };
  }
  return out;
}

/** Duplicate set items and map keys; an update is held to them only if the old object kept them. */
function listTypeErrors(schema: Schema, obj: Record<string, unknown>, old: Stored | undefined): StatusCause[] {
  if (old && validateListTypes(schema, old).length > 0) return [];
  return validateListTypes(schema, obj);
}

function dedupe(causes: StatusCause[]): StatusCause[] {
  const seen = new Set<string>();
  return causes.filter((c) => {
    const text = `${c.field}: ${c.message}`;
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  });
}

function build(crd: CustomResourceDefinition): CustomResourceStrategy {
  const version = servedVersion(crd);
  const schema = version?.schema?.openAPIV3Schema as Schema | undefined;
  const status = !!version?.subresources?.status;
  const scale = version?.subresources?.scale as ScaleSubresource | undefined;
  return {
    schema,
    scale,
    fields: selectableFields(version),
    decode: (obj) => coerce(obj, schema),
    prepareForCreate(obj) {
      if (status) delete obj.status;
      (obj.metadata as Writable<ObjectMeta>).generation = 1;
    },
    validate(obj, old, _ctx, warn = () => {}) {
      const value = obj as Record<string, unknown>;
      const errors = schema ? validateSchema(schema, value, undefined, old ? { old } : undefined) : [];
      if (scale) {
        errors.push(...validateReplicas(value, scale.specReplicasPath));
        errors.push(...validateScaleStatus(value, scale));
      }
      if (schema) errors.push(...validateEmbedded(schema, value), ...listTypeErrors(schema, value, old));
      return dedupe(withRules(errors, schema, obj, old, true, warn));
    },
    validateStatus(obj, old, warn) {
      const value = obj as Record<string, unknown>;
      const statusSchema = schema?.properties?.status;
      const errors = statusSchema && 'status' in value ? validateSchema(statusSchema, value.status, 'status') : [];
      errors.push(...validateScaleStatus(value, scale));
      if (schema) errors.push(...listTypeErrors(schema, value, old));
      return dedupe(withRules(errors, schema, obj, old, false, warn));
    },
  };
}

const strategies = new WeakMap<object, CustomResourceStrategy>();

/** The strategy of the type a stored CRD defines (remembered per stored CRD, which never changes). */
export function customResourceStrategy(crd: Stored<CustomResourceDefinition>): CustomResourceStrategy {
  let s = strategies.get(crd);
  if (!s) {
    s = build(crd);
    strategies.set(crd, s);
  }
  return s;
}
