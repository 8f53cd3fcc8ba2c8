/**
 * Test helpers: a tiny fake kubelet+scheduler (binds every pod to a node, marks it Running and
 * Ready after a delay, removes terminating pods), used until the real node controllers land, and
 * builders for the manifests the course uses.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import { Cluster, type ClusterOptions, type Stored } from '../../../server/src/sim/index.js';
import type { Controller } from '../../../server/src/sim/controllers/controller.js';
import { NODE_CONTROLLERS } from '../../../server/src/sim/node/index.js';
import { SERVICE_CONTROLLERS } from '../../../server/src/sim/controllers/services/index.js';
import { WORKLOAD_CONTROLLERS } from '../../../server/src/sim/controllers/workloads/index.js';
import { runningStatus } from '../../../server/src/sim/podStatus.js';

/** Seconds from creation to Running+Ready in the fake kubelet. */
export const FAKE_START_MS = 2000;

/** Per-test behaviour of the fake kubelet, by image name. */
export interface FakeBehaviour {
  /** Images whose containers never become ready. */
  neverReady?: readonly string[];
  /** Images that exit: `succeed` → Succeeded, `fail` → Failed, after FAKE_START_MS. */
  exit?: Readonly<Record<string, 'succeed' | 'fail'>>;
}

export function fakeKubelet(behaviour: FakeBehaviour = {}): Controller {
  return {
    name: 'fake-kubelet',
    watches: ['pods'],
    keysFor: (e) => (e.type === 'DELETED' ? [] : [`${e.object.metadata.namespace ?? ''}/${e.object.metadata.name}`]),
    reconcile(key, ctx) {
      const [ns, name] = key.split('/') as [string, string];
      const pod = ctx.store.get('pods', ns, name) as Stored<Pod> | undefined;
      if (!pod) return;
      if (pod.metadata.deletionTimestamp) {
        ctx.api.remove('pods', ns, name);
        return;
      }
      const phase = pod.status?.phase;
      if (phase === 'Running' || phase === 'Succeeded' || phase === 'Failed') return;
      if (!pod.spec?.nodeName) {
        ctx.store.put('pods', { ...pod, spec: { ...pod.spec, nodeName: 'minikube' } });
        return;
      }
      const age = ctx.clock.now() - Date.parse(pod.metadata.creationTimestamp);
      if (age < FAKE_START_MS) {
        ctx.requeueAfter(key, FAKE_START_MS - age);
        return;
      }
      const image = pod.spec.containers[0]?.image ?? '';
      const status = runningStatus(pod, {
        at: ctx.clock.timestamp(),
        hostIP: '192.168.49.2',
        podIP: '10.244.0.9',
        rng: ctx.rng,
      });
      const exit = behaviour.exit?.[image];
      if (exit) {
        status.phase = exit === 'succeed' ? 'Succeeded' : 'Failed';
        status.conditions = (status.conditions ?? []).map((c) =>
          c.type === 'Ready' || c.type === 'ContainersReady' ? { ...c, status: 'False', reason: 'PodCompleted' } : c,
        );
        status.containerStatuses = (status.containerStatuses ?? []).map((c) => ({
          ...c,
          ready: false,
          started: false,
          state: {
            terminated: {
              exitCode: exit === 'succeed' ? 0 : 1,
              reason: exit === 'succeed' ? 'Completed' : 'Error',
              startedAt: ctx.clock.timestamp(),
              finishedAt: ctx.clock.timestamp(),
            },
          },
        }));
      } else if (behaviour.neverReady?.includes(image)) {
        status.conditions = (status.conditions ?? []).map((c) =>
          c.type === 'Ready' || c.type === 'ContainersReady' ? { ...c, status: 'False' } : c,
        );
        status.containerStatuses = (status.containerStatuses ?? []).map((c) => ({ ...c, ready: false }));
      }
      ctx.api.update({ ...pod, status }, { subresource: 'status' });
    },
  };
}

/** The real node controllers once they exist, the fake kubelet until then. */
export const realNodes = NODE_CONTROLLERS.length > 0;

export function cluster(opts: ClusterOptions & { fake?: FakeBehaviour } = {}): Cluster {
  const { fake, ...rest } = opts;
  if (realNodes && !fake) return Cluster.create(rest);
  return Cluster.create({ ...rest, controllers: [...WORKLOAD_CONTROLLERS, fakeKubelet(fake), ...SERVICE_CONTROLLERS] });
}

export function deployment(
  name: string,
  opts: { replicas?: number; image?: string; strategy?: unknown; extra?: Record<string, unknown> } = {},
) {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name },
    spec: {
      replicas: opts.replicas ?? 3,
      selector: { matchLabels: { app: name } },
      ...(opts.strategy ? { strategy: opts.strategy } : {}),
      template: {
        metadata: { labels: { app: name } },
        spec: { containers: [{ name: 'nginx', image: opts.image ?? 'nginx:1.27' }] },
      },
      ...opts.extra,
    },
  };
}

export function podsOf(c: Cluster, prefix: string, ns = 'default'): Stored<Pod>[] {
  return c.api.list<Pod>('pods', { namespace: ns }).items.filter((p) => p.metadata.name.startsWith(`${prefix}-`));
}

export const names = (list: readonly Stored[]) => list.map((o) => o.metadata.name);

export function eventsFor(c: Cluster, name: string, ns = 'default'): string[] {
  return c.api
    .list('events', { namespace: ns })
    .items.filter((e) => (e as unknown as { involvedObject: { name: string } }).involvedObject.name === name)
    .map((e) => `${(e as unknown as { reason: string }).reason}: ${(e as unknown as { message: string }).message}`);
}
