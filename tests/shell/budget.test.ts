/**
 * "One student can never stop the class": each abuse found on the production server ends with a
 * clear message (or waits for ticks and stops on Ctrl-C) instead of holding the shared process.
 * Nothing here measures wall-clock time; the budgets are counted in commands, steps and bytes, and
 * CPU time is read from a fake `cpuClock`.
 */
import fc from 'fast-check';
import { clusterWithPods } from '../bench/kubectl';
import { Budget, BudgetExceededError } from '../../server/src/lib/budget';
import { restoreShellSession, shellSnapshotSchema } from '../../server/src/shell/index';
import { DEFAULT_LIMITS } from '../../server/src/shell/limits';
import { newSession, START } from './helpers';
import { LOOP_SLICE_MS } from '../../server/src/lib/budget';

const words = (n: number): string => Array.from({ length: n }, (_, i) => i).join(' ');

/** A live clock (no `advance`): `sleep` is a foreground program ended by the host's ticks. */
function liveSession(): { session: ReturnType<typeof newSession>['session']; tick(ms: number): void } {
  let now = START;
  const { session } = newSession({ clock: { now: () => now } });
  return {
    session,
    tick: (ms) => {
      now += ms;
      session.tick(now);
    },
  };
}

describe('a typed loop on the live clock', () => {
  it('runs in CPU slices, one per tick, so the others on the thread go first; Ctrl-C ends it', () => {
    let now = START;
    let cpu = 0;
    // Each read of the CPU clock is a millisecond of work.
    const { session } = newSession({ clock: { now: () => now }, cpuClock: () => ++cpu });
    let screen = '';
    session.onOutput((d) => (screen += d));
    session.start();
    session.write('while true; do :; done\r');
    const first = cpu;
    expect(first).toBeLessThan(LOOP_SLICE_MS * 3);
    expect(session.busy).toBe(true);
    for (let i = 0; i < 3; i++) {
      const before = cpu;
      now += 100;
      session.tick(now);
      expect(cpu - before).toBeLessThan(LOOP_SLICE_MS * 3);
    }
    session.write('\x03');
    now += 100;
    session.tick(now);
    expect(session.busy).toBe(false);
    expect(screen).toMatch(/\^C\r\n.*\$ $/s);
    expect(screen).not.toContain('budget exceeded');
    expect(screen).toContain('it now runs in short slices');
  });
});

describe('a loop that never waits', () => {
  it.each(['sleep 0', 'sleep 0s'])('`while true; do %s; done` runs one turn per tick and stops on Ctrl-C', (sleep) => {
    const { session, tick } = liveSession();
    expect(session.runLine(`while true; do ${sleep}; done`)).toEqual({
      output: '',
      exitCode: undefined,
      status: 'running',
    });
    for (let i = 0; i < 5; i++) tick(100);
    expect(session.busy).toBe(true);
    session.write('\x03');
    expect(session.busy).toBe(false);
    expect(session.commandLog().at(-1)).toMatchObject({ exitCode: 130 });
    expect(session.runLine('echo back').output).toBe('back\n');
  });

  it('ends a loop of commands that return at once with the budget message', () => {
    const { session } = newSession();
    expect(session.runLine('while true; do true; done')).toEqual({
      output: 'bash: command budget exceeded: more than 1000 commands in one line\n',
      exitCode: 1,
      status: 'done',
    });
  });

  it('does not refill the budget when a program ends at once (kubectl wait on a condition that holds)', () => {
    const env = clusterWithPods(1);
    const result = env.run('while true; do kubectl wait --for=condition=Available deploy/web; done');
    expect(result.exitCode).toBe(1);
    expect(result.output).toMatch(
      /condition met\nbash: command budget exceeded: more than 1000 commands in one line\n$/,
    );
  });

  it('shares the budget with nested watch', () => {
    const { session } = newSession();
    const result = session.runLine(`watch 'watch "while true; do echo x; done"'`);
    expect(result.exitCode).toBe(1);
    expect(result.output).toBe(
      '\x1b[?1049h\x1b[H\x1b[2J\x1b[?1049lbash: command budget exceeded: more than 1000 commands in one line\n',
    );
  });

  it('gives the next line a fresh budget', () => {
    const { session } = newSession();
    session.runLine('while true; do true; done');
    expect(session.runLine('echo fine')).toEqual({ output: 'fine\n', exitCode: 0, status: 'done' });
  });
});

