/**
 * The HorizontalPodAutoscaler controller (pkg/controller/podautoscaler), autoscaling/v2, for CPU
 * utilization: every 15 s it reads the simulated usage of the target's pods (the image's idle use
 * plus `runtime.podCpuMillis`) against their requests, computes
 * `ceil(currentReplicas * utilization / target)` with the 10% tolerance, applies min/max, the
 * scale-up rate limit and the 300 s scale-down stabilization window, and scales the target. Without
 * the metrics-server addon it reports the real FailedGetResourceMetric conditions.
 */
import type {
  HorizontalPodAutoscaler,
  HorizontalPodAutoscalerCondition,
  HorizontalPodAutoscalerStatus,
  MetricStatus,
} from 'kubernetes-types/autoscaling/v2';
import type { Pod } from 'kubernetes-types/core/v1';
import { parseQuantity, quantityMilliValue } from '../../../lib/quantity.js';
import { imageInfo } from '../../images/index.js';
import { fromLabelSelector, matches } from '../../selectors.js';
import type { Stored, WatchEvent } from '../../types.js';
import type { Controller, ControllerContext } from '../controller.js';
import { isPodReady, keyOf, podPhase, splitKey, writeStatus } from './util.js';

export const HPA_CONTROLLER = 'horizontal-pod-autoscaler';
const RESOURCE = 'horizontalpodautoscalers.autoscaling';
const SYNC_MS = 15_000;
const TOLERANCE = 0.1;
const RECOMMENDATIONS = 'hpa-recommendations';
const METRIC_NAME = 'cpu resource utilization (percentage of request)';
const NO_METRICS_API =
  'unable to get metrics for resource cpu: unable to fetch metrics from resource metrics API: the server could not find the requested resource (get pods.metrics.k8s.io)';

type HPA = Stored<HorizontalPodAutoscaler>;
type PodObj = Stored<Pod>;
interface Scalable extends Stored {
  spec?: { replicas?: number; selector?: Parameters<typeof fromLabelSelector>[0] };
}

const TARGETS: Readonly<Record<string, string>> = {
  Deployment: 'deployments.apps',
  ReplicaSet: 'replicasets.apps',
  StatefulSet: 'statefulsets.apps',
};

export const hpaController: Controller = {
  name: HPA_CONTROLLER,
  watches: [RESOURCE],
  keysFor(event: WatchEvent): readonly string[] {
    if (event.type === 'DELETED') return [];
    // Status writes are ours; only spec changes (or a new HPA) need a sync now.
    const changed = !event.old || JSON.stringify(event.old.spec) !== JSON.stringify(event.object.spec);
    return changed ? [keyOf(event.object)] : [];
  },
  reconcile(key, ctx) {
    syncHpa(ctx, key);
  },
};

/** The CPU a pod uses now, in millicores: its images' idle use plus the simulated load on it. */
export function podCpuUsage(pod: Stored<Pod>, podCpuMillis: Readonly<Record<string, number>>): number {
  let idle = 0;
  for (const c of pod.spec?.containers ?? []) idle += imageInfo(c.image ?? '')?.idleCpu ?? 1;
  return idle + (podCpuMillis[pod.metadata.uid] ?? 0);
}

function cpuRequest(pod: PodObj): { millis: number } | { missing: string } {
  let total = 0;
  for (const c of pod.spec?.containers ?? []) {
    const req = c.resources?.requests?.cpu;
    if (req === undefined)
      return { missing: `missing request for cpu in container ${c.name} of Pod ${pod.metadata.name}` };
    total += quantityMilliValue(parseQuantity(String(req)));
  }
  return { millis: total };
}

class HpaSync {
  readonly now: string;
  readonly conditions: HorizontalPodAutoscalerCondition[] = [];

  constructor(
    readonly ctx: ControllerContext,
    readonly hpa: HPA,
  ) {
    this.now = ctx.clock.timestamp();
  }

  condition(type: string, status: 'True' | 'False', reason: string, message: string): void {
    const prev = this.hpa.status?.conditions?.find((c) => c.type === type);
    const lastTransitionTime =
      prev && prev.status === status && prev.lastTransitionTime ? prev.lastTransitionTime : this.now;
    this.conditions.push({ type, status, lastTransitionTime, reason, message });
  }

  event(type: 'Normal' | 'Warning', reason: string, message: string): void {
    this.ctx.events.record(this.hpa, type, reason, message, HPA_CONTROLLER);
  }

  write(status: HorizontalPodAutoscalerStatus): void {
    const out: HorizontalPodAutoscalerStatus = { ...status, conditions: this.conditions };
    if (!out.currentMetrics) delete out.currentMetrics;
    writeStatus(this.ctx, this.hpa, out);
  }
}

