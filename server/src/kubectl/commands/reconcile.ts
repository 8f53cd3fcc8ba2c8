/**
 * `kubectl auth reconcile`: RBAC roles and bindings from files, merged into what the cluster has rather than
 * replacing it (kubernetes/kubectl pkg/cmd/auth/reconcile.go over k8s.io/component-helpers auth/rbac/reconciliation).
 * What it found and did goes to stderr after each object's line, as kubectl prints it.
 */
import type { PolicyRule, Subject } from 'kubernetes-types/rbac/v1';
import type { CommandOutcome } from '../../shell/command.js';
import { groupResource, isStatusError, type KubeObject, type ResourceType } from '../../sim/index.js';
import { flagList } from '../cli/flags.js';
import { aggregate, KubectlError } from '../errors.js';
import { api, type KubeInv } from '../env.js';
import { OBJECT_OUTPUT_FORMATS } from '../print/formats/output.js';
import {
  reconcileBinding,
  reconcileRole,
  type BindingObject,
  type ReconcileOperation,
  type RoleObject,
} from '../rbacReconcile.js';
import { dryRunOf, f, outputSpec } from './common.js';
import { defineCommand, type CommandInv } from './globals.js';
import { ObjectPrinter } from './objectPrinter.js';
import { ResourceBuilder, type Info } from './resourceBuilder.js';
import { fromInputFiles } from './write.js';

const reconcileFlags = flagList(
  f.dryRun(),
  f.filename('identifying the resource to reconcile.'),
  f.kustomize(),
  f.output(),
  f.recursive(),
  { name: 'remove-extra-permissions', type: 'bool', usage: 'If true, removes extra permissions added to roles' },
  { name: 'remove-extra-subjects', type: 'bool', usage: 'If true, removes extra subjects added to rolebindings' },
  f.showManagedFields(),
  f.template(),
);

type Inv = CommandInv<typeof reconcileFlags>;

const RBAC_V1 = 'rbac.authorization.k8s.io/v1';
const RBAC_KINDS = new Set(['Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding']);
/** The typed client names itself: writes without a field manager are the user agent's. */
const FIELD_MANAGER = 'kubectl';

/** What one object's reconciliation found, for printResults. */
interface Outcome {
  object: KubeObject;
  operation: ReconcileOperation;
  protected: boolean;
  missingSubjects?: Subject[];
  extraSubjects?: Subject[];
  missingRules?: PolicyRule[];
  extraRules?: PolicyRule[];
}

/** Go's `%+v` of a []string: `[a b]`, an empty string in it printing as nothing. */
const goList = (values: readonly string[] | undefined) => `[${(values ?? []).join(' ')}]`;

const subjectText = (s: Subject) =>
  `{Kind:${s.kind} APIGroup:${s.apiGroup ?? ''} Name:${s.name} Namespace:${s.namespace ?? ''}}`;

const ruleText = (r: PolicyRule) =>
  `{Verbs:${goList(r.verbs)} APIGroups:${goList(r.apiGroups)} Resources:${goList(r.resources)} ` +
  `ResourceNames:${goList(r.resourceNames)} NonResourceURLs:${goList(r.nonResourceURLs)}}`;

/** printResults' lines after the object's. */
function report(inv: Inv, outcome: Outcome): string {
  if (outcome.operation === 'none') return '';
  const caveat = outcome.protected ? ', but object opted out (rbac.authorization.kubernetes.io/autoupdate: false)' : '';
  let text = `\treconciliation required ${outcome.operation}${caveat}\n`;
  const list = (title: string, items: readonly string[] | undefined, shown = true) => {
    if (shown && items && items.length > 0) text += `\t${title}:\n${items.map((i) => `\t\t${i}\n`).join('')}`;
  };
  list('missing subjects added', outcome.missingSubjects?.map(subjectText));
  list('extra subjects removed', outcome.extraSubjects?.map(subjectText), inv.flags.bool('remove-extra-subjects'));
  list('missing rules added', outcome.missingRules?.map(ruleText));
  list('extra rules removed', outcome.extraRules?.map(ruleText), inv.flags.bool('remove-extra-permissions'));
  return text;
}

