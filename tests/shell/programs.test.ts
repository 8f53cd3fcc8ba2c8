/** Foreground programs: watch, live sleep, streaming commands, editors and nested prompts. */
import { type Command } from '../../server/src/shell/command.js';
import { openEditor, promptProgram } from '../../server/src/shell/index.js';
import { KEY, PROMPT, START, newSession, newTty } from './helpers.js';

/** Like `kubectl get pods -w`: prints a line on every tick until Ctrl-C. */
const streamer: Command = {
  name: 'stream',
  run: () => ({
    program: (io) => {
      io.write('NAME   READY\n');
      let n = 0;
      return {
        onTick: () => io.write(`pod-${++n}  1/1\n`),
        onInterrupt: () => undefined,
      };
    },
  }),
};

/** Like `kubectl edit`: opens the editor on a temp file and reports what was saved. */
const editCommand: Command = {
  name: 'edit',
  run: () => ({
    program: openEditor({
      kind: 'vi',
      fileName: '/tmp/kubectl-edit-1.yaml',
      content: 'replicas: 1\n',
      save: () => undefined,
      onClose: (result, io) => {
        io.write(
          result.saved
            ? `deployment.apps/web edited (${result.content.trim()})\n`
            : 'Edit cancelled, no changes made.\n',
        );
        io.exit(0);
      },
    }),
  }),
};

/** Like `kubectl exec -it web -- sh`. */
const execCommand: Command = {
  name: 'exec',
  run: () => ({
    program: promptProgram({
      prompt: () => '/ # ',
      onLine: (line) =>
        line.trim() === 'exit' ? { output: '', exit: 0 } : { output: line.trim() ? `ran ${line}\n` : '' },
    }),
  }),
};

const extra = { commands: [streamer, editCommand, execCommand] };

describe('streaming programs', () => {
  it('prints on ticks and stops on Ctrl-C with ^C and exit 130', async () => {
    const tty = await newTty(80, 24, { commands: [streamer] });
    await tty.type('stream\r');
    expect(tty.session.busy).toBe(true);
    tty.session.tick(START + 1000);
    tty.session.tick(START + 2000);
    await tty.type('ignored typing');
    await tty.type(KEY.ctrl('c'));
    expect(tty.screen.lines().slice(0, 6)).toEqual([
      `${PROMPT}stream`,
      'NAME   READY',
      'pod-1  1/1',
      'pod-2  1/1',
      '^C',
      PROMPT,
    ]);
    expect(tty.session.busy).toBe(false);
    expect(tty.session.commandLog().at(-1)).toMatchObject({ line: 'stream', exitCode: 130 });
  });

  it('abandons the rest of the line when Ctrl-C kills the program, as SIGINT does', async () => {
    const tty = await newTty(80, 24, extra);
    await tty.type('stream || echo after\r', KEY.ctrl('c'));
    expect(tty.screen.lines().slice(0, 4)).toEqual([`${PROMPT}stream || echo after`, 'NAME   READY', '^C', PROMPT]);
  });

  it('runs the rest of the line after a program that ends by itself', async () => {
    let now = START;
    const tty = await newTty(80, 24, { clock: { now: () => now } });
    await tty.type('sleep 1; echo after\r');
    now += 1000;
    tty.session.tick(now);
    await tty.screen.settle();
    expect(tty.screen.lines().slice(0, 3)).toEqual([`${PROMPT}sleep 1; echo after`, 'after', PROMPT]);
  });

  // A pipe between processes that run at once: grep prints each line as the writer sends it (`kubectl get
  // pods -w | grep web`); sort needs all of its input, and Ctrl-C stops it with the writer before it prints.
  it('streams a program piped into a line filter, and hands the rest to a command that reads it all', async () => {
    const tty = await newTty(80, 24, extra);
    await tty.type('stream | grep pod\r');
    tty.session.tick(START + 1);
    tty.session.tick(START + 2);
    await tty.screen.settle();
    expect(tty.screen.lines().slice(0, 3)).toEqual([`${PROMPT}stream | grep pod`, 'pod-1  1/1', 'pod-2  1/1']);
    await tty.type(KEY.ctrl('c'));
    expect(tty.screen.lines().slice(3, 5)).toEqual(['^C', PROMPT]);

    const sorted = await newTty(80, 24, extra);
    await sorted.type('stream | sort -r\r');
    sorted.session.tick(START + 1);
    sorted.session.tick(START + 2);
    await sorted.type(KEY.ctrl('c'));
    expect(sorted.screen.lines().slice(0, 3)).toEqual([`${PROMPT}stream | sort -r`, '^C', PROMPT]);
  });

  it('reads the lines of a running program as they come: tail -f into a while-read loop', async () => {
    const tty = await newTty(80, 24, { files: { 'app.log': 'start\n' } });
    await tty.type('tail -f app.log | while read -r l; do echo "got: $l"; done\r');
    tty.session.vfs.writeFile('/home/student/app.log', 'next\n', { append: true });
    tty.session.tick(START + 1000);
    await tty.screen.settle();
    expect(tty.screen.lines().slice(0, 3)).toEqual([
      `${PROMPT}tail -f app.log | while read -r l; do echo "got: $l"; done`,
      'got: start',
      'got: next',
    ]);
    await tty.type(KEY.ctrl('c'));
    expect(tty.session.busy).toBe(false);
  });

  it('reports a running program from runLine and can be driven afterwards', () => {
    const { session } = newSession(extra);
    const out: string[] = [];
    session.onOutput((d) => out.push(d));
    expect(session.runLine('stream')).toEqual({ output: 'NAME   READY\n', exitCode: undefined, status: 'running' });
    session.tick(START + 1);
    session.write('\x03');
    expect(out.join('')).toBe('pod-1  1/1\n^C\r\n');
    expect(session.runLine('echo $?').output).toBe('130\n');
  });
});

