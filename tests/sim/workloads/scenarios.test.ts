import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';
import type { ConfigMap, Pod } from 'kubernetes-types/core/v1';
import type { Cluster } from '../../../server/src/sim/index.js';
import { cluster, deployment, eventsFor, names, podsOf } from './helpers.js';

const rsOf = (c: Cluster, d: string) =>
  c.api
    .list<ReplicaSet>('replicasets.apps', { namespace: 'default' })
    .items.filter((r) => r.metadata.name.startsWith(`${d}-`))
    .sort(
      (a, b) =>
        Number(a.metadata.annotations?.['deployment.kubernetes.io/revision']) -
        Number(b.metadata.annotations?.['deployment.kubernetes.io/revision']),
    );

const progressing = (c: Cluster, name: string) =>
  c.api.get<Deployment>('deployments.apps', 'default', name).status?.conditions?.find((x) => x.type === 'Progressing');

const setImage = (c: Cluster, name: string, image: string) =>
  c.api.patch(
    'deployments.apps',
    'default',
    name,
    { spec: { template: { spec: { containers: [{ name: 'nginx', image }] } } } },
    'strategic',
  );

describe('Deployment scenarios', () => {
  it('Recreate: every old pod is gone before a new one is created', () => {
    const c = cluster();
    c.api.create(deployment('web', { strategy: { type: 'Recreate' } }));
    c.settle();
    setImage(c, 'web', 'nginx:1.26');
    for (let i = 0; i < 200; i++) {
      c.advance(250);
      const pods = podsOf(c, 'web');
      const images = new Set(pods.map((p) => p.spec?.containers[0]?.image));
      expect(images.size).toBeLessThanOrEqual(1);
      if (pods.length === 3 && images.has('nginx:1.26') && pods.every((p) => p.status?.phase === 'Running')) break;
    }
    expect(rsOf(c, 'web').map((r) => r.spec?.replicas)).toEqual([0, 3]);
  });

  it('pause and resume: template changes wait for resume', () => {
    const c = cluster();
    c.api.create(deployment('web'));
    c.settle();
    c.api.patch('deployments.apps', 'default', 'web', { spec: { paused: true } }, 'merge');
    c.settle();
    expect(progressing(c, 'web')).toMatchObject({
      status: 'Unknown',
      reason: 'DeploymentPaused',
      message: 'Deployment is paused',
    });
    setImage(c, 'web', 'nginx:1.26');
    c.settle();
    expect(rsOf(c, 'web')).toHaveLength(1);
    c.api.patch('deployments.apps', 'default', 'web', { spec: { paused: false } }, 'merge');
    c.advance(100);
    expect(rsOf(c, 'web')).toHaveLength(2);
    c.settle();
    expect(progressing(c, 'web')).toMatchObject({ status: 'True', reason: 'NewReplicaSetAvailable' });
    expect(podsOf(c, 'web').every((p) => p.spec?.containers[0]?.image === 'nginx:1.26')).toBe(true);
  });

  it('a rollout that cannot progress fails its progress deadline', () => {
    const c = cluster();
    c.api.create(deployment('web', { extra: { progressDeadlineSeconds: 60 } }));
    c.settle();
    setImage(c, 'web', 'nginx:does-not-exist');
    c.advance(30_000);
    expect(progressing(c, 'web')).toMatchObject({ status: 'True', reason: 'ReplicaSetUpdated' });
    c.advance(60_000);
    const cond = progressing(c, 'web');
    expect(cond).toMatchObject({ status: 'False', reason: 'ProgressDeadlineExceeded' });
    expect(cond?.message).toBe(`ReplicaSet "${rsOf(c, 'web')[1]!.metadata.name}" has timed out progressing.`);
    // The old pods keep serving.
    expect(
      c.api.get<Deployment>('deployments.apps', 'default', 'web').status?.availableReplicas,
    ).toBeGreaterThanOrEqual(2);
  });

  it('scales proportionally in the middle of a stuck rollout (the documentation example: 10 → 15 replicas)', () => {
    const c = cluster();
    c.api.create(
      deployment('nginx-deployment', {
        replicas: 10,
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 3, maxUnavailable: 2 } },
      }),
    );
    c.settle();
    setImage(c, 'nginx-deployment', 'nginx:sometag');
    c.advance(20_000);
    expect(rsOf(c, 'nginx-deployment').map((r) => r.spec?.replicas)).toEqual([8, 5]);
    c.api.patch('deployments.apps', 'default', 'nginx-deployment', { spec: { replicas: 15 } }, 'merge');
    c.advance(1000);
    expect(rsOf(c, 'nginx-deployment').map((r) => r.spec?.replicas)).toEqual([11, 7]);
  });

  it('kubectl rollout restart (the restartedAt template annotation) replaces every pod through a new ReplicaSet', () => {
    const c = cluster();
    c.api.create(deployment('web'));
    c.settle();
    const before = names(podsOf(c, 'web'));
    c.api.patch(
      'deployments.apps',
      'default',
      'web',
      {
        spec: {
          template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': '2025-01-01T00:10:00Z' } } },
        },
      },
      'strategic',
    );
    c.settle();
    const after = podsOf(c, 'web').filter((p) => !p.metadata.deletionTimestamp);
    expect(after).toHaveLength(3);
    expect(names(after).some((n) => before.includes(n))).toBe(false);
    expect(rsOf(c, 'web').map((r) => r.spec?.replicas)).toEqual([0, 3]);
  });

  it('minReadySeconds: pods count as available only after being ready that long', () => {
    const c = cluster();
    c.api.create(deployment('web', { replicas: 2, extra: { minReadySeconds: 30 } }));
    c.advance(15_000);
    const d = () => c.api.get<Deployment>('deployments.apps', 'default', 'web').status;
    expect(d()?.readyReplicas).toBe(2);
    expect(d()?.availableReplicas).toBeUndefined();
    c.advance(30_000);
    expect(d()?.availableReplicas).toBe(2);
  });

  it('keeps revisionHistoryLimit old ReplicaSets and carries the change-cause', () => {
    const c = cluster();
    c.api.create(deployment('web', { extra: { revisionHistoryLimit: 2 } }));
    c.settle();
    for (const [i, image] of ['nginx:1.26', 'nginx:1.25', 'nginx:1.24', 'nginx:1.23'].entries()) {
      c.api.patch(
        'deployments.apps',
        'default',
        'web',
        { metadata: { annotations: { 'kubernetes.io/change-cause': `step ${i}` } } },
        'merge',
      );
      setImage(c, 'web', image);
      c.settle();
    }
    const list = rsOf(c, 'web');
    expect(list.map((r) => r.metadata.annotations?.['deployment.kubernetes.io/revision'])).toEqual(['3', '4', '5']);
    expect(list[2]!.metadata.annotations?.['kubernetes.io/change-cause']).toBe('step 3');
  });
});

