/**
 * The label selector grammar of k8s.io/apimachinery pkg/labels/selector.go (Lexer, Parser, NewRequirement). The
 * expected messages are the real kubectl v1.32.4's, which parses `set selector`'s argument with this code
 * (`kubectl set selector --local -f svc.yaml '<selector>'` prints them after `couldn't parse the selector string`).
 */
import {
  Cluster,
  isStatusError,
  matches,
  parseLabelRequirements,
  parseLabelSelector,
} from '../../server/src/sim/index.js';

const errorOf = (text: string) => {
  try {
    parseLabelRequirements(text);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error(`"${text}" parsed`);
};

describe('label selector grammar', () => {
  it('reads requirements sorted by key, values sorted and without repeats', () => {
    expect(parseLabelRequirements('x notin (b,a,b),y,!z, w == v')).toEqual([
      { key: 'w', operator: '==', values: ['v'] },
      { key: 'x', operator: 'notin', values: ['a', 'b'] },
      { key: 'y', operator: 'exists', values: [] },
      { key: 'z', operator: '!', values: [] },
    ]);
    // Keywords are identifiers where a key or value is expected; an empty value counts.
    expect(parseLabelRequirements('in=x')).toEqual([{ key: 'in', operator: '=', values: ['x'] }]);
    expect(parseLabelRequirements('a in ()')).toEqual([{ key: 'a', operator: 'in', values: [''] }]);
    expect(parseLabelRequirements('a in (b,,c)')).toEqual([{ key: 'a', operator: 'in', values: ['', 'b', 'c'] }]);
    expect(parseLabelRequirements('a>1')).toEqual([{ key: 'a', operator: 'gt', values: ['1'] }]);
    expect(parseLabelRequirements('')).toEqual([]);
  });

  it('words its errors as apimachinery does', () => {
    expect(errorOf('a=b=c')).toBe("found '=', expected: ',' or 'end of string'");
    expect(errorOf('=x')).toBe("found '=', expected: !, identifier, or 'end of string'");
    expect(errorOf('a,,b')).toBe("found ',', expected: identifier after ','");
    expect(errorOf('a,')).toBe("found '', expected: identifier after ','");
    expect(errorOf('!a=b')).toBe("found '=', expected: ',' or 'end of string'");
    expect(errorOf('!')).toBe("unable to parse requirement: found '', expected: identifier");
    expect(errorOf('a in (b')).toBe("unable to parse requirement: found '', expected: ',' or ')'");
    expect(errorOf('a in b')).toBe("unable to parse requirement: found 'b' expected: '('");
    expect(errorOf('a gt 1')).toBe("unable to parse requirement: found 'gt', expected: in, notin, =, ==, !=, gt, lt");
    expect(errorOf('a=(b)')).toBe("unable to parse requirement: found '(', expected: identifier");
    expect(errorOf('a>x')).toBe(
      "unable to parse requirement: values[0]: Invalid value: \"x\": for 'Gt', 'Lt' operators, the value must be an integer",
    );
    expect(errorOf('a_=b')).toBe(
      "unable to parse requirement: <nil>: Invalid value: \"a_\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
    );
    expect(errorOf('a=b_')).toBe(
      "unable to parse requirement: values[0][a]: Invalid value: \"b_\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
    );
  });

  it('selects with every operator, numbers compared for gt and lt (Requirement.Matches)', () => {
    const labels = { app: 'web', size: '10' };
    const selects = (text: string) => matches(parseLabelSelector(text), labels);
    expect(selects('app=web,size>9')).toBe(true);
    expect(selects('size<10')).toBe(false);
    expect(selects('app>1')).toBe(false);
    expect(selects('app notin (db),!tier')).toBe(true);
    expect(selects('tier!=x')).toBe(true);
  });

  it('is the API server’s: a list with a bad labelSelector is a BadRequest with the parser’s message', () => {
    const c = Cluster.create({ controllers: [] });
    try {
      c.api.list('pods', { namespace: 'default', labelSelector: 'a=b=c' });
      throw new Error('listed');
    } catch (e) {
      if (!isStatusError(e)) throw e;
      expect([e.reason, e.message]).toEqual(['BadRequest', "found '=', expected: ',' or 'end of string'"]);
    }
  });
});
