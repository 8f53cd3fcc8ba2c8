import { FlagError, parseFlags, parseDuration, type FlagDef } from '../../server/src/kubectl/cli/flags';
import { levenshtein, suggestionsFor } from '../../server/src/kubectl/cli/command';

const defs: FlagDef[] = [
  { name: 'namespace', short: 'n', type: 'string', usage: '' },
  { name: 'output', short: 'o', type: 'string', usage: '' },
  { name: 'all-namespaces', short: 'A', type: 'bool', usage: '' },
  { name: 'stdin', short: 'i', type: 'bool', usage: '' },
  { name: 'tty', short: 't', type: 'bool', usage: '' },
  { name: 'replicas', type: 'int', usage: '' },
  { name: 'env', type: 'stringArray', usage: '' },
  { name: 'dry-run', type: 'string', default: 'none', noOptDefault: 'unchanged', usage: '' },
  { name: 'timeout', type: 'duration', default: '0s', usage: '' },
  { name: 'watch', short: 'w', type: 'string', default: 'true', noOptDefault: 'true', usage: '' },
];

describe('kubectl flag dialect', () => {
  it.each([
    [['-oyaml'], 'yaml'],
    [['-o=yaml'], 'yaml'],
    [['-o', 'yaml'], 'yaml'],
    [['--output=yaml'], 'yaml'],
    [['--output', 'yaml'], 'yaml'],
  ])('%j sets output', (argv, value) => {
    expect(parseFlags(argv, defs).values.get('output')).toBe(value);
  });

  it('takes flags anywhere, clusters booleans and keeps args after --', () => {
    const p = parseFlags(['-it', 'web', '-n', 'dev', '--', 'sh', '-c', 'ls'], defs);
    expect(p.values.get('stdin')).toBe(true);
    expect(p.values.get('tty')).toBe(true);
    expect(p.values.get('namespace')).toBe('dev');
    expect(p.args).toEqual(['web', 'sh', '-c', 'ls']);
    expect(p.dashAt).toBe(1);
  });

  it('repeats array flags, reads bool values and bare NoOptDefVal flags', () => {
    const p = parseFlags(['--env=A=1', '--env', 'B=2', '--all-namespaces=false', '--dry-run'], defs);
    expect(p.values.get('env')).toEqual(['A=1', 'B=2']);
    expect(p.values.get('all-namespaces')).toBe(false);
    expect(p.values.get('dry-run')).toBe('unchanged');
  });

  it('gives a bare NoOptDefVal shorthand its default without taking the next word (rollout status -w deploy/web)', () => {
    const p = parseFlags(['-w', 'deploy/web'], defs);
    expect(p.values.get('watch')).toBe('true');
    expect(p.args).toEqual(['deploy/web']);
  });

  it.each([
    [['--bogus'], 'unknown flag: --bogus'],
    [['-z'], "unknown shorthand flag: 'z' in -z"],
    [['-iz'], "unknown shorthand flag: 'z' in -iz"],
    [['-n'], "flag needs an argument: 'n' in -n"],
    [['--namespace'], 'flag needs an argument: --namespace'],
    [['--replicas=x'], 'invalid argument "x" for "--replicas" flag: strconv.ParseInt: parsing "x": invalid syntax'],
    [
      ['--stdin=maybe'],
      'invalid argument "maybe" for "-i, --stdin" flag: strconv.ParseBool: parsing "maybe": invalid syntax',
    ],
    [['--timeout=soon'], 'invalid argument "soon" for "--timeout" flag: time: invalid duration "soon"'],
  ])('%j fails with pflag wording', (argv, message) => {
    expect(() => parseFlags(argv, defs)).toThrow(new FlagError(message));
  });

  it('parses Go durations', () => {
    expect(parseDuration('1m30s')).toBe(90_000);
    expect(parseDuration('250ms')).toBe(250);
    expect(parseDuration('2h')).toBe(7_200_000);
    expect(parseDuration('x')).toBeUndefined();
  });

  it('suggests as cobra does', () => {
    expect(levenshtein('gett', 'get')).toBe(1);
    expect(suggestionsFor('gett', ['create', 'set', 'get', 'delete'])).toEqual(['set', 'get']);
    expect(suggestionsFor('des', ['describe', 'delete'])).toEqual(['describe']);
  });
});
