/**
 * `kubectl apply`, `kubectl replace` and `kubectl diff` (kubectl/pkg/cmd/apply, replace, diff); apply's last-applied
 * subcommands are in lastApplied.ts and editLastApplied.ts.
 */
import { createPatch } from 'diff';
import type { CommandOutcome } from '../../shell/command.js';
import {
  groupResource,
  isStatusError,
  LAST_APPLIED_ANNOTATION,
  type ClientDecoding,
  type KubeObject,
  type ResourceType,
} from '../../sim/index.js';
import { flagList } from '../cli/flags.js';
import { KubectlError, formatStatusError } from '../errors.js';
import { api } from '../env.js';
import { toYaml } from '../print/formats/structured.js';
import { clientDecoding, f, outputSpec } from './common.js';
import { eachObject, manifests, targetNamespace } from './write.js';
import { defineCommand, type CommandInv } from './globals.js';
import { editLastAppliedCommand } from './editLastApplied.js';
import { lastAppliedCommands } from './lastApplied.js';

const applyFlags = flagList(
  f.filename('files that contain the configuration to apply'),
  f.recursive(),
  f.dryRun(),
  f.output(),
  f.selector(),
  f.validate(),
  f.showManagedFields(),
  f.template(),
  f.fieldManager('kubectl-client-side-apply'),
  f.kustomize('a'),
  {
    name: 'prune',
    type: 'bool' as const,
    usage:
      'Automatically delete resource objects, that do not appear in the configs and are created by either apply or create --save-config. Should be used with either -l or --all.',
  },
  {
    name: 'force',
    type: 'bool' as const,
    usage:
      'If true, immediately remove resources from API and bypass graceful deletion. Note that immediate deletion of some resources may result in inconsistency or data loss and requires confirmation.',
  },
  { name: 'server-side', type: 'bool' as const, usage: 'If true, apply runs in the server instead of the client.' },
  {
    name: 'force-conflicts',
    type: 'bool' as const,
    usage: 'If true, server-side apply will force the changes against conflicts.',
  },
  {
    name: 'overwrite',
    type: 'bool' as const,
    default: 'true',
    usage:
      'Automatically resolve conflicts between the modified and live configuration by using values from the modified configuration',
  },
  {
    name: 'wait',
    type: 'bool' as const,
    usage: 'If true, wait for resources to be gone before returning. This waits for finalizers.',
  },
);

/**
 * apply reads the live object first, and client-go refuses an empty name before asking: kubectl words it with the
 * object's mapping (cmdutil.AddSourceToErr around info.Get() in kubernetes/kubectl pkg/cmd/apply/apply.go, and
 * Info.String() in cli-runtime pkg/resource/visitor.go).
 */
function missingName(type: ResourceType, namespace: string, source: string): KubectlError {
  const version = `${type.group}/${type.version}`;
  return new KubectlError(
    `error when retrieving current configuration of:\nResource: "${version}, Resource=${type.plural}", GroupVersionKind: "${version}, Kind=${type.kind}"\nName: "", Namespace: "${namespace}"\nfrom server for: "${source}": resource name may not be empty`,
  );
}

function apply(inv: CommandInv<typeof applyFlags>): CommandOutcome {
  const decode = clientDecoding(inv);
  const items = manifests(inv, 'apply');
  const spec = outputSpec(inv);
  let refused = 0;
  const failed = eachObject(
    inv,
    items,
    'creating',
    ({ object, source }, dry) => {
      const server = api(inv);
      const namespace = targetNamespace(inv, object);
      if (inv.flags.bool('server-side')) {
        const written = applyServerSide(inv, object, namespace, dry, decode);
        if (!written) refused++;
        return written;
      }
      const type = inv.env.cluster.registry.forObject(object.apiVersion, object.kind);
      if (!object.metadata?.name) throw missingName(type, type.namespaced ? namespace : '', source);
      const existing = server.find(
        groupResource(type),
        type.namespaced ? namespace : undefined,
        object.metadata?.name ?? '',
      );
      if (existing && !existing.metadata.annotations?.[LAST_APPLIED_ANNOTATION] && dry === 'none') {
        inv.out.error(
          `Warning: resource ${type.plural}/${existing.metadata.name} is missing the ${LAST_APPLIED_ANNOTATION} annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.`,
        );
      }
      if (dry === 'client') return { object, verb: existing ? 'configured (dry run)' : 'created (dry run)' };
      try {
        const { object: result, result: what } = server.apply(object, {
          namespace,
          dryRun: dry === 'server',
          fieldManager: 'kubectl-client-side-apply',
          decode,
        });
        return {
          object: result as unknown as KubeObject,
          verb: `${what}${dry === 'server' ? ' (server dry run)' : ''}`,
        };
      } catch (e) {
        if (isStatusError(e) && existing && e.reason !== 'Invalid') {
          inv.out.error(formatStatusError(e, { verb: 'patching', source: '' }).replace('error when patching "": ', ''));
          refused++;
          return undefined;
        }
        throw e;
      }
    },
    spec,
  );
  return { stdout: '', stderr: '', exitCode: failed + refused > 0 ? 1 : 0 };
}

