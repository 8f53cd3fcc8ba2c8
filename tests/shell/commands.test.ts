/** Each utility with coreutils' wording and exit codes. */
import { newSession, run } from './helpers.js';

function result(line: string, files: Record<string, string> = {}): { output: string; exitCode: number | undefined } {
  const { session } = newSession({ files });
  const { output, exitCode } = session.runLine(line);
  return { output, exitCode };
}

describe('files', () => {
  it('ls lists names, -a shows dotfiles, -l the long format, -1 one per line', () => {
    const files = { 'b.yaml': 'hello\n', '.hidden': '', 'a/x': '' };
    expect(result('ls', files)).toEqual({ output: 'a\nb.yaml\n', exitCode: 0 });
    expect(result('ls -a', files).output).toBe('.\n..\n.hidden\na\nb.yaml\n');
    expect(result('ls -A', files).output).toBe('.hidden\na\nb.yaml\n');
    expect(result('ls -l', files).output).toBe(
      'total 8\ndrwxr-xr-x 2 student student 4096 Nov 25 12:00 a\n-rw-r--r-- 1 student student    6 Nov 25 12:00 b.yaml\n',
    );
    expect(result('ls nope', files)).toEqual({
      output: "ls: cannot access 'nope': No such file or directory\n",
      exitCode: 2,
    });
    expect(result('ls -z', files)).toEqual({
      output: "ls: invalid option -- 'z'\nTry 'ls --help' for more information.\n",
      exitCode: 2,
    });
    expect(result('ls b.yaml a', files).output).toBe('b.yaml\n\na:\nx\n');
  });

  it("ls colours directories only when asked: Ubuntu alias ls='ls --color=auto' on the terminal, never in a pipe", () => {
    const { session } = newSession({ files: { 'a/x': '', 'b.yaml': '' } });
    const raw: string[] = [];
    session.onOutput((d) => raw.push(d));
    session.start();
    session.write('ls\r');
    expect(raw.join('')).toContain('\x1b[01;34ma\x1b[0m  b.yaml');
    raw.length = 0;
    session.write('\\ls\r');
    expect(raw.join('')).toContain('a  b.yaml');
    expect(raw.join('')).not.toContain('\x1b[01;34ma');
    expect(result('ls --color=auto', { 'a/x': '' }).output).toBe('a\n');
    expect(result('ls --color=always', { 'a/x': '' }).output).toBe('\x1b[01;34ma\x1b[0m\n');
    expect(result('ls --color=sometimes')).toMatchObject({
      exitCode: 2,
      output: expect.stringMatching(/^ls: invalid argument ‘sometimes’ for ‘--color’\n/),
    });
  });

  it('cat concatenates, numbers with -n, and reports missing files and directories', () => {
    const files = { f: 'a\nb\n', d: '' };
    expect(result('cat f f', files).output).toBe('a\nb\na\nb\n');
    expect(result('cat -n f', files).output).toBe('     1\ta\n     2\tb\n');
    expect(result('cat nofile', files)).toEqual({ output: 'cat: nofile: No such file or directory\n', exitCode: 1 });
    expect(result('mkdir dir; cat dir', files)).toEqual({ output: 'cat: dir: Is a directory\n', exitCode: 1 });
    expect(result('echo in | cat - f', files).output).toBe('in\na\nb\n');
  });

  it('mkdir, rmdir, touch and rm behave and word their errors like coreutils', () => {
    const { session } = newSession();
    expect(run(session, 'mkdir a', 'mkdir a')).toBe('mkdir: cannot create directory ‘a’: File exists\n');
    expect(run(session, 'mkdir x/y')).toBe('mkdir: cannot create directory ‘x/y’: No such file or directory\n');
    expect(run(session, 'mkdir -p x/y/z && ls x/y')).toBe('z\n');
    expect(run(session, 'rmdir x')).toBe("rmdir: failed to remove 'x': Directory not empty\n");
    expect(run(session, 'rm x')).toBe("rm: cannot remove 'x': Is a directory\n");
    expect(run(session, 'rm nothing')).toBe("rm: cannot remove 'nothing': No such file or directory\n");
    expect(session.runLine('rm -f nothing').exitCode).toBe(0);
    expect(run(session, 'rm -r x && ls')).toBe('a\n');
    expect(run(session, 'touch t && ls && rm t a')).toBe("a\nt\nrm: cannot remove 'a': Is a directory\n");
    expect(run(session, 'touch nodir/t')).toBe("touch: cannot touch 'nodir/t': No such file or directory\n");
    expect(run(session, 'rm')).toBe("rm: missing operand\nTry 'rm --help' for more information.\n");
  });

  it('cp and mv copy, rename and move into directories', () => {
    const { session } = newSession({ files: { 'a.yaml': 'A', 'd/.keep': '' } });
    expect(
      run(session, 'cp a.yaml b.yaml', 'mv b.yaml c.yaml', 'cp a.yaml d', 'mv c.yaml d/', 'ls d', 'cat d/a.yaml; echo'),
    ).toBe('a.yaml\nc.yaml\nA\n');
    expect(run(session, 'cp nope x')).toBe("cp: cannot stat 'nope': No such file or directory\n");
    expect(run(session, 'cp d e')).toBe("cp: -r not specified; omitting directory 'd'\n");
    expect(run(session, 'cp -r d e && ls e')).toBe('a.yaml\nc.yaml\n');
    expect(run(session, 'mv a.yaml')).toBe(
      "mv: missing destination file operand after 'a.yaml'\nTry 'mv --help' for more information.\n",
    );
  });

  it('cd and pwd follow bash, including cd - and errors', () => {
    const { session } = newSession({ files: { 'f.txt': '' } });
    expect(run(session, 'mkdir -p a/b', 'cd a/b', 'pwd', 'cd ..', 'pwd', 'cd -', 'cd', 'pwd')).toBe(
      '/home/student/a/b\n/home/student/a\n/home/student/a/b\n/home/student\n',
    );
    expect(session.runLine('cd nowhere')).toEqual({
      output: 'bash: cd: nowhere: No such file or directory\n',
      exitCode: 1,
      status: 'done',
    });
    expect(run(session, 'cd f.txt', 'cd a b')).toBe('bash: cd: f.txt: Not a directory\nbash: cd: too many arguments\n');
  });
});

