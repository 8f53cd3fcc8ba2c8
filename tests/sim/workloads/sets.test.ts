import type { DaemonSet, StatefulSet } from 'kubernetes-types/apps/v1';
import type { Pod } from 'kubernetes-types/core/v1';
import type { Cluster } from '../../../server/src/sim/index.js';
import {
  controllerRevisionHistory,
  rollbackControllerRevision,
} from '../../../server/src/sim/controllers/workloads/index.js';
import { cluster, eventsFor, names } from './helpers.js';

const sts = (replicas = 3, extra: Record<string, unknown> = {}) => ({
  apiVersion: 'apps/v1',
  kind: 'StatefulSet',
  metadata: { name: 'web' },
  spec: {
    serviceName: 'nginx',
    replicas,
    selector: { matchLabels: { app: 'nginx' } },
    template: {
      metadata: { labels: { app: 'nginx' } },
      spec: {
        containers: [
          {
            name: 'nginx',
            image: 'registry.k8s.io/nginx-slim:0.24',
            ports: [{ containerPort: 80, name: 'web' }],
            volumeMounts: [{ name: 'www', mountPath: '/usr/share/nginx/html' }],
          },
        ],
      },
    },
    volumeClaimTemplates: [
      {
        metadata: { name: 'www' },
        spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
      },
    ],
    ...extra,
  },
});

const running = (c: Cluster, prefix: string) =>
  c.api
    .list<Pod>('pods', { namespace: 'default' })
    .items.filter((p) => p.metadata.name.startsWith(prefix) && !p.metadata.deletionTimestamp)
    .map(
      (p) =>
        `${p.metadata.name}:${p.status?.phase ?? ''}${p.status?.conditions?.some((x) => x.type === 'Ready' && x.status === 'True') ? '+ready' : ''}`,
    );

