import type { Ingress } from 'kubernetes-types/networking/v1';
import { Cluster } from '../../../server/src/sim/index.js';

// kubernetes.io/docs/tasks/access-application-cluster/ingress-minikube/
function webWithIngress(c: Cluster) {
  c.api.create({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web' },
    spec: {
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: { containers: [{ name: 'hello', image: 'gcr.io/google-samples/hello-app:1.0' }] },
      },
    },
  });
  c.api.create({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'web' },
    spec: { type: 'NodePort', selector: { app: 'web' }, ports: [{ port: 8080 }] },
  });
  c.api.create({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name: 'example-ingress' },
    spec: {
      ingressClassName: 'nginx',
      rules: [
        {
          host: 'hello-world.example',
          http: {
            paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { number: 8080 } } } }],
          },
        },
      ],
    },
  });
}

describe('ingress addon', () => {
  it('gives Ingresses the node address once the controller runs, and routes by host', () => {
    const c = Cluster.create();
    c.setAddon('ingress', true);
    c.settle();
    expect(c.api.list('pods', { namespace: 'ingress-nginx' }).items.map((p) => p.status)).toEqual([
      expect.objectContaining({ phase: 'Running' }),
    ]);
    webWithIngress(c);
    c.settle();
    expect(
      c.api.get<Ingress>('ingresses.networking.k8s.io', 'default', 'example-ingress').status?.loadBalancer?.ingress,
    ).toEqual([{ ip: '192.168.49.2' }]);
    const out = c.http({ kind: 'host' }, 'http://hello-world.example', {
      resolve: { 'hello-world.example': '192.168.49.2' },
    });
    expect(out.kind === 'response' && out.body).toMatch(/^Hello, world!\nVersion: 1.0.0\nHostname: web-/);
    expect(c.http({ kind: 'host' }, 'http://192.168.49.2/')).toMatchObject({ kind: 'response', status: 404 });
  });

  it('leaves Ingresses without an address when the addon is off', () => {
    const c = Cluster.create();
    c.api.create({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'IngressClass',
      metadata: { name: 'nginx' },
      spec: { controller: 'k8s.io/ingress-nginx' },
    });
    webWithIngress(c);
    c.settle();
    expect(
      c.api.get<Ingress>('ingresses.networking.k8s.io', 'default', 'example-ingress').status?.loadBalancer,
    ).toEqual({});
  });

  it('installs metrics-server in kube-system and removes it again', () => {
    const c = Cluster.create();
    c.setAddon('metrics-server', true);
    c.settle();
    expect(
      c.api.list('pods', { namespace: 'kube-system', labelSelector: 'k8s-app=metrics-server' }).items,
    ).toHaveLength(1);
    expect(c.settings.addons).toContain('metrics-server');
    c.setAddon('metrics-server', false);
    c.settle();
    expect(c.api.find('deployments.apps', 'kube-system', 'metrics-server')).toBeUndefined();
  });
});
