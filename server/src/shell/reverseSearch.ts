/** Bash's Ctrl-R reverse-i-search state: the query, the matching history entry, and its prompt. */
import { type History } from './history.js';

export class ReverseSearch {
  private query = '';
  /** History index of the current match, or -1 before the first match. */
  private index = -1;
  private failed = false;

  constructor(
    private readonly history: History,
    /** The line being edited when the search began, restored by Ctrl-G. */
    readonly original: readonly string[],
    readonly originalCursor: number,
  ) {}

  /** Typed text extends the query; the current match is kept if it still matches. */
  extend(text: string): void {
    this.query += text;
    this.find(this.index < 0 ? this.history.length - 1 : this.index);
  }

  /** Ctrl-R again: the next older match. */
  older(): void {
    this.find(this.index < 0 ? this.history.length - 1 : this.index - 1);
  }

  shorten(): void {
    this.query = [...this.query].slice(0, -1).join('');
    this.index = -1;
    this.failed = false;
    if (this.query) this.find(this.history.length - 1);
  }

  /** `(reverse-i-search)`kub': ` or `(failed reverse-i-search)`kubx': `. */
  prompt(): string {
    return `(${this.failed ? 'failed ' : ''}reverse-i-search)\`${this.query}': `;
  }

  /** The matched line, or undefined before any match. */
  match(): string | undefined {
    return this.index >= 0 ? this.history.at(this.index) : undefined;
  }

  /** Where bash puts the cursor: at the start of the query within the match (code points). */
  matchCursor(): number {
    const line = this.match() ?? '';
    const at = line.indexOf(this.query);
    return at < 0 ? 0 : [...line.slice(0, at)].length;
  }

  private find(from: number): void {
    const index = this.query === '' ? -1 : this.history.searchBackward(this.query, from);
    if (index >= 0) {
      this.index = index;
      this.failed = false;
    } else this.failed = this.query !== '';
  }
}