/** The reconciliation's client: reads and writes through the API as the typed RBAC client does. */
class Client {
  constructor(
    private readonly inv: KubeInv,
    private readonly type: ResourceType,
  ) {}

  /** A namespaced object without a namespace is asked for at the cluster-wide path, where none is found. */
  get(namespace: string | undefined, name: string): KubeObject | undefined {
    if (this.type.namespaced && !namespace) return undefined;
    return api(this.inv).find(groupResource(this.type), namespace, name);
  }

  create(obj: KubeObject, namespace: string | undefined): KubeObject {
    if (this.type.namespaced) this.ensureNamespace(namespace ?? '');
    return api(this.inv).create(obj, { namespace, fieldManager: FIELD_MANAGER });
  }

  update(obj: KubeObject, namespace: string | undefined): KubeObject {
    return api(this.inv).update(obj, { namespace, fieldManager: FIELD_MANAGER });
  }

  delete(existing: KubeObject): void {
    const { namespace, name, uid } = existing.metadata ?? {};
    api(this.inv).delete(groupResource(this.type), namespace, name ?? '', { preconditions: { uid } });
  }

  /** tryEnsureNamespace: made when missing; a refusal to read or make it is not this command's business. */
  private ensureNamespace(name: string): void {
    // client-go refuses an empty name before asking.
    if (!name) throw new KubectlError('resource name may not be empty');
    const server = api(this.inv);
    if (server.find('namespaces', undefined, name)) return;
    try {
      server.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } }, { fieldManager: FIELD_MANAGER });
    } catch (e) {
      if (!isStatusError(e) || (e.reason !== 'AlreadyExists' && e.reason !== 'Forbidden')) throw e;
    }
  }
}

const isReason = (e: unknown, reason: string) => isStatusError(e) && e.reason === reason;

/** ReconcileRoleOptions.Run (at most three tries when the role comes and goes meanwhile). */
function runRole(inv: Inv, info: Info, expected: RoleObject, confirm: boolean): Outcome {
  const client = new Client(inv, info.type);
  for (let attempt = 0; attempt <= 2; attempt++) {
    const existing = client.get(info.namespace, info.name) as RoleObject | undefined;
    const result = existing
      ? reconcileRole(existing, expected, inv.flags.bool('remove-extra-permissions'))
      : {
          role: expected,
          missingRules: expected.rules ?? [],
          extraRules: [],
          operation: 'create' as const,
          protected: false,
        };
    const outcome: Outcome = { object: result.role, ...result };
    if (result.protected || !confirm || result.operation === 'none') return outcome;
    try {
      if (result.operation === 'create') outcome.object = client.create(result.role, info.namespace);
      else outcome.object = client.update(result.role, info.namespace);
      return outcome;
    } catch (e) {
      if (!isReason(e, result.operation === 'create' ? 'AlreadyExists' : 'NotFound')) throw e;
    }
  }
  throw new KubectlError('exceeded maximum attempts');
}

