/** `kubectl taint`: add, replace and remove node taints. */
import type { CommandOutcome } from '../../shell/command.js';
import { flagList } from '../cli/flags.js';
import { KubectlError } from '../errors.js';
import { api } from '../env.js';
import { f } from './common.js';
import type { NodeView } from './cordon.js';

type Taint = NonNullable<NonNullable<NodeView['spec']>['taints']>[number];
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
    // As kubectl's taint: a word with `=` or `:` or a trailing `-` is a taint, any other a node name.
    const isTaint = (w: string) => w.includes('=') || w.includes(':') || w.endsWith('-');
    names = all ? server.list('nodes').items.map((n) => n.metadata.name) : rest.filter((w) => !isTaint(w));
    specs = rest.filter(isTaint);
  }
  if (specs.length === 0) throw new KubectlError('at least one taint update is required');
  const toAdd: Taint[] = [];
  const toRemove: { key: string; effect?: string }[] = [];
  for (const spec of specs) {
    if (spec.endsWith('-')) {
      const [key = '', effect] = spec.slice(0, -1).split(':');
      toRemove.push({ key: key.split('=')[0]!, ...(effect ? { effect } : {}) });
      continue;
    }
    const m = /^([^=:]+)(?:=([^:]*))?:(NoSchedule|PreferNoSchedule|NoExecute)$/.exec(spec);
    if (!m) throw new KubectlError(`unknown taint spec: ${spec}`);
    toAdd.push({ key: m[1]!, ...(m[2] !== undefined && m[2] !== '' ? { value: m[2] } : {}), effect: m[3]! });
  }
  const overwrite = inv.flags.bool('overwrite');
  for (const name of names) {
    const node = server.get<NodeView>('nodes', undefined, name);
    const old = node.spec?.taints ?? [];
    const same = (a: Taint, b: Taint) => a.key === b.key && a.effect === b.effect;
    const existing = toAdd.filter((t) => old.some((o) => same(o, t)));
    if (existing.length > 0 && !overwrite)
      throw new KubectlError(
        `node ${name} already has ${existing.map((t) => t.key).join(',')} taint(s) with same effect(s) and --overwrite is false`,
      );
    // kubectl's reorganizeTaints: the new taints first, then the old ones they leave; "added" when the count changed.
    const taints = [...toAdd, ...old.filter((o) => !toAdd.some((t) => same(o, t)))];
    const added = taints.length !== old.length;
    let deleted = false;
    const notFound: string[] = [];
    for (const r of toRemove) {
      const before = taints.length;
      for (let i = taints.length - 1; i >= 0; i--)
        if (taints[i]!.key === r.key && (!r.effect || taints[i]!.effect === r.effect)) taints.splice(i, 1);
      if (taints.length < before) deleted = true;
      // Named as kubectl's Taint.ToString names it, without the value a removal ignores.
      else notFound.push(`taint "${r.key}${r.effect ? `:${r.effect}` : ''}" not found`);
    }
    if (notFound.length === 1) throw new KubectlError(notFound[0]!);
    if (notFound.length > 1) throw new KubectlError(`[${notFound.join(', ')}]`);
    server.patch('nodes', undefined, name, { spec: { taints: taints.length ? taints : null } }, 'merge');
    const operation = (added && deleted) || overwrite ? 'modified' : added ? 'tainted' : 'untainted';
    inv.out.println(`node/${name} ${operation}`);
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
