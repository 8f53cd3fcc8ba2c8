/** `kubectl top node|pod`: usage from the metrics API. */
import type { CommandOutcome } from '../../shell/command.js';
import { matches, nodeMetrics, parseLabelSelector, podMetrics } from '../../sim/index.js';
import { flagList } from '../cli/flags.js';
import { KubectlError } from '../errors.js';
import { api, namespaceOf } from '../env.js';
import { renderRows } from '../print/table.js';
import { f } from './common.js';
import { defineCommand, type CommandInv } from './globals.js';

function noMetrics(): never {
  throw new KubectlError('Metrics API not available');
}

const mi = (bytes: number): string => `${Math.floor(bytes / (1024 * 1024))}Mi`;

const topPodsFlags = flagList(
  f.allNamespaces(),
  f.selector(),
  { name: 'containers', type: 'bool', usage: 'If present, print usage of containers within a pod.' },
  { name: 'no-headers', type: 'bool', usage: 'If present, print output without headers.' },
  {
    name: 'sort-by',
    type: 'string',
    usage: "If non-empty, sort pods list using specified field. The field can be either 'cpu' or 'memory'.",
  },
  { name: 'field-selector', type: 'string', usage: 'Selector (field query) to filter on.' },
);

function topPods(inv: CommandInv<typeof topPodsFlags>): CommandOutcome {
  api(inv);
  const allNs = inv.flags.bool('all-namespaces');
  const ns = allNs ? undefined : namespaceOf(inv);
  let metrics = podMetrics(inv.env.cluster, ns) ?? noMetrics();
  const selector = inv.flags.str('selector');
  if (selector) {
    const sel = parseLabelSelector(selector);
    metrics = metrics.filter((m) => matches(sel, m.metadata.labels));
  }
  const named = inv.args[0];
  if (named) {
    api(inv).get('pods', ns, named);
    metrics = metrics.filter((m) => m.metadata.name === named);
    if (metrics.length === 0) throw new KubectlError(`metrics not available yet`);
  }
  if (metrics.length === 0) {
    inv.out.error(allNs ? 'No resources found' : `No resources found in ${ns ?? 'default'} namespace.`);
    return { stdout: '', stderr: '', exitCode: 0 };
  }
  const sortBy = inv.flags.str('sort-by');
  if (sortBy === 'cpu') metrics = [...metrics].sort((a, b) => b.cpuMillis - a.cpuMillis);
  if (sortBy === 'memory') metrics = [...metrics].sort((a, b) => b.memoryBytes - a.memoryBytes);
  const containers = inv.flags.bool('containers');
  const rows: string[][] = inv.flags.bool('no-headers')
    ? []
    : [
        [
          ...(allNs ? ['NAMESPACE'] : []),
          ...(containers ? ['POD', 'NAME'] : ['NAME']),
          'CPU(cores)',
          'MEMORY(bytes)',
          '',
        ],
      ];
  for (const m of metrics) {
    if (containers) {
      for (const c of m.containers)
        rows.push([
          ...(allNs ? [m.metadata.namespace] : []),
          m.metadata.name,
          c.name,
          `${Math.round(c.cpuMillis)}m`,
          mi(c.memoryBytes),
          '',
        ]);
    } else
      rows.push([
        ...(allNs ? [m.metadata.namespace] : []),
        m.metadata.name,
        `${Math.round(m.cpuMillis)}m`,
        mi(m.memoryBytes),
        '',
      ]);
  }
  return { stdout: renderRows(rows), stderr: '', exitCode: 0 };
}

const topNodesFlags = flagList(
  f.selector(),
  { name: 'no-headers', type: 'bool', usage: 'If present, print output without headers' },
  {
    name: 'sort-by',
    type: 'string',
    usage: "If non-empty, sort nodes list using specified field. The field can be either 'cpu' or 'memory'.",
  },
  {
    name: 'show-capacity',
    type: 'bool',
    usage: 'Print node resources based on Capacity instead of Allocatable(default) of the nodes.',
  },
);

function topNodes(inv: CommandInv<typeof topNodesFlags>): CommandOutcome {
  const server = api(inv);
  const metrics = nodeMetrics(inv.env.cluster) ?? noMetrics();
  const rows: string[][] = inv.flags.bool('no-headers')
    ? []
    : [['NAME', 'CPU(cores)', 'CPU(%)', 'MEMORY(bytes)', 'MEMORY(%)', '']];
  for (const n of server.list('nodes').items) {
    if (inv.args[0] && n.metadata.name !== inv.args[0]) continue;
    const m = metrics.find((x) => x.metadata.name === n.metadata.name);
    if (!m) {
      rows.push([n.metadata.name, '<unknown>', '<unknown>', '<unknown>', '<unknown>', '']);
      continue;
    }
    const alloc = (n.status as { allocatable?: { cpu?: string; memory?: string } } | undefined)?.allocatable;
    const cores = Number(alloc?.cpu ?? '2') || 2;
    const memKi = Number((alloc?.memory ?? '3912872Ki').replace(/Ki$/, '')) || 3912872;
    rows.push([
      n.metadata.name,
      `${Math.round(m.cpuMillis)}m`,
      `${Math.floor((m.cpuMillis / (cores * 1000)) * 100)}%`,
      mi(m.memoryBytes),
      `${Math.floor((m.memoryBytes / 1024 / memKi) * 100)}%`,
      '',
    ]);
  }
  return { stdout: renderRows(rows), stderr: '', exitCode: 0 };
}

export const topCommand = defineCommand({
  use: 'top',
  short: 'Display resource (CPU/memory) usage',
  long: 'Display resource (CPU/memory) usage.\n\n The top command allows you to see the resource consumption for nodes or pods.\n\n This command requires Metrics Server to be correctly configured and working on the server.',
  sub: [
    defineCommand({
      use: 'node [NAME | -l label]',
      aliases: ['nodes', 'no'],
      short: 'Display resource (CPU/memory) usage of nodes',
      flags: topNodesFlags,
      run: topNodes,
    }),
    defineCommand({
      use: 'pod [NAME | -l label]',
      aliases: ['pods', 'po'],
      short: 'Display resource (CPU/memory) usage of pods',
      flags: topPodsFlags,
      run: topPods,
    }),
  ],
});
