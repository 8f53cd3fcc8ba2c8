/**
 * Quantities are stored in canonical form, as the API server's resource.Quantity round trip leaves them
 * (k8s.io/apimachinery/pkg/api/resource: `0.5` → `500m`, `1.5Gi` → `1536Mi`, the number 1 → `"1"`); what does not
 * parse stays as sent so validation can name it.
 */
import { Cluster } from '../../server/src/sim/index.js';

function pod(resources: Record<string, unknown>) {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'p' },
    spec: { containers: [{ name: 'c', image: 'nginx', resources }] },
  };
}

describe('quantity canonicalisation', () => {
  const cluster = () => {
    const c = Cluster.create({ controllers: [] });
    c.start();
    return c;
  };

  it('stores container requests and limits canonical', () => {
    const c = cluster();
    const created = c.api.create(
      pod({ requests: { cpu: '0.5', memory: '1.5Gi' }, limits: { cpu: 1, memory: '2000Mi' } }),
      {
        namespace: 'default',
      },
    ) as unknown as { spec: { containers: { resources: unknown }[] } };
    expect(created.spec.containers[0]?.resources).toEqual({
      requests: { cpu: '500m', memory: '1536Mi' },
      limits: { cpu: '1', memory: '2000Mi' },
    });
  });

  it('does the same for workload templates and quotas, and on update', () => {
    const c = cluster();
    c.api.create(
      {
        apiVersion: 'v1',
        kind: 'ResourceQuota',
        metadata: { name: 'q' },
        spec: { hard: { 'requests.cpu': '1.5', pods: 10 } },
      },
      { namespace: 'default' },
    );
    const quota = c.api.get('resourcequotas', 'default', 'q') as unknown as { spec: { hard: unknown } };
    expect(quota.spec.hard).toEqual({ 'requests.cpu': '1500m', pods: '10' });
    const updated = c.api.update({ ...quota, spec: { hard: { 'requests.cpu': '0.25' } } } as never, {
      namespace: 'default',
    }) as unknown as { spec: { hard: unknown } };
    expect(updated.spec.hard).toEqual({ 'requests.cpu': '250m' });
  });
});