function syncHpa(ctx: ControllerContext, key: string): void {
  const [ns, name] = splitKey(key);
  const hpa = ctx.store.get(RESOURCE, ns, name) as HPA | undefined;
  if (!hpa?.spec) return forget(ctx);
  ctx.requeueAfter(key, SYNC_MS, true);
  const s = new HpaSync(ctx, hpa);
  const spec = hpa.spec;
  const ref = spec.scaleTargetRef;
  const resource = TARGETS[ref.kind];
  const target = resource ? (ctx.store.get(resource, ns, ref.name) as Scalable | undefined) : undefined;
  const previous = hpa.status ?? { desiredReplicas: 0 };
  if (!target || !resource) {
    const what = resource
      ? `${resource} "${ref.name}" not found`
      : `no matches for kind "${ref.kind}" in group "${(ref.apiVersion ?? '').split('/')[0] ?? ''}"`;
    s.condition(
      'AbleToScale',
      'False',
      'FailedGetScale',
      `the HPA controller was unable to get the target's current scale: ${what}`,
    );
    s.event('Warning', 'FailedGetScale', what);
    return s.write({
      ...previous,
      currentReplicas: previous.currentReplicas ?? 0,
      desiredReplicas: previous.desiredReplicas,
    });
  }
  const current = target.spec?.replicas ?? 1;
  const min = spec.minReplicas ?? 1;
  if (current === 0 && min !== 0) {
    s.condition(
      'AbleToScale',
      'True',
      'SucceededGetScale',
      "the HPA controller was able to get the target's current scale",
    );
    s.condition(
      'ScalingActive',
      'False',
      'ScalingDisabled',
      'scaling is disabled since the replica count of the target is zero',
    );
    return s.write({ ...previous, currentReplicas: 0, desiredReplicas: 0 });
  }
  const metric = computeMetric(ctx, hpa, target, current);
  if ('error' in metric) {
    s.condition(
      'AbleToScale',
      'True',
      'SucceededGetScale',
      "the HPA controller was able to get the target's current scale",
    );
    s.condition(
      'ScalingActive',
      'False',
      'FailedGetResourceMetric',
      `the HPA was unable to compute the replica count: ${metric.error}`,
    );
    s.event('Warning', 'FailedGetResourceMetric', metric.error);
    s.event(
      'Warning',
      'FailedComputeMetricsReplicas',
      `invalid metrics (1 invalid out of 1), first error is: failed to get cpu resource metric value: ${metric.error}`,
    );
    return s.write({ ...previous, currentReplicas: current, desiredReplicas: previous.desiredReplicas });
  }
  // Normalize: stabilization (scale-down window), rate limits, then min/max.
  const nowMs = ctx.clock.now();
  const window = (spec.behavior?.scaleDown?.stabilizationWindowSeconds ?? 300) * 1000;
  const upWindow = (spec.behavior?.scaleUp?.stabilizationWindowSeconds ?? 0) * 1000;
  const store = (ctx.runtime.extra[RECOMMENDATIONS] ??= {}) as Record<string, [number, number][]>;
  const recs = (store[hpa.metadata.uid] ?? []).filter(([t]) => t > nowMs - Math.max(window, upWindow));
  recs.push([nowMs, metric.replicas]);
  store[hpa.metadata.uid] = recs;
  let upRec = metric.replicas;
  let downRec = metric.replicas;
  for (const [t, r] of recs) {
    if (t > nowMs - upWindow) upRec = Math.min(upRec, r);
    if (t > nowMs - window) downRec = Math.max(downRec, r);
  }
  let desired = current;
  if (upRec > current) desired = upRec;
  if (downRec < current) desired = downRec;
  const stabilized = desired !== metric.replicas && metric.replicas < current;
  const upLimit = Math.max(current * 2, current + 4);
  if (desired > upLimit) desired = upLimit;
  const max = spec.maxReplicas;
  let limited: [string, string] = ['DesiredWithinRange', 'the desired count is within the acceptable range'];
  if (desired > max) {
    desired = max;
    limited = ['TooManyReplicas', 'the desired replica count is more than the maximum replica count'];
  } else if (desired < min) {
    desired = min;
    limited = ['TooFewReplicas', 'the desired replica count is less than the minimum replica count'];
  }
  let lastScaleTime = previous.lastScaleTime;
  if (desired !== current) {
    ctx.api.patch(resource, ns, ref.name, { spec: { replicas: desired } }, 'merge');
    const reason = desired > current ? `${METRIC_NAME} above target` : 'All metrics below target';
    s.event('Normal', 'SuccessfulRescale', `New size: ${desired}; reason: ${reason}`);
    s.condition(
      'AbleToScale',
      'True',
      'SucceededRescale',
      `the HPA controller was able to update the target scale to ${desired}`,
    );
    lastScaleTime = s.now;
  } else if (stabilized) {
    s.condition(
      'AbleToScale',
      'True',
      'ScaleDownStabilized',
      'recent recommendations were higher than current one, applying the highest recent recommendation',
    );
  } else {
    s.condition('AbleToScale', 'True', 'ReadyForNewScale', 'recommended size matches current size');
  }
  s.condition(
    'ScalingActive',
    'True',
    'ValidMetricFound',
    `the HPA was able to successfully calculate a replica count from ${METRIC_NAME}`,
  );
  s.condition('ScalingLimited', limited[0] === 'DesiredWithinRange' ? 'False' : 'True', limited[0], limited[1]);
  s.write({
    ...(lastScaleTime ? { lastScaleTime } : {}),
    currentReplicas: current,
    desiredReplicas: desired,
    currentMetrics: [metric.status],
  });
}

