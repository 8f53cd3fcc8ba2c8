/**
 * `kubectl top node|pod`: usage from the metrics API (the sim's metrics-server), printed as kubectl v1.32's
 * metricsutil.TopCmdPrinter does (kubectl pkg/cmd/top/top_pod.go, top_node.go, pkg/metricsutil): quantities are added
 * exactly, CPU is shown rounded up to millicores (Quantity.MilliValue) and memory in whole MiB.
 */
import type { CommandOutcome } from '../../shell/command.js';
import { addQuantity, quantityMilliValue, quantityValue, tryParseQuantity, type Quantity } from '../../lib/quantity.js';
import {
  goDuration,
  metricsAvailable,
  nodeMetrics,
  oneNodeMetrics,
  onePodMetrics,
  podMetrics,
  type ContainerMetrics,
  type NodeMetrics,
  type PodMetrics,
} from '../../sim/index.js';
import { flagList } from '../cli/flags.js';
import { KubectlError } from '../errors.js';
import { api, namespaceOf, now, type KubeInv } from '../env.js';
import { renderRows } from '../print/table.js';
import { f } from './common.js';
import { defineCommand, type CommandInv } from './globals.js';

/** Accepted for compatibility: the simulated metrics API has one encoding. */
const USE_PROTOCOL_BUFFERS = {
  name: 'use-protocol-buffers',
  type: 'bool',
  default: 'true',
  usage: 'Enables using protocol-buffers to access Metrics API.',
} as const;

/** What kubectl checks first (SupportedMetricsAPIVersionAvailable over the discovered groups). */
function requireMetricsApi(inv: KubeInv): void {
  if (!metricsAvailable(inv.env.cluster)) throw new KubectlError('Metrics API not available');
}

function validateSortBy(sortBy: string): void {
  if (sortBy && sortBy !== 'cpu' && sortBy !== 'memory') throw new KubectlError('--sort-by accepts only cpu or memory');
}

const ZERO: Quantity = { nanos: 0n, format: 'DecimalSI' };
const quantity = (text: string | undefined): Quantity => (text ? tryParseQuantity(text) : undefined) ?? ZERO;

interface Totals {
  cpu: Quantity;
  memory: Quantity;
}

/** getPodMetrics / ResourceAdder: the exact sum of the containers' usage. */
function sumContainers(containers: readonly ContainerMetrics[], into: Totals = { cpu: ZERO, memory: ZERO }): Totals {
  for (const c of containers) {
    into.cpu = addQuantity(into.cpu, quantity(c.usage.cpu));
    into.memory = addQuantity(into.memory, quantity(c.usage.memory));
  }
  return into;
}

const cpuText = (q: Quantity) => `${quantityMilliValue(q)}m`;
const memoryText = (q: Quantity) => `${Math.trunc(quantityValue(q) / (1024 * 1024))}Mi`;
/** printAllResourceUsages: int64(float64(usage.MilliValue()) / float64(available.MilliValue()) * 100). */
const percent = (used: Quantity, available: Quantity) =>
  `${Math.trunc((quantityMilliValue(used) / quantityMilliValue(available)) * 100)}%`;

/** metrics_sorter.go: largest first for `cpu` and `memory`, else by name (stable, as Go's sort is on short lists). */
function sorted<T>(items: readonly T[], sortBy: string, totals: (item: T) => Totals, name: (item: T) => string): T[] {
  const out = [...items];
  if (sortBy === 'cpu')
    return out.sort((a, b) => quantityMilliValue(totals(b).cpu) - quantityMilliValue(totals(a).cpu));
  if (sortBy === 'memory') return out.sort((a, b) => quantityValue(totals(b).memory) - quantityValue(totals(a).memory));
  return out.sort((a, b) => (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0));
}

/**
 * `--sum` (metricsutil printPodResourcesSum): underlines under the two usage columns, then the totals. Its width
 * counts the NAMESPACE and POD columns only when headers are printed, as kubectl's does.
 */
function sumRows(total: Totals, columns: number): string[][] {
  const pad = (n: number) => Array.from({ length: Math.max(0, n) }, () => '');
  return [
    [...pad(columns - 2), '________', '________', ''],
    [...pad(columns - 3), '', cpuText(total.cpu), memoryText(total.memory), ''],
  ];
}

/** metricsCreationDelay in top_pod.go: a pod younger than this may have no metrics yet. */
const METRICS_CREATION_DELAY_MS = 2 * 60_000;

interface PodSelectors {
  labelSelector: string;
  fieldSelector: string;
}

/**
 * verifyEmptyMetrics: why the metrics API returned nothing. A pod too old to be waiting for its first scrape is
 * named; otherwise the metrics are "not available yet"; no pods at all is not an error.
 */