describe('watch and sleep on the clock', () => {
  it('watch redraws on the interval in the alternate screen and leaves it on Ctrl-C', async () => {
    const tty = await newTty(80, 24);
    await tty.type('watch -n 2 kubectl get pods\r');
    expect(tty.screen.alternate).toBe(true);
    expect(tty.screen.lines()[0]).toBe(
      `Every 2.0s: kubectl get pods${' '.repeat(18)}minikube: Wed Nov 25 12:00:00 2026`,
    );
    expect(tty.screen.lines()[2]).toBe('kubectl get pods');
    tty.session.tick(START + 1000);
    await tty.screen.settle();
    expect(tty.screen.lines()[0]).toContain('12:00:00');
    tty.session.tick(START + 2000);
    await tty.screen.settle();
    expect(tty.screen.lines()[0]).toContain('12:00:02');
    await tty.type(KEY.ctrl('c'));
    expect(tty.screen.alternate).toBe(false);
    expect(tty.screen.lines().slice(0, 2)).toEqual([`${PROMPT}watch -n 2 kubectl get pods`, PROMPT]);
  });

  it('sleep waits for the host clock in live mode and can be interrupted', async () => {
    let now = START;
    const tty = await newTty(80, 24, { clock: { now: () => now } });
    await tty.type('sleep 5 && echo done\r');
    expect(tty.session.busy).toBe(true);
    now += 4000;
    tty.session.tick(now);
    expect(tty.session.busy).toBe(true);
    now += 1000;
    tty.session.tick(now);
    await tty.screen.settle();
    expect(tty.session.busy).toBe(false);
    expect(tty.screen.lines().slice(0, 3)).toEqual([`${PROMPT}sleep 5 && echo done`, 'done', PROMPT]);
    await tty.type('sleep 10\r', KEY.ctrl('c'), 'echo $?\r');
    expect(tty.screen.lines().slice(3, 6)).toEqual(['^C', `${PROMPT}echo $?`, '130']);
  });

  it('queues typed-ahead lines of a paste until the program ends', async () => {
    let now = START;
    const tty = await newTty(80, 24, { clock: { now: () => now } });
    await tty.type(KEY.paste('sleep 1\necho next\n'));
    now += 1000;
    tty.session.tick(now);
    await tty.screen.settle();
    expect(tty.screen.lines().slice(0, 4)).toEqual([`${PROMPT}sleep 1`, `${PROMPT}echo next`, 'next', PROMPT]);
  });
});

