/**
 * `x-kubernetes-validations`: CEL rules on a custom resource's schema nodes, evaluated as kube-apiserver v1.32 does
 * (apiextensions-apiserver pkg/apiserver/schema/cel/validation.go): `self` is the node's value (the root sees
 * apiVersion, kind and metadata.name/generateName), `oldSelf` its correlated old value on updates (rules using it
 * run only then), null values are not validated, the message is `message`, else `messageExpression`'s value, else
 * `failed rule: <rule>`, the error is Invalid (or the rule's `reason`) with the node's type as its value, and an
 * update that left a node as it was turns its rules' errors into warnings (ratcheting). Evaluation runs under the
 * simulator's step budget (admission/policy/cel.ts) in place of kube's cost budget.
 */
import type { CelInput } from '@bufbuild/cel';
import { CelBudget, compileCel, type CelProgram } from '../../admission/policy/cel.js';
import type { StatusCause } from '../../errors.js';
import { mapListItem, unchanged, type Correlated } from './correlation.js';
import {
  child,
  fieldError,
  index,
  isObject,
  itemSchema,
  key,
  type FieldPath,
  type Schema,
  type ValidationRule,
} from './schema.js';

/** celconfig.MaxEvaluatedMessageExpressionSizeBytes */
const MAX_MESSAGE_BYTES = 5 * 1024;

interface Compiled {
  program: CelProgram | string;
  message?: CelProgram | string | undefined;
  usesOldSelf: boolean;
}

const compiledRules = new WeakMap<ValidationRule, Compiled>();

function compileRule(rule: ValidationRule): Compiled {
  let c = compiledRules.get(rule);
  if (!c) {
    const source = rule.rule ?? '';
    c = {
      program: compileCel(source),
      message: rule.messageExpression ? compileCel(rule.messageExpression) : undefined,
      usesOldSelf: /\boldSelf\b/.test(source),
    };
    compiledRules.set(rule, c);
  }
  return c;
}

/** The compile error of a rule or its messageExpression, for the CRD's own validation. */
export function ruleCompileErrors(rule: ValidationRule): { rule?: string; messageExpression?: string } {
  const c = compileRule(rule);
  return {
    ...(typeof c.program === 'string' ? { rule: c.program } : {}),
    ...(typeof c.message === 'string' ? { messageExpression: c.message } : {}),
  };
}

/** JSON as CEL sees it through the schema: `integer` is int, `number` is double, the rest as decoded. */
function toCel(value: unknown, s: Schema | undefined): CelInput {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    if (s?.type === 'number') return value;
    return Number.isInteger(value) ? BigInt(value) : value;
  }
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) {
    const items = itemSchema(s);
    return value.map((v) => toCel(v, items));
  }
  const map = new Map<string, CelInput>();
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (v === undefined) continue;
    const sub =
      s?.properties?.[k] ?? (typeof s?.additionalProperties === 'object' ? s.additionalProperties : undefined);
    map.set(k, toCel(v, sub));
  }
  return map;
}

/** The root as rules see it: metadata has only name and generateName (model.WithTypeAndObjectMeta). */
function rootView(obj: Record<string, unknown>): Record<string, unknown> {
  const meta = isObject(obj.metadata) ? obj.metadata : {};
  const visible: Record<string, unknown> = {};
  for (const k of ['name', 'generateName']) if (meta[k] !== undefined) visible[k] = meta[k];
  return { ...obj, metadata: visible };
}

const ruleText = (rule: ValidationRule) => (rule.message ? rule.message.trim() : (rule.rule ?? '').trim());
const defaultMessage = (rule: ValidationRule) =>
  rule.message ? rule.message.trim() : `failed rule: ${ruleText(rule)}`;

/** The rule's fieldPath under the node (cel.ValidFieldPath: `.a.b`, `['a.b']`). */
function rulePath(base: FieldPath, fieldPath: string | undefined, s: Schema): FieldPath {
  if (!fieldPath) return base;
  let at: FieldPath = base;
  let schema: Schema | undefined = s;
  const tokens = fieldPath.match(/\.[^.[\]]+|\['(?:[^'\\]|\\.)*'\]/g) ?? [];
  for (const token of tokens) {
    const name = token.startsWith('.') ? token.slice(1) : token.slice(2, -2).replace(/\\(.)/g, '$1');
    if (schema?.properties) {
      at = child(at, name);
      schema = schema.properties[name];
    } else {
      at = key(at, name);
      schema = typeof schema?.additionalProperties === 'object' ? schema.additionalProperties : undefined;
    }
  }
  return at;
}

function failure(rule: ValidationRule, at: FieldPath, type: string, message: string): StatusCause {
  switch (rule.reason) {
    case 'FieldValueForbidden':
      return fieldError.forbidden(at, message);
    case 'FieldValueRequired':
      return fieldError.required(at, message);
    case 'FieldValueDuplicate':
      return fieldError.duplicate(at, type);
    default:
      return fieldError.invalid(at, type, message);
  }
}

/** Where ratcheting looks: the node's own correlation, else its nearest correlated parent's. */
interface Ratchet {
  current: Correlated;
  parent: { corr: Correlated; value: unknown } | undefined;
}

interface Run {
  errors: StatusCause[];
  warnings: string[];
  budget: CelBudget;
  stopped: boolean;
}

