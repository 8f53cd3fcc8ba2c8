/** The line discipline driven with raw keys, asserted on a headless xterm's screen. */
import { KEY, PROMPT, newTty } from './helpers.js';

describe('line editing', () => {
  it('shows the prompt, echoes typed text and runs it on Enter', async () => {
    const tty = await newTty();
    expect(tty.screen.text()).toBe(PROMPT);
    await tty.type('echo hi');
    expect(tty.screen.text()).toBe(`${PROMPT}echo hi`);
    await tty.type(KEY.enter);
    expect(tty.screen.lines().slice(0, 3)).toEqual([`${PROMPT}echo hi`, 'hi', PROMPT]);
    expect(tty.screen.cursor()).toEqual({ row: 2, col: PROMPT.length });
  });

  it('moves with arrows, Home/End and Ctrl-A/E and inserts in the middle', async () => {
    const tty = await newTty();
    await tty.type('echo helo', KEY.left, KEY.left, 'l');
    expect(tty.screen.cursorLine()).toBe(`${PROMPT}echo hello`);
    expect(tty.screen.cursor().col).toBe(PROMPT.length + 8);
    await tty.type(KEY.home);
    expect(tty.screen.cursor().col).toBe(PROMPT.length);
    await tty.type(KEY.end);
    expect(tty.screen.cursor().col).toBe(PROMPT.length + 10);
    await tty.type(KEY.ctrl('a'), KEY.del, 'E');
    expect(tty.screen.cursorLine()).toBe(`${PROMPT}Echo hello`);
    await tty.type(KEY.ctrl('e'), KEY.backspace, KEY.backspace);
    expect(tty.screen.cursorLine()).toBe(`${PROMPT}Echo hel`);
  });

  it('kills with Ctrl-U, Ctrl-K and Ctrl-W and yanks with Ctrl-Y', async () => {
    const tty = await newTty();
    await tty.type('kubectl get pods', KEY.ctrl('w'));
    expect(tty.screen.cursorLine()).toBe(`${PROMPT}kubectl get `);
    await tty.type(KEY.ctrl('y'));
    expect(tty.screen.cursorLine()).toBe(`${PROMPT}kubectl get pods`);
    await tty.type(KEY.left, KEY.left, KEY.left, KEY.left, KEY.ctrl('k'));
    expect(tty.screen.cursorLine()).toBe(`${PROMPT}kubectl get `);
    await tty.type(KEY.ctrl('u'));
    expect(tty.screen.cursorLine()).toBe(PROMPT);
  });

  it('recalls history with up and down and keeps the draft', async () => {
    const tty = await newTty();
    await tty.type('echo one\r', 'echo two\r', 'dra', KEY.up);
    expect(tty.screen.cursorLine()).toBe(`${PROMPT}echo two`);
    await tty.type(KEY.up);
    expect(tty.screen.cursorLine()).toBe(`${PROMPT}echo one`);
    await tty.type(KEY.up);
    expect(tty.screen.cursorLine()).toBe(`${PROMPT}echo one`);
    await tty.type(KEY.down, KEY.down);
    expect(tty.screen.cursorLine()).toBe(`${PROMPT}dra`);
  });

  it('searches history backwards with Ctrl-R like bash', async () => {
    const tty = await newTty();
    await tty.type('kubectl get pods\r', 'echo hello\r', KEY.ctrl('r'), 'kub');
    expect(tty.screen.cursorLine()).toBe("(reverse-i-search)`kub': kubectl get pods");
    await tty.type('x');
    expect(tty.screen.cursorLine()).toBe("(failed reverse-i-search)`kubx': kubectl get pods");
    await tty.type(KEY.backspace, KEY.enter);
    const lines = tty.screen.lines();
    expect(lines).toContain('kubectl get pods');
    expect(tty.session.history().at(-1)).toBe('kubectl get pods');
  });

  it('accepts a search match for editing on Esc or an arrow', async () => {
    const tty = await newTty();
    await tty.type('echo alpha\r', KEY.ctrl('r'), 'alp', KEY.right);
    expect(tty.screen.cursorLine()).toBe(`${PROMPT}echo alpha`);
  });

  it('cancels the line with Ctrl-C, printing ^C and a fresh prompt, and sets $? to 130', async () => {
    const tty = await newTty();
    await tty.type('echo never', KEY.ctrl('c'));
    expect(tty.screen.lines().slice(0, 2)).toEqual([`${PROMPT}echo never^C`, PROMPT]);
    await tty.type('echo $?\r');
    expect(tty.screen.lines()[2]).toBe('130');
  });

  it('exits on Ctrl-D at an empty prompt, printing logout', async () => {
    const tty = await newTty();
    const codes: number[] = [];
    tty.session.onExit((code) => codes.push(code));
    await tty.type('x', KEY.ctrl('d'));
    expect(tty.session.hasExited).toBe(false);
    await tty.type(KEY.backspace, KEY.ctrl('d'));
    expect(tty.screen.lines()[0]).toBe(`${PROMPT}logout`);
    expect(tty.session.hasExited).toBe(true);
    expect(codes).toEqual([0]);
  });

  it('clears the screen with Ctrl-L and with clear, keeping the typed line', async () => {
    const tty = await newTty();
    await tty.type('echo 1\r', 'echo 2\r', 'par', KEY.ctrl('l'));
    expect(tty.screen.text()).toBe(`${PROMPT}par`);
    await tty.type(KEY.ctrl('u'), 'clear\r');
    expect(tty.screen.text()).toBe(PROMPT);
  });

  it('keeps an escape sequence split across two chunks', async () => {
    const tty = await newTty();
    await tty.type('abc', '\x1b', '[D', 'X', '\x1b[', 'D', 'Y');
    expect(tty.screen.cursorLine()).toBe(`${PROMPT}abYXc`);
  });
});