describe('garbage collection and namespaces', () => {
  it('deleting a Deployment deletes its ReplicaSets and pods', () => {
    const c = cluster();
    c.api.create(deployment('web'));
    c.settle();
    c.api.delete('deployments.apps', 'default', 'web');
    c.settle();
    expect(rsOf(c, 'web')).toHaveLength(0);
    expect(podsOf(c, 'web')).toHaveLength(0);
  });

  it('--cascade=orphan leaves the ReplicaSet and pods; a new Deployment adopts them', () => {
    const c = cluster();
    c.api.create(deployment('web'));
    c.settle();
    const before = names(podsOf(c, 'web'));
    c.api.delete('deployments.apps', 'default', 'web', { propagationPolicy: 'Orphan' });
    c.settle();
    const [rs] = rsOf(c, 'web');
    expect(rs?.metadata.ownerReferences).toBeUndefined();
    expect(names(podsOf(c, 'web'))).toEqual(before);
    c.api.create(deployment('web'));
    c.settle();
    expect(rsOf(c, 'web')).toHaveLength(1);
    expect(rsOf(c, 'web')[0]!.metadata.ownerReferences?.[0]?.kind).toBe('Deployment');
    expect(names(podsOf(c, 'web'))).toEqual(before);
  });

  it('a bare pod matching a ReplicaSet is adopted; a relabelled pod is released and replaced', () => {
    const c = cluster();
    c.api.create(deployment('web'));
    c.settle();
    const [rs] = rsOf(c, 'web');
    const [pod] = podsOf(c, 'web');
    c.api.patch('pods', 'default', pod!.metadata.name, { metadata: { labels: { app: 'debug' } } }, 'merge');
    c.settle();
    const released = c.api.get<Pod>('pods', 'default', pod!.metadata.name);
    expect(released.metadata.ownerReferences).toBeUndefined();
    expect(podsOf(c, 'web').filter((p) => p.metadata.labels?.app === 'web')).toHaveLength(3);
    c.api.patch(
      'pods',
      'default',
      pod!.metadata.name,
      { metadata: { labels: { app: 'web', 'pod-template-hash': rs!.metadata.labels!['pod-template-hash']! } } },
      'merge',
    );
    c.settle();
    // Adopted, then one surplus pod is deleted to get back to 3.
    expect(podsOf(c, 'web').filter((p) => !p.metadata.deletionTimestamp)).toHaveLength(3);
  });

  it('deleting a namespace deletes its content, then the namespace; new namespaces get default and kube-root-ca.crt', () => {
    const c = cluster();
    c.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team' } });
    c.settle();
    expect(names(c.api.list('serviceaccounts', { namespace: 'team' }).items)).toEqual(['default']);
    expect(c.api.get<ConfigMap>('configmaps', 'team', 'kube-root-ca.crt').data?.['ca.crt']).toContain(
      'BEGIN CERTIFICATE',
    );
    c.api.create(deployment('web'), { namespace: 'team' });
    c.settle();
    expect(podsOf(c, 'web', 'team')).toHaveLength(3);
    c.api.delete('namespaces', undefined, 'team');
    c.advance(100);
    expect(c.api.get('namespaces', undefined, 'team').status).toMatchObject({ phase: 'Terminating' });
    c.settle();
    expect(c.api.find('namespaces', undefined, 'team')).toBeUndefined();
    expect(c.store.list('pods', 'team')).toHaveLength(0);
  });
});

describe('events', () => {
  it('records ScalingReplicaSet with the 1.32 wording', () => {
    const c = cluster();
    c.api.create(deployment('web', { replicas: 2 }));
    c.settle();
    setImage(c, 'web', 'nginx:1.26');
    c.settle();
    const [old, next] = rsOf(c, 'web').map((r) => r.metadata.name);
    expect(eventsFor(c, 'web')).toEqual([
      `ScalingReplicaSet: Scaled up replica set ${old} from 0 to 2`,
      `ScalingReplicaSet: Scaled up replica set ${next} from 0 to 1`,
      `ScalingReplicaSet: Scaled down replica set ${old} from 2 to 1`,
      `ScalingReplicaSet: Scaled up replica set ${next} from 1 to 2`,
      `ScalingReplicaSet: Scaled down replica set ${old} from 1 to 0`,
    ]);
  });
});
