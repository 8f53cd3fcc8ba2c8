/** PodDisruptionBudget, HorizontalPodAutoscaler, Lease (printers.go). */
import type { HorizontalPodAutoscaler, MetricSpec, MetricStatus } from 'kubernetes-types/autoscaling/v2';
import type { Lease } from 'kubernetes-types/coordination/v1';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import { canonicalQuantity } from '../../../lib/quantity.js';
import type { TablePrinter } from '../types.js';
import { age, col, intOrString, NAME } from './common.js';

export const podDisruptionBudgetPrinter: TablePrinter<PodDisruptionBudget> = {
  columns: [NAME, col('Min Available'), col('Max Unavailable'), col('Allowed Disruptions'), col('Age')],
  row: (pdb, ctx) => [
    pdb.metadata?.name ?? '',
    pdb.spec?.minAvailable !== undefined ? intOrString(pdb.spec.minAvailable) : 'N/A',
    pdb.spec?.maxUnavailable !== undefined ? intOrString(pdb.spec.maxUnavailable) : 'N/A',
    pdb.status?.disruptionsAllowed ?? 0,
    age(pdb, ctx),
  ],
};

const UNKNOWN = '<unknown>';

function q(v: string | undefined): string {
  return v === undefined ? '0' : canonicalQuantity(v);
}

/** One metric of formatHPAMetrics, in the `name: current/target` form of kubectl 1.30+. */
function hpaMetric(spec: MetricSpec, status: MetricStatus | undefined): string {
  switch (spec.type) {
    case 'External': {
      const t = spec.external?.target;
      if (t?.averageValue !== undefined) {
        const cur = status?.external?.current.averageValue;
        return `${cur !== undefined ? q(cur) : UNKNOWN}/${q(t.averageValue)} (avg)`;
      }
      return `${status?.external ? q(status.external.current.value) : UNKNOWN}/${q(t?.value)}`;
    }
    case 'Pods':
      return `${status?.pods ? q(status.pods.current.averageValue) : UNKNOWN}/${q(spec.pods?.target.averageValue)}`;
    case 'Object': {
      const t = spec.object?.target;
      if (t?.averageValue !== undefined) {
        const cur = status?.object?.current.averageValue;
        return `${cur !== undefined ? q(cur) : UNKNOWN}/${q(t.averageValue)} (avg)`;
      }
      return `${status?.object ? q(status.object.current.value) : UNKNOWN}/${q(t?.value)}`;
    }
    case 'Resource':
    case 'ContainerResource': {
      const src = spec.type === 'Resource' ? spec.resource : spec.containerResource;
      const cur = spec.type === 'Resource' ? status?.resource?.current : status?.containerResource?.current;
      const name = src?.name ?? '';
      if (src?.target.averageValue !== undefined) {
        return `${name}: ${cur ? q(cur.averageValue) : UNKNOWN}/${q(src.target.averageValue)}`;
      }
      const current = cur?.averageUtilization !== undefined ? `${cur.averageUtilization}%` : UNKNOWN;
      const target = src?.target.averageUtilization !== undefined ? `${src.target.averageUtilization}%` : '<auto>';
      return `${name}: ${current}/${target}`;
    }
    default:
      return '<unknown type>';
  }
}

interface V1Fields {
  spec?: { targetCPUUtilizationPercentage?: number };
  status?: { currentCPUUtilizationPercentage?: number };
}

/**
 * The metrics of an HPA, reading autoscaling/v1 objects the way the API server converts them:
 * one cpu utilization metric, 80% when no target is set.
 */
export function hpaMetrics(hpa: HorizontalPodAutoscaler): [MetricSpec[], MetricStatus[]] {
  if (!hpa.apiVersion?.endsWith('/v1')) return [hpa.spec?.metrics ?? [], hpa.status?.currentMetrics ?? []];
  const v1 = hpa as V1Fields;
  const target = v1.spec?.targetCPUUtilizationPercentage ?? 80;
  const current = v1.status?.currentCPUUtilizationPercentage;
  const spec: MetricSpec = {
    type: 'Resource',
    resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: target } },
  };
  const statuses: MetricStatus[] =
    current === undefined
      ? []
      : [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: current } } }];
  return [[spec], statuses];
}

/** formatHPAMetrics: at most two metrics, then ` + N more...`; `<none>` without metrics. */
export function hpaTargets(hpa: HorizontalPodAutoscaler): string {
  const [specs, statuses] = hpaMetrics(hpa);
  if (specs.length === 0) return '<none>';
  const list = specs.map((s, i) => hpaMetric(s, statuses[i]));
  const max = 2;
  if (list.length > max) return `${list.slice(0, max).join(', ')} + ${list.length - max} more...`;
  return list.join(', ');
}

export const horizontalPodAutoscalerPrinter: TablePrinter<HorizontalPodAutoscaler> = {
  columns: [NAME, col('Reference'), col('Targets'), col('MinPods'), col('MaxPods'), col('Replicas'), col('Age')],
  row: (hpa, ctx) => [
    hpa.metadata?.name ?? '',
    `${hpa.spec?.scaleTargetRef.kind ?? ''}/${hpa.spec?.scaleTargetRef.name ?? ''}`,
    hpaTargets(hpa),
    hpa.spec?.minReplicas !== undefined ? String(hpa.spec.minReplicas) : '<unset>',
    hpa.spec?.maxReplicas ?? 0,
    hpa.status?.currentReplicas ?? 0,
    age(hpa, ctx),
  ],
};

export const leasePrinter: TablePrinter<Lease> = {
  columns: [NAME, col('Holder'), col('Age')],
  row: (l, ctx) => [l.metadata?.name ?? '', l.spec?.holderIdentity ?? '', age(l, ctx)],
};
