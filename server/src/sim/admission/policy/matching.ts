/**
 * Which requests a ValidatingAdmissionPolicy's matchConstraints (and its binding's matchResources)
 * select, after k8s.io/apiserver/pkg/admission/plugin/policy/matching and webhook/predicates/rules:
 * resource rules (operation, group, version, resource and subresource, scope, resourceNames),
 * exclusions, and the namespace and object selectors.
 */
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import { fromLabelSelector, matches } from '../../selectors.js';
import type { AdmissionAttributes } from './attributes.js';

export interface NamedRuleWithOperations {
  operations?: string[];
  apiGroups?: string[];
  apiVersions?: string[];
  resources?: string[];
  resourceNames?: string[];
  scope?: string;
}

export interface MatchResources {
  namespaceSelector?: LabelSelector;
  objectSelector?: LabelSelector;
  resourceRules?: NamedRuleWithOperations[];
  excludeResourceRules?: NamedRuleWithOperations[];
  matchPolicy?: string;
}

const has = (list: readonly string[] | undefined, value: string) =>
  (list ?? []).includes('*') || (list ?? []).includes(value);

/** rules.Matcher: every part of one rule must match the request. */
function ruleMatches(rule: NamedRuleWithOperations, a: AdmissionAttributes): boolean {
  if (!has(rule.operations, a.operation)) return false;
  if (!has(rule.apiGroups, a.type.group) || !has(rule.apiVersions, a.type.version)) return false;
  const scope = rule.scope ?? '*';
  if (scope === 'Cluster' && a.type.namespaced) return false;
  if (scope === 'Namespaced' && !a.type.namespaced) return false;
  const sub = a.subresource ?? '';
  const resourceOk = (rule.resources ?? []).some((r) => {
    const [res = '', rsub = ''] = r.split('/', 2);
    if (r === '*/*') return true;
    if (r === '*') return sub === '';
    if (res === '*') return rsub === sub;
    if (res !== a.type.plural) return false;
    return rsub === '*' || rsub === sub;
  });
  if (!resourceOk) return false;
  const names = rule.resourceNames ?? [];
  return names.length === 0 || names.includes(a.name);
}

/** MatchNamespaceSelector: cluster-scoped objects other than namespaces always match. */
function namespaceMatches(selector: LabelSelector | undefined, a: AdmissionAttributes): boolean {
  const parsed = fromLabelSelector(selector ?? {});
  if (!parsed || parsed.length === 0) return true;
  if (a.type.kind === 'Namespace' && a.type.group === '') {
    const own = a.object ?? a.oldObject;
    return matches(parsed, own?.metadata?.labels);
  }
  if (!a.type.namespaced) return true;
  return matches(parsed, a.namespaceObject?.metadata.labels);
}

/** MatchObjectSelector: the new or the old object's labels. */
function objectMatches(selector: LabelSelector | undefined, a: AdmissionAttributes): boolean {
  const parsed = fromLabelSelector(selector ?? {});
  if (!parsed || parsed.length === 0) return true;
  return (
    (!!a.object && matches(parsed, a.object.metadata?.labels)) ||
    (!!a.oldObject && matches(parsed, a.oldObject.metadata?.labels))
  );
}

/** Whether constraints select the request; absent resourceRules select every resource (bindings). */
export function matchesRequest(
  constraints: MatchResources | undefined,
  a: AdmissionAttributes,
  rulesRequired: boolean,
): boolean {
  if (!constraints) return !rulesRequired;
  if (!namespaceMatches(constraints.namespaceSelector, a)) return false;
  if (!objectMatches(constraints.objectSelector, a)) return false;
  if ((constraints.excludeResourceRules ?? []).some((r) => ruleMatches(r, a))) return false;
  const rules = constraints.resourceRules;
  if (!rules || rules.length === 0) return !rulesRequired;
  return rules.some((r) => ruleMatches(r, a));
}
