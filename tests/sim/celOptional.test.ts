/**
 * CEL optional types as Kubernetes enables them (cel-go's cel.OptionalTypes() in k8s.io/apiserver/pkg/cel/environment
 * base.go since v1.28), on @bufbuild/cel, whose parser has no optional syntax. Semantics from cel-go: the optional
 * library (ext/... optional types: optional.of/none/ofNonZeroValue, hasValue, value, or, orValue, optMap,
 * optFlatMap; `optional.none() dereference`) and interpreter/attributes.go (an optional select or index makes the rest
 * of its chain optional: `a.?b.c` is `a.?b.?c`). The docs' delegated CSR tutorial writes `object.?rules.orValue([])`
 * (website content/en/examples/access/delegated-certificate-signing-request/
 * installer-csr-delegation-validatingadmissionpolicy.yaml).
 */
import { CelBudget, compileCel, toCel } from '../../server/src/sim/admission/policy/cel';

const OBJECT = toCel({
  rules: [{ apiGroups: ['certificates.k8s.io'], resources: ['signers'], verbs: ['sign'] }],
  spec: { a: { b: 1 } },
  labels: { tier: 'web' },
  list: [10, 20, 30],
});

function run(expression: string): unknown {
  const program = compileCel(expression);
  if (typeof program === 'string') return program;
  const outcome = program.run({ object: OBJECT }, new CelBudget());
  return outcome.ok ? outcome.value : `error: ${outcome.error}`;
}

describe('CEL optional types', () => {
  it.each([
    ["object.?rules.orValue([]).filter(r, r.apiGroups.exists(g, g == 'certificates.k8s.io')).size()", 1],
    ['object.?missing.orValue([]).size()', 0],
    ['object.spec.?a.hasValue()', true],
    ['object.spec.?x.hasValue()', false],
    // The rest of a chain after an optional select is optional too.
    ['object.?spec.a.b.orValue(0)', 1],
    ['object.?spec.x.b.orValue(7)', 7],
    ['object.list[?1].value()', 20],
    ['object.list[?9].hasValue()', false],
    ["object.labels[?'tier'].orValue('none')", 'web'],
    ["object.labels[?'zone'].orValue('none')", 'none'],
  ])('selects and indexes: %s', (expression, value) => {
    expect(run(expression)).toEqual(value);
  });

  it.each([
    ['optional.of(5).value()', 5],
    ['optional.none().hasValue()', false],
    ['optional.ofNonZeroValue(0).hasValue()', false],
    ["optional.ofNonZeroValue('a').hasValue()", true],
    ['optional.none().or(optional.of(4)).value()', 4],
    ['optional.of(1) == optional.of(1)', true],
    ['optional.of(5).optMap(x, x + 1).value()', 6],
    ['optional.none().optMap(x, x + 1).hasValue()', false],
    ['optional.of(2).optFlatMap(x, optional.of(x * 10)).value()', 20],
  ])('values and macros: %s', (expression, value) => {
    expect(run(expression)).toEqual(value);
  });

  it('builds lists and maps with optional elements and entries', () => {
    expect(run('[1, ?optional.none(), ?optional.of(3)]')).toEqual([1, 3]);
    expect(run("{'a': 1, ?'b': optional.none(), ?'c': object.?labels.tier}")).toEqual({ a: 1, c: 'web' });
  });

  it('fails as cel-go does on a missing value, and on a missing key outside the optional chain', () => {
    expect(run('optional.none().value()')).toBe('error: optional.none() dereference');
    expect(run('object.x.?y')).toBe('error: no such key: x');
  });

  it('leaves the conditional operator, strings and comments alone, and parse errors where they were', () => {
    expect(run("true ? 'yes' : 'no'")).toBe('yes');
    expect(run("[1].exists(x, x == 1) ? 'a?.b' : 'c[?d]'")).toBe('a?.b');
    expect(run("'x' + // a comment with .? in it\n'y'")).toBe('xy');
    // The `?` becomes a space, so the error's column is the source's.
    expect(run('object.?spec +')).toBe('compilation failed: ERROR: <input>:1:14: found + but expecting end of input');
  });
});
