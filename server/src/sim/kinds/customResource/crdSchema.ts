/**
 * The checks kube-apiserver makes of a CRD's schemas that students meet most (apiextensions-apiserver
 * pkg/apis/apiextensions/validation/validation.go and pkg/apiserver/schema/validation.go): a schema is required,
 * every node names its type (structural schemas), the root is an object, arrays have items, uniqueItems is refused,
 * patterns must compile, and `x-kubernetes-validations` rules must compile.
 */
import type { StatusCause } from '../../errors.js';
import { matchPattern } from './formats.js';
import { ruleCompileErrors } from './rules.js';
import { child, fieldError, index, key, type Schema, type ValidationRule } from './schema.js';

const TYPES = ['array', 'boolean', 'integer', 'number', 'object', 'string'];
const REASONS = ['FieldValueDuplicate', 'FieldValueForbidden', 'FieldValueInvalid', 'FieldValueRequired'];

type Level = 'root' | 'item' | 'field';

/** %#v of an apiextensions.ValidationRule, as field.Invalid prints the rule it refuses. */
function goRule(rule: ValidationRule): string {
  const q = (s: string | undefined) => JSON.stringify(s ?? '');
  const reason =
    rule.reason === undefined
      ? '(*apiextensions.FieldValueErrorReason)(nil)'
      : `(*apiextensions.FieldValueErrorReason)(${q(rule.reason)})`;
  const optional = rule.optionalOldSelf === undefined ? '(*bool)(nil)' : `(*bool)(${String(rule.optionalOldSelf)})`;
  return `apiextensions.ValidationRule{Rule:${q(rule.rule)}, Message:${q(rule.message)}, MessageExpression:${q(rule.messageExpression)}, Reason:${reason}, FieldPath:${q(rule.fieldPath)}, OptionalOldSelf:${optional}}`;
}

function validateRules(s: Schema, path: string, out: StatusCause[]): void {
  (s['x-kubernetes-validations'] ?? []).forEach((rule, i) => {
    const at = index(child(path, 'x-kubernetes-validations'), i);
    if (!rule.rule) {
      out.push(fieldError.required(child(at, 'rule'), 'rule is not specified'));
      return;
    }
    if (rule.reason !== undefined && !REASONS.includes(rule.reason))
      out.push(fieldError.notSupported(child(at, 'reason'), rule.reason, REASONS));
    const errors = ruleCompileErrors(rule);
    const shown = { toString: () => goRule(rule) };
    if (errors.rule) out.push(rawInvalid(child(at, 'rule'), shown, errors.rule));
    if (errors.messageExpression) out.push(rawInvalid(child(at, 'messageExpression'), shown, errors.messageExpression));
  });
}

/** An Invalid error whose value prints as Go's %#v of a struct. */
function rawInvalid(field: string, value: { toString(): string }, detail: string): StatusCause {
  return { reason: 'FieldValueInvalid', field, message: `Invalid value: ${value.toString()}: ${detail}` };
}

function validateNode(s: Schema, path: string, level: Level, out: StatusCause[]): void {
  const typePath = child(path, 'type');
  if (s.type !== undefined && !TYPES.includes(s.type)) out.push(fieldError.notSupported(typePath, s.type, TYPES));
  if (!s.type && !s['x-kubernetes-int-or-string'] && !s['x-kubernetes-preserve-unknown-fields']) {
    const where = { root: 'at the root', item: 'for specified array items', field: 'for specified object fields' };
    out.push(fieldError.required(typePath, `must not be empty ${where[level]}`));
  }
  if (level === 'root' && s.type && s.type !== 'object')
    out.push(fieldError.invalid(typePath, s.type, 'must be object at the root'));
  if (s.type === 'array' && !s.items) out.push(fieldError.required(child(path, 'items'), 'must be specified'));
  if (s.uniqueItems)
    out.push(
      fieldError.forbidden(
        child(path, 'uniqueItems'),
        'uniqueItems cannot be set to true since the runtime complexity becomes quadratic',
      ),
    );
  if (s.pattern) {
    const compiled = matchPattern(s.pattern, '');
    if (typeof compiled === 'string')
      out.push(
        fieldError.invalid(
          child(path, 'pattern'),
          s.pattern,
          `must be a valid regular expression, but isn't: ${compiled}`,
        ),
      );
  }
  validateRules(s, path, out);
  for (const [k, v] of Object.entries(s.properties ?? {}))
    validateNode(v, key(child(path, 'properties'), k), 'field', out);
  if (s.items && !Array.isArray(s.items)) validateNode(s.items, child(path, 'items'), 'item', out);
  if (typeof s.additionalProperties === 'object')
    validateNode(s.additionalProperties, child(path, 'additionalProperties'), 'field', out);
}

