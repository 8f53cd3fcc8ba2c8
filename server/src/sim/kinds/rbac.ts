/** Role, ClusterRole, RoleBinding and ClusterRoleBinding validation (pkg/apis/rbac/validation). */
import type { ClusterRoleBinding, PolicyRule, Role, RoleBinding } from 'kubernetes-types/rbac/v1';
import { fieldErrors, type StatusCause } from '../errors.js';
import type { Stored } from '../types.js';
import type { Draft, KindStrategy } from './strategy.js';

function validateRules(rules: readonly PolicyRule[] | undefined): StatusCause[] {
  const out: StatusCause[] = [];
  (rules ?? []).forEach((r, i) => {
    if (!r.verbs || r.verbs.length === 0)
      out.push(fieldErrors.required(`rules[${i}].verbs`, 'verbs must contain at least one value'));
    if (r.nonResourceURLs?.length) return;
    if (!r.apiGroups || r.apiGroups.length === 0) {
      out.push(fieldErrors.required(`rules[${i}].apiGroups`, 'resource rules must supply at least one api group'));
    }
    if (!r.resources || r.resources.length === 0) {
      out.push(fieldErrors.required(`rules[${i}].resources`, 'resource rules must supply at least one resource'));
    }
  });
  return out;
}

export const roleStrategy: KindStrategy = {
  validate: (obj) => validateRules((obj as Draft & Role).rules),
};

const SUBJECT_KINDS = ['ServiceAccount', 'User', 'Group'] as const;

function bindingStrategy(namespaced: boolean): KindStrategy {
  return {
    validate(obj, old) {
      const b = obj as Draft & RoleBinding;
      const out: StatusCause[] = [];
      const ref = b.roleRef as RoleBinding['roleRef'] | undefined;
      if (!ref?.name) out.push(fieldErrors.required('roleRef.name'));
      const kinds = namespaced ? ['Role', 'ClusterRole'] : ['ClusterRole'];
      if (ref && !kinds.includes(ref.kind)) out.push(fieldErrors.notSupported('roleRef.kind', ref.kind, kinds));
      if (ref && ref.apiGroup !== 'rbac.authorization.k8s.io')
        out.push(fieldErrors.notSupported('roleRef.apiGroup', ref.apiGroup, ['rbac.authorization.k8s.io']));
      (b.subjects ?? []).forEach((s, i) => {
        if (!(SUBJECT_KINDS as readonly string[]).includes(s.kind))
          out.push(fieldErrors.notSupported(`subjects[${i}].kind`, s.kind, SUBJECT_KINDS));
        if (!s.name) out.push(fieldErrors.required(`subjects[${i}].name`));
        if (s.kind === 'ServiceAccount' && !namespaced && !s.namespace)
          out.push(fieldErrors.required(`subjects[${i}].namespace`));
      });
      const prev = old as unknown as Stored<ClusterRoleBinding> | undefined;
      if (prev && JSON.stringify(prev.roleRef) !== JSON.stringify(ref)) {
        out.push(fieldErrors.invalid('roleRef', ref, 'cannot change roleRef'));
      }
      return out;
    },
  };
}

export const roleBindingStrategy = bindingStrategy(true);
export const clusterRoleBindingStrategy = bindingStrategy(false);