describe('a long paste', () => {
  it('gives each line its own budget but runs no more than a slice of CPU per event', () => {
    let cpu = 0;
    let now = START;
    // `burn` stands for a command that takes 30 ms of CPU.
    const burn = { name: 'burn', run: () => ((cpu += 30), { stdout: 'burnt\n', stderr: '', exitCode: 0 }) };
    const { session } = newSession({ clock: { now: () => now }, cpuClock: () => cpu, commands: [burn] });
    let out = '';
    session.onOutput((d) => (out += d));
    session.start();
    session.write('burn\rburn\recho done\r');
    expect(out.match(/burnt/g)).toHaveLength(1);
    session.tick(++now);
    expect(out.match(/burnt/g)).toHaveLength(2);
    expect(out).not.toContain('done\r\n');
    session.tick(++now);
    expect(out).toContain('done\r\n');
    expect(session.commandLog().map((r) => r.exitCode)).toEqual([0, 0, 0]);
  });

  it('does not share the command budget between the lines of one paste', () => {
    const { session } = newSession();
    let out = '';
    session.onOutput((d) => (out += d));
    session.start();
    const loop = `for i in ${words(600)}; do true; done`;
    session.write(`${loop}\r${loop}\recho ok\r`);
    expect(out).not.toContain('budget');
    expect(session.commandLog().map((r) => r.exitCode)).toEqual([0, 0, 0]);
  });
});

describe('memory', () => {
  it('stops a variable doubled 25 times at the variable-size limit', () => {
    const { session } = newSession();
    expect(session.runLine(`x=a; for i in ${words(25)}; do x=$x$x; done`)).toEqual({
      output: 'bash: command budget exceeded: variable x larger than 65536 bytes\n',
      exitCode: 1,
      status: 'done',
    });
  });

  it('stops copies into many variables at the total limit', () => {
    const { session } = newSession();
    session.runLine(`x=a; for i in ${words(16)}; do x=$x$x; done`);
    const copies = Array.from({ length: 20 }, (_, i) => `v${i}=$x`).join(' ');
    expect(session.runLine(copies)).toEqual({
      output: 'bash: command budget exceeded: shell variables larger than 1048576 bytes in all\n',
      exitCode: 1,
      status: 'done',
    });
  });

  it('bounds the number of variables and the length of their names, as a snapshot can hold them', () => {
    const { session } = newSession({ limits: { maxVariables: 20 } });
    expect(session.runLine(`for i in ${words(30)}; do export "v$i=1"; done`).output).toBe(
      'bash: command budget exceeded: more than 20 shell variables\n',
    );
    expect(session.runLine(`export ${'a'.repeat(300)}=1`).output).toBe(
      'bash: command budget exceeded: variable name longer than 256 characters\n',
    );
  });

  it('restores a snapshot saved under larger limits without the variables that no longer fit', () => {
    const { session, clock } = newSession();
    session.runLine('big=0123456789abcdef; small=ok');
    const restored = restoreShellSession(session.snapshot(), { clock, limits: { maxVariableBytes: 8 } });
    expect(restored.runLine('echo "[$big] [$small]"').output).toBe('[] [ok]\n');
  });

  it('stops appends of a large file in a loop at the byte budget', () => {
    const { session } = newSession();
    session.vfs.seedFile('/home/student/f', 'x'.repeat(1024 * 1024));
    const result = session.runLine(`for i in ${words(400)}; do cat f f f f >> h$i; done`);
    expect(result.exitCode).toBe(1);
    expect(result.output).toMatch(/bash: command budget exceeded: more than 16777216 bytes of data in one line\n$/);
    expect(session.vfs.usage().bytes).toBeLessThanOrEqual(4 * 1024 * 1024);
  });

  it('pays for printf padding before building it', () => {
    const { session } = newSession();
    expect(session.runLine(`printf '%99999999s' x | wc -c`).output).toBe(
      'bash: command budget exceeded: more than 16777216 bytes of data in one line\n',
    );
    expect(session.runLine(`printf '%5s|%.3d\n' x 7`).output).toBe('    x|007\n');
  });

  it('stops a word expanding a large variable many times', () => {
    const { session } = newSession();
    session.runLine(`x=a; for i in ${words(16)}; do x=$x$x; done`);
    expect(session.runLine(`echo ${'$x'.repeat(300)} | wc -c`).output).toBe(
      'bash: command budget exceeded: more than 16777216 bytes of data in one line\n',
    );
  });
});

