/** `kubectl taint`: add, replace and remove node taints. */
import type { CommandOutcome } from '../../shell/command.js';
import { flagList } from '../cli/flags.js';
import { KubectlError, UsageError } from '../errors.js';
import { api } from '../env.js';
import { f } from './common.js';
import type { NodeView } from './cordon.js';
import { defineCommand, type CommandInv } from './globals.js';

const taintFlags = flagList(
  { name: 'all', type: 'bool', usage: 'Select all nodes in the cluster' },
  f.overwrite(),
  f.dryRun(),
  f.output(),
  f.selector(),
  f.validate(),
);

function taint(inv: CommandInv<typeof taintFlags>): CommandOutcome {
  const [first, ...rest] = inv.args;
  if (!first) throw new KubectlError('one or more resources must be specified as <resource> <name>');
  const server = api(inv);
  let names: string[];
  let specs: string[];
  if (first.includes('/')) {
    names = [first.split('/')[1] ?? ''];
    specs = rest;
  } else {
    if (!['node', 'nodes', 'no'].includes(first))
      throw new KubectlError(`invalid resource type ${first}, only node types are supported`);
    const all = inv.flags.bool('all');
    names = all ? server.list('nodes').items.map((n) => n.metadata.name) : rest.slice(0, 1);
    specs = all ? rest : rest.slice(1);
  }
  if (specs.length === 0) throw new UsageError('at least one taint update is required');
  for (const name of names) {
    const node = server.get<NodeView>('nodes', undefined, name);
    let taints = [...(node.spec?.taints ?? [])];
    let removed = false;
    let added = false;
    for (const spec of specs) {
      if (spec.endsWith('-')) {
        const body = spec.slice(0, -1);
        const [key = '', effect] = body.split(':');
        const before = taints.length;
        taints = taints.filter((t) => !(t.key === key.split('=')[0] && (!effect || t.effect === effect)));
        if (taints.length === before) throw new KubectlError(`taint "${body}" not found`);
        removed = true;
        continue;
      }
      const m = /^([^=:]+)(?:=([^:]*))?:(NoSchedule|PreferNoSchedule|NoExecute)$/.exec(spec);
      if (!m) throw new KubectlError(`unknown taint spec: ${spec}`);
      const existing = taints.find((t) => t.key === m[1] && t.effect === m[3]);
      if (existing && !inv.flags.bool('overwrite'))
        throw new KubectlError(
          `node ${name} already has ${m[1]!} taint(s) with same effect(s) and --overwrite is false`,
        );
      taints = taints.filter((t) => !(t.key === m[1] && t.effect === m[3]));
      taints.push({ key: m[1]!, ...(m[2] !== undefined && m[2] !== '' ? { value: m[2] } : {}), effect: m[3]! });
      added = true;
    }
    server.patch('nodes', undefined, name, { spec: { taints: taints.length ? taints : null } }, 'merge');
    inv.out.println(`node/${name} ${added && !removed ? 'tainted' : !added && removed ? 'untainted' : 'modified'}`);
  }
  return { stdout: '', stderr: '', exitCode: 0 };
}

export const taintCommand = defineCommand({
  use: 'taint NODE NAME KEY_1=VAL_1:TAINT_EFFECT_1 ... KEY_N=VAL_N:TAINT_EFFECT_N',
  short: 'Update the taints on one or more nodes',
  long: `Update the taints on one or more nodes.

  *  A taint consists of a key, value, and effect. As an argument here, it is expressed as key=value:effect.
  *  The key must begin with a letter or number, and may contain letters, numbers, hyphens, dots, and underscores, up to 253 characters.
  *  Optionally, the key can begin with a DNS subdomain prefix and a single '/', like example.com/my-app.
  *  The value is optional. If given, it must begin with a letter or number, and may contain letters, numbers, hyphens, dots, and underscores, up to 63 characters.
  *  The effect must be NoSchedule, PreferNoSchedule or NoExecute.
  *  Currently taint can only apply to node.`,
  example: `  # Update node 'foo' with a taint with key 'dedicated' and value 'special-user' and effect 'NoSchedule'
  # If a taint with that key and effect already exists, its value is replaced as specified
  kubectl taint nodes foo dedicated=special-user:NoSchedule
  
  # Remove from node 'foo' the taint with key 'dedicated' and effect 'NoSchedule' if one exists
  kubectl taint nodes foo dedicated:NoSchedule-
  
  # Remove from node 'foo' all the taints with key 'dedicated'
  kubectl taint nodes foo dedicated-`,
  flags: taintFlags,
  run: taint,
});
