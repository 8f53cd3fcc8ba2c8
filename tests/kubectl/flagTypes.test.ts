/**
 * Flag names are checked against each command's definitions at compile time: every
 * `@ts-expect-error` below must stay an error, or `tsc` fails on the unused directive.
 */
import { flagList } from '../../server/src/kubectl/cli/flags';
import { f } from '../../server/src/kubectl/commands/common';
import { defineCommand, type CommandInv } from '../../server/src/kubectl/commands/globals';
import { namespaceOf, type KubeInv } from '../../server/src/kubectl/env';

const ok = { stdout: '', stderr: '', exitCode: 0 };

/** A helper that reads --output: only commands declaring it may call it. */
function outputOf(inv: KubeInv<{ output: 'string' }>): string {
  return inv.flags.str('output');
}

const ownFlags = flagList(f.output(), f.allNamespaces(), { name: 'replicas', type: 'int', usage: '' });

function runOwn(inv: CommandInv<typeof ownFlags>): typeof ok {
  inv.flags.str('output');
  inv.flags.bool('all-namespaces');
  inv.flags.int('replicas');
  // Global flags are inherited by every command.
  inv.flags.str('namespace');
  inv.flags.list('as-group');
  inv.flags.has('replicas');
  namespaceOf(inv);
  outputOf(inv);
  // @ts-expect-error a misspelt flag
  inv.flags.str('namspace');
  // @ts-expect-error a string flag read as a bool
  inv.flags.bool('output');
  // @ts-expect-error an int flag read as a string
  inv.flags.str('replicas');
  // @ts-expect-error a flag this command does not declare
  inv.flags.has('selector');
  return ok;
}

export const withFlags = defineCommand({ use: 'typed', short: '', flags: ownFlags, run: runOwn });

export const inline = defineCommand({
  use: 'inline',
  short: '',
  flags: [{ name: 'watch', short: 'w', type: 'bool', usage: '' }],
  run: (inv) => {
    inv.flags.bool('watch');
    // @ts-expect-error a misspelt flag in an inline run
    inv.flags.bool('wacth');
    // @ts-expect-error a helper reading --output, which this command does not declare
    outputOf(inv);
    return ok;
  },
});

// @ts-expect-error a run function reading flags the spec does not declare
export const mismatched = defineCommand({ use: 'mismatched', short: '', flags: [f.selector()], run: runOwn });

describe('typed flags', () => {
  it('defineCommand keeps the spec as written', () => {
    expect(withFlags.flags).toBe(ownFlags);
    expect(inline.use).toBe('inline');
  });
});