describe('text utilities', () => {
  const pods = 'web-1 Running 3\nweb-2 Pending 1\ndb-1 Running 10\n';

  it('grep -A, -B and -C print context lines as GNU grep does (`-` after prefixes, `--` between groups)', () => {
    // What students pipe describe into: `kubectl describe pod web | grep -A3 Events`.
    const describe = 'Name: web\nStatus: Running\nIP: 10.244.0.5\nEvents:\n  Scheduled\n  Pulled\n  Started\n';
    const files = { describe, log: 'a\nerr 1\nb\nc\nd\nerr 2\ne\n' };
    expect(result('grep -A2 Events describe', files).output).toBe('Events:\n  Scheduled\n  Pulled\n');
    expect(result('grep -B 1 -n Events describe', files).output).toBe('3-IP: 10.244.0.5\n4:Events:\n');
    expect(result('grep -C1 err log', files).output).toBe('a\nerr 1\nb\n--\nd\nerr 2\ne\n');
    expect(result('grep --context=2 err log', files).output).toBe('a\nerr 1\nb\nc\nd\nerr 2\ne\n');
    expect(result('grep -A 1 -c err log', files).output).toBe('2\n');
    expect(result('grep -A x err log', files)).toEqual({
      output: 'grep: x: invalid context length argument\n',
      exitCode: 2,
    });
  });

  it('grep with -i -v -n -c -E -w and several files', () => {
    const files = { pods, other: 'WEB-9 Running 0\n' };
    expect(result('grep Running pods', files).output).toBe('web-1 Running 3\ndb-1 Running 10\n');
    expect(result('grep -i web pods other', files).output).toBe(
      'pods:web-1 Running 3\npods:web-2 Pending 1\nother:WEB-9 Running 0\n',
    );
    expect(result('grep -v Running pods', files).output).toBe('web-2 Pending 1\n');
    expect(result('grep -n db pods', files).output).toBe('3:db-1 Running 10\n');
    expect(result('grep -c Running pods other', files).output).toBe('pods:2\nother:1\n');
    expect(result('grep -E "web-(1|2) P" pods', files).output).toBe('web-2 Pending 1\n');
    expect(result('grep -w 10 pods', files).output).toBe('db-1 Running 10\n');
    expect(result('grep -w Run pods', files)).toEqual({ output: '', exitCode: 1 });
    expect(result('grep nomatch pods', files)).toEqual({ output: '', exitCode: 1 });
    expect(result('grep x missing', files)).toEqual({
      output: 'grep: missing: No such file or directory\n',
      exitCode: 2,
    });
    expect(result('grep "web-\\(1\\|2\\)" pods', files).output).toBe('web-1 Running 3\nweb-2 Pending 1\n');
  });

  it('head and tail with -n N, -N and +N', () => {
    const files = { n: '1\n2\n3\n4\n5\n' };
    expect(result('head -n 2 n', files).output).toBe('1\n2\n');
    expect(result('head -3 n', files).output).toBe('1\n2\n3\n');
    expect(result('tail -2 n', files).output).toBe('4\n5\n');
    expect(result('tail -n +4 n', files).output).toBe('4\n5\n');
    expect(result('head -n x n', files)).toEqual({ output: 'head: invalid number of lines: ‘x’\n', exitCode: 1 });
    expect(result('head -1 n n', files).output).toBe('==> n <==\n1\n\n==> n <==\n1\n');
  });

  it('tail copies the last line as it is, with or without its newline, and -c counts bytes', () => {
    expect(result('tail -n 1 f', { f: 'a\nb' }).output).toBe('b');
    expect(result('tail -c 3 f', { f: 'abcdef\n' }).output).toBe('ef\n');
    expect(result('tail -n+2 f', { f: '1\n2\n3\n' }).output).toBe('2\n3\n');
    expect(result('tail nope')).toEqual({
      output: "tail: cannot open 'nope' for reading: No such file or directory\n",
      exitCode: 1,
    });
  });

  it('wc counts lines, words and bytes with coreutils padding', () => {
    const files = { f: 'one two\nthree\n' };
    expect(result('wc f', files).output).toBe(' 2  3 14 f\n');
    expect(result('wc -l f', files).output).toBe('2 f\n');
    expect(result('cat f | wc -l', files).output).toBe('2\n');
    expect(result('cat f | wc', files).output).toBe('      2       3      14\n');
    expect(result('wc -w f f', files).output).toBe(' 3 f\n 3 f\n 6 total\n');
  });

  it('sort with -n -r -k -u', () => {
    const files = { pods };
    expect(result('sort pods', files).output).toBe('db-1 Running 10\nweb-1 Running 3\nweb-2 Pending 1\n');
    expect(result('sort -k3 -n pods', files).output).toBe('web-2 Pending 1\nweb-1 Running 3\ndb-1 Running 10\n');
    expect(result('sort -k3 -nr pods', files).output).toBe('db-1 Running 10\nweb-1 Running 3\nweb-2 Pending 1\n');
    expect(result('printf "b\\na\\nb\\n" | sort -u', files).output).toBe('a\nb\n');
  });

  it('uniq with -c', () => {
    expect(result('printf "a\\na\\nb\\n" | uniq -c').output).toBe('      2 a\n      1 b\n');
    expect(result('printf "a\\na\\nb\\n" | uniq').output).toBe('a\nb\n');
  });

  it('cut with -d -f and -c', () => {
    expect(result('echo a:b:c:d | cut -d: -f2,4').output).toBe('b:d\n');
    expect(result('echo a:b:c:d | cut -d: -f2-').output).toBe('b:c:d\n');
    expect(result('echo abcdef | cut -c2-4').output).toBe('bcd\n');
    expect(result('echo x | cut')).toEqual({
      output: "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n",
      exitCode: 1,
    });
  });

  it('tr translates, deletes and squeezes', () => {
    expect(result('echo hello | tr a-z A-Z').output).toBe('HELLO\n');
    expect(result('echo hello | tr -d l').output).toBe('heo\n');
    expect(result('echo "a   b" | tr -s " "').output).toBe('a b\n');
    expect(result("echo a,b | tr ',' '\\n'").output).toBe('a\nb\n');
    expect(result('echo ab | tr "[:lower:]" "[:upper:]"').output).toBe('AB\n');
  });

  it('base64 encodes, decodes and wraps', () => {
    expect(result('echo -n admin | base64').output).toBe('YWRtaW4=\n');
    expect(result('echo YWRtaW4= | base64 -d').output).toBe('admin');
    expect(result('echo -n admin | base64 -w0').output).toBe('YWRtaW4=');
    expect(result(`printf '%0100d' 0 | base64`).output.split('\n')[0]).toHaveLength(76);
    expect(result('echo "%%%" | base64 -d')).toMatchObject({ exitCode: 1 });
    expect(result('echo "%%%" | base64 -d').output).toContain('base64: invalid input\n');
  });
});

