/**
 * RBAC reconciliation as `kubectl auth reconcile` computes it (k8s.io/component-helpers auth/rbac/reconciliation
 * and auth/rbac/validation/policy_comparator.go): which rules a role lacks or has beyond the expected ones, which
 * subjects a binding lacks or has, and what must be written. Pure: the command reads and writes the objects.
 */
import type { AggregationRule, PolicyRule, Subject } from 'kubernetes-types/rbac/v1';
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import type { KubeObject } from '../sim/index.js';
import { jsonEqual } from '../lib/json.js';

export type ReconcileOperation = 'create' | 'update' | 'recreate' | 'none';

export const AUTO_UPDATE_ANNOTATION = 'rbac.authorization.kubernetes.io/autoupdate';

/** A Role or ClusterRole (RuleOwner); only ClusterRoles have an aggregation rule. */
export interface RoleObject extends KubeObject {
  rules?: PolicyRule[];
  aggregationRule?: AggregationRule;
}

export interface BindingObject extends KubeObject {
  subjects?: Subject[];
  roleRef: { apiGroup: string; kind: string; name: string };
}

export interface RoleResult {
  role: RoleObject;
  missingRules: PolicyRule[];
  extraRules: PolicyRule[];
  operation: ReconcileOperation;
  protected: boolean;
}

export interface BindingResult {
  binding: BindingObject;
  missingSubjects: Subject[];
  extraSubjects: Subject[];
  operation: ReconcileOperation;
  protected: boolean;
}

/** BreakdownRule: one rule per group, resource, verb (and name); non-resource URLs per verb. */
export function breakdownRule(rule: PolicyRule): PolicyRule[] {
  const out: PolicyRule[] = [];
  for (const group of rule.apiGroups ?? [])
    for (const resource of rule.resources ?? [])
      for (const verb of rule.verbs) {
        const base = { apiGroups: [group], resources: [resource], verbs: [verb] };
        if (rule.resourceNames?.length)
          for (const name of rule.resourceNames) out.push({ ...base, resourceNames: [name] });
        else out.push(base);
      }
  for (const url of rule.nonResourceURLs ?? [])
    for (const verb of rule.verbs) out.push({ nonResourceURLs: [url], verbs: [verb] });
  return out;
}

const has = (set: readonly string[] | undefined, item: string) => (set ?? []).includes(item);
const hasAll = (set: readonly string[] | undefined, items: readonly string[] | undefined) =>
  (items ?? []).every((i) => has(set, i));

function resourcesCovered(owner: readonly string[] | undefined, wanted: readonly string[] | undefined): boolean {
  if (has(owner, '*') || hasAll(owner, wanted)) return true;
  // A subresource is covered by `*/sub`.
  return (wanted ?? []).every((path) => {
    if (has(owner, path)) return true;
    const slash = path.indexOf('/');
    return slash >= 0 && has(owner, `*/${path.slice(slash + 1)}`);
  });
}

const urlCovered = (owner: string, path: string) =>
  owner === path || (owner.endsWith('*') && path.startsWith(owner.replace(/\*+$/, '')));

/** ruleCovers: the owner rule allows everything the one-verb, one-resource sub-rule does. */
function ruleCovers(owner: PolicyRule, sub: PolicyRule): boolean {
  const verbs = has(owner.verbs, '*') || hasAll(owner.verbs, sub.verbs);
  const groups = has(owner.apiGroups, '*') || hasAll(owner.apiGroups, sub.apiGroups);
  const resources = resourcesCovered(owner.resources, sub.resources);
  const urls = (sub.nonResourceURLs ?? []).every((p) => (owner.nonResourceURLs ?? []).some((o) => urlCovered(o, p)));
  const names =
    (sub.resourceNames ?? []).length === 0
      ? (owner.resourceNames ?? []).length === 0
      : (owner.resourceNames ?? []).length === 0 || hasAll(owner.resourceNames, sub.resourceNames);
  return verbs && groups && resources && names && urls;
}

/** Covers: the broken-down servant rules the owner rules do not cover. */
export function uncovered(owner: readonly PolicyRule[], servant: readonly PolicyRule[]): PolicyRule[] {
  return servant.flatMap(breakdownRule).filter((sub) => !owner.some((o) => ruleCovers(o, sub)));
}

/** merge(expected, existing): the existing values win; nothing when neither has a map. */
function merge(expected: Record<string, string> | undefined, existing: Record<string, string> | undefined) {
  return expected === undefined && existing === undefined ? undefined : { ...expected, ...existing };
}

/** Labels and annotations the expected object adds; true when that changes the object. */
function mergeMetadata(result: KubeObject, existing: KubeObject, expected: KubeObject): boolean {
  const metadata = { ...result.metadata };
  let changed = false;
  for (const key of ['annotations', 'labels'] as const) {
    const merged = merge(expected.metadata?.[key], existing.metadata?.[key]);
    if (merged === undefined) delete metadata[key];
    else metadata[key] = merged;
    if (!sameMap(merged, existing.metadata?.[key])) changed = true;
  }
  result.metadata = metadata;
  return changed;
}

