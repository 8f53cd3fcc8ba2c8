import type { Pod, ResourceQuota } from 'kubernetes-types/core/v1';
import { SERVICE_CONTROLLERS } from '../../../server/src/sim/controllers/services/index.js';
import { Cluster } from '../../../server/src/sim/index.js';

const pod = (name: string, resources?: object) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name },
  spec: { containers: [{ name: 'app', image: 'nginx', ...(resources ? { resources } : {}) }] },
});

describe('ResourceQuota and LimitRange admission', () => {
  // Walk-through from kubernetes.io/docs/tasks/administer-cluster/manage-resources/quota-memory-cpu-namespace/
  it('refuses a pod that would exceed the quota, with the plugin wording, and tracks usage', () => {
    const c = Cluster.create({ controllers: SERVICE_CONTROLLERS });
    c.api.create({
      apiVersion: 'v1',
      kind: 'ResourceQuota',
      metadata: { name: 'mem-cpu-demo' },
      spec: { hard: { 'requests.cpu': '1', 'requests.memory': '1Gi', 'limits.cpu': '2', 'limits.memory': '2Gi' } },
    });
    expect(() => c.api.create(pod('no-resources'))).toThrow(
      'pods "no-resources" is forbidden: failed quota: mem-cpu-demo: must specify limits.cpu for: app; limits.memory for: app; requests.cpu for: app; requests.memory for: app',
    );
    c.api.create(
      pod('quota-mem-cpu-demo', {
        limits: { memory: '800Mi', cpu: '800m' },
        requests: { memory: '600Mi', cpu: '400m' },
      }),
    );
    expect(() =>
      c.api.create(
        pod('quota-mem-cpu-demo-2', {
          limits: { memory: '1Gi', cpu: '800m' },
          requests: { memory: '700Mi', cpu: '400m' },
        }),
      ),
    ).toThrow(
      'pods "quota-mem-cpu-demo-2" is forbidden: exceeded quota: mem-cpu-demo, requested: requests.memory=700Mi, used: requests.memory=600Mi, limited: requests.memory=1Gi',
    );
    c.settle();
    expect(c.api.get<ResourceQuota>('resourcequotas', 'default', 'mem-cpu-demo').status?.used).toEqual({
      'requests.cpu': '400m',
      'requests.memory': '600Mi',
      'limits.cpu': '800m',
      'limits.memory': '800Mi',
    });
  });

  it('counts objects for count/ quotas', () => {
    const c = Cluster.create({ controllers: SERVICE_CONTROLLERS });
    c.api.create({
      apiVersion: 'v1',
      kind: 'ResourceQuota',
      metadata: { name: 'object-counts' },
      spec: { hard: { configmaps: '2' } },
    });
    c.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'one' } });
    // The default namespace already holds kube-root-ca.crt, so the first one is over already.
    expect(() => c.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'two' } })).toThrow(
      'configmaps "two" is forbidden: exceeded quota: object-counts, requested: configmaps=1, used: configmaps=2, limited: configmaps=2',
    );
  });

  // kubernetes.io/docs/tasks/administer-cluster/manage-resources/memory-default-namespace/
  it('fills container defaults from a LimitRange and enforces its max', () => {
    const c = Cluster.create({ controllers: SERVICE_CONTROLLERS });
    c.api.create({
      apiVersion: 'v1',
      kind: 'LimitRange',
      metadata: { name: 'mem-limit-range' },
      spec: {
        limits: [
          {
            type: 'Container',
            default: { memory: '512Mi' },
            defaultRequest: { memory: '256Mi' },
            max: { memory: '1Gi' },
          },
        ],
      },
    });
    const p = c.api.create<Pod>(pod('default-mem-demo'));
    expect(p.spec?.containers[0]?.resources).toEqual({ limits: { memory: '512Mi' }, requests: { memory: '256Mi' } });
    expect(() => c.api.create(pod('too-big', { limits: { memory: '1.5Gi' } }))).toThrow(
      'pods "too-big" is forbidden: maximum memory usage per Container is 1Gi, but limit is 1536Mi',
    );
  });
});

describe('PodDisruptionBudget status', () => {
  it('counts healthy pods and allowed disruptions', () => {
    const c = Cluster.create({ controllers: SERVICE_CONTROLLERS });
    for (const name of ['zk-0', 'zk-1', 'zk-2']) {
      const p = c.api.create<Pod>({ ...pod(name), metadata: { name, labels: { app: 'zookeeper' } } });
      c.api.update(
        { ...p, status: { phase: 'Running', podIP: '10.244.0.9', conditions: [{ type: 'Ready', status: 'True' }] } },
        { subresource: 'status' },
      );
    }
    c.api.create({
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: { name: 'zk-pdb' },
      spec: { minAvailable: 2, selector: { matchLabels: { app: 'zookeeper' } } },
    });
    c.settle();
    expect(c.api.get('poddisruptionbudgets.policy', 'default', 'zk-pdb').status).toMatchObject({
      currentHealthy: 3,
      desiredHealthy: 2,
      disruptionsAllowed: 1,
      expectedPods: 3,
    });
  });
});
