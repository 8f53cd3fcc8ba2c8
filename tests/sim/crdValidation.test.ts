// Custom resources validated against their CRD version's openAPIV3Schema, worded as kube-apiserver v1.32 words it.
// Messages: k8s.io/kube-openapi pkg/validation/errors/schema.go (kube-openapi 32ad38e4, the one v1.32 vendors), as
// validate/{type,values,object_validator,slice_validator,schema_props}.go raise them; turned into field errors by
// apiextensions-apiserver pkg/apiserver/validation/validation.go (kubeOpenAPIResultToFieldErrors), printed by
// apimachinery pkg/util/validation/field/errors.go; several joined as `[a, b]` (api/errors NewInvalid).
import { CRONTABS, clusterWith, crontab, crontabCrd, emptyCluster, refusal } from './crdFixture';

const invalidMessage = (spec: Record<string, unknown>, value: unknown) =>
  refusal(() => clusterWith(crontabCrd(spec)).api.create(crontab(value))).message;

describe('custom resource schema validation', () => {
  it('refuses a value of the wrong type (TypeInvalid, kube-openapi InvalidType)', () => {
    const spec = { properties: { replicas: { type: 'integer' } } };
    expect(invalidMessage(spec, { replicas: 'two' })).toBe(
      'CronTab.stable.example.com "my-new-cron-object" is invalid: spec.replicas: Invalid value: "string": spec.replicas in body must be of type integer: "string"',
    );
    const error = refusal(() => clusterWith(crontabCrd(spec)).api.create(crontab({ replicas: true })));
    expect(error.causes).toEqual([
      {
        reason: 'FieldValueTypeInvalid',
        field: 'spec.replicas',
        message: 'Invalid value: "boolean": spec.replicas in body must be of type integer: "boolean"',
      },
    ]);
    // A number with a fraction is no integer; an integer is a number.
    expect(invalidMessage(spec, { replicas: 1.5 })).toContain('must be of type integer: "number"');
    const c = clusterWith(crontabCrd({ properties: { ratio: { type: 'number' } } }));
    expect(() => c.api.create(crontab({ ratio: 2 }))).not.toThrow();
  });

  it('names required fields (Required value) and joins several errors as [a, b]', () => {
    const spec = {
      required: ['cronSpec', 'image'],
      properties: { cronSpec: { type: 'string' }, image: { type: 'string' } },
    };
    expect(invalidMessage(spec, {})).toBe(
      'CronTab.stable.example.com "my-new-cron-object" is invalid: [spec.cronSpec: Required value, spec.image: Required value]',
    );
  });

  it('refuses values outside an enum (Unsupported value), quoting non-string choices as JSON', () => {
    expect(
      invalidMessage({ properties: { mode: { type: 'string', enum: ['Always', 'Never'] } } }, { mode: 'Sometimes' }),
    ).toBe(
      'CronTab.stable.example.com "my-new-cron-object" is invalid: spec.mode: Unsupported value: "Sometimes": supported values: "Always", "Never"',
    );
    expect(invalidMessage({ properties: { size: { type: 'integer', enum: [1, 2] } } }, { size: 3 })).toContain(
      'spec.size: Unsupported value: 3: supported values: "1", "2"',
    );
  });

  it('checks minimum and maximum, exclusive or not', () => {
    const spec = { properties: { replicas: { type: 'integer', minimum: 1, maximum: 10 } } };
    expect(invalidMessage(spec, { replicas: 0 })).toContain(
      'spec.replicas: Invalid value: 0: spec.replicas in body should be greater than or equal to 1',
    );
    expect(invalidMessage(spec, { replicas: 11 })).toContain(
      'spec.replicas: Invalid value: 11: spec.replicas in body should be less than or equal to 10',
    );
    const exclusive = { properties: { ratio: { type: 'number', maximum: 1.5, exclusiveMaximum: true } } };
    expect(invalidMessage(exclusive, { ratio: 1.5 })).toContain(
      'spec.ratio: Invalid value: 1.5: spec.ratio in body should be less than 1.5',
    );
  });

  it('checks string lengths in characters (maxLength is Too long) and patterns', () => {
    const spec = { properties: { name: { type: 'string', minLength: 3, maxLength: 5, pattern: '^[a-z]+$' } } };
    expect(invalidMessage(spec, { name: 'ab' })).toContain(
      'spec.name: Invalid value: "ab": spec.name in body should be at least 3 chars long',
    );
    expect(invalidMessage(spec, { name: 'abcdef' })).toContain('spec.name: Too long: may not be more than 5 bytes');
    expect(invalidMessage(spec, { name: 'ABC' })).toContain(
      `spec.name: Invalid value: "ABC": spec.name in body should match '^[a-z]+$'`,
    );
    // Characters, not bytes: five é are five.
    expect(() => clusterWith(crontabCrd(spec)).api.create(crontab({ name: 'ééééé' }))).toThrow(/should match/);
  });

  it('runs patterns in linear time (RE2, as Go does): a catastrophic backtracking pattern is no threat', () => {
    const c = clusterWith(crontabCrd({ properties: { s: { type: 'string', pattern: '^(a+)+$' } } }));
    // A backtracking engine would not finish this match before the test times out.
    expect(() => c.api.create(crontab({ s: `${'a'.repeat(50_000)}!` }))).toThrow(/should match '\^\(a\+\)\+\$'/);
  });

  it('checks array sizes (maxItems is Too many) and validates every item', () => {
    const spec = { properties: { tags: { type: 'array', minItems: 1, maxItems: 2, items: { type: 'string' } } } };
    expect(invalidMessage(spec, { tags: [] })).toContain(
      'spec.tags: Invalid value: 0: spec.tags in body should have at least 1 items',
    );
    expect(invalidMessage(spec, { tags: ['a', 'b', 'c'] })).toContain(
      'spec.tags: Too many: 3: must have at most 2 items',
    );
    expect(invalidMessage(spec, { tags: ['a', 7] })).toContain(
      'spec.tags[1]: Invalid value: "integer": spec.tags[1] in body must be of type string: "integer"',
    );
  });

  it('takes null only where the schema is nullable, and drops other nulls (prunenulls.go)', () => {
    const spec = { properties: { note: { type: 'string', nullable: true }, image: { type: 'string' } } };
    const c = clusterWith(crontabCrd(spec));
    const created = c.api.create(crontab({ note: null, image: null }));
    expect(created.spec).toEqual({ note: null });
  });

  it('takes an integer or a string for x-kubernetes-int-or-string, nothing else', () => {
    const spec = { properties: { port: { 'x-kubernetes-int-or-string': true } } };
    const c = clusterWith(crontabCrd(spec));
    c.api.create(crontab({ port: 80 }, 'a'));
    c.api.create(crontab({ port: 'http' }, 'b'));
    expect(refusal(() => c.api.create(crontab({ port: true }, 'c'))).message).toContain(
      'spec.port: Invalid value: "boolean": spec.port in body must be of type integer,string: "boolean"',
    );
  });

  it('checks the formats kube keeps (date-time) and ignores those it drops (int32)', () => {
    const spec = {
      properties: { when: { type: 'string', format: 'date-time' }, count: { type: 'integer', format: 'int32' } },
    };
    expect(invalidMessage(spec, { when: 'yesterday' })).toContain(
      'spec.when: Invalid value: "yesterday": spec.when in body must be of type date-time: "yesterday"',
    );
    // validation/formats.go strips formats it does not support before validating: int32 bounds nothing.
    const c = clusterWith(crontabCrd(spec));
    expect(() => c.api.create(crontab({ when: '2025-01-01T00:00:00Z', count: 2 ** 40 }))).not.toThrow();
  });

  it('requires apiVersion and kind of an embedded resource', () => {
    const spec = {
      properties: {
        template: {
          type: 'object',
          'x-kubernetes-embedded-resource': true,
          'x-kubernetes-preserve-unknown-fields': true,
        },
      },
    };
    expect(invalidMessage(spec, { template: { metadata: { name: 'x' } } })).toBe(
      'CronTab.stable.example.com "my-new-cron-object" is invalid: [spec.template.apiVersion: Required value: must not be empty, spec.template.kind: Required value: must not be empty]',
    );
  });

  it('words anyOf failures with the path quoted and no field (<nil>)', () => {
    const spec = {
      properties: { a: { type: 'string' }, b: { type: 'string' } },
      anyOf: [{ required: ['a'] }, { required: ['b'] }],
    };
    expect(invalidMessage(spec, {})).toBe(
      'CronTab.stable.example.com "my-new-cron-object" is invalid: [<nil>: Invalid value: "": "spec" must validate at least one schema (anyOf), spec.a: Required value]',
    );
  });

  it('ratchets updates: errors in what an update left unchanged are not raised (CRDValidationRatcheting)', () => {
    const c = clusterWith(crontabCrd({ properties: { image: { type: 'string' }, replicas: { type: 'integer' } } }));
    c.api.create(crontab({ image: 'nginx', replicas: 1 }));
    // The schema tightens after the object was stored.
    const crd = c.api.get('customresourcedefinitions.apiextensions.k8s.io', undefined, CRONTABS);
    const tighter = structuredClone(crd) as typeof crd & { spec: { versions: { schema: unknown }[] } };
    tighter.spec.versions[0]!.schema = {
      openAPIV3Schema: {
        type: 'object',
        properties: {
          spec: {
            type: 'object',
            properties: { image: { type: 'string', maxLength: 3 }, replicas: { type: 'integer' } },
          },
        },
      },
    };
    c.api.update(tighter);
    // The image is as it was: the update goes through.
    expect(() =>
      c.api.patch(CRONTABS, 'default', 'my-new-cron-object', { spec: { replicas: 2 } }, 'merge'),
    ).not.toThrow();
    // Changing it is held to the new schema.
    expect(
      refusal(() => c.api.patch(CRONTABS, 'default', 'my-new-cron-object', { spec: { image: 'httpd' } }, 'merge'))
        .message,
    ).toContain('spec.image: Too long: may not be more than 3 bytes');
  });
});

