/** `kubectl scale`: set the replicas of deployments, replica sets and stateful sets. */
import type { CommandOutcome } from '../../shell/command.js';
import { flagList } from '../cli/flags.js';
import { KubectlError } from '../errors.js';
import { kindPrefixOf } from '../resources.js';
import { dryRunOf, dryRunSuffix, f, forEachTarget } from './common.js';
import { required } from './create/generator.js';
import { objectsOf, get, patch } from './workload.js';
import { defineCommand, type CommandInv } from './globals.js';

const scaleFlags = flagList(
  { name: 'replicas', type: 'int', default: '0', usage: 'The new desired number of replicas. Required.' },
  {
    name: 'current-replicas',
    type: 'int',
    default: '-1',
    usage:
      'Precondition for current size. Requires that the current size of the resource match this value in order to scale. -1 (default) for no condition.',
  },
  {
    name: 'resource-version',
    type: 'string',
    usage:
      'Precondition for resource version. Requires that the current resource version match this value in order to scale.',
  },
  { name: 'all', type: 'bool', usage: 'Select all resources in the namespace of the specified resource types' },
  f.dryRun(),
  f.output(),
  f.selector(),
  f.filename('identifying the resource to set a new size'),
  f.timeout(),
);

function scale(inv: CommandInv<typeof scaleFlags>): CommandOutcome {
  required(inv, 'replicas');
  const replicas = inv.flags.int('replicas');
  if (replicas < 0)
    throw new KubectlError('The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0');
  const targets = objectsOf(inv, inv.args);
  return forEachTarget(inv.out, targets, (t) => {
    if (!['Deployment', 'ReplicaSet', 'StatefulSet', 'ReplicationController'].includes(t.type.kind)) {
      inv.out.error(`error: no scaler has been implemented for {"${t.type.group}" "${t.type.kind}"}`);
      return false;
    }
    const current = get(inv, t.type, t.name);
    const expected = inv.flags.int('current-replicas');
    if (expected >= 0 && (current.spec?.replicas ?? 1) !== expected) {
      throw new KubectlError(`Expected replicas to be ${expected}, was ${current.spec?.replicas ?? 1}`);
    }
    if (dryRunOf(inv) !== 'client') patch(inv, t.type, t.name, { spec: { replicas } }, 'merge', 'scale');
    inv.out.println(`${kindPrefixOf(t.type)}/${t.name} scaled${dryRunSuffix(dryRunOf(inv))}`);
  });
}

export const scaleCommand = defineCommand({
  use: 'scale [--resource-version=version] [--current-replicas=count] --replicas=COUNT (-f FILENAME | TYPE NAME)',
  short: 'Set a new size for a deployment, replica set, or replication controller',
  long: 'Set a new size for a deployment, replica set, replication controller, or stateful set.\n\n Scale also allows users to specify one or more preconditions for the scale action.\n\n If --current-replicas or --resource-version is specified, it is validated before the scale is attempted, and it is guaranteed that the precondition holds true when the scale is sent to the server.',
  example: `  # Scale a replica set named 'foo' to 3
  kubectl scale --replicas=3 rs/foo
  
  # Scale a resource identified by type and name specified in "foo.yaml" to 3
  kubectl scale --replicas=3 -f foo.yaml
  
  # If the deployment named mysql's current size is 2, scale mysql to 3
  kubectl scale --current-replicas=2 --replicas=3 deployment/mysql
  
  # Scale multiple replication controllers
  kubectl scale --replicas=5 rc/example1 rc/example2 rc/example3
  
  # Scale stateful set named 'web' to 3
  kubectl scale --replicas=3 statefulset/web`,
  group: 'Deploy Commands',
  flags: scaleFlags,
  run: scale,
});
