import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';
import { rollbackDeployment } from '../../../server/src/sim/controllers/workloads/index.js';
import { cluster, deployment, eventsFor, names, podsOf, realNodes } from './helpers.js';

const rsOf = (c: ReturnType<typeof cluster>, d: string) =>
  c.api
    .list<ReplicaSet>('replicasets.apps', { namespace: 'default' })
    .items.filter((r) => r.metadata.name.startsWith(`${d}-`));

describe('Deployment', () => {
  it('creates a ReplicaSet with the pod-template-hash and its pods', () => {
    const c = cluster();
    c.api.create(deployment('web'));
    c.settle();
    const [rs] = rsOf(c, 'web');
    expect(rs).toBeDefined();
    const hash = rs!.metadata.labels?.['pod-template-hash'];
    expect(rs!.metadata.name).toBe(`web-${hash}`);
    expect(rs!.metadata.annotations).toEqual({
      'deployment.kubernetes.io/desired-replicas': '3',
      'deployment.kubernetes.io/max-replicas': '4',
      'deployment.kubernetes.io/revision': '1',
    });
    const pods = podsOf(c, 'web');
    expect(pods).toHaveLength(3);
    for (const p of pods) expect(p.metadata.name).toMatch(new RegExp(`^web-${hash}-[bcdfghjklmnpqrstvwxz2456789]{5}$`));
    const d = c.api.get<Deployment>('deployments.apps', 'default', 'web');
    expect(d.status).toMatchObject({
      observedGeneration: 1,
      replicas: 3,
      updatedReplicas: 3,
      readyReplicas: 3,
      availableReplicas: 3,
    });
    expect(d.status?.conditions?.map((x) => [x.type, x.status, x.reason])).toEqual([
      ['Available', 'True', 'MinimumReplicasAvailable'],
      ['Progressing', 'True', 'NewReplicaSetAvailable'],
    ]);
    expect(eventsFor(c, 'web')).toEqual([`ScalingReplicaSet: Scaled up replica set web-${hash} from 0 to 3`]);
    expect(eventsFor(c, `web-${hash}`)).toHaveLength(3);
    expect(eventsFor(c, `web-${hash}`)[0]).toMatch(/^SuccessfulCreate: Created pod: web-/);
  });

  it('leaves the bootstrap objects untouched', () => {
    const c = cluster();
    const mine = [
      'namespaces',
      'serviceaccounts',
      'configmaps',
      'pods',
      'deployments.apps',
      'replicasets.apps',
      'daemonsets.apps',
      'events',
    ];
    const versions = () =>
      mine.flatMap((r) =>
        c.store
          .list(r)
          .map((o) => `${r}/${o.metadata.namespace ?? ''}/${o.metadata.name}@${o.metadata.resourceVersion}`),
      );
    const before = versions();
    c.settle();
    expect(versions()).toEqual(before);
  });

  it('self-heals: a deleted pod is replaced by one with a new name', () => {
    const c = cluster();
    c.api.create(deployment('web'));
    c.settle();
    const [victim] = names(podsOf(c, 'web'));
    c.api.delete('pods', 'default', victim!);
    c.settle();
    const after = names(podsOf(c, 'web'));
    expect(after).toHaveLength(3);
    expect(after).not.toContain(victim);
  });

  it('scales up and down', () => {
    const c = cluster();
    c.api.create(deployment('web'));
    c.settle();
    c.api.patch('deployments.apps', 'default', 'web', { spec: { replicas: 5 } }, 'merge');
    c.settle();
    expect(podsOf(c, 'web')).toHaveLength(5);
    c.api.patch('deployments.apps', 'default', 'web', { spec: { replicas: 1 } }, 'merge');
    c.settle();
    expect(podsOf(c, 'web')).toHaveLength(1);
    const hash = rsOf(c, 'web')[0]!.metadata.labels?.['pod-template-hash'];
    expect(eventsFor(c, 'web')).toEqual([
      `ScalingReplicaSet: Scaled up replica set web-${hash} from 0 to 3`,
      `ScalingReplicaSet: Scaled up replica set web-${hash} from 3 to 5`,
      `ScalingReplicaSet: Scaled down replica set web-${hash} from 5 to 1`,
    ]);
  });

  it('rolls out a new template step by step within maxSurge and maxUnavailable', () => {
    const c = cluster();
    c.api.create(
      deployment('web', {
        replicas: 4,
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 1 } },
      }),
    );
    c.settle();
    c.api.patch(
      'deployments.apps',
      'default',
      'web',
      { spec: { template: { spec: { containers: [{ name: 'nginx', image: 'nginx:1.26' }] } } } },
      'strategic',
    );
    const steps: string[] = [];
    for (let i = 0; i < 240 && steps[steps.length - 1] !== '0/4'; i++) {
      c.advance(500);
      const counts = rsOf(c, 'web')
        .sort(
          (a, b) =>
            Number(a.metadata.annotations?.['deployment.kubernetes.io/revision']) -
            Number(b.metadata.annotations?.['deployment.kubernetes.io/revision']),
        )
        .map((r) => r.spec?.replicas ?? 0);
      const pods = podsOf(c, 'web').filter((p) => !p.metadata.deletionTimestamp);
      // maxSurge 1: never more than 5 pods; maxUnavailable 1: never fewer than 3 ready.
      expect(pods.length).toBeLessThanOrEqual(5);
      const ready = pods.filter((p) => p.status?.conditions?.some((x) => x.type === 'Ready' && x.status === 'True'));
      expect(ready.length).toBeGreaterThanOrEqual(3);
      const s = counts.join('/');
      if (steps[steps.length - 1] !== s) steps.push(s);
    }
    // old/new desired replicas per ReplicaSet, as `kubectl get rs -w` shows them.
    expect(steps[0]).toBe('3/2');
    expect(steps[steps.length - 1]).toBe('0/4');
    if (!realNodes) expect(steps).toEqual(['3/2', '1/4', '0/4']);
    const d = c.api.get<Deployment>('deployments.apps', 'default', 'web');
    expect(d.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('2');
    expect(d.status).toMatchObject({ replicas: 4, updatedReplicas: 4, availableReplicas: 4 });
  });

  it('rolls back to a previous revision and refuses unknown ones', () => {
    const c = cluster();
    c.api.create(deployment('web'));
    c.settle();
    c.api.patch(
      'deployments.apps',
      'default',
      'web',
      { spec: { template: { spec: { containers: [{ name: 'nginx', image: 'nginx:1.26' }] } } } },
      'strategic',
    );
    c.settle();
    expect(() => rollbackDeployment(c.api, 'default', 'web', 5)).toThrow(
      'unable to find specified revision 5 in history',
    );
    expect(rollbackDeployment(c.api, 'default', 'web')).toBe('rolled back');
    c.settle();
    const d = c.api.get<Deployment>('deployments.apps', 'default', 'web');
    expect(d.spec?.template.spec?.containers[0]?.image).toBe('nginx:1.27');
    expect(d.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('3');
    const revs = rsOf(c, 'web').map((r) => [
      r.spec?.template?.spec?.containers[0]?.image,
      r.metadata.annotations?.['deployment.kubernetes.io/revision'],
      r.spec?.replicas,
    ]);
    expect(revs.sort()).toEqual([
      ['nginx:1.26', '2', 0],
      ['nginx:1.27', '3', 3],
    ]);
  });
});
