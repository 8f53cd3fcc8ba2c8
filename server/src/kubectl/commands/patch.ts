/** `kubectl patch`: strategic, merge and JSON patches. */
import { parse as parseYaml } from 'yaml';
import type { CommandOutcome } from '../../shell/command.js';
import {
  applyPatch,
  customScale,
  groupResource,
  hasScaleSubresource,
  isStatusError,
  replicasPatch,
  StatusError,
  unsupportedPatch,
  type KubeObject,
  type PatchType,
  type ResourceType,
  type Stored,
} from '../../sim/index.js';
import { flagList } from '../cli/flags.js';
import { KubectlError } from '../errors.js';
import { api, type KubeInv } from '../env.js';
import { dryRunOf, dryRunSuffix, f, forEachTarget, outputSpec, SERVER_DEFAULT_DECODING } from './common.js';
import { emit, type Written } from './write.js';
import { targetsOf } from './label.js';
import { defineCommand, type CommandInv } from './globals.js';

const patchFlags = flagList(
  { name: 'patch', short: 'p', type: 'string', usage: 'The patch to be applied to the resource JSON file.' },
  { name: 'patch-file', type: 'string', usage: 'A file containing a patch to be applied to the resource.' },
  {
    name: 'type',
    type: 'string',
    default: 'strategic',
    usage: 'The type of patch being provided; one of [json merge strategic]',
  },
  f.dryRun(),
  f.output(),
  f.filename('identifying the resource to update'),
  {
    name: 'subresource',
    type: 'string',
    usage: 'If specified, patch will operate on the subresource of the requested object.',
  },
  f.fieldManager('kubectl-patch'),
);

function patch(inv: CommandInv<typeof patchFlags>): CommandOutcome {
  const body = inv.flags.str('patch');
  const file = inv.flags.str('patch-file');
  if (!body && !file)
    throw new KubectlError('must specify --patch or --patch-file containing the contents of the patch');
  const type = (inv.flags.str('type') || 'strategic') as PatchType;
  if (!['strategic', 'merge', 'json'].includes(type))
    throw new KubectlError(`--type must be one of [json merge strategic], not "${type}"`);
  const text = body || inv.ctx.vfs.readFile(file.startsWith('/') ? file : `${inv.ctx.cwd}/${file}`);
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch (e) {
    throw new KubectlError(`unable to parse "${text}": yaml: ${(e as Error).message.split('\n')[0] ?? ''}`);
  }
  if (type === 'json' && !Array.isArray(value))
    throw new KubectlError(
      `unable to parse "${text}": json: cannot unmarshal object into Go value of type jsonpatch.Patch`,
    );
  const targets = targetsOf(inv, inv.args);
  const spec = outputSpec(inv);
  const dry = dryRunOf(inv);
  const subresource = inv.flags.str('subresource');
  return forEachTarget(inv.out, targets, (t) => {
    const server = api(inv);
    const before = server.get(groupResource(t.type), t.namespace, t.name);
    if (subresource === 'scale') {
      emit(inv, [unsupported(t.type, type, () => patchScale(inv, t, value, type))], spec, true);
      return;
    }
    const after = unsupported(t.type, type, () =>
      server.patch(groupResource(t.type), t.namespace, t.name, value, type, {
        dryRun: dry !== 'none',
        subresource: subresource === 'status' ? 'status' : undefined,
        decode: SERVER_DEFAULT_DECODING,
      }),
    );
    const changed =
      after.metadata.resourceVersion !== before.metadata.resourceVersion ||
      JSON.stringify(after) !== JSON.stringify(before);
    emit(
      inv,
      [{ object: after, verb: `${changed ? 'patched' : 'patched (no change)'}${dryRunSuffix(dry)}` }],
      spec,
      true,
    );
  });
}

const MEDIA_TYPES: Readonly<Record<PatchType, string>> = {
  strategic: 'application/strategic-merge-patch+json',
  merge: 'application/merge-patch+json',
  json: 'application/json-patch+json',
};

/** A patch type the server does not take (custom resources and strategic merge) as kubectl words it (patch.go). */
function unsupported<T>(type: ResourceType, patchType: PatchType, write: () => T): T {
  try {
    return write();
  } catch (e) {
    if (!isStatusError(e, 'UnsupportedMediaType')) throw e;
    throw new KubectlError(
      `${MEDIA_TYPES[patchType]} is not supported by ${type.group ? `${type.group}/` : ''}${type.version}, Kind=${type.kind}: ${e.message}`,
    );
  }
}

