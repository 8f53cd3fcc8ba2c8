import { Cluster, type ClusterSnapshot } from '../../../server/src/sim/index.js';
import { cluster, deployment } from './helpers.js';

type Op = (c: Cluster) => void;

const image = (c: Cluster, name: string, img: string) =>
  c.api.patch(
    'deployments.apps',
    'default',
    name,
    { spec: { template: { spec: { containers: [{ name: 'nginx', image: img }] } } } },
    'strategic',
  );

/** Operations of every kind the workload controllers handle, each followed by some virtual time. */
const scenarios: Record<string, { setup: Op; then: Op }> = {
  'deployment rollout': {
    setup: (c) => {
      c.api.create(deployment('web', { replicas: 4 }));
      c.advance(20_000);
      image(c, 'web', 'nginx:1.26');
      c.advance(1500);
    },
    then: (c) => {
      c.advance(30_000);
      c.api.patch('deployments.apps', 'default', 'web', { spec: { replicas: 2 } }, 'merge');
      c.advance(30_000);
    },
  },
  statefulset: {
    setup: (c) => {
      c.api.create({
        apiVersion: 'apps/v1',
        kind: 'StatefulSet',
        metadata: { name: 'db' },
        spec: {
          serviceName: 'db',
          replicas: 3,
          selector: { matchLabels: { app: 'db' } },
          template: {
            metadata: { labels: { app: 'db' } },
            spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] },
          },
          volumeClaimTemplates: [
            {
              metadata: { name: 'data' },
              spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
            },
          ],
        },
      });
      c.advance(4000);
    },
    then: (c) => c.advance(60_000),
  },
  daemonset: {
    setup: (c) => {
      c.addNode();
      c.api.create({
        apiVersion: 'apps/v1',
        kind: 'DaemonSet',
        metadata: { name: 'agent' },
        spec: {
          selector: { matchLabels: { app: 'agent' } },
          template: {
            metadata: { labels: { app: 'agent' } },
            spec: { containers: [{ name: 'a', image: 'nginx:1.27' }] },
          },
        },
      });
      c.advance(1000);
    },
    then: (c) => {
      c.addNode();
      c.advance(30_000);
    },
  },
  'job and cronjob': {
    setup: (c) => {
      c.api.create({
        apiVersion: 'batch/v1',
        kind: 'Job',
        metadata: { name: 'once' },
        spec: {
          completions: 2,
          template: {
            spec: {
              restartPolicy: 'Never',
              containers: [{ name: 'm', image: 'busybox:1.36', command: ['sh', '-c', 'exit 1'] }],
            },
          },
        },
      });
      c.api.create({
        apiVersion: 'batch/v1',
        kind: 'CronJob',
        metadata: { name: 'tick' },
        spec: {
          schedule: '*/2 * * * *',
          jobTemplate: {
            spec: {
              template: {
                spec: {
                  restartPolicy: 'OnFailure',
                  containers: [{ name: 'm', image: 'busybox:1.36', command: ['date'] }],
                },
              },
            },
          },
        },
      });
      c.advance(150_000);
    },
    then: (c) => c.advance(10 * 60_000),
  },
  'hpa, namespace deletion and garbage collection': {
    setup: (c) => {
      c.setAddon('metrics-server', true);
      c.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'tmp' } });
      c.api.create(deployment('web', { replicas: 2 }), { namespace: 'tmp' });
      c.api.create(deployment('api'));
      c.api.create({
        apiVersion: 'autoscaling/v2',
        kind: 'HorizontalPodAutoscaler',
        metadata: { name: 'api' },
        spec: {
          scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'api' },
          minReplicas: 1,
          maxReplicas: 5,
        },
      });
      c.advance(20_000);
      c.api.delete('namespaces', undefined, 'tmp');
      c.advance(200);
    },
    then: (c) => {
      c.api.delete('deployments.apps', 'default', 'api');
      c.advance(120_000);
    },
  },
};

const json = (c: Cluster) => JSON.stringify(c.snapshot());

describe('determinism', () => {
  it('the same seed and operations give the same snapshot, byte for byte', () => {
    const run = () => {
      const c = cluster({ seed: 42, nodes: 2 });
      for (const s of Object.values(scenarios)) {
        s.setup(c);
        s.then(c);
      }
      return json(c);
    };
    expect(run()).toBe(run());
  });

  for (const [name, s] of Object.entries(scenarios)) {
    it(`snapshot and restore after ${name}: the restored cluster continues exactly as one that never stopped`, () => {
      const a = cluster({ seed: 7 });
      s.setup(a);
      const snap = JSON.parse(json(a)) as ClusterSnapshot;
      const b = Cluster.restore(snap, { controllers: controllersOf(a) });
      expect(json(b)).toBe(json(a));
      s.then(a);
      s.then(b);
      expect(json(b)).toBe(json(a));
    });
  }
});

/** The controller set a test cluster was built with (the fake kubelet when the real one is absent). */
function controllersOf(c: Cluster) {
  return (
    c as unknown as {
      manager: { controllers: Parameters<typeof Cluster.restore>[1] extends { controllers?: infer T } ? T : never };
    }
  ).manager.controllers;
}
