// Decoding a custom resource: unknown fields pruned (apiextensions-apiserver pkg/apiserver/schema/pruning/
// algorithm.go, paths sorted), reported as `?fieldValidation=` says (customresource_handler.go schemaCoercingDecoder:
// `unknown field "spec.foo"`; Strict refuses a body with apiserver pkg/endpoints/handlers/rest.go
// transformDecodeError's wording and a patch with handlers/patch.go's Invalid `patch`), and defaults applied
// (schema/defaulting/algorithm.go).
import type { ObjectMeta } from 'kubernetes-types/meta/v1';
import type { Stored } from '../../server/src/sim/index.js';
import { CRONTABS, clusterWith, crontab, crontabCrd, refusal, warningsOf } from './crdFixture';

const schema = {
  properties: {
    image: { type: 'string' },
    replicas: { type: 'integer', default: 1 },
    template: {
      type: 'object',
      'x-kubernetes-preserve-unknown-fields': true,
      properties: { kind: { type: 'string' } },
    },
    volumes: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' } } } },
  },
};

describe('custom resource pruning and field validation', () => {
  it('drops undeclared fields (warning of each, sorted) and keeps what preserve-unknown-fields keeps', () => {
    const c = clusterWith(crontabCrd(schema));
    let created: Stored | undefined;
    const warnings = warningsOf(c, () => {
      created = c.api.create({
        ...crontab({
          image: 'nginx',
          zeta: 1,
          alpha: 2,
          template: { anything: { goes: true } },
          volumes: [{ name: 'v', size: 3 }],
        }),
        metadata: { name: 'my-new-cron-object', colour: 'red' } as ObjectMeta,
        status: { ready: true },
      });
    });
    // metadata's first (objectmeta/coerce.go), then the pruned ones in sorted order.
    expect(warnings).toEqual([
      'unknown field "metadata.colour"',
      'unknown field "spec.alpha"',
      'unknown field "spec.volumes[0].size"',
      'unknown field "spec.zeta"',
      'unknown field "status"',
    ]);
    expect(created?.spec).toEqual({
      image: 'nginx',
      replicas: 1,
      template: { anything: { goes: true } },
      volumes: [{ name: 'v' }],
    });
    expect(created?.status).toBeUndefined();
  });

  it('refuses them under Strict, as kubectl create and apply ask, with the decoding error', () => {
    const c = clusterWith(crontabCrd(schema));
    const error = refusal(() =>
      c.api.create(crontab({ image: 'nginx', foo: 1, bar: 2 }), {
        decode: { fieldValidation: 'Strict', keyOrder: 'given' },
      }),
    );
    expect(error.reason).toBe('BadRequest');
    expect(error.message).toBe(
      'CronTab in version "v1" cannot be handled as a CronTab: strict decoding error: unknown field "spec.bar", unknown field "spec.foo"',
    );
    c.api.create(crontab({ image: 'nginx' }));
    expect(
      refusal(() =>
        c.api.update(crontab({ image: 'httpd', foo: 1 }), { decode: { fieldValidation: 'Strict', keyOrder: 'given' } }),
      ).message,
    ).toBe('CronTab in version "v1" cannot be handled as a CronTab: strict decoding error: unknown field "spec.foo"');
  });

  it('refuses a patch that adds them under Strict as an Invalid `patch`, with the patched object', () => {
    const c = clusterWith(crontabCrd(schema));
    c.api.create(crontab({ image: 'nginx' }));
    const error = refusal(() =>
      c.api.patch(CRONTABS, 'default', 'my-new-cron-object', { spec: { foo: 1 } }, 'merge', {
        decode: { fieldValidation: 'Strict', keyOrder: 'given' },
      }),
    );
    expect(error.reason).toBe('Invalid');
    expect(error.causes[0]?.field).toBe('patch');
    expect(error.message).toMatch(
      /^ "" is invalid: patch: Invalid value: "\{\\"apiVersion\\":\\"stable.example.com\/v1\\",.*\\"spec\\":\{\\"foo\\":1,\\"image\\":\\"nginx\\",\\"replicas\\":1\}\}": strict decoding error: unknown field "spec.foo"$/,
    );
  });

  it('drops them silently under Ignore', () => {
    const c = clusterWith(crontabCrd(schema));
    const warnings = warningsOf(c, () =>
      c.api.create(crontab({ image: 'nginx', foo: 1 }), { decode: { fieldValidation: 'Ignore', keyOrder: 'given' } }),
    );
    expect(warnings).toEqual([]);
    expect(c.api.get(CRONTABS, 'default', 'my-new-cron-object').spec).toEqual({ image: 'nginx', replicas: 1 });
  });

  it('refuses strategic merge patches: custom resources take JSON, merge and apply patches only', () => {
    const c = clusterWith(crontabCrd(schema));
    c.api.create(crontab({ image: 'nginx' }));
    const error = refusal(() =>
      c.api.patch(CRONTABS, 'default', 'my-new-cron-object', { spec: { image: 'httpd' } }, 'strategic'),
    );
    expect([error.code, error.reason, error.message]).toEqual([
      415,
      'UnsupportedMediaType',
      'the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml',
    ]);
  });

  it('refuses undeclared fields in a server-side apply whatever the directive (structured-merge-diff)', () => {
    const c = clusterWith(crontabCrd(schema));
    const error = refusal(() =>
      c.api.applyServerSide(crontab({ image: 'nginx', foo: 1 }), { fieldManager: 'kubectl', namespace: 'default' }),
    );
    expect(error.message).toBe(
      'failed to create typed patch object (default/my-new-cron-object; stable.example.com/v1, Kind=CronTab): .spec.foo: field not declared in schema',
    );
  });

  it('applies defaults to absent fields and nulls, and deep in lists', () => {
    const c = clusterWith(
      crontabCrd({
        properties: {
          replicas: { type: 'integer', default: 1 },
          policy: { type: 'object', default: { mode: 'Allow' }, properties: { mode: { type: 'string' } } },
          ports: {
            type: 'array',
            items: {
              type: 'object',
              properties: { protocol: { type: 'string', default: 'TCP' }, port: { type: 'integer' } },
            },
          },
        },
      }),
    );
    const created = c.api.create(crontab({ replicas: null, ports: [{ port: 80 }, { port: 53, protocol: 'UDP' }] }));
    expect(created.spec).toEqual({
      replicas: 1,
      policy: { mode: 'Allow' },
      ports: [
        { port: 80, protocol: 'TCP' },
        { port: 53, protocol: 'UDP' },
      ],
    });
  });
});