/** The autoscaling/v1 Scale of a workload or custom resource, as the scale subresource serves it. */
function scaleOf(inv: KubeInv, type: ResourceType, obj: Stored): KubeObject {
  const spec = obj.spec as { replicas?: number; selector?: { matchLabels?: Record<string, string> } } | undefined;
  const status = obj.status as { replicas?: number } | undefined;
  const labels = spec?.selector?.matchLabels ?? (spec?.selector as Record<string, string> | undefined) ?? {};
  const custom = api(inv).customScale(type);
  const numbers = custom
    ? customScale(custom, obj)
    : {
        specReplicas: spec?.replicas ?? 0,
        statusReplicas: status?.replicas ?? 0,
        selector: Object.entries(labels)
          .map(([k, v]) => `${k}=${v}`)
          .join(','),
      };
  const { name, namespace, uid, resourceVersion, creationTimestamp } = obj.metadata;
  return {
    apiVersion: 'autoscaling/v1',
    kind: 'Scale',
    metadata: { name, namespace, uid, resourceVersion, creationTimestamp },
    spec: { replicas: numbers.specReplicas },
    status: { replicas: numbers.statusReplicas, selector: numbers.selector },
  } as KubeObject;
}

/**
 * `--subresource=scale`: the patch applies to the Scale (only spec.replicas can change), and what comes back, and is
 * printed, is the Scale (`scale.autoscaling/web patched`).
 */
function patchScale(
  inv: CommandInv<typeof patchFlags>,
  t: { type: ResourceType; namespace: string | undefined; name: string },
  value: unknown,
  type: PatchType,
): Written {
  const server = api(inv);
  const resource = groupResource(t.type);
  if (!hasScaleSubresource(t.type))
    throw new StatusError('NotFound', 'the server could not find the requested resource');
  if (type === 'strategic' && inv.env.cluster.registry.isCustom(t.type)) throw unsupportedPatch();
  const before = scaleOf(inv, t.type, server.get(resource, t.namespace, t.name));
  const patched = applyPatch(before, value, type, 'Scale') as { spec?: { replicas?: unknown } };
  const replicas = patched.spec?.replicas;
  const dry = dryRunOf(inv);
  const after =
    replicas === (before.spec as { replicas: number }).replicas
      ? server.get(resource, t.namespace, t.name)
      : server.patch(resource, t.namespace, t.name, scaleChange(inv, t.type, replicas), 'merge', {
          dryRun: dry !== 'none',
          subresource: 'scale',
        });
  const scale = scaleOf(inv, t.type, after);
  const changed = JSON.stringify(scale) !== JSON.stringify(before);
  return { object: scale, verb: `${changed ? 'patched' : 'patched (no change)'}${dryRunSuffix(dry)}` };
}

/** The change a new Scale makes: its replicas at the custom resource's spec path, or spec.replicas. */
function scaleChange(inv: KubeInv, type: ResourceType, replicas: unknown): Record<string, unknown> {
  const custom = api(inv).customScale(type);
  return custom && typeof replicas === 'number' ? replicasPatch(custom, replicas) : { spec: { replicas } };
}

export const patchCommand = defineCommand({
  use: 'patch (-f FILENAME | TYPE NAME) [-p PATCH|--patch-file FILE]',
  short: 'Update fields of a resource',
  long: `Update fields of a resource using strategic merge patch, a JSON merge patch, or a JSON patch.

 JSON and YAML formats are accepted.

 Note: Strategic merge patch is not supported for custom resources.`,
  example: `  # Partially update a node using a strategic merge patch, specifying the patch as JSON
  kubectl patch node k8s-node-1 -p '{"spec":{"unschedulable":true}}'
  
  # Partially update a node using a strategic merge patch, specifying the patch as YAML
  kubectl patch node k8s-node-1 -p $'spec:\\n unschedulable: true'
  
  # Update a container's image; spec.containers[*].name is required because it's a merge key
  kubectl patch pod valid-pod -p '{"spec":{"containers":[{"name":"kubernetes-serve-hostname","image":"new image"}]}}'
  
  # Update a container's image using a JSON patch with positional arrays
  kubectl patch pod valid-pod --type='json' -p='[{"op": "replace", "path": "/spec/containers/0/image", "value":"new image"}]'`,
  group: 'Advanced Commands',
  flags: patchFlags,
  run: patch,
});
