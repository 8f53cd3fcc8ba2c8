import { createVirtualClock } from '../../server/src/shell/clock.js';
import { restoreShellSession } from '../../server/src/shell/index.js';
import { Vfs, VfsError } from '../../server/src/shell/vfs.js';
import { newSession, run } from './helpers.js';

function vfs(limits = {}): Vfs {
  const v = new Vfs(() => 0, ['/home/s', '/tmp'], {
    maxBytes: 100,
    maxNodes: 10,
    maxPathLength: 64,
    maxNameLength: 16,
    ...limits,
  });
  v.forceMkdir('/home/s');
  return v;
}

function code(fn: () => void): string | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    if (error instanceof VfsError) return error.code;
    throw error;
  }
}

describe('Vfs', () => {
  it('enforces total bytes, node count, and path and name lengths', () => {
    const v = vfs();
    expect(code(() => v.writeFile('/home/s/a', 'x'.repeat(101)))).toBe('ENOSPC');
    v.writeFile('/home/s/a', 'x'.repeat(100));
    expect(code(() => v.writeFile('/home/s/b', 'y'))).toBe('ENOSPC');
    v.writeFile('/home/s/a', 'short');
    expect(v.usage().bytes).toBe(5);
    expect(code(() => v.writeFile(`/home/s/${'n'.repeat(17)}`, ''))).toBe('ENAMETOOLONG');
    expect(code(() => v.mkdir(`/home/s/${'d/'.repeat(40)}x`, { parents: true }))).toBe('ENAMETOOLONG');
    for (let i = 0; i < 6; i++) v.writeFile(`/home/s/f${i}`, '');
    expect(code(() => v.writeFile('/home/s/one-too-many', ''))).toBe('ENOSPC');
  });

  it('frees space when files and trees are removed', () => {
    const v = vfs();
    v.mkdir('/home/s/d/e', { parents: true });
    v.writeFile('/home/s/d/e/f', 'x'.repeat(50));
    v.remove('/home/s/d', { recursive: true });
    expect(v.usage()).toEqual({ bytes: 0, nodes: 3 });
  });

  it('refuses writes outside the writable roots', () => {
    const v = vfs();
    v.forceMkdir('/etc');
    expect(code(() => v.writeFile('/etc/passwd', 'x'))).toBe('EACCES');
    expect(code(() => v.remove('/home'))).toBe('EACCES');
  });

  it('round-trips through a JSON snapshot', () => {
    const v = vfs();
    v.mkdir('/home/s/k8s');
    v.writeFile('/home/s/k8s/web.yaml', 'kind: Pod\n');
    const copy = new Vfs(() => 0, ['/home/s'], v.limits);
    copy.restore(JSON.parse(JSON.stringify(v.snapshot())) as ReturnType<Vfs['snapshot']>);
    expect(copy.readFile('/home/s/k8s/web.yaml')).toBe('kind: Pod\n');
    expect(copy.usage()).toEqual(v.usage());
  });
});

describe('session snapshots', () => {
  it('restores history, variables, aliases, cwd, files and the command log', () => {
    const { session } = newSession({ files: { 'lab/readme.txt': 'hello\n' } });
    run(session, 'export NS=web', "alias kgp='kubectl get pods'", 'cd lab', 'echo data > out.txt', 'false');
    const snapshot = JSON.parse(JSON.stringify(session.snapshot())) as unknown;
    const restored = restoreShellSession(snapshot, { clock: createVirtualClock(0) });
    expect(restored.cwd).toBe('/home/student/lab');
    expect(run(restored, 'cat readme.txt out.txt', 'echo $NS', 'type kgp', 'echo $?')).toBe(
      "hello\ndata\nweb\nkgp is aliased to `kubectl get pods'\n0\n",
    );
    expect(restored.history().slice(0, 5)).toEqual([
      'export NS=web',
      "alias kgp='kubectl get pods'",
      'cd lab',
      'echo data > out.txt',
      'false',
    ]);
    expect(
      restored
        .commandLog()
        .slice(0, 5)
        .map((r) => [r.line, r.exitCode]),
    ).toEqual([
      ['export NS=web', 0],
      ["alias kgp='kubectl get pods'", 0],
      ['cd lab', 0],
      ['echo data > out.txt', 0],
      ['false', 1],
    ]);
  });

  it('rejects a malformed snapshot', () => {
    expect(() => restoreShellSession({ version: 2 }, { clock: createVirtualClock(0) })).toThrow();
  });

  it('reports each finished line with its exit code to listeners (for lab checks)', () => {
    const { session } = newSession();
    const seen: [string, number | null][] = [];
    session.onCommand((r) => seen.push([r.line, r.exitCode]));
    run(session, 'k get pods', 'nope');
    expect(seen).toEqual([
      ['k get pods', 0],
      ['nope', 127],
    ]);
  });
});
