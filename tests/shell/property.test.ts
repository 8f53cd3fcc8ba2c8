/** Hostile input: whatever is typed or run, no exception escapes and the shell stays usable. */
import fc from 'fast-check';
import { DEFAULT_LIMITS } from '../../server/src/shell/limits.js';
import { newSession } from './helpers.js';

// A hang fails a test by this timeout; how fast a line runs is the benchmark's business, not an assertion here.
jest.setTimeout(120_000);

const WORDS = [
  'echo',
  'cat',
  'k',
  'kubectl',
  'alias',
  'unalias',
  'export',
  'unset',
  'grep',
  'sort',
  'wc',
  'tr',
  'cut',
  'head',
  'printf',
  'cd',
  'ls',
  'mkdir',
  'rm',
  '-rf',
  'x',
  'a=b',
  'a',
  'b',
  '$a',
  '${a}',
  '$?',
  '~',
  '*',
  'EOF',
  'base64',
  'history',
  'type',
  'sleep',
  '1',
  'true',
  'false',
  '日本',
  '😀',
  'for',
  'in',
  'while',
  'until',
  'do',
  'done',
  'if',
  'then',
  'elif',
  'else',
  'fi',
  'break',
  'continue',
  '[',
  '-lt',
  '$((',
  '))',
  '<(',
  'source',
];
const PUNCT = [
  ' ',
  ' ',
  ' ',
  '"',
  "'",
  '\\',
  '$',
  '(',
  ')',
  '$(',
  '`',
  '|',
  '||',
  '&&',
  ';',
  '&',
  '<',
  '>',
  '>>',
  '2>&1',
  '<<',
  '<<-',
  '<<<',
  '#',
  '\n',
  '\t',
  '{',
  '}',
  '[',
  ']',
  '!',
  '=',
  '\x00',
  '\x1b',
  '\x7f',
];

const token = fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...PUNCT), fc.string({ maxLength: 4 }));
const hostileLine = fc.array(token, { maxLength: 40 }).map((parts) => parts.join(''));

/** Alias chains and loops, including self-reference and expansions that start new commands. */
const aliasBomb = fc
  .array(
    fc.tuple(
      fc.constantFrom('a', 'b', 'c'),
      fc.array(fc.constantFrom('a', 'b', 'c', ';', '|', '&&', 'echo', ' '), { maxLength: 8 }),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((defs) => [...defs.map(([name, body]) => `alias ${name}='${body.join(' ')}'`), 'a', 'b; c']);

const deepSubstitution = fc.integer({ min: 1, max: 60 }).map((n) => `echo ${'$(echo '.repeat(n)}x${')'.repeat(n)}`);

const keys = fc.constantFrom(
  'a',
  'Z',
  ' ',
  '日',
  '😀',
  'é',
  '\r',
  '\t',
  '\t\t',
  '\x7f',
  '\x1b',
  '[',
  '\x1b[',
  '\x1b[A',
  '\x1b[B',
  '\x1b[C',
  '\x1b[D',
  '\x1b[H',
  '\x1b[F',
  '\x1b[3~',
  '\x1b[1;5C',
  '\x01',
  '\x05',
  '\x0b',
  '\x15',
  '\x17',
  '\x19',
  '\x0c',
  '\x12',
  '\x07',
  '\x03',
  '\x1bb',
  '\x1b.',
  '\x1b[200~',
  '\x1b[201~',
  '\x1b[200~echo "x\ny\n\x1b[201~',
  'echo hi\r',
  'cat <<EOF\r',
  '"',
  "'",
  '\\',
  '\x1b[999;999R',
  '\x1bOA',
  '\ud83d',
);

function assertResponsive(session: ReturnType<typeof newSession>['session']): void {
  if (session.hasExited) return;
  if (session.busy) session.write('\x03');
  session.write('\x03');
  const check = session.runLine('echo responsive');
  expect(check.output).toBe('responsive\n');
}

describe('hostile input', () => {
  it('runs random lines without throwing, within bounds, and stays responsive', () => {
    fc.assert(
      fc.property(fc.array(hostileLine, { minLength: 1, maxLength: 5 }), (lines) => {
        const { session } = newSession();
        for (const line of lines) {
          const result = session.runLine(line);
          expect(result.output.length).toBeLessThan(DEFAULT_LIMITS.maxOutputBytes * 4);
          if (result.status === 'exited') return;
        }
        // Whatever was left open (quotes, heredocs) ends with the input, as at the end of a script.
        session.endInput();
        assertResponsive(session);
      }),
      { numRuns: 300 },
    );
  });

  it('survives alias bombs', () => {
    fc.assert(
      fc.property(aliasBomb, (lines) => {
        const { session } = newSession();
        for (const line of lines) session.runLine(line);
        session.runLine('unalias -a');
        assertResponsive(session);
      }),
      { numRuns: 200 },
    );
  });

  it('bounds deeply nested command substitution', () => {
    fc.assert(
      fc.property(deepSubstitution, (line) => {
        const { session } = newSession();
        const result = session.runLine(line);
        expect(result.status).toBe('done');
        assertResponsive(session);
      }),
      { numRuns: 60 },
    );
  });

  it('handles random key sequences, including split escapes and pastes', () => {
    fc.assert(
      fc.property(fc.array(keys, { maxLength: 80 }), (chunks) => {
        const { session } = newSession({ cols: 20, rows: 5 });
        let bytes = 0;
        session.onOutput((d) => (bytes += d.length));
        session.start();
        for (const chunk of chunks) session.write(chunk);
        session.resize(7, 3);
        session.write('\x1b[D\x1b[D x');
        session.resize(200, 50);
        expect(bytes).toBeLessThan(5_000_000);
        assertResponsive(session);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts huge input without hanging', () => {
    const { session } = newSession();
    session.start();
    session.write('x'.repeat(200_000));
    session.write('\x1b[200~' + 'y\n'.repeat(20_000) + '\x1b[201~');
    session.write('\x03');
    expect(session.runLine(`echo ${'z'.repeat(100_000)} | wc -c`).output).toBe('100001\n');
    expect(session.runLine(`${'echo a; '.repeat(5000)}`).output).toContain('commands in one line');
    assertResponsive(session);
  });
});