describe('StatefulSet', () => {
  it('creates web-0 Running and Ready before web-1, with one PVC per pod', () => {
    const c = cluster();
    c.api.create(sts());
    c.advance(200);
    expect(running(c, 'web-')).toEqual(['web-0:Pending']);
    const seen: string[][] = [];
    for (let i = 0; i < 120; i++) {
      c.advance(500);
      const now = running(c, 'web-');
      // Never a second pod while an earlier one is not Running and Ready.
      const notReady = now.findIndex((s) => !s.endsWith('+ready'));
      if (notReady >= 0) expect(now.length).toBe(notReady + 1);
      if (JSON.stringify(seen[seen.length - 1]) !== JSON.stringify(now)) seen.push(now);
    }
    expect(running(c, 'web-')).toEqual(['web-0:Running+ready', 'web-1:Running+ready', 'web-2:Running+ready']);
    expect(names(c.api.list('persistentvolumeclaims', { namespace: 'default' }).items)).toEqual([
      'www-web-0',
      'www-web-1',
      'www-web-2',
    ]);
    const pod = c.api.get<Pod>('pods', 'default', 'web-1');
    expect(pod.metadata.labels).toMatchObject({
      app: 'nginx',
      'statefulset.kubernetes.io/pod-name': 'web-1',
      'apps.kubernetes.io/pod-index': '1',
    });
    expect(pod.metadata.labels?.['controller-revision-hash']).toMatch(/^web-[a-z0-9]+$/);
    expect(pod.spec?.hostname).toBe('web-1');
    expect(pod.spec?.subdomain).toBe('nginx');
    expect(pod.spec?.volumes?.find((v) => v.name === 'www')?.persistentVolumeClaim?.claimName).toBe('www-web-1');
    const s = c.api.get<StatefulSet>('statefulsets.apps', 'default', 'web');
    expect(s.status).toMatchObject({
      replicas: 3,
      readyReplicas: 3,
      currentReplicas: 3,
      updatedReplicas: 3,
      availableReplicas: 3,
      collisionCount: 0,
    });
    expect(s.status?.currentRevision).toBe(s.status?.updateRevision);
    expect(c.api.list('controllerrevisions.apps', { namespace: 'default' }).items).toHaveLength(1);
    expect(eventsFor(c, 'web')).toEqual(
      expect.arrayContaining([
        'SuccessfulCreate: create Claim www-web-0 Pod web-0 in StatefulSet web success',
        'SuccessfulCreate: create Pod web-0 in StatefulSet web successful',
      ]),
    );
  });

  it('scales down in reverse order and keeps the PVCs; a deleted pod comes back with the same name', () => {
    const c = cluster();
    c.api.create(sts());
    c.settle();
    c.api.delete('pods', 'default', 'web-1');
    c.settle();
    expect(running(c, 'web-')).toEqual(['web-0:Running+ready', 'web-1:Running+ready', 'web-2:Running+ready']);
    c.api.patch('statefulsets.apps', 'default', 'web', { spec: { replicas: 1 } }, 'merge');
    c.settle();
    expect(running(c, 'web-')).toEqual(['web-0:Running+ready']);
    const deletes = eventsFor(c, 'web').filter((e) => e.startsWith('SuccessfulDelete'));
    expect(deletes.slice(-2)).toEqual([
      'SuccessfulDelete: delete Pod web-2 in StatefulSet web successful',
      'SuccessfulDelete: delete Pod web-1 in StatefulSet web successful',
    ]);
    expect(c.api.list('persistentvolumeclaims', { namespace: 'default' }).items).toHaveLength(3);
  });

  it('rolls out a new template from the highest ordinal down', () => {
    const c = cluster();
    c.api.create(sts());
    c.settle();
    const before = c.api.get<StatefulSet>('statefulsets.apps', 'default', 'web').status?.currentRevision;
    c.api.patch(
      'statefulsets.apps',
      'default',
      'web',
      { spec: { template: { spec: { containers: [{ name: 'nginx', image: 'registry.k8s.io/nginx-slim:0.27' }] } } } },
      'strategic',
    );
    c.settle();
    const s = c.api.get<StatefulSet>('statefulsets.apps', 'default', 'web');
    expect(s.status?.updateRevision).not.toBe(before);
    expect(s.status?.currentRevision).toBe(s.status?.updateRevision);
    const deletes = eventsFor(c, 'web').filter((e) => e.startsWith('SuccessfulDelete'));
    expect(deletes).toEqual(
      ['web-2', 'web-1', 'web-0'].map((p) => `SuccessfulDelete: delete Pod ${p} in StatefulSet web successful`),
    );
    expect(c.api.list('controllerrevisions.apps', { namespace: 'default' }).items).toHaveLength(2);
  });
});

describe('StatefulSet (retention policy)', () => {
  it('deletes the claims of scaled-down pods with whenScaled: Delete', () => {
    const c = cluster();
    c.api.create(sts(3, { persistentVolumeClaimRetentionPolicy: { whenScaled: 'Delete', whenDeleted: 'Retain' } }));
    c.settle();
    c.api.patch('statefulsets.apps', 'default', 'web', { spec: { replicas: 1 } }, 'merge');
    c.settle();
    expect(
      names(
        c.api
          .list('persistentvolumeclaims', { namespace: 'default' })
          .items.filter((p) => !p.metadata.deletionTimestamp),
      ),
    ).toEqual(['www-web-0']);
  });
});

describe('StatefulSet (Parallel)', () => {
  it('creates all pods at once with podManagementPolicy Parallel', () => {
    const c = cluster();
    c.api.create(sts(3, { podManagementPolicy: 'Parallel' }));
    c.advance(200);
    expect(running(c, 'web-').map((s) => s.split(':')[0])).toEqual(['web-0', 'web-1', 'web-2']);
  });
});

const ds = (extra: Record<string, unknown> = {}) => ({
  apiVersion: 'apps/v1',
  kind: 'DaemonSet',
  metadata: { name: 'fluentd', namespace: 'kube-system' },
  spec: {
    selector: { matchLabels: { name: 'fluentd' } },
    template: {
      metadata: { labels: { name: 'fluentd' } },
      spec: { containers: [{ name: 'fluentd', image: 'nginx:1.27' }], ...extra },
    },
  },
});

const podsOf = (c: Cluster, prefix: string) =>
  c.api
    .list<Pod>('pods', { namespace: 'kube-system' })
    .items.filter((p) => p.metadata.name.startsWith(`${prefix}-`) && !p.metadata.deletionTimestamp);