describe('editors', () => {
  it('nano edits a file: type, ^O Enter writes, ^X exits', async () => {
    const tty = await newTty(80, 24, { files: { 'web.yaml': 'replicas: 1\n' } });
    await tty.type('nano web.yaml\r');
    expect(tty.screen.alternate).toBe(true);
    const screen = tty.screen.lines();
    expect(screen[0]).toMatch(/^ {2}GNU nano 7\.2 +web\.yaml/);
    expect(screen[1]).toBe('replicas: 1');
    expect(screen[21]).toContain('[ Read 1 line ]');
    expect(screen[22]).toMatch(/^\^G Help +\^O Write Out +\^W Where Is +\^K Cut/);
    expect(screen[23]).toMatch(/^\^X Exit +\^R Read File/);
    await tty.type(KEY.end, KEY.backspace, '3', KEY.down, 'kind: Deployment');
    expect(tty.screen.lines()[0]).toContain('Modified');
    await tty.type(KEY.ctrl('o'));
    expect(tty.screen.lines()[21]).toContain('File Name to Write: web.yaml');
    await tty.type(KEY.enter);
    expect(tty.screen.lines()[21]).toContain('[ Wrote 2 lines ]');
    await tty.type(KEY.ctrl('x'));
    expect(tty.screen.alternate).toBe(false);
    expect(tty.session.runLine('cat web.yaml').output).toBe('replicas: 3\nkind: Deployment\n');
  });

  it('nano asks to save a modified buffer on ^X', async () => {
    const tty = await newTty();
    await tty.type('nano new.txt\r', 'hello', KEY.ctrl('x'));
    expect(tty.screen.lines()[21]).toContain('Save modified buffer?');
    await tty.type('y', KEY.enter);
    expect(tty.screen.alternate).toBe(false);
    expect(tty.session.runLine('cat new.txt').output).toBe('hello\n');
  });

  it('vi: i inserts, Esc, dd deletes a line, :wq writes and quits', async () => {
    const tty = await newTty(80, 24, { files: { 'web.yaml': 'a: 1\nb: 2\n' } });
    await tty.type('vi web.yaml\r');
    expect(tty.screen.lines().slice(0, 3)).toEqual(['a: 1', 'b: 2', '~']);
    expect(tty.screen.lines()[23]).toMatch(/^"web\.yaml" 2L, 10B/);
    await tty.type('i', '# top\r');
    expect(tty.screen.lines()[23]).toMatch(/^-- INSERT --/);
    await tty.type(KEY.esc, 'dd', ':q');
    tty.session.tick(START + 100);
    await tty.type(KEY.enter);
    expect(tty.screen.lines()[23]).toMatch(/^E37: No write since last change \(add ! to override\) +2,1$/);
    await tty.type(':wq', KEY.enter);
    expect(tty.screen.alternate).toBe(false);
    expect(tty.session.runLine('cat web.yaml').output).toBe('# top\nb: 2\n');
  });

  it('a closed terminal cancels a half-typed line or heredoc, but leaves an open editor and an empty prompt alone', async () => {
    const tty = await newTty(80, 24, { files: { f: 'abc\n' } });
    expect(tty.session.discardTypedInput()).toBe(false);
    await tty.type('cat > x <<EOF\r', 'half');
    expect(tty.session.discardTypedInput()).toBe(true);
    await tty.type('echo ok\r');
    expect(tty.session.runLine('cat x').output).toBe('cat: x: No such file or directory\n');
    await tty.type('vi f\r', 'i', 'typed');
    expect(tty.session.discardTypedInput()).toBe(false);
    expect(tty.screen.alternate).toBe(true);
    expect(tty.screen.lines()[0]).toBe('typedabc');
  });

  it('vi :q! quits without saving; x deletes a character', async () => {
    const tty = await newTty(80, 24, { files: { f: 'abc\n' } });
    await tty.type('vi f\r', 'x', ':q!\r');
    expect(tty.screen.alternate).toBe(false);
    expect(tty.session.runLine('cat f').output).toBe('abc\n');
  });

  it('gives kubectl edit a callback with the saved content', async () => {
    const tty = await newTty(80, 24, extra);
    await tty.type('edit\r', 'A', KEY.backspace, '3', KEY.esc, ':wq\r');
    expect(tty.screen.lines().slice(0, 2)).toEqual([`${PROMPT}edit`, 'deployment.apps/web edited (replicas: 3)']);
  });
});

