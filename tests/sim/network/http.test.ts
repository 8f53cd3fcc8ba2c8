import type { Pod } from 'kubernetes-types/core/v1';
import { Cluster, type HttpOutcome } from '../../../server/src/sim/index.js';

function helloCluster() {
  const c = Cluster.create({ seed: 7 });
  c.api.create({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'hello' },
    spec: {
      replicas: 3,
      selector: { matchLabels: { app: 'hello' } },
      template: {
        metadata: { labels: { app: 'hello' } },
        spec: {
          containers: [
            { name: 'hello', image: 'gcr.io/google-samples/hello-app:1.0', ports: [{ containerPort: 8080 }] },
          ],
        },
      },
    },
  });
  c.api.create({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'hello' },
    spec: { type: 'NodePort', selector: { app: 'hello' }, ports: [{ port: 80, targetPort: 8080, nodePort: 30080 }] },
  });
  c.api.create({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'client', labels: { role: 'client' } },
    spec: { containers: [{ name: 'c', image: 'busybox:1.36', command: ['sleep', '3600'] }] },
  });
  c.settle();
  return c;
}

const body = (o: HttpOutcome) => (o.kind === 'response' ? o.body : `error:${o.error}`);
const fromClient = { kind: 'pod' as const, namespace: 'default', name: 'client' };

describe('simulated traffic', () => {
  it('balances a Service across its ready pods, by DNS name and ClusterIP, and the answer names the pod', () => {
    const c = helloCluster();
    const pods = c.api
      .list<Pod>('pods', { namespace: 'default', labelSelector: 'app=hello' })
      .items.map((p) => p.metadata.name);
    expect(pods).toHaveLength(3);
    const answered = new Set<string>();
    for (let i = 0; i < 30; i++) {
      const out = c.http(fromClient, 'http://hello');
      expect(out.kind).toBe('response');
      const host = /Hostname: (\S+)/.exec(body(out))?.[1];
      expect(pods).toContain(host);
      answered.add(host ?? '');
    }
    expect(answered.size).toBe(3);
    expect(body(c.http(fromClient, 'hello.default.svc.cluster.local:80'))).toMatch(
      /^Hello, world!\nVersion: 1.0.0\nHostname: hello-/,
    );
    const clusterIP = (c.api.get('services', 'default', 'hello').spec as { clusterIP: string }).clusterIP;
    expect(c.http(fromClient, `http://${clusterIP}/`).kind).toBe('response');
  });

  it('reaches a NodePort from the student machine but not a ClusterIP, and fails unknown names', () => {
    const c = helloCluster();
    expect(c.http({ kind: 'host' }, 'http://192.168.49.2:30080').kind).toBe('response');
    const clusterIP = (c.api.get('services', 'default', 'hello').spec as { clusterIP: string }).clusterIP;
    expect(body(c.http({ kind: 'host' }, `http://${clusterIP}`))).toBe('error:timeout');
    expect(body(c.http(fromClient, 'http://nope'))).toBe('error:resolve');
    expect(body(c.http(fromClient, 'http://hello:8081'))).toBe('error:refused');
  });

  it('honours a NetworkPolicy: only labelled clients get in', () => {
    const c = helloCluster();
    c.api.create({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'hello-from-frontend' },
      spec: {
        podSelector: { matchLabels: { app: 'hello' } },
        ingress: [{ from: [{ podSelector: { matchLabels: { role: 'frontend' } } }] }],
      },
    });
    expect(body(c.http(fromClient, 'http://hello'))).toBe('error:timeout');
    const p = c.api.get<Pod>('pods', 'default', 'client');
    c.api.update({ ...p, metadata: { ...p.metadata, labels: { role: 'frontend' } } });
    expect(c.http(fromClient, 'http://hello').kind).toBe('response');
  });

  it('serves nginx welcome page and records the access for logs', () => {
    const c = Cluster.create();
    c.api.create({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'web' },
      spec: { containers: [{ name: 'nginx', image: 'nginx' }] },
    });
    c.api.create({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'client' },
      spec: { containers: [{ name: 'c', image: 'busybox', command: ['sleep', '3600'] }] },
    });
    c.settle();
    const ip = c.api.get<Pod>('pods', 'default', 'web').status?.podIP ?? '';
    expect(body(c.http(fromClient, `http://${ip}`))).toContain('<title>Welcome to nginx!</title>');
    expect(c.http(fromClient, `http://${ip}/missing`)).toMatchObject({ kind: 'response', status: 404 });
  });
});

describe('simulated load', () => {
  it('spreads a load generator over the ready pods of the service it calls, and stops with it', () => {
    const c = helloCluster();
    c.api.create({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'load-generator' },
      spec: {
        containers: [
          {
            name: 'load',
            image: 'busybox:1.28',
            command: ['/bin/sh', '-c', 'while sleep 0.01; do wget -q -O- http://hello; done'],
          },
        ],
        restartPolicy: 'Never',
      },
    });
    c.settle();
    const pods = c.api.list<Pod>('pods', { namespace: 'default', labelSelector: 'app=hello' }).items;
    expect(pods.map((p) => c.runtime.podCpuMillis[p.metadata.uid])).toEqual([200, 200, 200]);
    c.api.delete('pods', 'default', 'load-generator', { gracePeriodSeconds: 0 });
    c.settle();
    expect(c.runtime.podCpuMillis).toEqual({});
  });
});