/** reflect.DeepEqual of two maps: a missing map differs from an empty one. */
function sameMap(a: Record<string, string> | undefined, b: Record<string, string> | undefined): boolean {
  return a === undefined || b === undefined ? a === b : jsonEqual(a, b);
}

const isProtected = (existing: KubeObject) => existing.metadata?.annotations?.[AUTO_UPDATE_ANNOTATION] === 'false';

function selectorsMissing(owner: AggregationRule | undefined, servant: AggregationRule | undefined): LabelSelector[] {
  if (!servant) return [];
  const have = owner?.clusterRoleSelectors ?? [];
  if (!owner) return [...(servant.clusterRoleSelectors ?? [])];
  return (servant.clusterRoleSelectors ?? []).filter((s) => !have.some((o) => jsonEqual(o, s)));
}

/** computeReconciledRole. */
export function reconcileRole(existing: RoleObject, expected: RoleObject, removeExtra: boolean): RoleResult {
  const role = structuredClone(existing);
  let operation: ReconcileOperation = mergeMetadata(role, existing, expected) ? 'update' : 'none';
  const expectedRules = expected.rules ?? [];
  const existingRules = existing.rules ?? [];
  // Aggregated roles on both sides have their rules filled by the controller: no extra rules then.
  const extraRules =
    !expected.aggregationRule || !existing.aggregationRule ? uncovered(expectedRules, existingRules) : [];
  const missingRules = uncovered(existingRules, expectedRules);
  if (!removeExtra && missingRules.length > 0) {
    role.rules = [...existingRules, ...missingRules];
    operation = 'update';
  } else if (removeExtra && (missingRules.length > 0 || extraRules.length > 0)) {
    if (expected.rules) role.rules = expected.rules;
    else delete role.rules;
    operation = 'update';
  }
  const extraSelectors = selectorsMissing(expected.aggregationRule, existing.aggregationRule);
  const missingSelectors = selectorsMissing(existing.aggregationRule, expected.aggregationRule);
  if (!expected.aggregationRule && existing.aggregationRule) {
    delete role.aggregationRule;
    operation = 'update';
  } else if (!removeExtra && missingSelectors.length > 0) {
    role.aggregationRule = {
      clusterRoleSelectors: [...(role.aggregationRule?.clusterRoleSelectors ?? []), ...missingSelectors],
    };
    operation = 'update';
  } else if (removeExtra && (missingSelectors.length > 0 || extraSelectors.length > 0)) {
    if (expected.aggregationRule) role.aggregationRule = expected.aggregationRule;
    else delete role.aggregationRule;
    operation = 'update';
  }
  return { role, missingRules, extraRules, operation, protected: isProtected(existing) };
}

/** Subjects are compared as Go compares the struct: every field, a missing one as empty. */
function sameSubject(a: Subject, b: Subject): boolean {
  return (
    a.kind === b.kind &&
    (a.apiGroup ?? '') === (b.apiGroup ?? '') &&
    a.name === b.name &&
    (a.namespace ?? '') === (b.namespace ?? '')
  );
}

export const containsSubject = (list: readonly Subject[], s: Subject) => list.some((x) => sameSubject(x, s));

/** diffSubjectLists: what only the first list has, and what only the second has (each once). */
function onlyIn(list: readonly Subject[], other: readonly Subject[]): Subject[] {
  const out: Subject[] = [];
  for (const s of list) if (!containsSubject(other, s) && !containsSubject(out, s)) out.push(s);
  return out;
}

const sameRoleRef = (a: BindingObject['roleRef'], b: BindingObject['roleRef']) =>
  (a.apiGroup ?? '') === (b.apiGroup ?? '') && (a.kind ?? '') === (b.kind ?? '') && (a.name ?? '') === (b.name ?? '');

/** computeReconciledRoleBinding: a binding to another role is recreated (roleRef cannot change). */
export function reconcileBinding(
  existing: BindingObject,
  expected: BindingObject,
  removeExtra: boolean,
): BindingResult {
  const prot = isProtected(existing);
  if (!sameRoleRef(expected.roleRef, existing.roleRef))
    return { binding: expected, missingSubjects: [], extraSubjects: [], operation: 'recreate', protected: prot };
  const binding = structuredClone(existing);
  let operation: ReconcileOperation = mergeMetadata(binding, existing, expected) ? 'update' : 'none';
  const expectedSubjects = expected.subjects ?? [];
  const existingSubjects = existing.subjects ?? [];
  const missingSubjects = onlyIn(expectedSubjects, existingSubjects);
  const extraSubjects = onlyIn(existingSubjects, expectedSubjects);
  if (!removeExtra && missingSubjects.length > 0) {
    binding.subjects = [...existingSubjects, ...missingSubjects];
    operation = 'update';
  } else if (removeExtra && (missingSubjects.length > 0 || extraSubjects.length > 0)) {
    if (expected.subjects) binding.subjects = expected.subjects;
    else delete binding.subjects;
    operation = 'update';
  }
  return { binding, missingSubjects, extraSubjects, operation, protected: prot };
}
