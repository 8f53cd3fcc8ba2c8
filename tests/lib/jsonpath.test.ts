// The input and most expectations come from the JSONPath reference page, kubernetes/website
// content/en/docs/reference/kubectl/jsonpath.md; the behaviour details (maps and lists printed as
// compact JSON, sorted map keys, error wording) from client-go util/jsonpath/jsonpath.go and parser.go.
import {
  executeJsonPath,
  goFloat,
  goJson,
  goSprint,
  goSyntax,
  JsonPathError,
  parseJsonPath,
  relaxedJsonPath,
} from '../../server/src/lib/jsonpath.js';

const doc = {
  kind: 'List',
  items: [
    {
      kind: 'None',
      metadata: { name: '127.0.0.1', labels: { 'kubernetes.io/hostname': '127.0.0.1' } },
      status: { capacity: { cpu: '4' }, addresses: [{ type: 'LegacyHostIP', address: '127.0.0.1' }] },
    },
    {
      kind: 'None',
      metadata: { name: '127.0.0.2' },
      status: {
        capacity: { cpu: '8' },
        addresses: [
          { type: 'LegacyHostIP', address: '127.0.0.2' },
          { type: 'another', address: '127.0.0.3' },
        ],
      },
    },
  ],
  users: [
    { name: 'myself', user: {} },
    { name: 'e2e', user: { username: 'admin', password: 'secret' } },
  ],
};

function run(template: string, data: unknown = doc): string {
  return executeJsonPath(parseJsonPath(template), data, { allowMissingKeys: true });
}

describe('JSONPath (the kubectl reference page examples)', () => {
  it.each([
    ['{.kind}', 'List'],
    ["{['kind']}", 'List'],
    ['{..name}', '127.0.0.1 127.0.0.2 myself e2e'],
    ['{.items[*].metadata.name}', '127.0.0.1 127.0.0.2'],
    ['{.users[?(@.name=="e2e")].user.password}', 'secret'],
    ['{.items[0].metadata.name}', '127.0.0.1'],
    ['{.items[-1:].metadata.name}', '127.0.0.2'],
    ['{.items[*].status.addresses[?(@.type=="LegacyHostIP")].address}', '127.0.0.1 127.0.0.2'],
    [
      '{range .items[*]}[{.metadata.name}, {.status.capacity}] {end}',
      '[127.0.0.1, {"cpu":"4"}] [127.0.0.2, {"cpu":"8"}] ',
    ],
    ["{.items[*]['metadata.name', 'status.capacity']}", '127.0.0.1 127.0.0.2 {"cpu":"4"} {"cpu":"8"}'],
    ['{.items[0].metadata.labels.kubernetes\\.io/hostname}', '127.0.0.1'],
  ])('%s', (template, expected) => {
    expect(run(template)).toBe(expected);
  });

  it('prints text outside actions and quoted strings with escapes', () => {
    expect(run('{range .items[*]}{.metadata.name}{"\\n"}{end}')).toBe('127.0.0.1\n127.0.0.2\n');
    expect(run('kind={.kind}\t{"x"}')).toBe('kind=List\tx');
    expect(run('.metadata.name')).toBe('.metadata.name');
  });

  it('handles slices, steps, unions of indexes and wildcards on maps', () => {
    const data = { a: [0, 1, 2, 3, 4, 5], m: { b: 2, a: 1 } };
    expect(run('{.a[1:4]}', data)).toBe('1 2 3');
    expect(run('{.a[::2]}', data)).toBe('0 2 4');
    expect(run('{.a[0,2]}', data)).toBe('0 2');
    expect(run('{.a[-2]}', data)).toBe('4');
    expect(run('{.m.*}', data)).toBe('1 2');
    expect(run('{.a}', data)).toBe('[0,1,2,3,4,5]');
    expect(run('{.m}', data)).toBe('{"a":1,"b":2}');
  });

  it('filters with comparisons and existence, ignoring incompatible types', () => {
    const data = { items: [{ n: 'a', v: 1 }, { n: 'b', v: 5 }, { n: 'c' }, { n: 'd', v: 'x' }] };
    expect(run('{.items[?(@.v>2)].n}', data)).toBe('b');
    expect(run('{.items[?(@.v<=1)].n}', data)).toBe('a');
    expect(run('{.items[?(@.v)].n}', data)).toBe('a b d');
    expect(run('{.items[?(@.n!="a")].n}', data)).toBe('b c d');
  });

  it('prints nothing for missing keys when kubectl allows them (its default)', () => {
    expect(run('{.metadata.nope}')).toBe('');
    expect(() => executeJsonPath(parseJsonPath('{.nope}'), doc)).toThrow('nope is not found');
  });

  it('nests ranges', () => {
    const data = {
      items: [
        { n: 'a', c: [{ x: 1 }, { x: 2 }] },
        { n: 'b', c: [{ x: 3 }] },
      ],
    };
    expect(run('{range .items[*]}{.n}:{range .c[*]}{.x},{end};{end}', data)).toBe('a:1,2,;b:3,;');
  });

  it('reports parse errors in client-go wording', () => {
    const err = (t: string): string => {
      try {
        parseJsonPath(t);
      } catch (e) {
        expect(e).toBeInstanceOf(JsonPathError);
        return (e as Error).message;
      }
      return 'no error';
    };
    expect(err('{.metadata.name')).toBe('unclosed action');
    expect(err('{.items[}')).toBe('unterminated array');
    expect(err('{.items[a]}')).toBe('invalid array index a');
    expect(err('{%}')).toBe("unrecognized character in action: U+0025 '%'");
    expect(err('{"abc}')).toBe('unterminated quoted string');
    expect(err('{.a[?(@.x=="y"}')).toBe('unterminated filter');
  });

  it('reports evaluation errors in client-go wording', () => {
    expect(() => run('{.items[5]}')).toThrow('array index out of bounds: index 5, length 2');
    expect(() => run('{.kind[0]}')).toThrow('string is not array or slice');
    expect(() => run('{end}')).toThrow('not in range, nothing to end');
  });
});

describe('relaxedJsonPath (RelaxedJSONPathExpression)', () => {
  it.each([
    ['.metadata.name', '{.metadata.name}'],
    ['metadata.name', '{.metadata.name}'],
    ['{metadata.name}', '{.metadata.name}'],
    ['{.metadata.name}', '{.metadata.name}'],
  ])('%s -> %s', (input, expected) => {
    expect(relaxedJsonPath(input)).toBe(expected);
  });

  it('rejects nested braces', () => {
    expect(() => relaxedJsonPath('{{.a}}')).toThrow(
      "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'",
    );
  });
});

describe('Go value formatting', () => {
  it('formats like fmt.Sprint, %#v and encoding/json', () => {
    expect(goSprint({ b: 1, a: ['x', true] })).toBe('map[a:[x true] b:1]');
    expect(goSprint(null)).toBe('<nil>');
    expect(goFloat(1e6)).toBe('1e+06');
    expect(goFloat(123456)).toBe('123456');
    expect(goFloat(0.5)).toBe('0.5');
    expect(goFloat(0.00001)).toBe('1e-05');
    expect(goSyntax({ a: 'x', n: [1] })).toBe('map[string]interface {}{"a":"x", "n":[]interface {}{1}}');
    expect(goJson({ b: '<none>', a: '&' })).toBe('{"a":"\\u0026","b":"\\u003cnone\\u003e"}');
  });
});