/** kubectl's advice after a server-side apply's 409 (kubectl/pkg/cmd/apply/apply.go). */
export const CONFLICT_ADVICE = `Please review the fields above--they currently have other managers. Here
are the ways you can resolve this warning:
* If you intend to manage all of these fields, please re-run the apply
  command with the \`--force-conflicts\` flag.
* If you do not intend to manage all of the fields, please edit your
  manifest to remove references to the fields that should keep their
  current managers.
* You may co-own fields by updating your manifest to match the existing
  value; in this case, you'll become the manager if the other manager(s)
  stop managing the field (remove it from their configuration).
See https://kubernetes.io/docs/reference/using-api/server-side-apply/#conflicts`;

/** `apply --server-side`: the API server merges and owns the fields (kubectl's default manager there is `kubectl`). */
function applyServerSide(
  inv: CommandInv<typeof applyFlags>,
  object: KubeObject,
  namespace: string | undefined,
  dry: string,
  decode: ClientDecoding,
): { object: KubeObject; verb: string } | undefined {
  const given = inv.flags.str('field-manager');
  const fieldManager = given === 'kubectl-client-side-apply' ? 'kubectl' : given;
  if (dry === 'client') return { object, verb: 'serverside-applied (dry run)' };
  try {
    const { object: result } = api(inv).applyServerSide(object, {
      namespace,
      dryRun: dry === 'server',
      fieldManager,
      force: inv.flags.bool('force-conflicts'),
      decode,
    });
    return {
      object: result as unknown as KubeObject,
      verb: `serverside-applied${dry === 'server' ? ' (server dry run)' : ''}`,
    };
  } catch (e) {
    if (isStatusError(e, 'Conflict') && e.message.startsWith('Apply failed')) {
      inv.out.error(`error: ${e.message}\n${CONFLICT_ADVICE}`);
      return undefined;
    }
    // apply.go returns the server's other errors bare, with no source.
    if (isStatusError(e)) {
      inv.out.error(formatStatusError(e));
      return undefined;
    }
    throw e;
  }
}

const replaceFlags = flagList(
  f.filename('the file that contains the configuration to replace'),
  f.recursive(),
  f.kustomize('a'),
  f.dryRun(),
  f.output(),
  f.validate(),
  {
    name: 'force',
    type: 'bool',
    usage: 'If true, immediately remove resources from API and bypass graceful deletion.',
  },
  {
    name: 'grace-period',
    type: 'int',
    default: '-1',
    usage: 'Period of time in seconds given to the resource to terminate gracefully.',
  },
  f.template(),
  f.fieldManager('kubectl-replace'),
);

function replace(inv: CommandInv<typeof replaceFlags>): CommandOutcome {
  const decode = clientDecoding(inv);
  const items = manifests(inv, 'replace');
  const spec = outputSpec(inv);
  const failed = eachObject(
    inv,
    items,
    'replacing',
    ({ object }, dry) => {
      const server = api(inv);
      const namespace = targetNamespace(inv, object);
      if (dry === 'client') return { object, verb: 'replaced (dry run)' };
      if (inv.flags.bool('force')) {
        const type = inv.env.cluster.registry.forObject(object.apiVersion, object.kind);
        const resource = groupResource(type);
        const name = object.metadata?.name ?? '';
        if (server.find(resource, namespace, name)) {
          server.delete(resource, namespace, name, { gracePeriodSeconds: 0 });
          server.remove(resource, namespace, name);
          inv.out.println(
            `${type.group ? `${type.kind.toLowerCase()}.${type.group}` : type.kind.toLowerCase()} "${name}" deleted`,
          );
        }
        const created = server.create(object, { namespace, decode });
        return { object: created as unknown as KubeObject, verb: 'replaced' };
      }
      const { resourceVersion: _rv, ...metadata } = object.metadata ?? {};
      const updated = server.update({ ...object, metadata }, { namespace, dryRun: dry === 'server', decode });
      return {
        object: updated as unknown as KubeObject,
        verb: `replaced${dry === 'server' ? ' (server dry run)' : ''}`,
      };
    },
    spec,
  );
  return { stdout: '', stderr: '', exitCode: failed > 0 ? 1 : 0 };
}

