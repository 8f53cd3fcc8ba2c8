/**
 * The Metrics API (`metrics.k8s.io/v1beta1`) over the sandbox, as metrics-server v0.7 serves it through the
 * aggregator (kubernetes-sigs/metrics-server pkg/api): NodeMetrics and PodMetrics, get and list (label selectors,
 * `metadata.name`/`metadata.namespace` field selectors), Tables with its Name, cpu, memory and Window columns. The
 * numbers are the sim's, the same ones the terminal's `kubectl top` prints. Absent (not even discovered) while the
 * metrics-server addon is disabled, so real kubectl says "Metrics API not available" as ours does.
 */
import type { Cluster, NodeMetrics, PodMetrics } from '../sim/index.js';
import {
  METRICS_GROUP_VERSION,
  METRICS_TYPES,
  metricsAvailable,
  nodeMetrics,
  oneNodeMetrics,
  onePodMetrics,
  podMetrics,
} from '../sim/index.js';
import { addQuantity, formatQuantity, tryParseQuantity, type Quantity } from '../lib/quantity.js';
import { includeObjectOf } from './list.js';
import { jsonResponse, notFoundResponse, statusResponse } from './status.js';
import { wantsTable } from './table.js';
import type { KubeApiResponse } from './types.js';

export const isMetricsGroup = (group: string) => group === 'metrics.k8s.io';

export interface MetricsRequest {
  method: string;
  version: string;
  resource: string;
  namespace: string | undefined;
  name: string | undefined;
  subresource: string | undefined;
  query: URLSearchParams;
  accept: string | undefined;
}

export function answerMetrics(cluster: Cluster, req: MetricsRequest): KubeApiResponse {
  const type = (metricsAvailable(cluster) ? METRICS_TYPES : []).find(
    (t) => t.version === req.version && t.plural === req.resource,
  );
  if (!type || req.subresource !== undefined || (req.namespace !== undefined && !type.namespaced))
    return notFoundResponse();
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return statusResponse(405, 'the server does not allow this method on the requested resource', 'MethodNotAllowed');
  // Neither storage implements rest.Watcher.
  if (req.name === undefined && ['true', '1'].includes(req.query.get('watch') ?? ''))
    return statusResponse(405, 'the server does not allow this method on the requested resource', 'MethodNotAllowed');
  const selectors = {
    labelSelector: req.query.get('labelSelector') ?? undefined,
    fieldSelector: req.query.get('fieldSelector') ?? undefined,
  };
  const pods = type.kind === 'PodMetrics';
  const items: (PodMetrics | NodeMetrics)[] =
    req.name !== undefined
      ? [pods ? onePodMetrics(cluster, req.namespace ?? 'default', req.name) : oneNodeMetrics(cluster, req.name)]
      : ((pods ? podMetrics(cluster, req.namespace, selectors) : nodeMetrics(cluster, selectors)) ?? []);
  if (wantsTable(req.accept)) return jsonResponse(metricsTable(items, includeObjectOf(req.query)));
  if (req.name !== undefined) return jsonResponse(items[0]);
  return jsonResponse({
    kind: `${type.kind}List`,
    apiVersion: METRICS_GROUP_VERSION,
    metadata: {},
    items,
  });
}

const ZERO: Quantity = { nanos: 0n, format: 'DecimalSI' };

/** A pod's usage summed over its containers, as addPodMetricsToTable adds them (resource names in sorted order). */
function usageOf(item: PodMetrics | NodeMetrics): { cpu: Quantity; memory: Quantity } {
  const parts = 'containers' in item ? item.containers.map((c) => c.usage) : [item.usage];
  let cpu = ZERO;
  let memory = ZERO;
  for (const u of parts) {
    cpu = addQuantity(cpu, tryParseQuantity(u.cpu) ?? ZERO);
    memory = addQuantity(memory, tryParseQuantity(u.memory) ?? ZERO);
  }
  return { cpu, memory };
}

/** metrics-server pkg/api/table.go: Name, then one quantity column per resource, then Window. */
function metricsTable(items: readonly (PodMetrics | NodeMetrics)[], include: 'None' | 'Metadata' | 'Object') {
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: {},
    columnDefinitions:
      items.length === 0
        ? null
        : [
            { name: 'Name', type: 'string', format: 'name', description: 'Name of the resource', priority: 0 },
            { name: 'cpu', type: 'string', format: 'quantity', description: '', priority: 0 },
            { name: 'memory', type: 'string', format: 'quantity', description: '', priority: 0 },
            { name: 'Window', type: 'string', format: 'duration', description: '', priority: 0 },
          ],
    rows: items.map((item) => {
      const { cpu, memory } = usageOf(item);
      const object =
        include === 'None'
          ? undefined
          : include === 'Object'
            ? item
            : { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: item.metadata };
      return {
        cells: [item.metadata.name, formatQuantity(cpu), formatQuantity(memory), item.window],
        ...(object ? { object } : {}),
      };
    }),
  };
}
