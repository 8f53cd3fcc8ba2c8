/** Draws the visible part of a TextBuffer: full-screen, no line wrapping (long lines scroll sideways). */
import { charWidth } from '../width.js';
import { type TextBuffer } from './textBuffer.js';

export interface Viewport {
  top: number;
  left: number;
}

function cellWidth(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  return ch === '\t' ? 8 : cp < 0x20 ? 2 : Math.max(1, charWidth(cp));
}

function show(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  return ch === '\t' ? '        ' : cp < 0x20 ? `^${String.fromCharCode(cp + 64)}` : ch;
}

/** Display column of the cursor within its line. */
export function cursorColumn(line: readonly string[], col: number): number {
  let width = 0;
  for (let i = 0; i < col && i < line.length; i++) width += cellWidth(line[i] ?? '');
  return width;
}

/** Scrolls the viewport so the cursor is visible in a text area of `height` rows and `cols` columns. */
export function follow(view: Viewport, buffer: TextBuffer, height: number, cols: number): void {
  if (buffer.row < view.top) view.top = buffer.row;
  if (buffer.row >= view.top + height) view.top = buffer.row - height + 1;
  const x = cursorColumn(buffer.line, buffer.col);
  if (x < view.left) view.left = Math.max(0, x - Math.floor(cols / 2));
  if (x >= view.left + cols) view.left = x - cols + Math.min(8, Math.floor(cols / 4)) + 1;
}

/** ANSI for rows `firstRow..firstRow+height-1` (1-based screen rows) showing the buffer. */
export function renderText(
  buffer: TextBuffer,
  view: Viewport,
  firstRow: number,
  height: number,
  cols: number,
  filler: string,
): string {
  let out = '';
  for (let r = 0; r < height; r++) {
    const line = buffer.lines[view.top + r];
    out += `\x1b[${firstRow + r};1H`;
    if (line === undefined) out += filler;
    else {
      let x = 0;
      for (const ch of line) {
        const w = cellWidth(ch);
        if (x >= view.left && x + w <= view.left + cols) out += show(ch);
        x += w;
        if (x >= view.left + cols) break;
      }
    }
    out += '\x1b[K';
  }
  return out;
}

/** Positions the terminal cursor on the buffer's cursor. */
export function placeCursor(buffer: TextBuffer, view: Viewport, firstRow: number): string {
  const x = cursorColumn(buffer.line, buffer.col) - view.left;
  return `\x1b[${firstRow + buffer.row - view.top};${x + 1}H`;
}
