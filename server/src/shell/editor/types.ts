/** What the nano and vi front ends share: the buffer, the file name and a way to save. */
import { type TerminalSize } from '../command.js';
import { type KeyEvent } from '../keys.js';
import { type TextBuffer } from './textBuffer.js';

export interface EditorDocument {
  readonly buffer: TextBuffer;
  fileName: string;
  isNew: boolean;
  /** Saves the buffer under `fileName`; returns an error message, or undefined on success. */
  save(fileName: string): string | undefined;
}

export interface EditorFrontEnd {
  /** Handles one key; 'close' ends the editor. */
  handle(event: KeyEvent): 'continue' | 'close';
  /** The whole screen, drawn from scratch. */
  render(size: TerminalSize): string;
}

export const INVERSE = '\x1b[7m';
export const RESET = '\x1b[0m';

/** Counts as vim and nano report them: lines and bytes. */
export function describeSize(doc: EditorDocument): { lines: number; bytes: number } {
  const text = doc.buffer.toString();
  return { lines: text === '' ? 0 : text.split('\n').length - 1, bytes: new TextEncoder().encode(text).length };
}