function evaluateRules(
  s: Schema,
  value: unknown,
  old: unknown,
  path: FieldPath,
  ratchet: Ratchet,
  root: boolean,
  run: Run,
): void {
  const rules = s['x-kubernetes-validations'] ?? [];
  if (rules.length === 0) return;
  const type = s.type ?? '';
  const self = toCel(root && isObject(value) ? rootView(value) : value, s);
  const bindings: Record<string, CelInput> = { self };
  if (old !== undefined && old !== null) bindings.oldSelf = toCel(root && isObject(old) ? rootView(old) : old, s);
  const ratcheted = ratchet.current
    ? unchanged(ratchet.current, value)
    : ratchet.parent
      ? unchanged(ratchet.parent.corr, ratchet.parent.value)
      : false;
  for (const rule of rules) {
    const compiled = compileRule(rule);
    if (typeof compiled.program === 'string') {
      run.errors.push(fieldError.invalid(path, type, `rule compile error: ${compiled.program}`));
      continue;
    }
    if (compiled.usesOldSelf && bindings.oldSelf === undefined) continue;
    const result = compiled.program.run(bindings, run.budget);
    if (!result.ok) {
      if (result.outOfBudget) {
        run.errors.push(
          fieldError.invalid(
            path,
            type,
            `'${result.error}': no further validation rules will be run due to call cost exceeds limit for rule: ${ruleText(rule)}`,
          ),
        );
        run.stopped = true;
        return;
      }
      const detail = result.error.startsWith('no such overload')
        ? `'${result.error}': call arguments did not match a supported operator, function or macro signature for rule: ${ruleText(rule)}`
        : `${result.error} evaluating rule: ${ruleText(rule)}`;
      run.errors.push(fieldError.invalid(path, type, detail));
      continue;
    }
    if (result.value === true) continue;
    const at = rulePath(path, rule.fieldPath, s);
    const error = failure(rule, at, type, messageOf(rule, compiled, bindings, run) ?? defaultMessage(rule));
    if (run.stopped) return;
    if (!compiled.usesOldSelf && ratcheted) run.warnings.push(`${error.field}: ${error.message}`);
    else run.errors.push(error);
  }
}

/** messageExpression's value, or undefined when it fails (the rule's message is used then). */
function messageOf(
  rule: ValidationRule,
  compiled: Compiled,
  bindings: Record<string, CelInput>,
  run: Run,
): string | undefined {
  if (!compiled.message || typeof compiled.message === 'string') return undefined;
  const result = compiled.message.run(bindings, run.budget);
  if (!result.ok) {
    if (result.outOfBudget) {
      run.errors.push(
        fieldError.invalid(
          undefined,
          '',
          `no further validation rules will be run due to call cost exceeds limit for messageExpression: ${JSON.stringify(rule.messageExpression)}`,
        ),
      );
      run.stopped = true;
    }
    return undefined;
  }
  if (typeof result.value !== 'string') return undefined;
  const text = result.value.trim();
  if (text.length === 0 || text.includes('\n') || Buffer.byteLength(text) > MAX_MESSAGE_BYTES) return undefined;
  return text;
}

function walk(
  s: Schema | undefined,
  value: unknown,
  old: unknown,
  path: FieldPath,
  ratchet: Ratchet,
  root: boolean,
  run: Run,
): void {
  if (!s || value === null || value === undefined || run.stopped) return;
  evaluateRules(s, value, old, path, ratchet, root, run);
  if (run.stopped) return;
  const into = (corr: Correlated): Ratchet =>
    ratchet.current ? { current: corr, parent: { corr: ratchet.current, value } } : ratchet;
  if (Array.isArray(value)) {
    const items = itemSchema(s);
    if (!items) return;
    value.forEach((item, i) => {
      const oldItem = mapListItem(s, old, item);
      const corr = ratchet.current && oldItem !== undefined ? { old: oldItem } : undefined;
      walk(items, item, oldItem, index(path, i), into(corr), false, run);
    });
    return;
  }
  if (!isObject(value)) return;
  const oldMap = isObject(old) ? old : undefined;
  const fieldCorr = (k: string): Correlated =>
    ratchet.current && oldMap && k in oldMap && !(root && (k === 'apiVersion' || k === 'kind'))
      ? { old: oldMap[k] }
      : undefined;
  if (typeof s.additionalProperties === 'object') {
    for (const [k, v] of Object.entries(value))
      walk(s.additionalProperties, v, oldMap?.[k], key(path, k), into(fieldCorr(k)), false, run);
  }
  for (const [k, v] of Object.entries(value)) {
    const prop = s.properties?.[k];
    if (prop) walk(prop, v, oldMap?.[k], child(path, k), into(fieldCorr(k)), false, run);
  }
}

/** The rules' errors and (ratcheted) warnings for an object; `old` on updates. */
export function validateRules(
  schema: Schema,
  obj: Record<string, unknown>,
  old: Record<string, unknown> | undefined,
  ratcheting: boolean,
): { errors: StatusCause[]; warnings: string[] } {
  const run: Run = { errors: [], warnings: [], budget: new CelBudget(), stopped: false };
  const current: Correlated = old && ratcheting ? { old } : undefined;
  walk(schema, obj, old, undefined, { current, parent: undefined }, true, run);
  return { errors: run.errors, warnings: run.warnings };
}
