/**
 * A command's standard input: text already there, and whether more may come. A pipe from a stage that is
 * still running (`tail -f log | while read line; …`) stays open while it writes; `read` takes it a line
 * at a time and waits for the next one, other commands take what is left once it is closed.
 */
export class Stdin {
  private text: string;
  private pos = 0;
  private open: boolean;
  private readonly listeners = new Set<() => void>();

  private constructor(text: string, open: boolean) {
    this.text = text;
    this.open = open;
  }

  /** Input that is all there: a file, a here-document, a finished stage's output. */
  static of(text: string): Stdin {
    return new Stdin(text, false);
  }

  /** A pipe its writer fills as it runs, then closes. */
  static pipe(): Stdin {
    return new Stdin('', true);
  }

  get closed(): boolean {
    return !this.open;
  }

  push(data: string): void {
    if (!this.open || data === '') return;
    // What every reader has consumed is dropped, so a long-running pipe does not grow without end.
    if (this.pos > 0 && this.pos === this.text.length) {
      this.text = '';
      this.pos = 0;
    }
    this.text += data;
    this.notify();
  }

  close(): void {
    if (!this.open) return;
    this.open = false;
    this.notify();
  }

  /**
   * The next line, without its newline: `complete` false for a last line without one (then, as at the end
   * of input, `read` fails). Undefined when nothing is left, or while the writer may still finish the line.
   */
  readLine(): { text: string; complete: boolean } | undefined {
    const nl = this.text.indexOf('\n', this.pos);
    if (nl >= 0) {
      const text = this.text.slice(this.pos, nl);
      this.pos = nl + 1;
      return { text, complete: true };
    }
    if (this.open || this.pos >= this.text.length) return undefined;
    const text = this.text.slice(this.pos);
    this.pos = this.text.length;
    return { text, complete: false };
  }

  /** A line can be read now, or it is known there is none (the pipe is closed). */
  get ready(): boolean {
    return !this.open || this.text.indexOf('\n', this.pos) >= 0;
  }

  /** What is left unread (a command that reads all of its input gets this; it does not consume it). */
  rest(): string {
    return this.text.slice(this.pos);
  }

  /** Takes what is left, complete lines only while the pipe is open (a line filter's next chunk). */
  takeLines(): string {
    const end = this.open ? this.text.lastIndexOf('\n') + 1 : this.text.length;
    if (end <= this.pos) return '';
    const chunk = this.text.slice(this.pos, end);
    this.pos = end;
    return chunk;
  }

  /** Calls `fn` whenever text arrives or the pipe closes; returns the way to stop. */
  onChange(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private notify(): void {
    for (const fn of [...this.listeners]) fn();
  }
}
