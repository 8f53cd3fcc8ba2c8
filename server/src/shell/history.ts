/**
 * Command history as bash keeps it (HISTCONTROL=ignoreboth, Ubuntu's default): consecutive
 * duplicates and lines starting with a space are not stored. Bounded: the oldest entry is dropped,
 * never the newest. Numbers keep counting up as `history` shows them.
 */
export class History {
  private entries: string[] = [];
  /** Number of entries dropped so far: the first kept entry is number `base + 1`. */
  private base = 0;

  constructor(private readonly max: number) {}

  add(line: string): void {
    if (line.trim() === '' || line.startsWith(' ') || this.entries[this.entries.length - 1] === line) return;
    this.entries.push(line);
    while (this.entries.length > this.max) {
      this.entries.shift();
      this.base++;
    }
  }

  get length(): number {
    return this.entries.length;
  }

  at(index: number): string | undefined {
    return this.entries[index];
  }

  list(): readonly string[] {
    return this.entries;
  }

  /** Bash's history number of the entry at `index`. */
  numberOf(index: number): number {
    return this.base + index + 1;
  }

  clear(): void {
    this.base += this.entries.length;
    this.entries = [];
  }

  /** Index of the newest entry at or before `from` that contains `query`, or -1. */
  searchBackward(query: string, from: number): number {
    for (let i = Math.min(from, this.entries.length - 1); i >= 0; i--) {
      if (this.entries[i]?.includes(query)) return i;
    }
    return -1;
  }

  toJSON(): { entries: string[]; base: number } {
    return { entries: [...this.entries], base: this.base };
  }

  static fromJSON(data: { entries: readonly string[]; base: number }, max: number): History {
    const history = new History(max);
    history.entries = data.entries.slice(-max);
    history.base = data.base + Math.max(0, data.entries.length - max);
    return history;
  }
}