function verifyEmptyMetrics(inv: KubeInv, ns: string, named: string | undefined, selectors: PodSelectors): void {
  const pods = named ? [api(inv).get('pods', ns, named)] : api(inv).list('pods', { namespace: ns, ...selectors }).items;
  if (pods.length === 0) return;
  for (const pod of pods) {
    const age = now(inv) - Date.parse(pod.metadata.creationTimestamp ?? '');
    if (age > METRICS_CREATION_DELAY_MS) {
      throw new KubectlError(
        `Metrics not available for pod ${pod.metadata.namespace ?? ns}/${pod.metadata.name}, age: ${goDuration(age)}`,
      );
    }
  }
  throw new KubectlError('metrics not available yet');
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
  const sortBy = inv.flags.str('sort-by');
  validateSortBy(sortBy);
  const named = inv.args[0];
  const selectors = { labelSelector: inv.flags.str('selector'), fieldSelector: inv.flags.str('field-selector') };
  if (named && (selectors.labelSelector || selectors.fieldSelector))
    throw new KubectlError('only one of NAME or selector can be provided');
  api(inv);
  requireMetricsApi(inv);
  const allNs = inv.flags.bool('all-namespaces');
  const ns = namespaceOf(inv);
  const cluster = inv.env.cluster;
  const metrics: PodMetrics[] = named
    ? [onePodMetrics(cluster, ns, named)]
    : (podMetrics(cluster, allNs ? undefined : ns, selectors) ?? []);
  if (metrics.length === 0) {
    // As kubectl does, the pods are looked for in the current namespace even with -A.
    verifyEmptyMetrics(inv, ns, named, selectors);
    inv.out.error(allNs ? 'No resources found' : `No resources found in ${ns} namespace.`);
    return { stdout: '', stderr: '', exitCode: 0 };
  }
  const containers = inv.flags.bool('containers');
  const headers = !inv.flags.bool('no-headers');
  const rows: string[][] = headers
    ? [[...(allNs ? ['NAMESPACE'] : []), ...(containers ? ['POD'] : []), 'NAME', 'CPU(cores)', 'MEMORY(bytes)', '']]
    : [];
  const totals = new Map(metrics.map((m) => [m, sumContainers(m.containers)]));
  const podKey = (m: PodMetrics) => (allNs ? `${m.metadata.namespace}\u0000${m.metadata.name}` : m.metadata.name);
  for (const m of sorted(metrics, sortBy, (x) => totals.get(x)!, podKey)) {
    const prefix = allNs ? [m.metadata.namespace] : [];
    if (!containers) {
      const t = totals.get(m)!;
      rows.push([...prefix, m.metadata.name, cpuText(t.cpu), memoryText(t.memory), '']);
      continue;
    }
    for (const c of sorted(
      m.containers,
      sortBy,
      (x) => sumContainers([x]),
      (x) => x.name,
    )) {
      const t = sumContainers([c]);
      rows.push([...prefix, m.metadata.name, c.name, cpuText(t.cpu), memoryText(t.memory), '']);
    }
  }
  if (inv.flags.bool('sum')) {
    const columns = 3 + (headers && allNs ? 1 : 0) + (headers && containers ? 1 : 0);
    const total: Totals = { cpu: ZERO, memory: ZERO };
    for (const m of metrics) sumContainers(m.containers, total);
    rows.push(...sumRows(total, columns));
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
  const sortBy = inv.flags.str('sort-by');
  validateSortBy(sortBy);
  const named = inv.args[0];
  const labelSelector = inv.flags.str('selector');
  if (named && labelSelector) throw new KubectlError('only one of NAME or --selector can be provided');
  const server = api(inv);
  requireMetricsApi(inv);
  const cluster = inv.env.cluster;
  const metrics = named ? [oneNodeMetrics(cluster, named)] : (nodeMetrics(cluster, { labelSelector }) ?? []);
  if (metrics.length === 0) throw new KubectlError('metrics not available yet');
  const nodes = named ? [server.get('nodes', undefined, named)] : server.list('nodes', { labelSelector }).items;
  const field = inv.flags.bool('show-capacity') ? 'capacity' : 'allocatable';
  type Amounts = { cpu?: string; memory?: string };
  const available = new Map(
    nodes.map((n) => [n.metadata.name, (n.status as Record<string, Amounts | undefined> | undefined)?.[field] ?? {}]),
  );
  const rows: string[][] = inv.flags.bool('no-headers')
    ? []
    : [['NAME', 'CPU(cores)', 'CPU(%)', 'MEMORY(bytes)', 'MEMORY(%)', '']];
  const usageOf = (m: NodeMetrics): Totals => ({ cpu: quantity(m.usage.cpu), memory: quantity(m.usage.memory) });
  for (const m of sorted(metrics, sortBy, usageOf, (x) => x.metadata.name)) {
    const used = usageOf(m);
    const alloc = available.get(m.metadata.name);
    // A node the node list did not return gets no percentages, as in kubectl.
    rows.push([
      m.metadata.name,
      cpuText(used.cpu),
      ...(alloc?.cpu ? [percent(used.cpu, quantity(alloc.cpu))] : []),
      memoryText(used.memory),
      ...(alloc?.memory ? [percent(used.memory, quantity(alloc.memory))] : []),
      '',
    ]);
    available.delete(m.metadata.name);
  }
  // Nodes the metrics API has nothing for (a stopped machine) come last.
  for (const name of available.keys()) rows.push([name, '<unknown>', '<unknown>', '<unknown>', '<unknown>', '']);
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
