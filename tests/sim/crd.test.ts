import { Cluster } from '../../server/src/sim/index.js';

// The CronTab example of kubernetes.io/docs/tasks/extend-kubernetes/custom-resources/custom-resource-definitions/
const crontabCrd = {
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  metadata: { name: 'crontabs.stable.example.com' },
  spec: {
    group: 'stable.example.com',
    versions: [
      {
        name: 'v1',
        served: true,
        storage: true,
        schema: {
          openAPIV3Schema: {
            type: 'object',
            properties: {
              spec: {
                type: 'object',
                properties: { cronSpec: { type: 'string' }, image: { type: 'string' }, replicas: { type: 'integer' } },
              },
            },
          },
        },
      },
    ],
    scope: 'Namespaced',
    names: { plural: 'crontabs', singular: 'crontab', kind: 'CronTab', shortNames: ['ct'] },
  },
};

const crontab = {
  apiVersion: 'stable.example.com/v1',
  kind: 'CronTab',
  metadata: { name: 'my-new-cron-object' },
  spec: { cronSpec: '* * * * */5', image: 'my-awesome-cron-image' },
};

describe('custom resources', () => {
  it('can be created and listed once their CRD exists, and go with it', () => {
    const c = Cluster.create({ controllers: [] });
    expect(() => c.api.create(crontab)).toThrow('no matches for kind "CronTab" in version "stable.example.com/v1"');
    c.api.create(crontabCrd);
    expect(c.registry.resolve('ct')?.kind).toBe('CronTab');
    c.api.create(crontab);
    expect(
      c.api.list('crontabs.stable.example.com', { namespace: 'default' }).items.map((o) => o.metadata.name),
    ).toEqual(['my-new-cron-object']);
    // Survives a snapshot round trip.
    const restored = Cluster.restore(JSON.parse(JSON.stringify(c.snapshot())) as ReturnType<Cluster['snapshot']>, {
      controllers: [],
    });
    expect(restored.registry.resolve('crontab')?.plural).toBe('crontabs');
    c.api.delete('customresourcedefinitions.apiextensions.k8s.io', undefined, 'crontabs.stable.example.com');
    expect(c.registry.resolve('ct')).toBeUndefined();
    expect(c.store.countOf('crontabs.stable.example.com')).toBe(0);
  });

  it('validates the CRD name against its names and group', () => {
    const c = Cluster.create({ controllers: [] });
    expect(() => c.api.create({ ...crontabCrd, metadata: { name: 'crontab.example.com' } })).toThrow(
      'CustomResourceDefinition.apiextensions.k8s.io "crontab.example.com" is invalid: metadata.name: Invalid value: "crontab.example.com": must be spec.names.plural+"."+spec.group',
    );
  });
});