describe('regular expressions cannot backtrack', () => {
  it('answers an exponential pattern at once, correctly', () => {
    const { session } = newSession();
    expect(session.runLine(`printf '${'a'.repeat(36)}!\\n' | grep -E '(a+)+$'`)).toEqual({
      output: '',
      exitCode: 1,
      status: 'done',
    });
    expect(session.runLine(`echo ${'a'.repeat(40)} | grep -E '(a+)+$'`).output).toBe(`${'a'.repeat(40)}\n`);
    expect(session.runLine(`echo '${'a'.repeat(40)}!' | grep -c '\\(a*\\)*b'`).output).toBe('0\n');
  });

  it('keeps -w on whole words', () => {
    const { session } = newSession();
    expect(session.runLine(`echo 'foobar foo' | grep -owE 'fo+'`).output).toBe('foo\n');
    expect(session.runLine(`echo 'foobar' | grep -w foo`).exitCode).toBe(1);
    expect(session.runLine(`echo ${'a'.repeat(5000)} | grep -cwE '(a|aa)+b'`).output).toBe('0\n');
  });

  it('understands POSIX classes and GNU word boundaries', () => {
    const { session } = newSession();
    expect(session.runLine(`printf 'ab1\\ncd\\n' | grep '^[[:alpha:]]*$'`).output).toBe('cd\n');
    expect(session.runLine(`echo 'a cat' | grep -o '\\<cat\\>'`).output).toBe('cat\n');
    expect(session.runLine(`echo 'a cat.' | grep -o 'a\\ c\\at\\.'`).output).toBe('a cat.\n');
  });

  it('refuses back-references with a message', () => {
    const { session } = newSession();
    expect(session.runLine(`echo abab | grep '\\(ab\\)\\1'`)).toEqual({
      output: 'grep: back-references (\\1) are not supported here\n',
      exitCode: 2,
      status: 'done',
    });
  });

  it('matches globs with many stars without backtracking', () => {
    const { session } = newSession();
    session.vfs.seedFile(`/home/student/${'a'.repeat(200)}`, '');
    expect(session.runLine(`echo ${'*a'.repeat(30)}b`).output).toBe(`${'*a'.repeat(30)}b\n`);
  });
});

describe('kubectl output formats under the budget', () => {
  const env = clusterWithPods(8);

  it('ends nine nested go-template ranges with a template execution error', () => {
    const template = `${'{{range $.items}}'.repeat(9)}x${'{{end}}'.repeat(9)}`;
    const result = env.run(`kubectl get pods -o go-template='${template}'`);
    expect(result.exitCode).toBe(1);
    expect(result.output).toBe(
      `error: error executing template "${template}": template: output:1:144: executing "output" at <$.items>: ` +
        'command budget exceeded: more than 100000 steps of work in one line\n',
    );
  });

  it('keeps ordinary output unchanged', () => {
    expect(env.run(`kubectl get pods -o go-template='{{range .items}}{{.kind}} {{end}}'`).output).toBe(
      'Pod '.repeat(8),
    );
    expect(env.run(`kubectl get pods -o jsonpath='{range .items[*]}{.kind} {end}'`).output).toBe('Pod '.repeat(8));
  });
});

describe('the budget itself', () => {
  const limits = { maxCommands: 10, maxSteps: 1000, maxCpuMs: 50, maxBytes: 1000 };

  it('measures CPU on the injected clock, and only there', () => {
    let cpu = 0;
    const budget = new Budget(limits, () => (cpu += 1));
    expect(() => budget.run(() => budget.step(1_000))).not.toThrow();
    expect(() =>
      budget.run(() => {
        for (;;) budget.command();
      }),
    ).toThrow(new BudgetExceededError('command budget exceeded: more than 10 commands in one line'));
    const slow = new Budget({ ...limits, maxSteps: Infinity }, () => (cpu += 10));
    expect(() =>
      slow.run(() => {
        for (;;) slow.step();
      }),
    ).toThrow(new BudgetExceededError('command budget exceeded: more than 50 ms of CPU time in one line'));
  });

  it('keeps failing once exceeded, and starts afresh with the next event', () => {
    const budget = new Budget(limits);
    budget.run(() => {
      expect(() => budget.spendBytes(2000)).toThrow(BudgetExceededError);
      expect(() => budget.step()).toThrow(BudgetExceededError);
    });
    expect(() => budget.run(() => budget.step())).not.toThrow();
  });
});

describe('property: every event ends within the budget', () => {
  const fragment = fc.constantFrom(
    'while true; do true; done',
    'while true; do echo x; done | grep x',
    'for i in 1 2 3; do echo $(echo $i); done',
    'x=$x$x$x$x',
    'y=$(cat f f f f)',
    'cat f f f f >> g',
    "grep -E '(a+)+$' f",
    "echo aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa! | grep -E '(a|aa)+$'",
    'echo *a*a*a*a*a*a*b',
    'watch "while true; do :; done"',
    'sleep 0',
    'true',
  );
  const line = fc.array(fragment, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('; '));

  it('returns from every line having read the CPU clock a bounded number of times', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 3 }), (lines) => {
        let reads = 0;
        // A fake CPU clock that advances 1 ms per read: no event can read it more than the limit allows.
        const { session } = newSession({ cpuClock: () => ++reads });
        session.vfs.seedFile('/home/student/f', `${'a'.repeat(64 * 1024)}!\n`);
        session.runLine('x=aaaaaaaaaaaaaaaa');
        for (const text of lines) {
          reads = 0;
          const result = session.runLine(text);
          expect(result.status).toBe('done');
          // Past the limit, plus the reads that start the event and the line and the one that finds it exceeded.
          expect(reads).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCpuMsPerLine + 3);
        }
        expect(session.runLine('echo ok').output).toBe('ok\n');
        // Whatever the limits let through, the session can still be saved and restored.
        expect(() => shellSnapshotSchema.parse(session.snapshot())).not.toThrow();
      }),
      { numRuns: 40 },
    );
  });
});
