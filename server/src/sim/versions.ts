/**
 * Older versions kube-apiserver still serves beside the stored one, converted on the way in and out:
 * autoscaling/v1 HorizontalPodAutoscaler (what `kubectl autoscale` creates) over the stored autoscaling/v2.
 * The API server converts what a client writes in one (the terminal's kubectl or a REST request); the REST API
 * converts what it answers back.
 */
import type { KubeObject } from './types.js';

/** An older version served beside the stored (preferred) one. */
export interface OlderVersion {
  group: string;
  version: string;
  plural: string;
  kind: string;
  storedVersion: string;
  /** A client's object in this version → the stored version. */
  toStored(obj: KubeObject): KubeObject;
  /** A stored object → this version. */
  fromStored(obj: KubeObject): KubeObject;
}

type Metric = { type?: string; resource?: { name?: string; target?: { type?: string; averageUtilization?: number } } };
type CurrentMetric = { type?: string; resource?: { name?: string; current?: { averageUtilization?: number } } };

const cpuUtilization = (metric: Metric | CurrentMetric | undefined): number | undefined => {
  if (metric?.type !== 'Resource' || metric.resource?.name !== 'cpu') return undefined;
  const r = metric.resource as { target?: { averageUtilization?: number }; current?: { averageUtilization?: number } };
  return r.target?.averageUtilization ?? r.current?.averageUtilization;
};

const hpaV1: OlderVersion = {
  group: 'autoscaling',
  version: 'v1',
  plural: 'horizontalpodautoscalers',
  kind: 'HorizontalPodAutoscaler',
  storedVersion: 'v2',
  toStored(obj) {
    const spec = (obj.spec ?? {}) as Record<string, unknown> & { targetCPUUtilizationPercentage?: number };
    const { targetCPUUtilizationPercentage: target, ...rest } = spec;
    return {
      ...obj,
      apiVersion: 'autoscaling/v2',
      spec: {
        ...rest,
        ...(target !== undefined
          ? {
              metrics: [
                {
                  type: 'Resource',
                  resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: target } },
                },
              ],
            }
          : {}),
      },
    };
  },
  fromStored(obj) {
    const {
      metrics,
      behavior: _b,
      ...spec
    } = (obj.spec ?? {}) as Record<string, unknown> & { metrics?: Metric[]; behavior?: unknown };
    const status = obj.status as
      (Record<string, unknown> & { currentMetrics?: CurrentMetric[]; conditions?: unknown }) | undefined;
    const target = metrics?.map(cpuUtilization).find((v) => v !== undefined);
    const current = status?.currentMetrics?.map(cpuUtilization).find((v) => v !== undefined);
    const { currentMetrics: _m, conditions: _c, ...restStatus } = status ?? {};
    return {
      ...obj,
      apiVersion: 'autoscaling/v1',
      spec: { ...spec, ...(target !== undefined ? { targetCPUUtilizationPercentage: target } : {}) },
      ...(status
        ? { status: { ...restStatus, ...(current !== undefined ? { currentCPUUtilizationPercentage: current } : {}) } }
        : {}),
    };
  },
};

export const OLDER_VERSIONS: readonly OlderVersion[] = [hpaV1];

/** The older version a URL's group, version and resource name, if it is one. */
export function servedVersion(group: string, version: string, plural: string): OlderVersion | undefined {
  return OLDER_VERSIONS.find((v) => v.group === group && v.version === version && v.plural === plural);
}

/** The older version an object's apiVersion and kind are in, if so. */
export function olderVersionOf(apiVersion: string | undefined, kind: string | undefined): OlderVersion | undefined {
  return OLDER_VERSIONS.find((v) => `${v.group}/${v.version}` === apiVersion && v.kind === kind);
}