function stripVolatile(obj: KubeObject): KubeObject {
  const copy = structuredClone(obj);
  if (copy.metadata) {
    delete copy.metadata.managedFields;
    const gen = (copy.metadata as { generation?: number }).generation;
    if (gen === undefined) delete (copy.metadata as { generation?: number }).generation;
  }
  return copy;
}

const diffFlags = flagList(
  f.filename('contains the configuration to diff'),
  f.recursive(),
  f.kustomize(),
  f.selector(),
  { name: 'server-side', type: 'bool', usage: 'If true, apply runs in the server instead of the client.' },
  f.fieldManager('kubectl-client-side-apply'),
);

function diff(inv: CommandInv<typeof diffFlags>): CommandOutcome {
  const items = manifests(inv, 'diff');
  const server = api(inv);
  let changed = false;
  for (const { object } of items) {
    const namespace = targetNamespace(inv, object);
    const type = inv.env.cluster.registry.forObject(object.apiVersion, object.kind);
    const resource = groupResource(type);
    const name = object.metadata?.name ?? '';
    const live = server.find(resource, type.namespaced ? namespace : undefined, name);
    let merged: KubeObject;
    try {
      merged = server.apply(object, { namespace, dryRun: true }).object;
    } catch (e) {
      if (isStatusError(e)) throw new KubectlError(formatStatusError(e));
      throw e;
    }
    const before = live ? toYaml(stripVolatile(live)) : '';
    const after = toYaml(stripVolatile(merged));
    if (before === after) continue;
    changed = true;
    const label = `${type.group ? `${type.group}.` : ''}${type.version}.${type.kind}.${type.namespaced ? `${namespace}.` : ''}${name}`;
    const patch = createPatch(label, before, after, '', '', { context: 3 });
    const body = patch.split('\n').slice(4).join('\n');
    inv.out.print(
      `diff -u -N /tmp/LIVE-0000000000/${label} /tmp/MERGED-0000000000/${label}\n--- /tmp/LIVE-0000000000/${label}\t2025-01-01 00:00:00.000000000 +0000\n+++ /tmp/MERGED-0000000000/${label}\t2025-01-01 00:00:00.000000000 +0000\n${body}`,
    );
  }
  return { stdout: '', stderr: '', exitCode: changed ? 1 : 0 };
}

export const applyCommand = defineCommand({
  use: 'apply (-f FILENAME | -k DIRECTORY)',
  short: 'Apply a configuration to a resource by file name or stdin',
  long: `Apply a configuration to a resource by file name or stdin. The resource name must be specified. This resource will be created if it doesn't exist yet. To use 'apply', always create the resource initially with either 'apply' or 'create --save-config'.

 JSON and YAML formats are accepted.

 Alpha Disclaimer: the --prune functionality is not yet complete. Do not use unless you are aware of what the current state is. See https://issues.k8s.io/34274.`,
  example: `  # Apply the configuration in pod.json to a pod
  kubectl apply -f ./pod.json
  
  # Apply resources from a directory containing kustomization.yaml - e.g. dir/kustomization.yaml
  kubectl apply -k dir/
  
  # Apply the JSON passed into stdin to a pod
  cat pod.json | kubectl apply -f -`,
  group: 'Advanced Commands',
  flags: applyFlags,
  sub: [editLastAppliedCommand, ...lastAppliedCommands],
  run: apply,
});

export const replaceCommand = defineCommand({
  use: 'replace -f FILENAME',
  short: 'Replace a resource by file name or stdin',
  long: 'Replace a resource by file name or stdin.\n\n JSON and YAML formats are accepted. If replacing an existing resource, the complete resource spec must be provided. This can be obtained by\n\n        $ kubectl get TYPE NAME -o yaml',
  example: `  # Replace a pod using the data in pod.json
  kubectl replace -f ./pod.json
  
  # Force replace, delete and then re-create the resource
  kubectl replace --force -f ./pod.json`,
  flags: replaceFlags,
  run: replace,
});

export const diffCommand = defineCommand({
  use: 'diff -f FILENAME',
  short: 'Diff the live version against a would-be applied version',
  long: 'Diff configurations specified by file name or stdin between the current online configuration, and the configuration as it would be if applied.\n\n The output is always YAML.\n\n Exit status: 0 No differences were found. 1 Differences were found. >1 Kubectl or diff failed with an error.',
  example:
    '  # Diff resources included in pod.json\n  kubectl diff -f pod.json\n  \n  # Diff file read from stdin\n  cat service.yaml | kubectl diff -f -',
  flags: diffFlags,
  // Exit status 1 means "differences found", so errors (a bad flag included) exit with 2.
  flagErrorExitCode: 2,
  run: diff,
});
