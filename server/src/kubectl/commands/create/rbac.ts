/** `kubectl create role|clusterrole|rolebinding|clusterrolebinding`. */
import type { KubeObject } from '../../../sim/index.js';
import { flag, flagList, optionalFlags, type SchemaOf } from '../../cli/flags.js';
import { KubectlError } from '../../errors.js';
import type { KubeInv } from '../../env.js';
import { meta } from '../../generators.js';
import { genericFlags, oneName, ns, gen } from './generator.js';
import { defineCommand } from '../globals.js';

const roleFlags = flagList(
  { name: 'verb', type: 'stringArray', usage: 'Verb that applies to the resources contained in the rule' },
  { name: 'resource', type: 'stringArray', usage: 'Resource that the rule applies to' },
  {
    name: 'resource-name',
    type: 'stringArray',
    usage: 'Resource in the white list that the rule applies to, repeat this flag for multiple items',
  },
);

function rules(inv: KubeInv<SchemaOf<typeof roleFlags>>): Record<string, unknown>[] {
  const verbs = inv.flags.list('verb').flatMap((v) => v.split(','));
  const resources = inv.flags.list('resource').flatMap((v) => v.split(','));
  if (verbs.length === 0) throw new KubectlError('at least one verb must be specified');
  if (resources.length === 0 && optionalFlags(inv.flags).list('non-resource-url').length === 0)
    throw new KubectlError('at least one resource must be specified');
  const byGroup = new Map<string, string[]>();
  for (const r of resources) {
    const [base = '', ...rest] = r.split('/');
    const type = inv.env.cluster.registry.resolve(base);
    if (!type && base !== '*') throw new KubectlError(`resource "${base}" is not known`);
    const group = type ? type.group : '';
    const plural = type ? type.plural : '*';
    const full = rest.length ? `${plural}/${rest.join('/')}` : plural;
    byGroup.set(group, [...(byGroup.get(group) ?? []), full]);
  }
  const names = inv.flags.list('resource-name');
  return [...byGroup].map(([group, res]) => ({
    apiGroups: [group],
    resources: res,
    ...(names.length ? { resourceNames: names } : {}),
    verbs,
  }));
}

const roleRefFlag = flag({ name: 'role', type: 'string', usage: 'Role this RoleBinding should reference' });

const bindingFlags = (cluster: boolean) =>
  flagList(
    {
      name: 'clusterrole',
      type: 'string',
      usage: `ClusterRole this ${cluster ? 'ClusterRoleBinding' : 'RoleBinding'} should reference`,
    },
    {
      name: 'user',
      type: 'stringArray',
      usage: 'Usernames to bind to the clusterrole. The flag can be repeated to add multiple users.',
    },
    {
      name: 'group',
      type: 'stringArray',
      usage: 'Groups to bind to the clusterrole. The flag can be repeated to add multiple groups.',
    },
    {
      name: 'serviceaccount',
      type: 'stringArray',
      usage:
        'Service accounts to bind to the clusterrole, in the format <namespace>:<name>. The flag can be repeated to add multiple service accounts.',
    },
  );

function binding(inv: KubeInv<SchemaOf<ReturnType<typeof bindingFlags>>>, cluster: boolean): KubeObject {
  const name = oneName(inv);
  // Only a RoleBinding declares --role.
  const role = optionalFlags(inv.flags).str('role');
  const clusterrole = inv.flags.str('clusterrole');
  if (!role && !clusterrole)
    throw new KubectlError(
      cluster ? 'required flag(s) "clusterrole" not set' : 'exactly one of clusterrole or role must be specified',
    );
  if (role && clusterrole) throw new KubectlError('exactly one of clusterrole or role must be specified');
  const subjects: Record<string, unknown>[] = [];
  for (const u of inv.flags.list('user'))
    subjects.push({ kind: 'User', apiGroup: 'rbac.authorization.k8s.io', name: u });
  for (const g of inv.flags.list('group'))
    subjects.push({ kind: 'Group', apiGroup: 'rbac.authorization.k8s.io', name: g });
  for (const sa of inv.flags.list('serviceaccount')) {
    const [saNs = '', saName] = sa.split(':');
    if (!saName) throw new KubectlError(`serviceaccount must be <namespace>:<name>`);
    subjects.push({ kind: 'ServiceAccount', name: saName, namespace: saNs });
  }
  return {
    kind: cluster ? 'ClusterRoleBinding' : 'RoleBinding',
    apiVersion: 'rbac.authorization.k8s.io/v1',
    metadata: meta(name, undefined, cluster ? undefined : ns(inv)),
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: role ? 'Role' : 'ClusterRole', name: role || clusterrole },
    ...(subjects.length ? { subjects } : {}),
  };
}

export const createRole = defineCommand({
  use: 'role NAME --verb=verb --resource=resource.group/subresource [--resource-name=resourcename] [--dry-run=server|client|none]',
  short: 'Create a role with single rule',
  long: 'Create a role with single rule.',
  flags: [...genericFlags, ...roleFlags],
  run: (inv) =>
    gen(inv, {
      kind: 'Role',
      apiVersion: 'rbac.authorization.k8s.io/v1',
      metadata: meta(oneName(inv), undefined, ns(inv)),
      rules: rules(inv),
    }),
});

export const createClusterRole = defineCommand({
  use: 'clusterrole NAME --verb=verb --resource=resource.group [--resource-name=resourcename] [--dry-run=server|client|none]',
  short: 'Create a cluster role',
  long: 'Create a cluster role.',
  flags: [
    ...genericFlags,
    ...roleFlags,
    { name: 'non-resource-url', type: 'stringArray', usage: 'A partial url that user should have access to.' },
    { name: 'aggregation-rule', type: 'string', usage: 'An aggregation label selector for combining ClusterRoles.' },
  ],
  run: (inv) =>
    gen(inv, {
      kind: 'ClusterRole',
      apiVersion: 'rbac.authorization.k8s.io/v1',
      metadata: meta(oneName(inv)),
      rules: rules(inv),
    }),
});

export const createRoleBinding = defineCommand({
  use: 'rolebinding NAME --clusterrole=NAME|--role=NAME [--user=username] [--group=groupname] [--serviceaccount=namespace:serviceaccountname] [--dry-run=server|client|none]',
  short: 'Create a role binding for a particular role or cluster role',
  long: 'Create a role binding for a particular role or cluster role.',
  flags: [...genericFlags, roleRefFlag, ...bindingFlags(false)],
  run: (inv) => gen(inv, binding(inv, false)),
});

export const createClusterRoleBinding = defineCommand({
  use: 'clusterrolebinding NAME --clusterrole=NAME [--user=username] [--group=groupname] [--serviceaccount=namespace:serviceaccountname] [--dry-run=server|client|none]',
  short: 'Create a cluster role binding for a particular cluster role',
  long: 'Create a cluster role binding for a particular cluster role.',
  flags: [...genericFlags, ...bindingFlags(true)],
  run: (inv) => gen(inv, binding(inv, true)),
});
