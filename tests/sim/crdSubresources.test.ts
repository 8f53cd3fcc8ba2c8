// The status and scale subresources of a custom resource (apiextensions-apiserver pkg/registry/customresource
// strategy.go PrepareForCreate/PrepareForUpdate, status_strategy.go, validator.go ValidateScaleSpec/Status), and its
// selectableFields as field selectors for list and watch (strategy.go selectableFields; an undeclared field is
// refused by pkg/apiserver/conversion/converter.go ConvertFieldLabel: `field label not supported: spec.foo`).
import type { WatchEvent } from '../../server/src/sim/index.js';
import { CRONTABS, clusterWith, crontab, crontabCrd, refusal } from './crdFixture';

const schema = {
  properties: { image: { type: 'string' }, replicas: { type: 'integer', minimum: 0 } },
};
const statusSchema = { type: 'object', properties: { replicas: { type: 'integer' }, phase: { type: 'string' } } };

function withSubresources() {
  const crd = crontabCrd(schema, {
    subresources: {
      status: {},
      scale: { specReplicasPath: '.spec.replicas', statusReplicasPath: '.status.replicas' },
    },
    selectableFields: [{ jsonPath: '.spec.image' }],
  });
  const version = (crd.spec as { versions: { schema: { openAPIV3Schema: { properties: Record<string, unknown> } } }[] })
    .versions[0]!;
  version.schema.openAPIV3Schema.properties.status = statusSchema;
  return clusterWith(crd);
}

describe('custom resource subresources', () => {
  it('keeps status out of main-resource writes, and spec out of status writes', () => {
    const c = withSubresources();
    const created = c.api.create({ ...crontab({ image: 'nginx', replicas: 1 }), status: { replicas: 5 } });
    expect(created.status).toBeUndefined();
    expect(created.metadata.generation).toBe(1);
    c.api.patch(CRONTABS, 'default', 'my-new-cron-object', { status: { replicas: 1 } }, 'merge', {
      subresource: 'status',
    });
    const updated = c.api.patch(
      CRONTABS,
      'default',
      'my-new-cron-object',
      { spec: { image: 'httpd' }, status: { replicas: 9 } },
      'merge',
    );
    expect([updated.spec, updated.status, updated.metadata.generation]).toEqual([
      { image: 'httpd', replicas: 1 },
      { replicas: 1 },
      2,
    ]);
    const status = c.api.patch(
      CRONTABS,
      'default',
      'my-new-cron-object',
      { spec: { image: 'busybox' }, status: { phase: 'Running' } },
      'merge',
      { subresource: 'status' },
    );
    // A status write changes no generation.
    expect([status.spec, status.status, status.metadata.generation]).toEqual([
      { image: 'httpd', replicas: 1 },
      { replicas: 1, phase: 'Running' },
      2,
    ]);
  });

  it('validates a status write against the status schema, on paths under status', () => {
    const c = withSubresources();
    c.api.create(crontab({ image: 'nginx', replicas: 1 }));
    expect(
      refusal(() =>
        c.api.patch(CRONTABS, 'default', 'my-new-cron-object', { status: { replicas: 'two' } }, 'merge', {
          subresource: 'status',
        }),
      ).message,
    ).toBe(
      'CronTab.stable.example.com "my-new-cron-object" is invalid: [status.replicas: Invalid value: "string": replicas in body must be of type integer: "string", .status.replicas: Invalid value: 0: .status.replicas accessor error: two is of the type string, expected int64]',
    );
  });

  it('checks the scale subresource replicas path', () => {
    const c = clusterWith(
      crontabCrd(
        { properties: { image: { type: 'string' }, replicas: { type: 'integer' } } },
        { subresources: { scale: { specReplicasPath: '.spec.replicas', statusReplicasPath: '.status.replicas' } } },
      ),
    );
    expect(refusal(() => c.api.create(crontab({ replicas: -1 }))).message).toBe(
      'CronTab.stable.example.com "my-new-cron-object" is invalid: .spec.replicas: Invalid value: -1: should be a non-negative integer',
    );
    expect(c.registry.resolve('crontabs')?.hasScale).toBe(true);
  });

  it('serves selectableFields to field selectors, for lists and watches', () => {
    const c = withSubresources();
    c.api.create(crontab({ image: 'nginx' }, 'a'));
    c.api.create(crontab({ image: 'httpd' }, 'b'));
    const names = (selector: string) =>
      c.api.list(CRONTABS, { namespace: 'default', fieldSelector: selector }).items.map((o) => o.metadata.name);
    expect(names('spec.image=nginx')).toEqual(['a']);
    expect(names('spec.image!=nginx,metadata.name=b')).toEqual(['b']);
    expect(() => names('spec.replicas=1')).toThrow('field label not supported: spec.replicas');
    const seen: string[] = [];
    const test = c.api.selection(CRONTABS, { fieldSelector: 'spec.image=redis' });
    const stop = c.api.watch(CRONTABS, { namespace: 'default' }, (e: WatchEvent) => {
      if (test?.(e.object)) seen.push(`${e.type} ${e.object.metadata?.name ?? ''}`);
    });
    c.api.patch(CRONTABS, 'default', 'b', { spec: { image: 'redis' } }, 'merge');
    stop();
    expect(seen).toEqual(['MODIFIED b']);
  });

  it('serves new subresources once the CRD is updated to declare them', () => {
    const c = clusterWith(crontabCrd(schema));
    expect(c.registry.resolve('crontabs')?.hasStatus).toBe(false);
    const crd = c.api.get('customresourcedefinitions.apiextensions.k8s.io', undefined, CRONTABS);
    const next = structuredClone(crd) as typeof crd & { spec: { versions: Record<string, unknown>[] } };
    next.spec.versions[0]!.subresources = { status: {} };
    c.api.update(next);
    expect(c.registry.resolve('crontabs')?.hasStatus).toBe(true);
  });
});