describe('wide characters and long lines', () => {
  it('counts CJK and emoji as two cells when moving the cursor', async () => {
    const tty = await newTty();
    await tty.type('echo 日本😀x');
    expect(tty.screen.cursor().col).toBe(PROMPT.length + 5 + 2 + 2 + 2 + 1);
    await tty.type(KEY.left, KEY.left);
    expect(tty.screen.cursor().col).toBe(PROMPT.length + 5 + 4);
    await tty.type('é');
    expect(tty.screen.cursorLine()).toBe(`${PROMPT}echo 日本é😀x`);
    await tty.type(KEY.enter);
    expect(tty.screen.lines()[1]).toBe('日本é😀x');
  });

  it('wraps lines longer than the terminal and edits them in place', async () => {
    const tty = await newTty(30, 10);
    const long = `echo ${'abcdefghij'.repeat(4)}`;
    await tty.type(long);
    expect(tty.screen.lines().slice(0, 3)).toEqual([`${PROMPT}echo abcde`, 'fghijabcdefghijabcdefghijabcde', 'fghij']);
    expect(tty.screen.cursor()).toEqual({ row: 2, col: 5 });
    await tty.type(KEY.home);
    expect(tty.screen.cursor()).toEqual({ row: 0, col: PROMPT.length });
    await tty.type('X');
    expect(tty.screen.lines().slice(0, 3)).toEqual([`${PROMPT}Xecho abcd`, 'efghijabcdefghijabcdefghijabcd', 'efghij']);
    expect(tty.screen.cursor()).toEqual({ row: 0, col: PROMPT.length + 1 });
    await tty.type(KEY.ctrl('a'), KEY.del, KEY.enter);
    expect(tty.screen.lines()[3]).toBe('abcdefghij'.repeat(3));
  });

  it('moves to the next row when the line exactly fills the width', async () => {
    const tty = await newTty(30, 10);
    await tty.type('x'.repeat(30 - PROMPT.length));
    expect(tty.screen.cursor()).toEqual({ row: 1, col: 0 });
    await tty.type('y');
    expect(tty.screen.lines().slice(0, 2)).toEqual([`${PROMPT}${'x'.repeat(10)}`, 'y']);
    await tty.type(KEY.backspace, KEY.backspace);
    expect(tty.screen.lines().slice(0, 2)).toEqual([`${PROMPT}${'x'.repeat(9)}`, '']);
    expect(tty.screen.cursor()).toEqual({ row: 0, col: 29 });
  });

  it('wraps a wide character that does not fit at the end of a row', async () => {
    const tty = await newTty(22, 10);
    await tty.type('a中b');
    expect(tty.screen.lines().slice(0, 2)).toEqual([`${PROMPT}a`, '中b']);
    expect(tty.screen.cursor()).toEqual({ row: 1, col: 3 });
    await tty.type(KEY.left, KEY.left);
    expect(tty.screen.cursor()).toEqual({ row: 1, col: 0 });
  });

  it('redraws the line correctly after a resize', async () => {
    const tty = await newTty(40, 10);
    await tty.type(`echo ${'0123456789'.repeat(3)}`);
    tty.screen.resize(30, 10);
    tty.session.resize(30, 10);
    await tty.screen.settle();
    await tty.type('!');
    const text = tty.screen.lines().join('\n');
    expect(text).toContain(`${PROMPT}echo 0123`);
    expect(tty.screen.lines().slice(0, 2)).toEqual([`${PROMPT}echo 01234`, '5678901234567890123456789!']);
    expect(tty.screen.cursor()).toEqual({ row: 1, col: 26 });
    await tty.type(KEY.home, '#');
    expect(tty.screen.lines().slice(0, 2)).toEqual([`${PROMPT}#echo 0123`, '45678901234567890123456789!']);
    await tty.type(KEY.ctrl('a'), KEY.del, KEY.enter);
    expect(tty.screen.history()).toContain('012345678901234567890123456789');
    expect(tty.screen.cursorLine()).toBe(PROMPT);
  });
});

