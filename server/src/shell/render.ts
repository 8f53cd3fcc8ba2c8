/**
 * Where each character of prompt + line lands on a terminal `cols` wide, reproducing xterm's
 * rules: a wide character that does not fit at the end of a row moves to the next row, and after
 * the last column the cursor waits in a "pending wrap" state until the next character.
 */
import { charWidth, stripAnsi } from './width.js';

export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

/** How a line-buffer character is shown: control characters in caret notation, tabs as spaces. */
export function glyph(ch: string, col: number): { text: string; width: number } {
  const cp = ch.codePointAt(0) ?? 0;
  if (ch === '\t') {
    const width = 8 - (col % 8);
    return { text: ' '.repeat(width), width };
  }
  if (cp < 0x20 || cp === 0x7f) return { text: `^${String.fromCharCode(cp ^ 0x40)}`, width: 2 };
  return { text: ch, width: charWidth(cp) };
}

export interface Layout {
  /** What to write after the prompt. */
  readonly text: string;
  /** Start cell of each character, and at index `chars.length` where the cursor rests at the end. */
  readonly positions: readonly CellPosition[];
  /** Rows used (at least 1). */
  readonly rows: number;
  /** True when the last character filled the last column: the terminal is in pending-wrap state. */
  readonly pendingWrap: boolean;
}

/** Advances a position by a cell of `width`, wrapping as xterm does. Returns [start, next]. */
function place(pos: { row: number; col: number }, width: number, cols: number): CellPosition {
  if (pos.col + width > cols && pos.col > 0) {
    pos.row++;
    pos.col = 0;
  }
  const start = { row: pos.row, col: pos.col };
  pos.col += width;
  return start;
}

/** Position after writing the prompt from column 0. */
export function promptEnd(prompt: string, cols: number): { row: number; col: number } {
  const pos = { row: 0, col: 0 };
  for (const ch of stripAnsi(prompt)) place(pos, charWidth(ch.codePointAt(0) ?? 0), cols);
  return pos;
}

export function layout(prompt: string, chars: readonly string[], cols: number): Layout {
  const pos = promptEnd(prompt, cols);
  const positions: CellPosition[] = [];
  let text = '';
  for (const ch of chars) {
    const g = glyph(ch, pos.col >= cols ? 0 : pos.col);
    positions.push(place(pos, g.width, cols));
    text += g.text;
  }
  const pendingWrap = pos.col >= cols;
  positions.push(pendingWrap ? { row: pos.row + 1, col: 0 } : { row: pos.row, col: pos.col });
  return { text, positions, rows: pos.row + 1 + (pendingWrap ? 1 : 0), pendingWrap };
}

/** Escape sequence moving the cursor between two positions of the same layout. */
export function moveCursor(from: CellPosition, to: CellPosition): string {
  let out = '';
  if (to.row < from.row) out += `\x1b[${from.row - to.row}A`;
  else if (to.row > from.row) out += `\x1b[${to.row - from.row}B`;
  if (to.col !== from.col || to.row !== from.row) out += to.col === 0 ? '\r' : `\r\x1b[${to.col}C`;
  return out;
}