describe('nested prompt (kubectl exec -it … -- sh)', () => {
  it('runs lines at its own prompt until exit', async () => {
    const tty = await newTty(80, 24, extra);
    await tty.type('exec\r', 'ls\r', 'exit\r');
    expect(tty.screen.lines().slice(0, 5)).toEqual([`${PROMPT}exec`, '/ # ls', 'ran ls', '/ # exit', PROMPT]);
  });

  it('exits on Ctrl-D', async () => {
    const tty = await newTty(80, 24, extra);
    await tty.type('exec\r', KEY.ctrl('d'));
    expect(tty.session.busy).toBe(false);
    expect(tty.screen.cursorLine()).toBe(PROMPT);
  });
});

describe('robustness of programs', () => {
  const broken: Command = {
    name: 'broken',
    run: () => ({
      program: (io) => {
        io.write('starting\n');
        return {
          onTick: () => {
            throw new Error('watch failed');
          },
        };
      },
    }),
  };

  it('ends a program whose handler throws, and the shell carries on', async () => {
    const tty = await newTty(80, 24, { commands: [broken] });
    await tty.type('broken\r');
    tty.session.tick(START + 1);
    await tty.type('echo ok\r');
    expect(tty.screen.lines().slice(0, 5)).toEqual([
      `${PROMPT}broken`,
      'starting',
      'broken: watch failed',
      `${PROMPT}echo ok`,
      'ok',
    ]);
    expect(tty.session.commandLog()[0]).toMatchObject({ line: 'broken', exitCode: 1 });
  });

  it('keeps keys typed during a program and gives them to the next prompt', async () => {
    let now = START;
    const tty = await newTty(80, 24, { clock: { now: () => now } });
    await tty.type('sleep 1\r', 'echo typed ahead\r');
    now += 1000;
    tty.session.tick(now);
    await tty.screen.settle();
    expect(tty.screen.lines().slice(0, 4)).toEqual([
      `${PROMPT}sleep 1`,
      `${PROMPT}echo typed ahead`,
      'typed ahead',
      PROMPT,
    ]);
  });

  it('stops the running program on dispose', () => {
    const { session } = newSession(extra);
    let stopped = 0;
    session.runLine('watch -n 1 true');
    expect(session.busy).toBe(true);
    session.onExit(() => (stopped += 1));
    session.dispose();
    expect(session.busy).toBe(false);
    expect(session.hasExited).toBe(true);
    expect(stopped).toBe(0);
  });

  it('refuses a terminal program inside $(...) without hanging, after one tick at the current time', () => {
    const { session } = newSession(extra);
    expect(session.runLine('X=$(stream); echo "[$X]"').output).toBe(
      'stream: cannot run here: it needs the terminal\n[NAME   READY\npod-1  1/1]\n',
    );
  });
});
