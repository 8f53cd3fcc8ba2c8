/** `kubectl cordon` and `kubectl uncordon`: mark nodes (un)schedulable. */
import type { CommandOutcome } from '../../shell/command.js';
import type { Stored } from '../../sim/index.js';
import { flagList } from '../cli/flags.js';
import { UsageError } from '../errors.js';
import { api, type KubeInv } from '../env.js';
import { f } from './common.js';
import { defineCommand, type CommandInv } from './globals.js';

export interface NodeView {
  spec?: { unschedulable?: boolean; taints?: { key: string; value?: string; effect: string }[] };
}

export function nodes(inv: KubeInv<{ selector: 'string' }>): Stored<NodeView>[] {
  const server = api(inv);
  const selector = inv.flags.str('selector');
  if (inv.args.length === 0 && !selector)
    throw new UsageError('USAGE: cordon NODE [flags]'.replace('cordon', inv.path.split(' ').pop() ?? 'cordon'));
  if (selector) return server.list<NodeView>('nodes', { labelSelector: selector }).items;
  return inv.args.map((n) => server.get<NodeView>('nodes', undefined, n.replace(/^(node|nodes|no)\//, '')));
}

const cordonFlags = flagList(f.dryRun(), f.selector());

function cordon(inv: CommandInv<typeof cordonFlags>, on: boolean): CommandOutcome {
  const server = api(inv);
  for (const n of nodes(inv)) {
    const already = Boolean(n.spec?.unschedulable) === on;
    if (!already)
      server.patch('nodes', undefined, n.metadata.name, { spec: { unschedulable: on ? true : null } }, 'merge');
    inv.out.println(`node/${n.metadata.name} ${already ? 'already ' : ''}${on ? 'cordoned' : 'uncordoned'}`);
  }
  return { stdout: '', stderr: '', exitCode: 0 };
}

export const cordonCommand = defineCommand({
  use: 'cordon NODE',
  short: 'Mark node as unschedulable',
  long: 'Mark node as unschedulable.',
  example: '  # Mark node "foo" as unschedulable\n  kubectl cordon foo',
  flags: cordonFlags,
  run: (inv) => cordon(inv, true),
});

export const uncordonCommand = defineCommand({
  use: 'uncordon NODE',
  short: 'Mark node as schedulable',
  long: 'Mark node as schedulable.',
  example: '  # Mark node "foo" as schedulable\n  kubectl uncordon foo',
  flags: [f.dryRun(), f.selector()],
  run: (inv) => cordon(inv, false),
});
