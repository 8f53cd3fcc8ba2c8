import type { HorizontalPodAutoscaler } from 'kubernetes-types/autoscaling/v2';
import type { Deployment } from 'kubernetes-types/apps/v1';
import type { Pod } from 'kubernetes-types/core/v1';
import { Cluster } from '../../../server/src/sim/index.js';
import { NODE_CONTROLLERS } from '../../../server/src/sim/node/index.js';
import { SERVICE_CONTROLLERS } from '../../../server/src/sim/controllers/services/index.js';
import { WORKLOAD_CONTROLLERS } from '../../../server/src/sim/controllers/workloads/index.js';
import { cluster, eventsFor, realNodes } from './helpers.js';

/** A cluster whose simulated load the test sets itself (no load controller rewriting it). */
function manualLoad(): Cluster {
  if (!realNodes) return cluster();
  return Cluster.create({
    controllers: [
      ...WORKLOAD_CONTROLLERS,
      ...NODE_CONTROLLERS,
      ...SERVICE_CONTROLLERS.filter((c) => c.name !== 'load'),
    ],
  });
}

/** Spreads `millicores` of load over the ready php-apache pods (as a load generator behind a Service does), for `ms`. */
function load(c: Cluster, millicores: number, ms: number): void {
  for (let t = 0; t < ms; t += 5000) {
    const ready = c.api
      .list<Pod>('pods', { namespace: 'default', labelSelector: 'run=php-apache' })
      .items.filter((p) => p.status?.conditions?.some((x) => x.type === 'Ready' && x.status === 'True'));
    c.runtime.podCpuMillis = Object.fromEntries(
      ready.map((p) => [p.metadata.uid, Math.round(millicores / ready.length)]),
    );
    c.advance(5000);
  }
}

/** The HPA walkthrough of the Kubernetes documentation. */
function phpApache(c: ReturnType<typeof cluster>) {
  c.api.create({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'php-apache' },
    spec: {
      selector: { matchLabels: { run: 'php-apache' } },
      template: {
        metadata: { labels: { run: 'php-apache' } },
        spec: {
          containers: [
            {
              name: 'php-apache',
              image: 'registry.k8s.io/hpa-example',
              ports: [{ containerPort: 80 }],
              resources: { limits: { cpu: '500m' }, requests: { cpu: '200m' } },
            },
          ],
        },
      },
    },
  });
  c.api.create({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'php-apache', labels: { run: 'php-apache' } },
    spec: { ports: [{ port: 80 }], selector: { run: 'php-apache' } },
  });
  c.api.create({
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name: 'php-apache' },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'php-apache' },
      minReplicas: 1,
      maxReplicas: 10,
      metrics: [
        { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } },
      ],
    },
  });
}

describe('HorizontalPodAutoscaler', () => {
  it('reports <unknown> with the real conditions when metrics-server is not enabled', () => {
    const c = cluster();
    phpApache(c);
    c.advance(30_000);
    const hpa = c.api.get<HorizontalPodAutoscaler>('horizontalpodautoscalers.autoscaling', 'default', 'php-apache');
    expect(hpa.status?.currentMetrics).toBeUndefined();
    expect(hpa.status?.conditions?.map((x) => [x.type, x.status, x.reason])).toEqual([
      ['AbleToScale', 'True', 'SucceededGetScale'],
      ['ScalingActive', 'False', 'FailedGetResourceMetric'],
    ]);
    expect(hpa.status?.conditions?.[1]?.message).toBe(
      'the HPA was unable to compute the replica count: failed to get cpu utilization: unable to get metrics for resource cpu: unable to fetch metrics from resource metrics API: the server could not find the requested resource (get pods.metrics.k8s.io)',
    );
    expect(
      eventsFor(c, 'php-apache').some((e) => e.startsWith('FailedGetResourceMetric: failed to get cpu utilization')),
    ).toBe(true);
  });

  it('scales up under load and back down after the stabilization window', () => {
    const c = manualLoad();
    c.setAddon('metrics-server', true);
    phpApache(c);
    c.advance(60_000);
    let hpa = c.api.get<HorizontalPodAutoscaler>('horizontalpodautoscalers.autoscaling', 'default', 'php-apache');
    expect(hpa.status).toMatchObject({ currentReplicas: 1, desiredReplicas: 1 });
    expect(hpa.status?.currentMetrics?.[0]?.resource?.current.averageUtilization).toBeLessThan(5);
    // 500m on one pod requesting 200m: 250% of request against a 50% target → 5 replicas.
    load(c, 500, 20_000);
    expect(c.api.get<Deployment>('deployments.apps', 'default', 'php-apache').spec?.replicas).toBe(5);
    const rescale = eventsFor(c, 'php-apache').filter((e) => e.startsWith('SuccessfulRescale'));
    expect(rescale[0]).toBe(
      'SuccessfulRescale: New size: 5; reason: cpu resource utilization (percentage of request) above target',
    );
    load(c, 500, 120_000);
    hpa = c.api.get<HorizontalPodAutoscaler>('horizontalpodautoscalers.autoscaling', 'default', 'php-apache');
    expect(hpa.status?.lastScaleTime).toBeDefined();
    expect(hpa.status?.currentReplicas).toBeGreaterThanOrEqual(5);
    const peak = hpa.status?.currentReplicas ?? 0;
    expect(hpa.status?.conditions?.find((x) => x.type === 'ScalingActive')?.reason).toBe('ValidMetricFound');
    // The load stops: the recommendation drops to 1, but the 300 s window keeps the peak for a while.
    load(c, 0, 120_000);
    expect(c.api.get<Deployment>('deployments.apps', 'default', 'php-apache').spec?.replicas).toBe(peak);
    hpa = c.api.get<HorizontalPodAutoscaler>('horizontalpodautoscalers.autoscaling', 'default', 'php-apache');
    expect(hpa.status?.conditions?.[0]?.reason).toBe('ScaleDownStabilized');
    load(c, 0, 240_000);
    expect(c.api.get<Deployment>('deployments.apps', 'default', 'php-apache').spec?.replicas).toBe(1);
    expect(eventsFor(c, 'php-apache')).toContain('SuccessfulRescale: New size: 1; reason: All metrics below target');
  });

  it('caps at maxReplicas with the TooManyReplicas condition', () => {
    const c = manualLoad();
    c.setAddon('metrics-server', true);
    phpApache(c);
    c.api.patch('horizontalpodautoscalers.autoscaling', 'default', 'php-apache', { spec: { maxReplicas: 3 } }, 'merge');
    c.advance(30_000);
    load(c, 2000, 60_000);
    const hpa = c.api.get<HorizontalPodAutoscaler>('horizontalpodautoscalers.autoscaling', 'default', 'php-apache');
    expect(hpa.status?.desiredReplicas).toBe(3);
    expect(hpa.status?.conditions?.find((x) => x.type === 'ScalingLimited')).toMatchObject({
      status: 'True',
      reason: 'TooManyReplicas',
    });
  });
});
