/**
 * Go templates, JSONPath and custom columns spend from the shell's budget (lib/budget.ts): with a
 * budget installed, work that would run too long fails in kubectl's wording; without one (tests,
 * the simulator) nothing is counted.
 */
import fc from 'fast-check';
import { Budget } from '../../../server/src/lib/budget.js';
import { parseOutputFormat, printObjects, PrintError } from '../../../server/src/kubectl/print/index.js';
import { NOW, pod } from './fixtures.js';

const pods = Array.from({ length: 8 }, (_, i) => pod(`web-${i}`));
const small = new Budget({ maxCommands: 10, maxSteps: 5000, maxCpuMs: 1000, maxBytes: 1 << 20 });

function printUnderBudget(output: string): string {
  return small.run(() => printObjects(pods, parseOutputFormat(output), { now: NOW }));
}

function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(PrintError);
    return (e as Error).message;
  }
  throw new Error('expected a PrintError');
}

describe('printing under a budget', () => {
  it('ends nested go-template ranges at the range, in text/template wording', () => {
    const template = `${'{{range $.items}}'.repeat(5)}x${'{{end}}'.repeat(5)}`;
    expect(errorOf(() => printUnderBudget(`go-template=${template}`))).toBe(
      `error executing template "${template}": template: output:1:76: executing "output" at <$.items>: ` +
        'command budget exceeded: more than 5000 steps of work in one line',
    );
  });

  it('ends a costly JSONPath with the reason and no object dump', () => {
    const path = `{range .items[*]}${'{range ..}'.repeat(4)}x${'{end}'.repeat(5)}`;
    expect(errorOf(() => printUnderBudget(`jsonpath=${path}`))).toBe(
      `error executing jsonpath "${path}": Error executing template: ` +
        'command budget exceeded: more than 5000 steps of work in one line\n',
    );
  });

  it('ends costly custom columns with the reason', () => {
    const columns = Array.from({ length: 30 }, (_, i) => `C${i}:..`).join(',');
    expect(errorOf(() => printUnderBudget(`custom-columns=${columns}`))).toBe(
      'command budget exceeded: more than 5000 steps of work in one line',
    );
  });

  it('prints ordinary formats as before, and counts nothing without a budget', () => {
    const template = `${'{{range $.items}}'.repeat(5)}x${'{{end}}'.repeat(5)}`;
    expect(printObjects(pods, parseOutputFormat(`go-template=${template}`), { now: NOW, asList: true })).toBe(
      'x'.repeat(8 ** 5),
    );
    expect(printUnderBudget('jsonpath={range .items[*]}{.metadata.name} {end}')).toBe(
      pods.map((p) => `${p.metadata?.name ?? ''} `).join(''),
    );
  });
});

describe('property: templates never run past the budget', () => {
  const goPiece = fc.constantFrom(
    '{{range $.items}}',
    '{{range .items}}',
    '{{range .metadata.labels}}',
    '{{.kind}}',
    '{{len $.items}}',
    'x',
  );
  const jsonPathPiece = fc.constantFrom('{range .items[*]}', '{range ..}', '{.kind}', '{..name}', 'x');
  /** Balances every opened range with an end. */
  const template = (piece: fc.Arbitrary<string>, end: string): fc.Arbitrary<string> =>
    fc.array(piece, { minLength: 1, maxLength: 12 }).map((pieces) => {
      const opened = pieces.filter((p) => p.startsWith('{{range') || p.startsWith('{range')).length;
      return pieces.join('') + end.repeat(opened);
    });
  const format = fc.oneof(
    template(goPiece, '{{end}}').map((t) => `go-template=${t}`),
    template(jsonPathPiece, '{end}').map((t) => `jsonpath=${t}`),
  );

  it('prints or fails with PrintError having read the CPU clock a bounded number of times', () => {
    fc.assert(
      fc.property(format, (output) => {
        let reads = 0;
        // No step limit: only the fake CPU clock (1 ms per read, read every 256 steps) stops the work.
        const budget = new Budget(
          { maxCommands: 10, maxSteps: Infinity, maxCpuMs: 100, maxBytes: Infinity },
          () => ++reads,
        );
        try {
          budget.run(() => printObjects(pods, parseOutputFormat(output), { now: NOW, asList: true }));
        } catch (e) {
          expect(e).toBeInstanceOf(PrintError);
        }
        expect(reads).toBeLessThanOrEqual(102);
      }),
      { numRuns: 200 },
    );
  });
});