/** cel.ValidFieldPath without array notation: the schema a `.a.b` path names, or why it names none. */
function fieldAt(jsonPath: string, root: Schema): { path: string; schema: Schema | undefined } | string {
  const tokens = jsonPath.split(/([.[\]])/).filter((t) => t !== '');
  let schema: Schema | undefined = root;
  const names: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok === '[') return 'array notation is not allowed';
    if (tok !== '.') return `expected [ or . but got: ${tok}`;
    const name = tokens[++i];
    if (name === undefined) return 'unexpected end of JSON path';
    const next: Schema | undefined = schema?.properties?.[name];
    if (!next && !(schema?.additionalProperties && typeof schema.additionalProperties === 'object'))
      return 'does not refer to a valid field';
    schema = next ?? (schema?.additionalProperties as Schema);
    names.push(name);
  }
  return { path: names.join('.'), schema };
}

const MAX_SELECTABLE_FIELDS = 8;

/** ValidateCustomResourceSelectableFields: scalar fields outside metadata, each once, eight at most. */
function validateSelectableFields(
  fields: readonly { jsonPath?: string }[],
  schema: Schema,
  path: string,
): StatusCause[] {
  const out: StatusCause[] = [];
  const seen = new Set<string>();
  fields.forEach((f, i) => {
    const at = `${path}[${i}].jsonPath`;
    if (!f.jsonPath) {
      out.push(fieldError.required(at));
      return;
    }
    const found = fieldAt(f.jsonPath, schema);
    if (typeof found === 'string') {
      out.push(fieldError.invalid(at, f.jsonPath, `is an invalid path: ${found}`));
      return;
    }
    if (found.path.split('.')[0] === 'metadata')
      out.push(fieldError.invalid(at, f.jsonPath, 'must not point to fields in metadata'));
    if (!['string', 'boolean', 'integer'].includes(found.schema?.type ?? ''))
      out.push(
        fieldError.invalid(
          at,
          f.jsonPath,
          'must point to a field of type string, boolean or integer. Enum string fields and strings with formats are allowed.',
        ),
      );
    if (seen.has(found.path)) out.push(fieldError.duplicate(at, f.jsonPath));
    seen.add(found.path);
  });
  if (seen.size > MAX_SELECTABLE_FIELDS) out.push(fieldError.tooMany(path, seen.size, MAX_SELECTABLE_FIELDS));
  return out;
}

interface Version {
  schema?: { openAPIV3Schema?: unknown };
  selectableFields?: { jsonPath?: string }[];
}

/** The errors of every version's schema and selectable fields. */
export function validateSchemas(versions: readonly Version[]): StatusCause[] {
  const out: StatusCause[] = [];
  versions.forEach((v, i) => {
    const path = `spec.versions[${i}].schema.openAPIV3Schema`;
    const schema = v.schema?.openAPIV3Schema as Schema | undefined;
    if (!schema) out.push(fieldError.required(path, 'schemas are required'));
    else validateNode(schema, path, 'root', out);
    if (schema && v.selectableFields?.length)
      out.push(...validateSelectableFields(v.selectableFields, schema, `spec.versions[${i}].selectableFields`));
  });
  return out;
}