// The CRD's own checks: apiextensions-apiserver pkg/apiserver/schema/validation.go (structural schemas) and
// pkg/apis/apiextensions/validation/validation.go (uniqueItems, ValidateCustomResourceSelectableFields).
describe('CRD schema checks', () => {
  it('requires every specified field to name its type, and refuses uniqueItems', () => {
    const c = emptyCluster();
    expect(
      refusal(() =>
        c.api.create(
          crontabCrd({
            properties: { image: {}, tags: { type: 'array', items: { type: 'string' }, uniqueItems: true } },
          }),
        ),
      ).message,
    ).toBe(
      'CustomResourceDefinition.apiextensions.k8s.io "crontabs.stable.example.com" is invalid: [spec.versions[0].schema.openAPIV3Schema.properties[spec].properties[image].type: Required value: must not be empty for specified object fields, spec.versions[0].schema.openAPIV3Schema.properties[spec].properties[tags].uniqueItems: Forbidden: uniqueItems cannot be set to true since the runtime complexity becomes quadratic]',
    );
  });

  it('takes selectable fields that name scalar fields of the schema', () => {
    const c = emptyCluster();
    const spec = { properties: { image: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } } } };
    expect(
      refusal(() =>
        c.api.create(
          crontabCrd(spec, {
            selectableFields: [{ jsonPath: '.spec.colour' }, { jsonPath: '.spec.tags' }, { jsonPath: 'spec.image' }],
          }),
        ),
      ).message,
    ).toBe(
      'CustomResourceDefinition.apiextensions.k8s.io "crontabs.stable.example.com" is invalid: [spec.versions[0].selectableFields[0].jsonPath: Invalid value: ".spec.colour": is an invalid path: does not refer to a valid field, spec.versions[0].selectableFields[1].jsonPath: Invalid value: ".spec.tags": must point to a field of type string, boolean or integer. Enum string fields and strings with formats are allowed., spec.versions[0].selectableFields[2].jsonPath: Invalid value: "spec.image": is an invalid path: expected [ or . but got: spec]',
    );
  });
});
