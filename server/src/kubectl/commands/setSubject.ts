/** `kubectl set subject`: add users, groups and service accounts to bindings (kubectl pkg/cmd/set/set_subject.go). */
import type { Subject } from 'kubernetes-types/rbac/v1';
import type { CommandOutcome } from '../../shell/command.js';
import { groupResource, isStatusError, type KubeObject } from '../../sim/index.js';
import { flagList } from '../cli/flags.js';
import { aggregate, KubectlError, RawError } from '../errors.js';
import { api, namespaceOf } from '../env.js';
import { OBJECT_OUTPUT_FORMATS } from '../print/formats/output.js';
import { containsSubject } from '../rbacReconcile.js';
import { typedObject } from '../typed.js';
import { dryRunOf, dryRunSuffix, f, outputSpec } from './common.js';
import { defineCommand, type CommandInv } from './globals.js';
import { ObjectPrinter } from './objectPrinter.js';
import { LOCAL_RESOURCE_ERROR, ResourceBuilder, type Info } from './resourceBuilder.js';

const RBAC_GROUP = 'rbac.authorization.k8s.io';

const setSubjectFlags = flagList(
  f.all('Select all resources, in the namespace of the specified resource types'),
  f.dryRun(),
  f.fieldManager('kubectl-set'),
  f.filename('the resource to update the subjects'),
  { name: 'group', type: 'stringArray', usage: 'Groups to bind to the role' },
  f.kustomize(),
  { name: 'local', type: 'bool', usage: 'If true, set subject will NOT contact api-server but run locally.' },
  f.output(),
  f.recursive(),
  f.selector(),
  { name: 'serviceaccount', type: 'stringArray', usage: 'Service accounts to bind to the role' },
  f.showManagedFields(),
  f.template(),
  { name: 'user', type: 'stringArray', usage: 'Usernames to bind to the role' },
);

const sortedUnique = (values: readonly string[]) => [...new Set(values)].sort();

/** The subjects asked for: users, then groups, then service accounts, each sorted (sets.NewString(…).List()). */
function requestedSubjects(inv: CommandInv<typeof setSubjectFlags>): Subject[] {
  const namespace = namespaceOf(inv);
  return [
    ...sortedUnique(inv.flags.list('user')).map((name) => ({ kind: 'User', apiGroup: RBAC_GROUP, name })),
    ...sortedUnique(inv.flags.list('group')).map((name) => ({ kind: 'Group', apiGroup: RBAC_GROUP, name })),
    ...sortedUnique(inv.flags.list('serviceaccount')).map((sa) => {
      const [ns = '', name = ''] = sa.split(':');
      return { kind: 'ServiceAccount', name, namespace: ns || namespace };
    }),
  ];
}

/** info.ObjectName(): the resource and name, or without a mapping (local) the kind's. */
function objectName(info: Info, local: boolean): string {
  if (!local) return `${info.type.plural}/${info.name}`;
  const kind = info.object.kind.toLowerCase();
  return info.type.group ? `${kind}.${info.type.group}/${info.name}\n` : `${kind}/${info.name}`;
}

function validate(inv: CommandInv<typeof setSubjectFlags>, infos: readonly Info[]): void {
  if (inv.flags.bool('local') && dryRunOf(inv) === 'server')
    throw new KubectlError('cannot specify --local and --dry-run=server - did you mean --dry-run=client?');
  if (inv.flags.bool('all') && inv.flags.str('selector'))
    throw new KubectlError('cannot set --all and --selector at the same time');
  const accounts = inv.flags.list('serviceaccount');
  if (inv.flags.list('user').length === 0 && inv.flags.list('group').length === 0 && accounts.length === 0)
    throw new KubectlError('you must specify at least one value of user, group or serviceaccount');
  for (const sa of accounts) {
    const tokens = sa.split(':');
    if (tokens.length !== 2 || tokens[1] === '') throw new KubectlError('serviceaccount must be <namespace>:<name>');
    if (tokens[0] === '' && infos.some((i) => i.object.kind === 'ClusterRoleBinding'))
      throw new KubectlError('serviceaccount must be <namespace>:<name>, namespace must be specified');
  }
}

/** The objects, or (as Infos() does) every error at once: one object not found and nothing is changed. */
function findObjects(inv: CommandInv<typeof setSubjectFlags>): Info[] {
  const builder = new ResourceBuilder(inv).filenameParam();
  if (inv.flags.bool('local')) {
    // Refused before the files are read (SubjectOptions.Complete).
    if (inv.args.length > 0) throw LOCAL_RESOURCE_ERROR;
    builder.local();
  } else
    builder
      .labelSelectorParam(inv.flags.str('selector'))
      .resourceTypeOrNameArgs(inv.flags.bool('all'), inv.args)
      .latest();
  const visits = builder.do();
  const errors = visits.flatMap((v) => ('error' in v ? [v.error] : []));
  if (errors.length > 0) throw aggregate(errors);
  return visits.flatMap((v) => ('info' in v ? [v.info] : []));
}

function setSubject(inv: CommandInv<typeof setSubjectFlags>): CommandOutcome {
  const dry = dryRunOf(inv);
  const printer = new ObjectPrinter(inv, outputSpec(inv, OBJECT_OUTPUT_FORMATS), true);
  const local = inv.flags.bool('local');
  const infos = findObjects(inv);
  validate(inv, infos);
  const wanted = requestedSubjects(inv);
  const errors: Error[] = [];
  for (const info of infos) {
    const kind = info.object.kind;
    if (info.object.apiVersion !== `${RBAC_GROUP}/v1` || (kind !== 'RoleBinding' && kind !== 'ClusterRoleBinding')) {
      // Worded with its own `error:` (and a line break), so CheckErr adds no prefix.
      errors.push(
        new RawError(
          `error: ${objectName(info, local)} setting subjects is only supported for RoleBinding/ClusterRoleBinding\n`,
        ),
      );
      continue;
    }
    const binding = typedObject(info.object) as KubeObject & { subjects?: Subject[] };
    const existing = binding.subjects ?? [];
    const added = wanted.filter((s) => !containsSubject(existing, s));
    // No subject to add: no patch and nothing printed.
    if (added.length === 0) continue;
    const subjects = [...existing, ...added];
    const operation = `subjects updated${dryRunSuffix(dry)}`;
    if (local || dry === 'client') {
      printer.print({ ...binding, subjects }, operation);
      continue;
    }
    try {
      const written = api(inv).patch(groupResource(info.type), info.namespace, info.name, { subjects }, 'strategic', {
        dryRun: dry === 'server',
        fieldManager: inv.flags.str('field-manager'),
      });
      printer.print(written, operation);
    } catch (e) {
      if (!isStatusError(e)) throw e;
      errors.push(new KubectlError(`failed to patch subjects to rolebinding: ${e.message}`));
    }
  }
  if (errors.length > 0) throw aggregate(errors);
  return { stdout: '', stderr: '', exitCode: 0 };
}

export const setSubjectCommand = defineCommand({
  use: 'subject (-f FILENAME | TYPE NAME) [--user=username] [--group=groupname] [--serviceaccount=namespace:serviceaccountname] [--dry-run=server|client|none]',
  short: 'Update the user, group, or service account in a role binding or cluster role binding',
  flags: setSubjectFlags,
  run: setSubject,
});