describe('echo and printf', () => {
  it('echo with -n and -e', () => {
    expect(result('echo -n a; echo b').output).toBe('ab\n');
    expect(result('echo -e "a\\tb\\nc"').output).toBe('a\tb\nc\n');
    expect(result('echo "a\\tb"').output).toBe('a\\tb\n');
    expect(result('echo -e "x\\cy"').output).toBe('x');
    expect(result('echo -x').output).toBe('-x\n');
  });

  it('printf formats and reuses the format', () => {
    expect(result('printf "%-5s|%3d|%.2f|%x\\n" ab 7 3.14159 255').output).toBe('ab   |  7|3.14|ff\n');
    expect(result('printf "%s\\n" a b c').output).toBe('a\nb\nc\n');
    expect(result('printf "%d\\n" abc')).toEqual({ output: '0\nbash: printf: abc: invalid number\n', exitCode: 1 });
    expect(result('printf "100%%\\n"').output).toBe('100%\n');
  });
});

describe('system utilities and builtins', () => {
  it('whoami, hostname, date, env, which, type', () => {
    const { session } = newSession();
    expect(run(session, 'whoami', 'hostname', 'date', 'date +%Y-%m-%dT%H:%M:%S')).toBe(
      'student\nminikube\nWed Nov 25 12:00:00 UTC 2026\n2026-11-25T12:00:00\n',
    );
    expect(run(session, 'env | grep -c =')).toMatch(/^\d+\n$/);
    expect(run(session, 'which kubectl cat')).toBe('/usr/local/bin/kubectl\n/usr/bin/cat\n');
    expect(session.runLine('which nope').exitCode).toBe(1);
    expect(run(session, 'type k cd cat')).toBe(
      "k is aliased to `kubectl'\ncd is a shell builtin\ncat is /usr/bin/cat\n",
    );
  });

  it('sleep advances the virtual clock instantly', () => {
    const { session, clock } = newSession();
    expect(session.runLine('sleep 2.5')).toEqual({ output: '', exitCode: 0, status: 'done' });
    expect(clock.now() - Date.UTC(2026, 10, 25, 12, 0, 0)).toBe(2500);
    expect(session.runLine('sleep 1m').exitCode).toBe(0);
    expect(session.runLine('sleep x').output).toBe(
      "sleep: invalid time interval ‘x’\nTry 'sleep --help' for more information.\n",
    );
  });

  it('history lists numbered entries, skips duplicates and clears with -c', () => {
    const { session } = newSession();
    expect(run(session, 'echo a', 'echo a', ' echo secret', 'history')).toBe(
      'a\na\nsecret\n    1  echo a\n    2  history\n',
    );
    expect(run(session, 'history -c', 'history')).toBe('    4  history\n');
  });

  it('true, false, help and exit', () => {
    const { session } = newSession();
    expect(session.runLine('true').exitCode).toBe(0);
    expect(session.runLine('false').exitCode).toBe(1);
    expect(run(session, 'help')).toContain('kubectl');
    expect(session.runLine('exit 3')).toEqual({ output: '', exitCode: 3, status: 'exited' });
    expect(session.hasExited).toBe(true);
  });
});