describe('completion', () => {
  it('completes command names and the command’s own words with one Tab', async () => {
    const tty = await newTty();
    await tty.type('kubec', KEY.tab);
    expect(tty.screen.cursorLine()).toBe(`${PROMPT}kubectl `);
    await tty.type('g', KEY.tab);
    expect(tty.screen.cursorLine()).toBe(`${PROMPT}kubectl get `);
    await tty.type('po', KEY.tab);
    expect(tty.screen.cursorLine()).toBe(`${PROMPT}kubectl get pods `);
  });

  it('completes through the k alias', async () => {
    const tty = await newTty();
    await tty.type('k de', KEY.tab);
    expect(tty.screen.cursorLine()).toBe(`${PROMPT}k de`);
    await tty.type(KEY.tab);
    expect(tty.screen.lines()[1]).toBe('delete    describe');
    expect(tty.screen.cursorLine()).toBe(`${PROMPT}k de`);
  });

  it('lists candidates on a double Tab like bash, then redraws the line', async () => {
    const tty = await newTty(80, 24, { files: { 'web.yaml': 'a', 'web2.yaml': 'b', 'db/x.yaml': 'c' } });
    await tty.type('cat w', KEY.tab);
    expect(tty.screen.cursorLine()).toBe(`${PROMPT}cat web`);
    await tty.type(KEY.tab, KEY.tab);
    expect(tty.screen.lines().slice(0, 3)).toEqual([`${PROMPT}cat web`, 'web.yaml   web2.yaml', `${PROMPT}cat web`]);
    await tty.type(KEY.ctrl('u'), 'cat d', KEY.tab);
    expect(tty.screen.cursorLine()).toBe(`${PROMPT}cat db/`);
    await tty.type(KEY.tab);
    expect(tty.screen.cursorLine()).toBe(`${PROMPT}cat db/x.yaml `);
  });

  it('rings the bell when nothing matches', async () => {
    const tty = await newTty();
    const out: string[] = [];
    tty.session.onOutput((d) => out.push(d));
    await tty.type('zzz', KEY.tab);
    expect(out.join('')).toContain('\x07');
  });
});

