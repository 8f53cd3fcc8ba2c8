/**
 * Property tests: kubectl's parsing with hostile input (random argv, bad flags, deep and huge YAML,
 * alias bombs) never lets an exception escape and always answers with an exit code.
 */
import fc from 'fast-check';
import { clusterWithPods } from '../bench/kubectl';
import { runKubectl } from '../../server/src/kubectl/kubectl';
import { parseManifest } from '../../server/src/kubectl/manifest';
import { KubectlError } from '../../server/src/kubectl/errors';
import type { CommandContext } from '../../server/src/shell/index';

const env = clusterWithPods(3);

function ctx(stdin = ''): CommandContext {
  return {
    stdin,
    env: new Map(),
    cwd: '/home/student',
    home: '/home/student',
    user: 'student',
    hostname: 'minikube',
    vfs: env.shell.vfs,
    clock: { now: () => env.cluster.now() },
    terminal: { cols: 80, rows: 24 },
    isTerminal: false,
    runArgv: () => ({ stdout: '', stderr: '', exitCode: 0 }),
    runLine: () => ({ stdout: '', stderr: '', exitCode: 0 }),
    commandNames: () => [],
    commandSummary: () => undefined,
  };
}

const word = fc.oneof(
  fc.constantFrom(
    'get',
    'create',
    'delete',
    'apply',
    'run',
    'scale',
    'rollout',
    'status',
    'undo',
    'label',
    'describe',
    'pods',
    'deploy',
    'web',
    'svc/web',
    'all',
    '-n',
    '-A',
    '-o',
    'yaml',
    'json',
    '-oyaml',
    '-o=name',
    '--',
    '-f',
    '-',
    '--replicas',
    '--image=nginx',
    '--bogus',
    '-z',
    '-it',
    '--rm',
    '--dry-run=client',
    'x=y',
    'a-',
    'deployment',
    'configmap',
    'secret',
    'generic',
    'service',
    'clusterip',
    '--tcp=80:80',
  ),
  fc.string({ maxLength: 20 }),
);

describe('kubectl with hostile input', () => {
  it('answers every argv without throwing', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), fc.string({ maxLength: 200 }), (argv, stdin) => {
        const r = runKubectl(argv, ctx(stdin), env.kube);
        if ('program' in r) return;
        expect(typeof r.exitCode).toBe('number');
        expect(r.stdout.length + r.stderr.length).toBeLessThan(2_000_000);
      }),
      { numRuns: 400 },
    );
  });

  it('parses random YAML text into objects or a kubectl error', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        try {
          parseManifest({ name: 'x.yaml', text });
        } catch (e) {
          expect(e).toBeInstanceOf(KubectlError);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('refuses deep nesting, huge files and alias bombs with a clear error', () => {
    const deep = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: deep\ndata:\n${'  x:\n'.repeat(1)}${Array.from({ length: 300 }, (_v, i) => `${'  '.repeat(i + 2)}k:`).join('\n')} 1\n`;
    expect(() => parseManifest({ name: 'deep.yaml', text: deep })).toThrow(KubectlError);
    const deepJson = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
    expect(() => parseManifest({ name: 'deep.json', text: deepJson })).toThrow(KubectlError);
    const huge = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: huge\ndata:\n  k: "${'x'.repeat(3 * 1024 * 1024)}"\n`;
    expect(() => parseManifest({ name: 'huge.yaml', text: huge })).toThrow(/larger than/);
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...Array.from(
        { length: 9 },
        (_v, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(',')}]`,
      ),
    ].join('\n');
    expect(() => parseManifest({ name: 'bomb.yaml', text: `${bomb}\n` })).toThrow(KubectlError);
  });

  it('applies a manifest of many documents within bounds', () => {
    const docs = Array.from(
      { length: 200 },
      (_v, i) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-${i}\n`,
    ).join('---\n');
    const r = runKubectl(['apply', '-f', '-'], ctx(docs), env.kube);
    expect('stdout' in r && r.stdout.split('\n').length).toBe(201);
  });
});
