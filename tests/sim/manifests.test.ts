/**
 * Realistic manifests, most from the Kubernetes documentation tutorials (source in each file),
 * applied to a fresh cluster and settled; each case checks the objects that result.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Deployment, StatefulSet } from 'kubernetes-types/apps/v1';
import type { Job } from 'kubernetes-types/batch/v1';
import type { ConfigMap, Endpoints, PersistentVolumeClaim, Pod, Secret, Service } from 'kubernetes-types/core/v1';
import { parseAllDocuments } from 'yaml';
import { Cluster, authorize, userFor, type KubeObject } from '../../server/src/sim/index.js';

const dir = join(__dirname, 'manifests');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));

function load(prefix: string): KubeObject[] {
  const file = files.find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no manifest ${prefix}`);
  return parseAllDocuments(readFileSync(join(dir, file), 'utf8')).map((d) => d.toJSON() as KubeObject);
}

function applied(...prefixes: string[]): Cluster {
  const c = Cluster.create({ seed: 3, nodes: 2 });
  for (const p of prefixes) for (const obj of load(p)) c.api.apply(obj);
  c.settle();
  return c;
}

const pods = (c: Cluster, ns: string, selector: string) =>
  c.api.list<Pod>('pods', { namespace: ns, labelSelector: selector }).items;
const running = (c: Cluster, ns: string, selector: string) =>
  pods(c, ns, selector).filter((p) => p.status?.phase === 'Running');
const ready = (p: Pod) => p.status?.conditions?.some((x) => x.type === 'Ready' && x.status === 'True') ?? false;
const endpointIPs = (c: Cluster, ns: string, name: string) =>
  (c.api.get<Endpoints>('endpoints', ns, name).subsets ?? []).flatMap((s) => (s.addresses ?? []).map((a) => a.ip));

const cases: Record<string, { with?: string[]; check: (c: Cluster) => void }> = {
  '01': {
    check: (c) => {
      const d = c.api.get<Deployment>('deployments.apps', 'default', 'nginx-deployment');
      expect(d.status).toMatchObject({ replicas: 3, readyReplicas: 3, availableReplicas: 3, updatedReplicas: 3 });
      expect(running(c, 'default', 'app=nginx')).toHaveLength(3);
    },
  },
  '02': {
    check: (c) => {
      expect(running(c, 'default', 'run=php-apache')).toHaveLength(1);
      expect(endpointIPs(c, 'default', 'php-apache')).toHaveLength(1);
    },
  },
  '03': {
    with: ['02'],
    check: (c) => {
      const hpa = c.api.get('horizontalpodautoscalers.autoscaling', 'default', 'php-apache');
      expect((hpa.spec as { maxReplicas: number }).maxReplicas).toBe(10);
    },
  },
  '04': {
    check: (c) => {
      expect(running(c, 'default', 'app=redis')).toHaveLength(1);
      expect(c.http({ kind: 'host' }, 'http://redis-leader:6379').kind).toBe('error');
    },
  },
  '05': {
    check: (c) => {
      const svc = c.api.get<Service>('services', 'default', 'frontend');
      expect(svc.spec?.ports?.[0]?.nodePort).toBeGreaterThanOrEqual(30000);
      expect(endpointIPs(c, 'default', 'frontend')).toHaveLength(3);
    },
  },
  '06': {
    check: (c) => {
      expect(
        pods(c, 'default', 'app=nginx')
          .map((p) => p.metadata.name)
          .sort(),
      ).toEqual(['web-0', 'web-1']);
      expect(c.api.get<StatefulSet>('statefulsets.apps', 'default', 'web').status?.readyReplicas).toBe(2);
      const claims = c.api.list<PersistentVolumeClaim>('persistentvolumeclaims', { namespace: 'default' }).items;
      expect(claims.map((p) => [p.metadata.name, p.status?.phase])).toEqual([
        ['www-web-0', 'Bound'],
        ['www-web-1', 'Bound'],
      ]);
      expect(c.dns({ kind: 'pod', namespace: 'default', name: 'web-0' }, 'web-1.nginx')?.addresses).toHaveLength(1);
    },
  },
  '07': {
    check: (c) => {
      c.advance(61_000);
      c.settle();
      expect(c.api.list<Job>('jobs.batch', { namespace: 'default' }).items.length).toBeGreaterThanOrEqual(1);
    },
  },
  '08': {
    check: (c) => {
      c.settle();
      const job = c.api.get<Job>('jobs.batch', 'default', 'pi');
      expect(job.status?.succeeded).toBe(1);
      expect(job.status?.conditions?.some((x) => x.type === 'Complete' && x.status === 'True')).toBe(true);
    },
  },
  '09': { check: (c) => expect(running(c, 'kube-system', 'name=fluentd-elasticsearch')).toHaveLength(2) },
  '10': {
    check: (c) => {
      const cm = c.api.get<ConfigMap>('configmaps', 'default', 'game-demo');
      expect(cm.data?.['game.properties']).toBe('enemy.types=aliens,monsters\nplayer.maximum-lives=5\n');
    },
  },
  '11': { with: ['10'], check: (c) => expect(running(c, 'default', '')).toHaveLength(1) },
  '12': {
    check: (c) => {
      expect(c.api.get<Secret>('secrets', 'default', 'dotfile-secret').type).toBe('Opaque');
      expect(c.api.get<Pod>('pods', 'default', 'secret-dotfiles-pod').status?.phase).toMatch(/Running|Succeeded/);
    },
  },
  '13': {
    check: (c) => {
      const s = c.api.get<Secret>('secrets', 'default', 'mysecret');
      expect(s.data).toEqual({ username: 'YWRtaW4=', password: 'dDBwLVNlY3JldA==' });
      expect((s as { stringData?: unknown }).stringData).toBeUndefined();
    },
  },
  '14': {
    check: (c) =>
      expect(Object.keys(c.api.get<Secret>('secrets', 'default', 'secret-tls').data ?? {}).sort()).toEqual([
        'tls.crt',
        'tls.key',
      ]),
  },
  '15': {
    check: (c) => {
      const p = c.api.get<Pod>('pods', 'default', 'liveness-exec');
      expect(p.spec?.containers[0]?.livenessProbe).toMatchObject({
        periodSeconds: 5,
        timeoutSeconds: 1,
        failureThreshold: 3,
        successThreshold: 1,
      });
      expect(p.status?.phase).toBe('Running');
    },
  },
  '16': {
    check: (c) => {
      const ps = pods(c, 'default', 'app=web-probed');
      expect(ps).toHaveLength(2);
      expect(ps.every(ready)).toBe(true);
      expect(ps[0]?.status?.qosClass).toBe('Burstable');
    },
  },
  '17': {
    check: (c) =>
      expect(c.api.get<Service>('services', 'default', 'my-nodeport').spec?.ports?.[0]?.nodePort).toBe(30007),
  },
  '18': {
    check: (c) => {
      const svc = c.api.get<Service>('services', 'default', 'my-lb');
      expect(svc.spec?.type).toBe('LoadBalancer');
      expect(svc.spec?.ports?.[0]?.nodePort).toBeGreaterThanOrEqual(30000);
      expect(svc.status?.loadBalancer).toEqual({});
    },
  },
  '19': {
    check: (c) => expect(c.api.get<Service>('services', 'default', 'my-database').spec?.clusterIP).toBeUndefined(),
  },
  '20': {
    check: (c) =>
      expect(c.api.get<Service>('services', 'default', 'my-multiport').spec?.ports?.map((p) => p.name)).toEqual([
        'http',
        'https',
      ]),
  },
  '21': {
    check: (c) =>
      expect(c.api.get('ingresses.networking.k8s.io', 'default', 'minimal-ingress').spec).toMatchObject({
        ingressClassName: 'nginx-example',
      }),
  },
  '22': {
    check: (c) =>
      expect(c.api.get('ingressclasses.networking.k8s.io', undefined, 'external-lb').metadata.name).toBe('external-lb'),
  },
  '23': {
    check: (c) =>
      expect(c.api.get('networkpolicies.networking.k8s.io', 'default', 'test-network-policy').spec).toMatchObject({
        policyTypes: ['Ingress', 'Egress'],
      }),
  },
  '24': {
    with: ['01'],
    check: (c) => {
      const ip = running(c, 'default', 'app=nginx')[0]?.status?.podIP ?? '';
      c.api.create({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'probe' },
        spec: { containers: [{ name: 'c', image: 'busybox', command: ['sleep', '1d'] }] },
      });
      c.settle();
      expect(c.http({ kind: 'pod', namespace: 'default', name: 'probe' }, `http://${ip}`)).toMatchObject({
        kind: 'error',
        error: 'timeout',
      });
    },
  },
  '25': {
    check: (c) => {
      const jane = userFor('jane');
      expect(authorize(c.store, jane, { verb: 'list', group: '', resource: 'pods', namespace: 'default' })).toBe(true);
      expect(authorize(c.store, jane, { verb: 'delete', group: '', resource: 'pods', namespace: 'default' })).toBe(
        false,
      );
    },
  },
  '26': {
    check: (c) => {
      const manager = userFor('dave', ['manager']);
      expect(
        authorize(c.store, manager, { verb: 'get', group: '', resource: 'secrets', namespace: 'kube-system' }),
      ).toBe(true);
      expect(
        authorize(c.store, userFor('dave'), { verb: 'get', group: '', resource: 'secrets', namespace: 'kube-system' }),
      ).toBe(false);
    },
  },
  '27': {
    check: (c) => {
      const robot = userFor('system:serviceaccount:default:build-robot');
      expect(
        authorize(c.store, robot, { verb: 'create', group: 'apps', resource: 'deployments', namespace: 'default' }),
      ).toBe(true);
      expect(
        authorize(c.store, robot, { verb: 'create', group: 'apps', resource: 'deployments', namespace: 'kube-system' }),
      ).toBe(false);
    },
  },
  '28': {
    check: (c) => {
      const q = c.api.get('resourcequotas', 'quota-mem-cpu-example', 'mem-cpu-demo');
      expect((q.status as { used?: Record<string, string> }).used).toEqual({
        'requests.cpu': '0',
        'requests.memory': '0',
        'limits.cpu': '0',
        'limits.memory': '0',
      });
    },
  },
  '29': {
    check: (c) => {
      const p = c.api.get<Pod>('pods', 'default-cpu-example', 'default-cpu-demo');
      // The LimitRange's defaultRequest `cpu: 0.5` is stored canonical, as tasks/administer-cluster/manage-resources/
      // cpu-default-namespace.md shows it: `cpu: 500m`.
      expect(p.spec?.containers[0]?.resources).toEqual({ limits: { cpu: '1' }, requests: { cpu: '500m' } });
    },
  },
  '30': {
    check: (c) =>
      expect(c.api.get('poddisruptionbudgets.policy', 'default', 'zk-pdb').spec).toMatchObject({ minAvailable: 2 }),
  },
  '31': {
    check: (c) => {
      expect(
        c.api.get<PersistentVolumeClaim>('persistentvolumeclaims', 'default', 'task-pv-claim').spec?.volumeName,
      ).toBe('task-pv-volume');
      expect(c.api.get<Pod>('pods', 'default', 'task-pv-pod').status?.phase).toBe('Running');
    },
  },
  '32': {
    check: (c) =>
      expect(c.api.get('storageclasses.storage.k8s.io', undefined, 'fast')).toMatchObject({
        volumeBindingMode: 'WaitForFirstConsumer',
        reclaimPolicy: 'Retain',
      }),
  },
  '33': {
    check: (c) => {
      const p = c.api.get<Pod>('pods', 'default', 'myapp-pod');
      expect(p.status?.phase).toBe('Running');
      expect(p.status?.initContainerStatuses?.[0]?.state?.terminated?.reason).toBe('Completed');
    },
  },
  '34': {
    check: (c) => {
      const p = c.api.get<Pod>('pods', 'default', 'frontend');
      expect(p.status?.containerStatuses?.map((s) => s.ready)).toEqual([true, true]);
    },
  },
  '35': { check: (c) => expect(running(c, 'default', 'tier=frontend-rs')).toHaveLength(3) },
  '36': {
    check: (c) =>
      expect(c.api.get<Deployment>('deployments.apps', 'default', 'recreate-demo').status?.availableReplicas).toBe(2),
  },
  '37': {
    check: (c) => expect(c.api.list('crontabs.stable.example.com', { namespace: 'default' }).items).toHaveLength(1),
  },
  '38': {
    check: (c) =>
      expect(c.api.get('leases.coordination.k8s.io', 'default', 'my-leader').spec).toMatchObject({
        holderIdentity: 'pod-a',
      }),
  },
  '39': {
    check: (c) => {
      expect(
        c.api.get<PersistentVolumeClaim>('persistentvolumeclaims', 'default', 'mysql-pv-claim').status?.phase,
      ).toBe('Bound');
      expect(running(c, 'default', 'tier=mysql')).toHaveLength(1);
    },
  },
  '40': {
    check: (c) => {
      expect(endpointIPs(c, 'shop', 'cart')).toHaveLength(2);
      const out = c.http(
        { kind: 'pod', namespace: 'shop', name: running(c, 'shop', 'app=cart')[0]!.metadata.name },
        'http://cart',
      );
      expect(out.kind === 'response' && out.body).toMatch(/^Request served by cart-/);
    },
  },
  '41': {
    check: (c) => {
      const port = c.api.get<Service>('services', 'default', 'hello-minikube').spec?.ports?.[0]?.nodePort ?? 0;
      const out = c.http({ kind: 'host' }, `http://192.168.49.2:${port}`);
      expect(out.kind === 'response' && out.body).toMatch(/^Request served by hello-minikube-/);
    },
  },
  '42': {
    check: (c) => {
      c.settle();
      expect(c.api.get<Job>('jobs.batch', 'default', 'parallel-echo').status?.succeeded).toBe(4);
    },
  },
};

describe('realistic manifests', () => {
  it('has a case for every manifest file', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
    expect(files.map((f) => f.slice(0, 2)).sort()).toEqual(Object.keys(cases).sort());
  });

  for (const [prefix, { with: deps = [], check }] of Object.entries(cases)) {
    it(`applies ${files.find((f) => f.startsWith(prefix)) ?? prefix}`, () => {
      check(applied(...deps, prefix));
    });
  }
});