describe('DaemonSet', () => {
  it('runs one pod per node on a 3-node cluster, and on a node added later', () => {
    const c = cluster({ nodes: 3 });
    c.api.create(ds());
    c.settle();
    expect(
      podsOf(c, 'fluentd')
        .map((p) => p.spec?.nodeName)
        .sort(),
    ).toEqual(['minikube', 'minikube-m02', 'minikube-m03']);
    const d = c.api.get<DaemonSet>('daemonsets.apps', 'kube-system', 'fluentd');
    expect(d.status).toMatchObject({
      desiredNumberScheduled: 3,
      currentNumberScheduled: 3,
      numberReady: 3,
      numberAvailable: 3,
      updatedNumberScheduled: 3,
      numberMisscheduled: 0,
    });
    c.addNode();
    c.settle();
    expect(podsOf(c, 'fluentd')).toHaveLength(4);
    // kube-proxy follows the new node too.
    expect(podsOf(c, 'kube-proxy')).toHaveLength(4);
  });

  it('leaves the bootstrap kube-proxy DaemonSet of a multi-node cluster untouched', () => {
    const c = cluster({ nodes: 3 });
    const versions = () =>
      ['daemonsets.apps', 'pods', 'controllerrevisions.apps'].flatMap((r) =>
        c.store.list(r, 'kube-system').map((o) => `${o.metadata.name}@${o.metadata.resourceVersion}`),
      );
    const before = versions();
    c.settle();
    expect(versions()).toEqual(before);
  });

  it('honours nodeSelector and taints', () => {
    const c = cluster({ nodes: 3 });
    c.api.patch(
      'nodes',
      undefined,
      'minikube-m03',
      { spec: { taints: [{ key: 'dedicated', value: 'db', effect: 'NoSchedule' }] } },
      'merge',
    );
    c.api.create(ds({ nodeSelector: { 'minikube.k8s.io/primary': 'false' } }));
    c.settle();
    expect(podsOf(c, 'fluentd').map((p) => p.spec?.nodeName)).toEqual(['minikube-m02']);
  });

  it('rolls out a template change node by node', () => {
    const c = cluster({ nodes: 3 });
    c.api.create(ds());
    c.settle();
    c.api.patch(
      'daemonsets.apps',
      'kube-system',
      'fluentd',
      { spec: { template: { spec: { containers: [{ name: 'fluentd', image: 'nginx:1.26' }] } } } },
      'strategic',
    );
    c.settle();
    const pods = podsOf(c, 'fluentd');
    expect(pods.map((p) => p.spec?.containers[0]?.image)).toEqual(['nginx:1.26', 'nginx:1.26', 'nginx:1.26']);
    expect(pods.every((p) => p.metadata.labels?.['pod-template-generation'] === '2')).toBe(true);
    expect(
      c.api
        .list('controllerrevisions.apps', { namespace: 'kube-system' })
        .items.filter((r) => r.metadata.name.startsWith('fluentd-')),
    ).toHaveLength(2);
    expect(controllerRevisionHistory(c.api, 'DaemonSet', 'kube-system', 'fluentd').map((r) => r.revision)).toEqual([
      1, 2,
    ]);
    expect(() => rollbackControllerRevision(c.api, 'DaemonSet', 'kube-system', 'fluentd', 7)).toThrow(
      'unable to find specified revision 7 in history',
    );
    expect(rollbackControllerRevision(c.api, 'DaemonSet', 'kube-system', 'fluentd')).toBe('rolled back');
    c.settle();
    expect(podsOf(c, 'fluentd').map((p) => p.spec?.containers[0]?.image)).toEqual([
      'nginx:1.27',
      'nginx:1.27',
      'nginx:1.27',
    ]);
    expect(
      controllerRevisionHistory(c.api, 'DaemonSet', 'kube-system', 'fluentd').map((r) => [
        r.revision,
        r.template.spec?.containers[0]?.image,
      ]),
    ).toEqual([
      [2, 'nginx:1.26'],
      [3, 'nginx:1.27'],
    ]);
  });
});
