/**
 * RBAC authorization as kube-apiserver's RBAC authorizer evaluates it: the union of the rules of
 * every Role and ClusterRole bound to the user, their groups or their service account. Used by
 * `kubectl auth can-i` and by impersonated requests (`--as`).
 */
import type { ClusterRole, ClusterRoleBinding, PolicyRule, Role, RoleBinding, Subject } from 'kubernetes-types/rbac/v1';
import type { Store } from './store.js';
import type { Stored } from './types.js';

export interface UserInfo {
  /** `jane`, or `system:serviceaccount:default:builder` for a service account. */
  name: string;
  groups: readonly string[];
}

export interface ResourceAttributes {
  verb: string;
  /** API group, '' for core. */
  group: string;
  /** Plural resource, e.g. `pods`; with a subresource `pods/log`. */
  resource: string;
  namespace?: string | undefined;
  name?: string | undefined;
}

/** The minikube user is in `system:masters`, bound to cluster-admin. */
export const ADMIN_USER: UserInfo = { name: 'minikube-user', groups: ['system:masters', 'system:authenticated'] };

/**
 * The user an impersonation names, with the groups kube-apiserver gives it: the requested ones (a service account
 * without any gets its fixed groups), then `system:authenticated` (filters/impersonation.go).
 */
export function userFor(as: string, groups: readonly string[] = []): UserInfo {
  const sa = /^system:serviceaccount:([^:]+):(.+)$/.exec(as);
  const own = groups.length === 0 && sa ? ['system:serviceaccounts', `system:serviceaccounts:${sa[1] ?? ''}`] : groups;
  const special = own.includes('system:authenticated') || own.includes('system:unauthenticated');
  return { name: as, groups: special ? [...own] : [...own, 'system:authenticated'] };
}

function subjectMatches(subject: Subject, user: UserInfo, bindingNamespace: string | undefined): boolean {
  switch (subject.kind) {
    case 'User':
      return subject.name === user.name;
    case 'Group':
      return user.groups.includes(subject.name);
    case 'ServiceAccount':
      return user.name === `system:serviceaccount:${subject.namespace ?? bindingNamespace ?? ''}:${subject.name}`;
    default:
      return false;
  }
}

function ruleAllows(rule: PolicyRule, attrs: ResourceAttributes): boolean {
  const has = (list: readonly string[] | undefined, value: string) =>
    !!list && (list.includes('*') || list.includes(value));
  if (!has(rule.verbs, attrs.verb)) return false;
  if (!has(rule.apiGroups, attrs.group)) return false;
  const [base = ''] = attrs.resource.split('/');
  const resourceOk =
    has(rule.resources, attrs.resource) ||
    (attrs.resource.includes('/') && has(rule.resources, `*/${attrs.resource.split('/')[1] ?? ''}`)) ||
    (rule.resources?.includes(`${base}/*`) ?? false);
  if (!resourceOk) return false;
  if (rule.resourceNames && rule.resourceNames.length > 0)
    return !!attrs.name && rule.resourceNames.includes(attrs.name);
  return true;
}

/** Rules granted to a user in a namespace (cluster-wide ones included). */
export function rulesFor(store: Store, user: UserInfo, namespace: string | undefined): PolicyRule[] {
  const rules: PolicyRule[] = [];
  const clusterRole = (name: string) =>
    store.get('clusterroles.rbac.authorization.k8s.io', undefined, name) as Stored<ClusterRole> | undefined;
  for (const b of store.list(
    'clusterrolebindings.rbac.authorization.k8s.io',
  ) as unknown as Stored<ClusterRoleBinding>[]) {
    if (!(b.subjects ?? []).some((s) => subjectMatches(s, user, undefined))) continue;
    rules.push(...(clusterRole(b.roleRef.name)?.rules ?? []));
  }
  if (namespace) {
    for (const b of store.list(
      'rolebindings.rbac.authorization.k8s.io',
      namespace,
    ) as unknown as Stored<RoleBinding>[]) {
      if (!(b.subjects ?? []).some((s) => subjectMatches(s, user, namespace))) continue;
      const role =
        b.roleRef.kind === 'ClusterRole'
          ? clusterRole(b.roleRef.name)
          : (store.get('roles.rbac.authorization.k8s.io', namespace, b.roleRef.name) as Stored<Role> | undefined);
      rules.push(...(role?.rules ?? []));
    }
  }
  return rules;
}

export function authorize(store: Store, user: UserInfo, attrs: ResourceAttributes): boolean {
  return rulesFor(store, user, attrs.namespace).some((r) => ruleAllows(r, attrs));
}

/** kube-apiserver's Forbidden message for a denied request. */
export function forbiddenMessage(user: UserInfo, attrs: ResourceAttributes): string {
  const [resource = '', sub] = attrs.resource.split('/');
  // The group-qualified resource, as errors.NewForbidden words it (`deployments.apps is forbidden`).
  const qualified = attrs.group ? `${resource}.${attrs.group}` : resource;
  const what = attrs.name ? `${qualified} "${attrs.name}"` : qualified;
  const subText = sub ? `resource "${resource}/${sub}"` : `resource "${resource}"`;
  const scope = attrs.namespace ? ` in the namespace "${attrs.namespace}"` : ' at the cluster scope';
  return `${what} is forbidden: User "${user.name}" cannot ${attrs.verb} ${subText} in API group "${attrs.group}"${scope}`;
}

/** SubjectRulesReviewStatus (authorization.k8s.io/v1), as kube-apiserver's SelfSubjectRulesReview answers it. */
export interface RulesReviewStatus {
  resourceRules: { verbs: string[]; apiGroups?: string[]; resources?: string[]; resourceNames?: string[] }[];
  nonResourceRules: { verbs: string[]; nonResourceURLs?: string[] }[];
  incomplete: boolean;
}

/** The RBAC authorizer's RulesFor: each rule's resource part and its non-resource part, in binding order. */
export function rulesReview(store: Store, user: UserInfo, namespace: string | undefined): RulesReviewStatus {
  const status: RulesReviewStatus = { resourceRules: [], nonResourceRules: [], incomplete: false };
  for (const r of rulesFor(store, user, namespace)) {
    if (r.resources?.length) {
      status.resourceRules.push({
        verbs: [...r.verbs],
        ...(r.apiGroups ? { apiGroups: [...r.apiGroups] } : {}),
        resources: [...r.resources],
        ...(r.resourceNames?.length ? { resourceNames: [...r.resourceNames] } : {}),
      });
    }
    if (r.nonResourceURLs?.length)
      status.nonResourceRules.push({ verbs: [...r.verbs], nonResourceURLs: [...r.nonResourceURLs] });
  }
  return status;
}
