// x-kubernetes-validations: CEL rules, evaluated and worded as apiextensions-apiserver pkg/apiserver/schema/cel/
// validation.go does (Invalid with the node's type as value, `failed rule: <rule>` without a message, transition
// rules only on updates, ratcheted errors as warnings), after the schema's own errors unless those block
// (pkg/registry/customresource/strategy.go hasBlockingErr); rules are compiled when the CRD is written
// (pkg/apis/apiextensions/validation/validation.go).
import { CRONTABS, clusterWith, crontab, crontabCrd, emptyCluster, refusal, warningsOf } from './crdFixture';

const replicas = { replicas: { type: 'integer' }, minReplicas: { type: 'integer' } };

describe('x-kubernetes-validations', () => {
  it('refuses with the rule message, on the node the rule is on, valued by its type', () => {
    const c = clusterWith(
      crontabCrd({
        properties: replicas,
        'x-kubernetes-validations': [
          {
            rule: 'self.minReplicas <= self.replicas',
            message: 'replicas should be greater than or equal to minReplicas',
          },
        ],
      }),
    );
    expect(refusal(() => c.api.create(crontab({ replicas: 1, minReplicas: 2 }))).message).toBe(
      'CronTab.stable.example.com "my-new-cron-object" is invalid: spec: Invalid value: "object": replicas should be greater than or equal to minReplicas',
    );
    expect(() => c.api.create(crontab({ replicas: 2, minReplicas: 2 }))).not.toThrow();
  });

  it('says `failed rule: <rule>` without a message, and uses messageExpression, reason and fieldPath', () => {
    const c = clusterWith(
      crontabCrd({
        properties: {
          ...replicas,
          image: {
            type: 'string',
            'x-kubernetes-validations': [{ rule: "self.startsWith('registry.example.com/')" }],
          },
        },
        'x-kubernetes-validations': [
          {
            rule: 'self.replicas < 10',
            messageExpression: "'replicas is ' + string(self.replicas) + ', the most is 9'",
            reason: 'FieldValueForbidden',
            fieldPath: '.replicas',
          },
        ],
      }),
    );
    expect(refusal(() => c.api.create(crontab({ image: 'nginx', replicas: 12 }))).message).toBe(
      `CronTab.stable.example.com "my-new-cron-object" is invalid: [spec.replicas: Forbidden: replicas is 12, the most is 9, spec.image: Invalid value: "string": failed rule: self.startsWith('registry.example.com/')]`,
    );
  });

  it('puts a rule at the root on the nil path', () => {
    const crd = crontabCrd({ properties: replicas });
    const version = (crd.spec as { versions: { schema: { openAPIV3Schema: Record<string, unknown> } }[] }).versions[0]!;
    version.schema.openAPIV3Schema['x-kubernetes-validations'] = [
      { rule: "self.metadata.name.startsWith('cron-')", message: 'names start with cron-' },
    ];
    const c = clusterWith(crd);
    expect(refusal(() => c.api.create(crontab({ replicas: 1 }))).message).toBe(
      'CronTab.stable.example.com "my-new-cron-object" is invalid: <nil>: Invalid value: "object": names start with cron-',
    );
  });

  it('runs transition rules (oldSelf) on updates only', () => {
    const c = clusterWith(
      crontabCrd({
        properties: {
          image: {
            type: 'string',
            'x-kubernetes-validations': [{ rule: 'self == oldSelf', message: 'Value is immutable' }],
          },
        },
      }),
    );
    c.api.create(crontab({ image: 'nginx' }));
    expect(
      refusal(() => c.api.patch(CRONTABS, 'default', 'my-new-cron-object', { spec: { image: 'httpd' } }, 'merge'))
        .message,
    ).toBe(
      'CronTab.stable.example.com "my-new-cron-object" is invalid: spec.image: Invalid value: "string": Value is immutable',
    );
  });

  it('reports evaluation errors with the rule, and skips rules after blocking schema errors', () => {
    const c = clusterWith(
      crontabCrd({
        properties: replicas,
        'x-kubernetes-validations': [{ rule: 'self.minReplicas <= self.replicas' }],
      }),
    );
    expect(refusal(() => c.api.create(crontab({ replicas: 1 }))).message).toBe(
      'CronTab.stable.example.com "my-new-cron-object" is invalid: spec: Invalid value: "object": no such key: minReplicas evaluating rule: self.minReplicas <= self.replicas',
    );
    expect(refusal(() => c.api.create(crontab({ replicas: 'one' }))).message).toBe(
      'CronTab.stable.example.com "my-new-cron-object" is invalid: [spec.replicas: Invalid value: "string": spec.replicas in body must be of type integer: "string", <nil>: Invalid value: "null": some validation rules were not checked because the object was invalid; correct the existing errors to complete validation]',
    );
  });

  it('ratchets: a rule still broken by an update that left its node alone only warns', () => {
    const limits = { type: 'object', properties: replicas };
    const c = clusterWith(crontabCrd({ properties: { image: { type: 'string' }, limits } }));
    c.api.create(crontab({ image: 'nginx', limits: { replicas: 1, minReplicas: 3 } }));
    // The rule comes after the object was stored.
    const crd = c.api.get('customresourcedefinitions.apiextensions.k8s.io', undefined, CRONTABS);
    const next = structuredClone(crd) as typeof crd & {
      spec: {
        versions: { schema: { openAPIV3Schema: { properties: { spec: { properties: Record<string, unknown> } } } } }[];
      };
    };
    next.spec.versions[0]!.schema.openAPIV3Schema.properties.spec.properties.limits = {
      ...limits,
      'x-kubernetes-validations': [{ rule: 'self.minReplicas <= self.replicas', message: 'min above max' }],
    };
    c.api.update(next);
    const patch = (spec: unknown) => () => c.api.patch(CRONTABS, 'default', 'my-new-cron-object', { spec }, 'merge');
    expect(warningsOf(c, patch({ image: 'httpd' }))).toEqual(['spec.limits: Invalid value: "object": min above max']);
    expect(refusal(patch({ limits: { replicas: 2 } })).message).toBe(
      'CronTab.stable.example.com "my-new-cron-object" is invalid: spec.limits: Invalid value: "object": min above max',
    );
  });

  it('stops a rule that runs out of budget, and no further rules run', () => {
    const c = clusterWith(
      crontabCrd({
        properties: { n: { type: 'integer' } },
        'x-kubernetes-validations': [
          {
            rule: '[1,2,3,4,5,6,7,8,9,10].all(a, [1,2,3,4,5,6,7,8,9,10].all(b, [1,2,3,4,5,6,7,8,9,10].all(c, [1,2,3,4,5,6,7,8,9,10].all(d, [1,2,3,4,5,6,7,8,9,10].all(e, a > 0)))))',
          },
          { rule: 'false', message: 'never reached' },
        ],
      }),
    );
    const message = refusal(() => c.api.create(crontab({ n: 1 }))).message;
    expect(message).toContain(
      `spec: Invalid value: "object": 'operation cancelled: actual cost limit exceeded': no further validation rules will be run due to call cost exceeds limit for rule: [1,2,3`,
    );
    expect(message).not.toContain('never reached');
  });

  it('refuses a CRD whose rule does not compile', () => {
    const crd = crontabCrd({ properties: replicas, 'x-kubernetes-validations': [{ rule: 'self.replicas >' }] });
    const message = refusal(() => emptyCluster().api.create(crd)).message;
    expect(message).toMatch(
      /^CustomResourceDefinition\.apiextensions\.k8s\.io "crontabs\.stable\.example\.com" is invalid: spec\.versions\[0\]\.schema\.openAPIV3Schema\.properties\[spec\]\.x-kubernetes-validations\[0\]\.rule: Invalid value: apiextensions\.ValidationRule\{Rule:"self\.replicas >", Message:"", MessageExpression:"", Reason:\(\*apiextensions\.FieldValueErrorReason\)\(nil\), FieldPath:"", OptionalOldSelf:\(\*bool\)\(nil\)\}: compilation failed: /,
    );
  });
});