describe('bracketed paste and continuation', () => {
  it('runs a multi-line paste line by line', async () => {
    const tty = await newTty();
    await tty.type(KEY.paste('echo one\necho two\n'));
    expect(tty.screen.lines().slice(0, 5)).toEqual([`${PROMPT}echo one`, 'one', `${PROMPT}echo two`, 'two', PROMPT]);
  });

  it('shows the continuation prompt for a pasted heredoc and runs it', async () => {
    const tty = await newTty();
    await tty.type(KEY.paste('cat <<EOF | kubectl apply -f -\nkind: Pod\nEOF\n'));
    expect(tty.screen.lines().slice(0, 6)).toEqual([
      `${PROMPT}cat <<EOF | kubectl apply -f -`,
      '> kind: Pod',
      '> EOF',
      'kubectl apply -f -',
      'kind: Pod',
      PROMPT,
    ]);
  });

  it('continues an unterminated quote and a trailing backslash', async () => {
    const tty = await newTty();
    await tty.type('echo "a\r', 'b"\r', 'echo x \\\r', 'y\r');
    expect(tty.screen.lines().slice(0, 7)).toEqual([
      `${PROMPT}echo "a`,
      '> b"',
      'a',
      'b',
      `${PROMPT}echo x \\`,
      '> y',
      'x y',
    ]);
  });

  it('drops a pending continuation on Ctrl-C', async () => {
    const tty = await newTty();
    await tty.type('echo "a\r', KEY.ctrl('c'), 'echo ok\r');
    expect(tty.screen.lines().slice(0, 4)).toEqual([`${PROMPT}echo "a`, '> ^C', `${PROMPT}echo ok`, 'ok']);
  });
});

describe('more interaction', () => {
  it('exit prints logout and ends the session with its code', async () => {
    const tty = await newTty();
    const codes: number[] = [];
    tty.session.onExit((c) => codes.push(c));
    await tty.type('exit 4\r');
    expect(tty.screen.lines().slice(0, 2)).toEqual([`${PROMPT}exit 4`, 'logout']);
    expect(codes).toEqual([4]);
  });

  it('Ctrl-R again finds older matches', async () => {
    const tty = await newTty();
    await tty.type('kubectl get pods\r', 'kubectl get nodes\r', KEY.ctrl('r'), 'kubectl');
    expect(tty.screen.cursorLine()).toBe("(reverse-i-search)`kubectl': kubectl get nodes");
    await tty.type(KEY.ctrl('r'));
    expect(tty.screen.cursorLine()).toBe("(reverse-i-search)`kubectl': kubectl get pods");
    await tty.type(KEY.ctrl('g'));
    expect(tty.screen.cursorLine()).toBe(PROMPT);
  });

  it('lists files in columns on the terminal, one per line in a pipe', async () => {
    const tty = await newTty(30, 10, {
      files: { 'alpha.yaml': '', 'beta.yaml': '', 'gamma.yaml': '', 'delta.yaml': '' },
    });
    await tty.type('ls\r');
    expect(tty.screen.lines().slice(1, 3)).toEqual(['alpha.yaml  delta.yaml', 'beta.yaml   gamma.yaml']);
    await tty.type('ls | cat\r');
    expect(tty.screen.lines().slice(4, 6)).toEqual(['alpha.yaml', 'beta.yaml']);
  });

  it('completes only directories after cd', async () => {
    const tty = await newTty(80, 24, { files: { 'docs/a': '', 'deploy.yaml': '' } });
    await tty.type('cd d', KEY.tab);
    expect(tty.screen.cursorLine()).toBe(`${PROMPT}cd docs/`);
  });

  it('starts a new line before the prompt when output did not end with one', async () => {
    const tty = await newTty();
    await tty.type('printf abc\r');
    expect(tty.screen.lines().slice(1, 3)).toEqual(['abc', PROMPT]);
  });

  it('shows the working directory in the prompt', async () => {
    const tty = await newTty();
    await tty.type('mkdir k8s; cd k8s\r', 'cd /etc\r');
    expect(tty.screen.lines().slice(1, 3)).toEqual(['student@minikube:~/k8s$ cd /etc', 'student@minikube:/etc$ ']);
  });
});

describe('terminal modes', () => {
  it('turns bracketed paste on at the prompt and off while a command runs, as readline does', async () => {
    const tty = await newTty();
    const out: string[] = [];
    tty.session.onOutput((d) => out.push(d));
    expect(tty.screen.terminal.modes.bracketedPasteMode).toBe(true);
    await tty.type('echo hi\r');
    const all = out.join('');
    expect(all.indexOf('\x1b[?2004l')).toBeLessThan(all.indexOf('hi\r\n'));
    expect(all.lastIndexOf('\x1b[?2004h')).toBeGreaterThan(all.indexOf('hi\r\n'));
  });
});
