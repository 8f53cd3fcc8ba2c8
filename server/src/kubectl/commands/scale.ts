/** `kubectl scale`: set the replicas of deployments, replica sets and stateful sets. */
import type { CommandOutcome } from '../../shell/command.js';
import { flagList } from '../cli/flags.js';
import { customScale, hasScaleSubresource, isStatusError, replicasPatch, type StatusError } from '../../sim/index.js';
import { api } from '../env.js';
import { KubectlError, formatStatusError } from '../errors.js';
import { kindPrefixOf } from '../resources.js';
import { dryRunOf, dryRunSuffix, f, forEachTarget } from './common.js';
import { required } from './create/generator.js';
import { objectsOf, get, patch } from './workload.js';
import { NO_RESOURCES } from './label.js';
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
  if (inv.args.length === 0 && inv.flags.list('filename').length === 0) throw new KubectlError(NO_RESOURCES);
  const replicas = inv.flags.int('replicas');
  if (replicas < 0)
    throw new KubectlError('The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0');
  // The builder fetches every object first (ContinueOnError); none found ends with kubectl's own wording, some
  // missing are reported after the others are scaled (kubernetes/kubectl pkg/cmd/scale/scale.go, RunScale).
  const found: { t: ReturnType<typeof objectsOf>[number]; current: ReturnType<typeof get> }[] = [];
  const missing: StatusError[] = [];
  for (const t of objectsOf(inv, inv.args)) {
    try {
      found.push({ t, current: get(inv, t.type, t.name) });
    } catch (e) {
      if (!isStatusError(e)) throw e;
      missing.push(e);
    }
  }
  if (found.length === 0 && missing.length > 0) {
    const messages = missing.map((e) => e.message);
    throw new KubectlError(
      `no objects passed to scale ${messages.length === 1 ? messages[0]! : `[${messages.join(', ')}]`}`,
    );
  }
  const result = forEachTarget(inv.out, found, ({ t, current }) => {
    // kubectl scales through the scale subresource, which a kind without one does not serve.
    if (!hasScaleSubresource(t.type)) {
      inv.out.error('Error from server (NotFound): the server could not find the requested resource');
      return false;
    }
    const custom = api(inv).customScale(t.type);
    const now = custom ? customScale(custom, current).specReplicas : (current.spec?.replicas ?? 1);
    const expected = inv.flags.int('current-replicas');
    if (expected >= 0 && now !== expected) {
      throw new KubectlError(`Expected replicas to be ${expected}, was ${now}`);
    }
    const body = custom ? replicasPatch(custom, replicas) : { spec: { replicas } };
    if (dryRunOf(inv) !== 'client') patch(inv, t.type, t.name, body, 'merge', 'scale');
    inv.out.println(`${kindPrefixOf(t.type)}/${t.name} scaled${dryRunSuffix(dryRunOf(inv))}`);
  });
  for (const e of missing) inv.out.error(formatStatusError(e));
  return missing.length > 0 ? { ...result, exitCode: 1 } : result;
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
