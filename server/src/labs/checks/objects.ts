/** Checks on single objects: exists, absent, a field compared with a value. */
import { goSprint, parseJsonPath, findJsonPathResults, relaxedJsonPath, JsonPathError } from '../../lib/jsonpath.js';
import type { Check, Comparison } from '../format.js';
import { fail, pass, type CheckEnvironment, type CheckResult } from './types.js';
import { findObject, listObjects, resolveType, where, type Stored } from './resolve.js';

export function objectExists(check: Extract<Check, { type: 'objectExists' }>, env: CheckEnvironment): CheckResult {
  const type = resolveType(env.cluster, check.resource);
  if (!type) return fail(`the cluster has no resource type "${check.resource}"`);
  const obj = findObject(env.cluster, type, check.namespace, check.name);
  if (!obj) return fail(`there is no ${type.singular} "${check.name}"${where(type, check.namespace)}`);
  if (obj.metadata.deletionTimestamp) return fail(`${type.singular} "${check.name}" is being deleted`);
  return pass(`${type.singular} "${check.name}" exists${where(type, check.namespace)}`);
}

export function objectAbsent(check: Extract<Check, { type: 'objectAbsent' }>, env: CheckEnvironment): CheckResult {
  const type = resolveType(env.cluster, check.resource);
  if (!type) return fail(`the cluster has no resource type "${check.resource}"`);
  const obj = findObject(env.cluster, type, check.namespace, check.name);
  if (obj)
    return fail(
      `${type.singular} "${check.name}" still exists${where(type, check.namespace)}${obj.metadata.deletionTimestamp ? ' (it is being deleted)' : ''}`,
    );
  return pass(`${type.singular} "${check.name}" is gone`);
}

/** The values a JSONPath finds in an object (flattened; missing keys give none). */
export function valuesAt(jsonPath: string, obj: unknown): unknown[] {
  const template = parseJsonPath(relaxedJsonPath(jsonPath));
  return findJsonPathResults(template, obj, { allowMissingKeys: true }).flat();
}

function show(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) return Number(value);
  return undefined;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : goSprint(value);
}

/** Compares found values; `undefined` means nothing was found at the path. Returns what was asked for when it fails. */
export function compare(values: readonly unknown[], c: Comparison): { ok: boolean; wanted: string } {
  const found = values.filter((v) => v !== null && v !== undefined);
  if ('exists' in c)
    return { ok: found.length > 0 === c.exists, wanted: c.exists ? 'it to be set' : 'it not to be set' };
  if ('equals' in c) return { ok: found.some((v) => text(v) === String(c.equals)), wanted: show(c.equals) };
  if ('notEquals' in c)
    return {
      ok: found.length > 0 && found.every((v) => text(v) !== String(c.notEquals)),
      wanted: `anything but ${show(c.notEquals)}`,
    };
  if ('matches' in c) {
    const re = new RegExp(c.matches);
    return { ok: found.some((v) => re.test(text(v))), wanted: `a value matching /${c.matches}/` };
  }
  if ('oneOf' in c)
    return {
      ok: found.some((v) => c.oneOf.map(String).includes(text(v))),
      wanted: `one of ${c.oneOf.map(show).join(', ')}`,
    };
  if ('atLeast' in c)
    return { ok: found.some((v) => (asNumber(v) ?? -Infinity) >= c.atLeast), wanted: `at least ${c.atLeast}` };
  return { ok: found.some((v) => (asNumber(v) ?? Infinity) <= c.atMost), wanted: `at most ${c.atMost}` };
}

function describeValues(values: readonly unknown[]): string {
  const found = values.filter((v) => v !== null && v !== undefined);
  if (found.length === 0) return 'not set';
  return found.map(show).join(', ');
}

export function field(check: Extract<Check, { type: 'field' }>, env: CheckEnvironment): CheckResult {
  const type = resolveType(env.cluster, check.resource);
  if (!type) return fail(`the cluster has no resource type "${check.resource}"`);
  const what = (o: Stored) => `${check.label ?? check.jsonPath} of ${type.singular} ${o.metadata.name}`;
  try {
    if (check.name !== undefined) {
      const obj = findObject(env.cluster, type, check.namespace, check.name);
      if (!obj) return fail(`there is no ${type.singular} "${check.name}"${where(type, check.namespace)}`);
      const values = valuesAt(check.jsonPath, obj);
      const { ok, wanted } = compare(values, check.compare);
      return ok
        ? pass(`${what(obj)} is ${describeValues(values)}`)
        : fail(`${what(obj)} is ${describeValues(values)}; the step asks for ${wanted}`);
    }
    const objects = listObjects(env.cluster, type, check.namespace, check.selector);
    const sel = check.selector ? ` with ${check.selector}` : '';
    if (objects.length === 0) return fail(`there is no ${type.singular}${sel}${where(type, check.namespace)}`);
    const results = objects.map((o) => ({
      o,
      values: valuesAt(check.jsonPath, o),
      ...compare(valuesAt(check.jsonPath, o), check.compare),
    }));
    const good = results.filter((r) => r.ok);
    if (check.match === 'all') {
      const bad = results.find((r) => !r.ok);
      if (bad) return fail(`${what(bad.o)} is ${describeValues(bad.values)}; the step asks for ${bad.wanted}`);
      return pass(`every ${type.singular}${sel} has ${check.label ?? check.jsonPath} as asked`);
    }
    if (good.length === 0) {
      const first = results[0]!;
      return fail(
        `no ${type.singular}${sel} has ${check.label ?? check.jsonPath} as asked (the step asks for ${first.wanted}; ${what(first.o)} is ${describeValues(first.values)})`,
      );
    }
    return pass(`${what(good[0]!.o)} is ${describeValues(good[0]!.values)}`);
  } catch (err) {
    if (err instanceof JsonPathError) return fail(`the check's JSONPath ${check.jsonPath} is invalid: ${err.message}`);
    throw err;
  }
}
