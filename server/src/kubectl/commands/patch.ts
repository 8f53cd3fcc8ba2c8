/** `kubectl patch`: strategic, merge and JSON patches. */
import { parse as parseYaml } from 'yaml';
import type { CommandOutcome } from '../../shell/command.js';
import { groupResource, type PatchType } from '../../sim/index.js';
import { flagList } from '../cli/flags.js';
import { KubectlError } from '../errors.js';
import { api } from '../env.js';
import { dryRunOf, dryRunSuffix, f, forEachTarget, outputSpec } from './common.js';
import { emit } from './write.js';
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
  return forEachTarget(inv.out, targets, (t) => {
    const server = api(inv);
    const before = server.get(groupResource(t.type), t.namespace, t.name);
    const after = server.patch(groupResource(t.type), t.namespace, t.name, value, type, { dryRun: dry !== 'none' });
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
