/**
 * A headless xterm for tests: feed it ANSI output and read back the screen a student would see.
 * Built from the browser client's own options and Unicode 11 widths, so the two cannot drift.
 */
import { Terminal } from '@xterm/headless';
import { TERMINAL_OPTIONS, useUnicode11Widths } from '../../client/src/terminal/options';

export interface ScreenCursor {
  readonly row: number;
  readonly col: number;
}

export class HeadlessScreen {
  readonly terminal: Terminal;
  private pending = '';

  constructor(cols = 80, rows = 24) {
    this.terminal = new Terminal({ ...TERMINAL_OPTIONS, cols, rows });
    useUnicode11Widths(this.terminal);
  }

  /** Queues output; call `settle()` before reading the screen. */
  feed(data: string): void {
    this.pending += data;
  }

  /** Writes everything queued and waits until xterm has parsed it. */
  async settle(): Promise<void> {
    const data = this.pending;
    this.pending = '';
    await new Promise<void>((resolve) => this.terminal.write(data, resolve));
  }

  resize(cols: number, rows: number): void {
    this.terminal.resize(cols, rows);
  }

  /** The visible rows, right-trimmed. */
  lines(): string[] {
    const buffer = this.terminal.buffer.active;
    const out: string[] = [];
    for (let y = 0; y < this.terminal.rows; y++)
      out.push(buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
    return out;
  }

  /** The visible screen as text, without trailing blank rows. */
  text(): string {
    const lines = this.lines();
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    return lines.join('\n');
  }

  /** Every row written so far, scrollback included, without trailing blank rows. */
  history(): string[] {
    const buffer = this.terminal.buffer.active;
    const out: string[] = [];
    for (let y = 0; y < buffer.length; y++) out.push(buffer.getLine(y)?.translateToString(true) ?? '');
    while (out.length > 0 && out[out.length - 1] === '') out.pop();
    return out;
  }

  /** Cursor position in the visible area, 0-based. */
  cursor(): ScreenCursor {
    const buffer = this.terminal.buffer.active;
    return { row: buffer.cursorY, col: buffer.cursorX };
  }

  /** The row the cursor is on. */
  cursorLine(): string {
    return this.lines()[this.cursor().row] ?? '';
  }

  /** True while a full-screen program has switched to the alternate screen. */
  get alternate(): boolean {
    return this.terminal.buffer.active.type === 'alternate';
  }

  dispose(): void {
    this.terminal.dispose();
  }
}

/** Something that produces terminal output, such as a ShellSession. */
export interface OutputSource {
  onOutput(listener: (data: string) => void): () => void;
}

/** A screen that receives everything `source` prints. */
export function attachScreen(source: OutputSource, cols = 80, rows = 24): HeadlessScreen {
  const screen = new HeadlessScreen(cols, rows);
  source.onOutput((data) => screen.feed(data));
  return screen;
}
