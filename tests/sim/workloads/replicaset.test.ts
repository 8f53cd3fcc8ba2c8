import type { ReplicaSet } from 'kubernetes-types/apps/v1';
import type { Pod } from 'kubernetes-types/core/v1';
import type { Stored } from '../../../server/src/sim/index.js';
import { podsToDelete } from '../../../server/src/sim/controllers/workloads/replicaset.js';
import { cluster, eventsFor, names, podsOf } from './helpers.js';

const frontend = (replicas = 3) => ({
  apiVersion: 'apps/v1',
  kind: 'ReplicaSet',
  metadata: { name: 'frontend', labels: { app: 'guestbook', tier: 'frontend' } },
  spec: {
    replicas,
    selector: { matchLabels: { tier: 'frontend' } },
    template: {
      metadata: { labels: { tier: 'frontend' } },
      spec: { containers: [{ name: 'php-redis', image: 'nginx:1.27' }] },
    },
  },
});

const bare = (name: string) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, labels: { tier: 'frontend' } },
  spec: { containers: [{ name: 'hello', image: 'nginx:1.27' }] },
});

describe('ReplicaSet', () => {
  it('creates <rs>-<suffix> pods owned by it, with events and status', () => {
    const c = cluster();
    c.api.create(frontend());
    c.settle();
    const pods = podsOf(c, 'frontend');
    expect(pods).toHaveLength(3);
    for (const p of pods) {
      expect(p.metadata.name).toMatch(/^frontend-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
      expect(p.metadata.ownerReferences).toEqual([
        {
          apiVersion: 'apps/v1',
          kind: 'ReplicaSet',
          name: 'frontend',
          uid: expect.any(String) as string,
          controller: true,
          blockOwnerDeletion: true,
        },
      ]);
    }
    const rs = c.api.get<ReplicaSet>('replicasets.apps', 'default', 'frontend');
    expect(rs.status).toEqual({
      replicas: 3,
      fullyLabeledReplicas: 3,
      readyReplicas: 3,
      availableReplicas: 3,
      observedGeneration: 1,
    });
    expect(eventsFor(c, 'frontend').sort()).toEqual(
      names(pods)
        .map((n) => `SuccessfulCreate: Created pod: ${n}`)
        .sort(),
    );
  });

  it('adopts matching bare pods created before it (the documentation example) and keeps the count', () => {
    const c = cluster();
    c.api.create(bare('pod1'));
    c.api.create(bare('pod2'));
    c.settle();
    c.api.create(frontend());
    c.settle();
    const all = c.api
      .list<Pod>('pods', { namespace: 'default', labelSelector: 'tier=frontend' })
      .items.filter((p) => !p.metadata.deletionTimestamp);
    expect(all).toHaveLength(3);
    expect(names(all)).toEqual(expect.arrayContaining(['pod1', 'pod2']));
    expect(all.every((p) => p.metadata.ownerReferences?.[0]?.name === 'frontend')).toBe(true);
  });

  it('a matching bare pod created later is adopted and then deleted as surplus', () => {
    const c = cluster();
    c.api.create(frontend());
    c.settle();
    c.api.create(bare('pod3'));
    c.settle();
    expect(c.api.find('pods', 'default', 'pod3')).toBeUndefined();
    expect(eventsFor(c, 'frontend')).toContain('SuccessfulDelete: Deleted pod: pod3');
  });

  it('reports FailedCreate and the ReplicaFailure condition when the pod limit is hit', () => {
    const c = cluster({ limits: { maxPods: 9 } });
    c.api.create(frontend(5));
    c.settle();
    const rs = c.api.get<ReplicaSet>('replicasets.apps', 'default', 'frontend');
    expect(rs.status?.replicas).toBe(2);
    expect(rs.status?.conditions?.[0]).toMatchObject({
      type: 'ReplicaFailure',
      status: 'True',
      reason: 'FailedCreate',
    });
    expect(eventsFor(c, 'frontend').some((e) => e.startsWith('FailedCreate: Error creating: pods "frontend-'))).toBe(
      true,
    );
  });
});

describe('scale-down order', () => {
  const pod = (
    name: string,
    o: { node?: string; phase?: string; ready?: boolean; readySince?: string; restarts?: number; created?: string },
  ): Stored<Pod> => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, uid: name, resourceVersion: '1', creationTimestamp: o.created ?? '2025-01-01T00:00:00Z' },
    spec: { containers: [], ...(o.node ? { nodeName: o.node } : {}) },
    status: {
      phase: o.phase ?? 'Running',
      conditions: [
        {
          type: 'Ready',
          status: o.ready === false ? 'False' : 'True',
          lastTransitionTime: o.readySince ?? '2025-01-01T00:00:10Z',
        },
      ],
      containerStatuses: [
        { name: 'c', image: 'x', imageID: '', ready: o.ready !== false, restartCount: o.restarts ?? 0 },
      ],
    },
  });

  it('deletes unscheduled, then pending, then not ready, then crowded, newer-ready, restarting, newer pods first', () => {
    const pods = [
      pod('old-ready', { node: 'a', created: '2025-01-01T00:00:00Z' }),
      pod('unscheduled', { phase: 'Pending', ready: false }),
      pod('pending', { node: 'b', phase: 'Pending', ready: false }),
      pod('not-ready', { node: 'b', ready: false }),
      pod('crowded-1', { node: 'c' }),
      pod('crowded-2', { node: 'c', readySince: '2025-01-01T00:00:20Z' }),
      pod('crowded-3', { node: 'c', restarts: 3 }),
    ];
    expect(names(podsToDelete(pods, 6))).toEqual([
      'unscheduled',
      'pending',
      'not-ready',
      'crowded-2',
      'crowded-3',
      'crowded-1',
    ]);
  });
});
