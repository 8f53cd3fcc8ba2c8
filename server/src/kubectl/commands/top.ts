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

/** Accepted for compatibility: the simulated metrics API has one encoding. */
const USE_PROTOCOL_BUFFERS = {
  name: 'use-protocol-buffers',
  type: 'bool',
  default: 'true',
  usage: 'Enables using protocol-buffers to access Metrics API.',
} as const;

/**
 * `--sum` (metricsutil printPodResourcesSum): underlines under the two usage columns, then the totals. Its width
 * counts the NAMESPACE and POD columns only when headers are printed, as kubectl's does.
 */
function sumRows(cpu: number, memory: number, columns: number): string[][] {
  const pad = (n: number) => Array.from({ length: Math.max(0, n) }, () => '');
  return [
    [...pad(columns - 2), '________', '________', ''],
    [...pad(columns - 3), '', `${Math.round(cpu)}m`, mi(memory), ''],
  ];
}

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
  {
    name: 'sum',
    type: 'bool',
    usage: 'Print the sum of the resource usage',
  },
  USE_PROTOCOL_BUFFERS,
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
  const fieldSelector = inv.flags.str('field-selector');
  if (fieldSelector) {
    const keep = new Set(
      api(inv)
        .list('pods', { namespace: ns, fieldSelector })
        .items.map((p) => `${p.metadata.namespace ?? ''}/${p.metadata.name}`),
    );
    metrics = metrics.filter((m) => keep.has(`${m.metadata.namespace}/${m.metadata.name}`));
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
  if (inv.flags.bool('sum')) {
    const headers = !inv.flags.bool('no-headers');
    const columns = 3 + (headers && allNs ? 1 : 0) + (headers && containers ? 1 : 0);
    // The total of what the rows show (each row's usage is a whole number of millicores).
    const cpu = metrics.reduce(
      (t, m) =>
        t + (containers ? m.containers.reduce((c, x) => c + Math.round(x.cpuMillis), 0) : Math.round(m.cpuMillis)),
      0,
    );
    const memory = metrics.reduce((t, m) => t + m.memoryBytes, 0);
    rows.push(...sumRows(cpu, memory, columns));
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
  USE_PROTOCOL_BUFFERS,
);

function topNodes(inv: CommandInv<typeof topNodesFlags>): CommandOutcome {
  const server = api(inv);
  const metrics = nodeMetrics(inv.env.cluster) ?? noMetrics();
  const rows: string[][] = inv.flags.bool('no-headers')
    ? []
    : [['NAME', 'CPU(cores)', 'CPU(%)', 'MEMORY(bytes)', 'MEMORY(%)', '']];
  const selector = inv.flags.str('selector');
  const nodes = server
    .list('nodes', selector ? { labelSelector: selector } : {})
    .items.filter((n) => !inv.args[0] || n.metadata.name === inv.args[0]);
  if (inv.args[0] && nodes.length === 0) server.get('nodes', undefined, inv.args[0]);
  const measured = nodes
    .map((n) => ({ n, m: metrics.find((x) => x.metadata.name === n.metadata.name) }))
    .filter((x): x is { n: (typeof nodes)[number]; m: (typeof metrics)[number] } => x.m !== undefined);
  if (measured.length === 0) throw new KubectlError('metrics not available yet');
  // NodeMetricsSorter: by name, or by usage (largest first) with --sort-by.
  const sortBy = inv.flags.str('sort-by');
  if (sortBy === 'cpu') measured.sort((a, b) => b.m.cpuMillis - a.m.cpuMillis);
  else if (sortBy === 'memory') measured.sort((a, b) => b.m.memoryBytes - a.m.memoryBytes);
  else measured.sort((a, b) => (a.n.metadata.name < b.n.metadata.name ? -1 : 1));
  // Nodes the metrics API has nothing for yet come last.
  const missing = nodes.filter((n) => !measured.some((x) => x.n === n));
  const field = inv.flags.bool('show-capacity') ? 'capacity' : 'allocatable';
  for (const { n, m } of measured) {
    const alloc = (n.status as Record<string, { cpu?: string; memory?: string } | undefined> | undefined)?.[field];
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
  for (const n of missing) rows.push([n.metadata.name, '<unknown>', '<unknown>', '<unknown>', '<unknown>', '']);
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
