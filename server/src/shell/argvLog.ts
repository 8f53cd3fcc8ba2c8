/**
 * The argv of every simple command a line ran (after aliases and expansion), as the command log
 * keeps it for lab checks: each argv once, and bounded, because the log is saved with the session.
 */
const MAX_ARGVS = 32;
const MAX_WORD = 512;
/** Characters of all argvs of one line together; later commands are not kept. */
const MAX_CHARS = 4096;

export class ArgvLog {
  private readonly argvs: string[][] = [];
  private readonly seen = new Set<string>();
  private chars = 0;

  add(argv: readonly string[]): void {
    if (this.argvs.length >= MAX_ARGVS) return;
    const kept = argv.map((w) => (w.length > MAX_WORD ? `${w.slice(0, MAX_WORD)}…` : w));
    const key = kept.join('\0');
    if (this.seen.has(key) || this.chars + key.length > MAX_CHARS) return;
    this.seen.add(key);
    this.chars += key.length;
    this.argvs.push(kept);
  }

  list(): string[][] {
    return this.argvs;
  }
}
