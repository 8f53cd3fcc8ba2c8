// What the comparison ignores, and why: only what the real kubectl computes from its own wall clock, which a
// simulated cluster's virtual clock cannot share. Tables (AGE, LAST SEEN, DURATION) are computed by the server from
// the cluster's clock, as kube-apiserver does, so they are compared as printed.
import type { Outcome } from './sandbox';

/**
 * In `kubectl describe`, ages are the client's: the Events table's Age (`translateMicroTimestampSince`, DescribeEvents)
 * and a node's Non-terminated Pods Age (`translateTimestampSince`, describeNodeResource), both from time.Now() in
 * kubernetes/kubectl pkg/describe/describe.go. The table is re-joined with tabs after masking, as its padding depends
 * on the width of the masked column.
 */
const CLIENT_AGE_TABLES = [
  /^\s*Type\s+Reason\s+Age\s+From\s+Message\s*$/,
  /^\s*Namespace\s+Name\s+CPU Requests\s.*\sAge\s*$/,
];

function maskAgeColumns(text: string): string {
  const out: string[] = [];
  let table: { indent: string; cells: number; age: number } | undefined;
  for (const line of text.split('\n')) {
    const indent = /^\s*/.exec(line)![0];
    if (CLIENT_AGE_TABLES.some((header) => header.test(line))) {
      const cells = line.trim().split(/\s{2,}/);
      table = { indent, cells: cells.length, age: cells.indexOf('Age') };
      out.push(cells.join('\t'));
      continue;
    }
    if (!table || indent !== table.indent || line.trim() === '') {
      table = undefined;
      out.push(line);
      continue;
    }
    const parts = line.trim().split(/\s{2,}/);
    const cells = [...parts.slice(0, table.cells - 1), parts.slice(table.cells - 1).join('  ')];
    if (!/^-+$/.test(cells[table.age] ?? '')) cells[table.age] = '<age>';
    out.push(cells.join('\t'));
  }
  return out.join('\n');
}

/** A terminating pod's `Terminating (lasts 5m)`: since its deletionTimestamp, by the client's clock (describePod). */
const maskTerminating = (text: string) => text.replace(/^(Status:\s+Terminating \(lasts )[^)]*\)/m, '$1<age>)');

/** The client's own version is inherently the binary's (the PATH's is a dispatcher build string). */
const maskClientVersion = (text: string) => text.replace(/^Client Version: .*$/m, 'Client Version: <client>');

export function normalise(argv: readonly string[], outcome: Outcome): Outcome {
  const verb = argv.find((a) => !a.startsWith('-'));
  if (verb === 'version') return { ...outcome, stdout: maskClientVersion(outcome.stdout) };
  if (verb !== 'describe') return outcome;
  return { ...outcome, stdout: maskTerminating(maskAgeColumns(outcome.stdout)) };
}

/** The family a command is counted under in the summary. */
export function family(argv: readonly string[], real: Outcome): string {
  if (real.code !== 0) return 'errors';
  const [verb, sub] = argv.filter((a) => !a.startsWith('-'));
  if (verb === 'get') {
    const o = argv.find((a, i) => argv[i - 1] === '-o' || a.startsWith('-o=') || a.startsWith('--output'));
    const format = o?.replace(/^(-o=|--output=)/, '').replace(/[=].*$/, '');
    if (format) return `get -o ${format}`;
    const flag = argv.find((a) => ['--show-labels', '-L', '--sort-by', '--no-headers'].includes(a.split('=')[0]!));
    return flag ? `get ${flag.split('=')[0]}` : 'get (table)';
  }
  if (verb === 'rollout') return `rollout ${sub}`;
  return verb ?? '(none)';
}

export function same(a: Outcome, b: Outcome): boolean {
  return a.stdout === b.stdout && a.stderr === b.stderr && a.code === b.code;
}
