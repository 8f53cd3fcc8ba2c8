/**
 * Fuzzing the shell under the budgets: random compositions of loops, pipelines, substitutions,
 * growing variables and files, and grep with random regular expressions, on a student's real
 * environment. No internal error, no line past its budget, and the sandbox still answers and saves.
 */
import fc from 'fast-check';
import { FUZZ_RUNS, checkSandbox, fuzzEnvironment, runChecked } from './support';

/** Regular expressions, including the backtracking classics and back-references (refused, not run). */
const regex: fc.Arbitrary<string> = fc.letrec<{ re: string }>((tie) => ({
  re: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('a', 'aa', '.', '\\w', '[a-z]', '[^ ]', 'b', '日', '^', '$', '\\1', '\\b', '(a+)+$', '(a|aa)*c'),
    tie('re').map((r) => `(${r})`),
    tie('re').map((r) => `${r}+`),
    tie('re').map((r) => `${r}*`),
    tie('re').map((r) => `${r}{1,3}`),
    fc.tuple(tie('re'), tie('re')).map(([a, b]) => `${a}|${b}`),
    fc.tuple(tie('re'), tie('re')).map(([a, b]) => `${a}${b}`),
  ),
})).re;

const quoted = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
const count = fc.integer({ min: 1, max: 40 }).map((n) => Array.from({ length: n }, (_, i) => i + 1).join(' '));
const value = fc.constantFrom(
  'x',
  '$s',
  '$s$s',
  '"$s$s$s$s"',
  '$(cat f)',
  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!',
  '日本',
);

const simple: fc.Arbitrary<string> = fc.oneof(
  value.map((v) => `s=${v}`),
  value.map((v) => `echo ${v}`),
  fc.constantFrom('cat f', 'cat f f f f >> g', 'cat g | wc -c', 'sort f', 'uniq f', 'tr a-z A-Z < f', 'head -n 2 f'),
  fc.constantFrom('true', 'false', 'sleep 0', 'sleep 0s', 'history | tail -n 1', 'ls', 'export s'),
  fc
    .tuple(fc.constantFrom('', '-E ', '-wE ', '-cE ', '-oE ', '-iE ', '-vE '), regex)
    .map(([flags, re]) => `printf '%s\\n' "$s" | grep ${flags}${quoted(re)}`),
  fc.tuple(fc.constantFrom('-E ', '-wE ', '-oE '), regex).map(([flags, re]) => `grep ${flags}${quoted(re)} f g`),
  regex.map((re) => `[[ "$s" =~ ${quoted(re)} ]]`),
  fc.constantFrom('kubectl get pods', 'kubectl get cm -o name', 'k get deploy web -o yaml | wc -l'),
);

const line: fc.Arbitrary<string> = fc.letrec<{ line: string }>((tie) => ({
  line: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    simple,
    fc.tuple(count, tie('line')).map(([n, body]) => `for i in ${n}; do ${body}; done`),
    tie('line').map((body) => `while true; do ${body}; done`),
    fc.tuple(tie('line'), simple).map(([a, b]) => `${a} | ${b}`),
    fc.tuple(tie('line'), tie('line')).map(([a, b]) => `${a}; ${b}`),
    fc.tuple(tie('line'), tie('line')).map(([a, b]) => `${a} && ${b}`),
    tie('line').map((body) => `s=$(${body})`),
    tie('line').map((body) => `{ ${body}; } > g`),
  ),
})).line;

it('no random line crashes a command or runs past its budget', () => {
  fc.assert(
    fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), (lines) => {
      const fuzz = fuzzEnvironment(2);
      for (const l of lines) runChecked(fuzz, l);
      checkSandbox(fuzz);
    }),
    { numRuns: FUZZ_RUNS },
  );
});
