/** RoleBinding and ClusterRoleBinding (printers.go; rbac.SubjectsStrings). */
import type { ClusterRoleBinding, RoleBinding, Subject } from 'kubernetes-types/rbac/v1';
import type { TablePrinter } from '../types.js';
import { age, col, NAME } from './common.js';

/** rbac.SubjectsStrings: users, groups and `namespace/name` service accounts. */
export function subjectsStrings(subjects: readonly Subject[] | undefined): [string, string, string] {
  const users: string[] = [];
  const groups: string[] = [];
  const sas: string[] = [];
  for (const s of subjects ?? []) {
    if (s.kind === 'User') users.push(s.name);
    else if (s.kind === 'Group') groups.push(s.name);
    else if (s.kind === 'ServiceAccount') sas.push(`${s.namespace ?? ''}/${s.name}`);
  }
  return [users.join(', '), groups.join(', '), sas.join(', ')];
}

const BINDING_COLUMNS = [
  NAME,
  col('Role'),
  col('Age'),
  col('Users', 1),
  col('Groups', 1),
  col('ServiceAccounts', 1),
] as const;

export const roleBindingPrinter: TablePrinter<RoleBinding | ClusterRoleBinding> = {
  columns: BINDING_COLUMNS,
  row: (b, ctx) => [
    b.metadata?.name ?? '',
    `${b.roleRef.kind}/${b.roleRef.name}`,
    age(b, ctx),
    ...subjectsStrings(b.subjects),
  ],
};