/** Drops the recommendations of HPAs that are gone. */
function forget(ctx: ControllerContext): void {
  const store = ctx.runtime.extra[RECOMMENDATIONS] as Record<string, unknown> | undefined;
  if (!store) return;
  const live = new Set(ctx.store.list(RESOURCE).map((h) => h.metadata.uid));
  for (const uid of Object.keys(store)) if (!live.has(uid)) delete store[uid];
  if (Object.keys(store).length === 0) delete ctx.runtime.extra[RECOMMENDATIONS];
}

/** The replica count the CPU metric asks for (replica_calculator.go, simplified), or the error. */
function computeMetric(
  ctx: ControllerContext,
  hpa: HPA,
  target: Scalable,
  current: number,
): { replicas: number; status: MetricStatus } | { error: string } {
  const spec = hpa.spec;
  const cpu = spec?.metrics?.find((m) => m.type === 'Resource' && m.resource?.name === 'cpu');
  const targetUtil = cpu?.resource?.target.averageUtilization;
  if (!cpu || targetUtil === undefined)
    return { error: 'failed to get cpu utilization: only CPU utilization targets are simulated' };
  if (!ctx.settings.addons.includes('metrics-server') && !ctx.runtime.addons.includes('metrics-server')) {
    return { error: `failed to get cpu utilization: ${NO_METRICS_API}` };
  }
  const selector = fromLabelSelector(target.spec?.selector);
  const pods = (ctx.store.list('pods', hpa.metadata.namespace) as PodObj[]).filter(
    (p) =>
      selector &&
      matches(selector, p.metadata.labels) &&
      !p.metadata.deletionTimestamp &&
      podPhase(p) !== 'Failed' &&
      podPhase(p) !== 'Succeeded',
  );
  if (pods.length === 0)
    return {
      error:
        'failed to get cpu utilization: unable to get metrics for resource cpu: no metrics returned from resource metrics API',
    };
  let usage = 0;
  let requests = 0;
  let measured = 0;
  let missingRequests = 0;
  let missing = 0;
  for (const pod of pods) {
    const req = cpuRequest(pod);
    if ('missing' in req) return { error: `failed to get cpu utilization: ${req.missing}` };
    if (podPhase(pod) === 'Running' && isPodReady(pod)) {
      usage += podCpuUsage(pod, ctx.runtime.podCpuMillis);
      requests += req.millis;
      measured++;
    } else {
      missing++;
      missingRequests += req.millis;
    }
  }
  if (measured === 0)
    return {
      error: 'failed to get cpu utilization: did not receive metrics for targeted pods (pods might be unready)',
    };
  const util = Math.floor((usage * 100) / requests);
  const ratio = util / targetUtil;
  const status: MetricStatus = {
    type: 'Resource',
    resource: { name: 'cpu', current: { averageUtilization: util, averageValue: `${Math.floor(usage / measured)}m` } },
  };
  if (Math.abs(ratio - 1) <= TOLERANCE && missing === 0) return { replicas: current, status };
  if (missing === 0) return { replicas: Math.ceil(ratio * measured), status };
  // Pods without metrics count as idle when scaling up and as at their request when scaling down.
  if (Math.abs(ratio - 1) <= TOLERANCE) return { replicas: current, status };
  const assumed = ratio < 1 ? missingRequests : 0;
  const newRatio = Math.floor(((usage + assumed) * 100) / (requests + missingRequests)) / targetUtil;
  if (Math.abs(newRatio - 1) <= TOLERANCE || (ratio < 1 && newRatio > 1) || (ratio > 1 && newRatio < 1))
    return { replicas: current, status };
  const replicas = Math.ceil(newRatio * (measured + missing));
  if ((newRatio < 1 && replicas > current) || (newRatio > 1 && replicas < current))
    return { replicas: current, status };
  return { replicas, status };
}
