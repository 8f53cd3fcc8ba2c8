import type { Endpoints, Pod } from 'kubernetes-types/core/v1';
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import { SERVICE_CONTROLLERS } from '../../../server/src/sim/controllers/services/index.js';
import { Cluster } from '../../../server/src/sim/index.js';

/** Only the service controllers run, so the test sets pod status by hand as a kubelet would. */
function setup() {
  const c = Cluster.create({ controllers: SERVICE_CONTROLLERS });
  c.settle();
  return c;
}

function pod(c: Cluster, name: string, labels: Record<string, string>, ip: string, ready: boolean) {
  const p = c.api.create<Pod>({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, labels },
    spec: {
      containers: [{ name: 'web', image: 'nginx', ports: [{ name: 'http', containerPort: 80 }] }],
      nodeName: 'minikube',
    },
  });
  c.api.update(
    {
      ...p,
      status: { phase: 'Running', podIP: ip, conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }] },
    },
    { subresource: 'status' },
  );
}

const service = (selector: Record<string, string>, targetPort: number | string = 'http') => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'web' },
  spec: { selector, ports: [{ port: 8080, targetPort }] },
});

describe('endpoints controller', () => {
  it('lists ready pods as addresses and the others as not ready, resolving named ports', () => {
    const c = setup();
    pod(c, 'web-1', { app: 'web' }, '10.244.0.5', true);
    pod(c, 'web-2', { app: 'web' }, '10.244.0.6', false);
    pod(c, 'other', { app: 'db' }, '10.244.0.7', true);
    c.api.create(service({ app: 'web' }));
    c.settle();
    const ep = c.api.get<Endpoints>('endpoints', 'default', 'web');
    expect(ep.subsets).toEqual([
      {
        addresses: [
          {
            ip: '10.244.0.5',
            nodeName: 'minikube',
            targetRef: expect.objectContaining({ kind: 'Pod', name: 'web-1' }),
          },
        ],
        notReadyAddresses: [
          { ip: '10.244.0.6', nodeName: 'minikube', targetRef: expect.objectContaining({ name: 'web-2' }) },
        ],
        ports: [{ port: 80, protocol: 'TCP' }],
      },
    ]);
    const slices = c.api.list<EndpointSlice>('endpointslices.discovery.k8s.io', {
      namespace: 'default',
      labelSelector: 'kubernetes.io/service-name=web',
    });
    expect(slices.items).toHaveLength(1);
    expect(slices.items[0]!.metadata.name).toMatch(/^web-[a-z0-9]{5}$/);
    expect(slices.items[0]!.endpoints?.map((e) => [e.addresses[0], e.conditions?.ready])).toEqual([
      ['10.244.0.5', true],
      ['10.244.0.6', false],
    ]);
  });

  it('follows readiness and label changes, and goes with the service', () => {
    const c = setup();
    c.api.create(service({ app: 'web' }, 80));
    pod(c, 'web-1', { app: 'web' }, '10.244.0.5', false);
    c.settle();
    expect(c.api.get<Endpoints>('endpoints', 'default', 'web').subsets?.[0]?.addresses).toBeUndefined();
    const p = c.api.get<Pod>('pods', 'default', 'web-1');
    c.api.update(
      { ...p, status: { ...p.status, conditions: [{ type: 'Ready', status: 'True' }] } },
      { subresource: 'status' },
    );
    c.settle();
    expect(c.api.get<Endpoints>('endpoints', 'default', 'web').subsets?.[0]?.addresses?.map((a) => a.ip)).toEqual([
      '10.244.0.5',
    ]);
    const p2 = c.api.get<Pod>('pods', 'default', 'web-1');
    c.api.update({ ...p2, metadata: { ...p2.metadata, labels: { app: 'moved' } } });
    c.settle();
    expect(c.api.get<Endpoints>('endpoints', 'default', 'web').subsets).toBeUndefined();
    c.api.delete('services', 'default', 'web');
    c.settle();
    expect(c.api.find('endpoints', 'default', 'web')).toBeUndefined();
    expect(c.api.list('endpointslices.discovery.k8s.io', { namespace: 'default' }).items).toHaveLength(0);
  });

  it('gives kube-dns its CoreDNS endpoint on a fresh cluster', () => {
    const c = setup();
    const ep = c.api.get<Endpoints>('endpoints', 'kube-system', 'kube-dns');
    expect(ep.subsets?.[0]?.addresses?.[0]?.ip).toBe('10.244.0.2');
    expect(ep.subsets?.[0]?.ports?.map((p) => `${p.name}:${p.port}/${p.protocol}`)).toEqual([
      'dns:53/UDP',
      'dns-tcp:53/TCP',
      'metrics:9153/TCP',
    ]);
  });
});