/** ReconcileRoleBindingOptions.Run (at most four tries); a binding to another role is deleted and made again. */
function runBinding(inv: Inv, info: Info, expected: BindingObject, confirm: boolean): Outcome {
  const client = new Client(inv, info.type);
  for (let attempt = 0; attempt <= 3; attempt++) {
    const existing = client.get(info.namespace, info.name) as BindingObject | undefined;
    const result = existing
      ? reconcileBinding(existing, expected, inv.flags.bool('remove-extra-subjects'))
      : {
          binding: expected,
          missingSubjects: expected.subjects ?? [],
          extraSubjects: [],
          operation: 'create' as const,
          protected: false,
        };
    const outcome: Outcome = { object: result.binding, ...result };
    if (result.protected || !confirm || result.operation === 'none') return outcome;
    try {
      if (result.operation === 'update') {
        outcome.object = client.update(result.binding, info.namespace);
        return outcome;
      }
      if (result.operation === 'recreate' && existing) {
        try {
          client.delete(existing);
        } catch (e) {
          // Gone already is as good; another object under the name (the UID precondition failed) means start over.
          if (isReason(e, 'Conflict')) continue;
          if (!isReason(e, 'NotFound')) throw e;
        }
      }
      outcome.object = client.create(result.binding, info.namespace);
      return outcome;
    } catch (e) {
      if (!isReason(e, result.operation === 'update' ? 'NotFound' : 'AlreadyExists')) throw e;
    }
  }
  throw new KubectlError('exceeded maximum attempts');
}

/** kubectl's scheme still decodes the older RBAC versions (which the API no longer serves), to refuse them. */
function refuseOlderRbac(obj: KubeObject): void {
  const [group, version] = obj.apiVersion.split('/');
  if (obj.apiVersion !== RBAC_V1 && group === 'rbac.authorization.k8s.io' && RBAC_KINDS.has(obj.kind))
    throw new KubectlError(`only ${RBAC_V1} is supported: not *${version ?? ''}.${obj.kind}`);
}

function reconcileOne(inv: Inv, info: Info, confirm: boolean): Outcome | undefined {
  const obj = info.object;
  refuseOlderRbac(obj);
  if (obj.apiVersion !== RBAC_V1) return undefined;
  if (obj.kind === 'Role' || obj.kind === 'ClusterRole') return runRole(inv, info, obj, confirm);
  if (obj.kind === 'RoleBinding' || obj.kind === 'ClusterRoleBinding')
    return runBinding(inv, info, obj as BindingObject, confirm);
  return undefined;
}

/** getClientSideDryRun: only the client's dry run, the server's not being supported. */
function clientSideDryRun(inv: Inv): boolean {
  let dry;
  try {
    dry = dryRunOf(inv);
  } catch (e) {
    if (!(e instanceof KubectlError)) throw e;
    throw new KubectlError(`error accessing --dry-run flag for command reconcile: ${e.message}`);
  }
  if (dry === 'server') throw new KubectlError('--dry-run=server for command reconcile is not supported yet');
  return dry === 'client';
}

function reconcile(inv: Inv): CommandOutcome {
  if (!fromInputFiles(inv)) throw new KubectlError('must specify one of -f and -k');
  if (inv.args.length > 0) throw new KubectlError('no arguments are allowed');
  const dryRun = clientSideDryRun(inv);
  const visits = new ResourceBuilder(inv).filenameParam().local().do();
  const printer = new ObjectPrinter(inv, outputSpec(inv, OBJECT_OUTPUT_FORMATS), true);
  const errors: Error[] = [];
  for (const visit of visits) {
    try {
      if ('error' in visit) {
        if (visit.object) refuseOlderRbac(visit.object);
        throw visit.error;
      }
      const outcome = reconcileOne(inv, visit.info, !dryRun);
      if (!outcome) continue;
      printer.print(outcome.object, dryRun ? 'reconciled (dry run)' : 'reconciled');
      const lines = report(inv, outcome);
      if (lines) inv.out.error(lines);
    } catch (e) {
      if (!(e instanceof KubectlError) && !isStatusError(e)) throw e;
      errors.push(e);
    }
  }
  if (errors.length > 0) throw aggregate(errors);
  return { stdout: '', stderr: '', exitCode: 0 };
}

export const reconcileCommand = defineCommand({
  use: 'reconcile -f FILENAME',
  short: 'Reconciles rules for RBAC role, role binding, cluster role, and cluster role binding objects',
  flags: reconcileFlags,
  run: reconcile,
});