describe('stream plumbing', () => {
  it('tee writes files and passes input through; xargs runs the command with the words', () => {
    const { session } = newSession();
    expect(run(session, 'echo hi | tee a.txt | tr a-z A-Z', 'cat a.txt')).toBe('HI\nhi\n');
    expect(run(session, 'printf "pod/a\\npod/b\\n" | xargs kubectl delete')).toBe('kubectl delete pod/a pod/b\n');
    expect(run(session, 'echo a b | xargs -n1 echo')).toBe('a\nb\n');
    expect(session.runLine('echo x | xargs nope')).toEqual({
      output: 'xargs: nope: No such file or directory\n',
      exitCode: 127,
      status: 'done',
    });
    expect(run(session, 'cat a.txt | less')).toBe('hi\n');
  });
});

describe('sudo', () => {
  it('runs the command as written in tutorials', () => {
    expect(result('sudo kubectl get nodes').output).toBe('kubectl get nodes\n');
    expect(result('sudo -E echo hi').output).toBe('hi\n');
  });
});

describe('tail -f and -F (GNU coreutils 9.1 tail.c)', () => {
  /** A session whose clock only moves when the test says, as a container's program is woken. */
  function following(line: string, files: Record<string, string> = {}) {
    const { session, clock } = newSession({ files });
    const first = session.runLine(line);
    let output = first.output;
    session.onOutput((data) => (output += data));
    const after = (ms: number) => {
      clock.set(clock.now() + ms);
      session.tick(clock.now());
    };
    return {
      session,
      first,
      after,
      output: () => output,
      write: (path: string, text: string, append = true) =>
        session.vfs.writeFile(`/home/student/${path}`, text, { append }),
    };
  }

  it('prints the end of the file, then what is appended, polling every second', () => {
    const t = following('tail -f log', { log: '1\n2\n' });
    expect(t.first.status).toBe('running');
    expect(t.output()).toBe('1\n2\n');
    t.write('log', '3\n');
    t.after(500);
    expect(t.output()).toBe('1\n2\n');
    t.after(500);
    expect(t.output()).toBe('1\n2\n3\n');
  });

  it('-F waits for a missing file and follows it from its start once it appears', () => {
    const t = following('tail -F later');
    expect(t.first.status).toBe('running');
    expect(t.output()).toBe("tail: cannot open 'later' for reading: No such file or directory\n");
    t.write('later', 'hello\n');
    t.after(1000);
    expect(t.output()).toContain("tail: 'later' has appeared;  following new file\nhello\n");
  });

  it('-f on a missing file has nothing to follow', () => {
    expect(result('tail -f nope')).toEqual({
      output: "tail: cannot open 'nope' for reading: No such file or directory\ntail: no files remaining\n",
      exitCode: 1,
    });
  });

  it('says when a followed file was truncated, and prints it again from the start', () => {
    const t = following('tail -f log', { log: 'old line\n' });
    t.write('log', 'new\n', false);
    t.after(1000);
    expect(t.output()).toBe('old line\ntail: log: file truncated\nnew\n');
  });
});
