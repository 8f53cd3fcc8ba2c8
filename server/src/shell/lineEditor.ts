/**
 * A readline-like line editor: editing keys, history, reverse-i-search, kill/yank and Tab
 * completion, drawn with correct cursor positions for wide characters and wrapped lines.
 * It only writes to the terminal; what happens with a finished line is the caller's business.
 */
import { type TerminalSize } from './command.js';
import { type History } from './history.js';
import { type KeyEvent, type KeyName } from './keys.js';
import { layout, moveCursor, type CellPosition } from './render.js';
import { ReverseSearch } from './reverseSearch.js';
import { tabAction, type Completer } from './tabCompletion.js';
import { charWidth } from './width.js';

export type LineEditorAction =
  { readonly kind: 'line'; readonly text: string } | { readonly kind: 'interrupt' } | { readonly kind: 'eof' };

export interface LineEditorOptions {
  write(data: string): void;
  size(): TerminalSize;
  readonly history: History;
  readonly complete?: Completer;
  readonly maxLength: number;
}

const BELL = '\x07';

export class LineEditor {
  private chars: string[] = [];
  private cursor = 0;
  private prompt = '';
  /** Row of the terminal cursor, counted from the prompt's first row. */
  private cursorRow = 0;
  /** Where the cursor sits after the last draw (for the fast path). */
  private end: CellPosition = { row: 0, col: 0 };
  private historyIndex = 0;
  private draft: string[] = [];
  private search: ReverseSearch | undefined;
  private lastWasTab = false;
  private killed = '';
  private active = false;
  private drawnCols = 80;

  constructor(private readonly options: LineEditorOptions) {}

  get isActive(): boolean {
    return this.active;
  }

  get text(): string {
    return this.chars.join('');
  }

  /** Shows `prompt` on a fresh line and starts editing `initial`. */
  start(prompt: string, initial = ''): void {
    this.prompt = prompt;
    this.chars = [...initial];
    this.cursor = this.chars.length;
    this.cursorRow = 0;
    this.historyIndex = this.options.history.length;
    this.draft = [];
    this.search = undefined;
    this.lastWasTab = false;
    this.active = true;
    this.draw(false);
  }

  /** Stops editing without output (a program took over the terminal). */
  stop(): void {
    this.active = false;
  }

  handle(event: KeyEvent): LineEditorAction | undefined {
    if (!this.active) return undefined;
    const wasTab = this.lastWasTab;
    this.lastWasTab = false;
    if (this.search) {
      const handled = this.handleSearch(this.search, event);
      if (handled !== 'pass') return handled;
    }
    switch (event.kind) {
      case 'text':
      case 'paste':
        this.insert(event.kind === 'paste' ? stripControls(event.text) : event.text);
        return undefined;
      case 'ctrl':
        return this.control(event.letter);
      case 'key':
        return this.key(event.key, wasTab);
    }
  }

  /** Redraws after the terminal changed width (xterm reflows wrapped lines, cursor included). */
  resize(): void {
    if (!this.active) return;
    const { cols } = this.options.size();
    if (cols === this.drawnCols) return;
    this.cursorRow = layout(this.displayPrompt(), this.displayChars(), cols).positions[this.displayCursor()]?.row ?? 0;
    this.draw(true);
  }

  /** Ctrl-L: clears the screen and draws the line at the top. */
  clearScreen(): void {
    this.options.write('\x1b[H\x1b[2J');
    this.cursorRow = 0;
    this.draw(false);
  }

  private control(letter: string): LineEditorAction | undefined {
    switch (letter) {
      case 'a':
        return this.moveTo(0);
      case 'e':
        return this.moveTo(this.chars.length);
      case 'b':
        return this.moveTo(Math.max(0, this.cursor - 1));
      case 'f':
        return this.moveTo(Math.min(this.chars.length, this.cursor + 1));
      case 'c':
        this.finish('^C');
        return { kind: 'interrupt' };
      case 'd':
        if (this.chars.length === 0) {
          this.active = false;
          return { kind: 'eof' };
        }
        return this.deleteRange(this.cursor, this.cursor + 1);
      case 'h':
        return this.deleteRange(this.cursor - 1, this.cursor);
      case 'u':
        return this.kill(0, this.cursor);
      case 'k':
        return this.kill(this.cursor, this.chars.length);
      case 'w': {
        let start = this.cursor;
        while (start > 0 && /\s/.test(this.chars[start - 1] ?? '')) start--;
        while (start > 0 && !/\s/.test(this.chars[start - 1] ?? '')) start--;
        return this.kill(start, this.cursor);
      }
      case 'y':
        this.insert(this.killed);
        return undefined;
      case 'l':
        this.clearScreen();
        return undefined;
      case 'p':
        return this.key('up', false);
      case 'n':
        return this.key('down', false);
      case 'r':
        this.search = new ReverseSearch(this.options.history, [...this.chars], this.cursor);
        this.draw(true);
        return undefined;
      case 'j':
      case 'm':
        return this.key('enter', false);
      default:
        return undefined;
    }
  }

  private key(key: KeyName, wasTab: boolean): LineEditorAction | undefined {
    switch (key) {
      case 'enter': {
        const text = this.text;
        this.finish('');
        return { kind: 'line', text };
      }
      case 'tab':
        this.complete(wasTab);
        return undefined;
      case 'backspace':
        return this.deleteRange(this.cursor - 1, this.cursor);
      case 'delete':
        return this.deleteRange(this.cursor, this.cursor + 1);
      case 'left':
        return this.moveTo(Math.max(0, this.cursor - 1));
      case 'right':
        return this.moveTo(Math.min(this.chars.length, this.cursor + 1));
      case 'home':
        return this.moveTo(0);
      case 'end':
        return this.moveTo(this.chars.length);
      case 'ctrl-left':
      case 'alt-b':
        return this.moveTo(this.wordStart(this.cursor));
      case 'ctrl-right':
      case 'alt-f':
        return this.moveTo(this.wordEnd(this.cursor));
      case 'alt-d':
        return this.kill(this.cursor, this.wordEnd(this.cursor));
      case 'alt-backspace':
        return this.kill(this.wordStart(this.cursor), this.cursor);
      case 'alt-dot': {
        const last = this.options.history
          .at(this.options.history.length - 1)
          ?.trim()
          .split(/\s+/)
          .pop();
        if (last) this.insert(last);
        return undefined;
      }
      case 'up':
      case 'down':
        this.browseHistory(key === 'up' ? -1 : 1);
        return undefined;
      case 'shift-tab':
      case 'insert':
      case 'escape':
      case 'pageup':
      case 'pagedown':
        return undefined;
    }
  }

  /** Keys while searching; 'pass' means: leave search mode and handle the key normally. */
  private handleSearch(search: ReverseSearch, event: KeyEvent): LineEditorAction | undefined | 'pass' {
    if (event.kind === 'text' || event.kind === 'paste') search.extend(event.text);
    else if (event.kind === 'ctrl' && event.letter === 'r') search.older();
    else if (event.kind === 'key' && event.key === 'backspace') search.shorten();
    else if (event.kind === 'ctrl' && event.letter === 'g') {
      this.chars = [...search.original];
      this.cursor = search.originalCursor;
      this.search = undefined;
    } else {
      // Any other key accepts the match into the line, then acts normally (Enter runs it).
      const match = search.match();
      if (match !== undefined) {
        this.chars = [...match];
        this.cursor = search.matchCursor();
      }
      this.search = undefined;
      const escape = event.kind === 'key' && event.key === 'escape';
      if (!(event.kind === 'ctrl' && event.letter === 'c')) this.draw(true);
      return escape ? undefined : 'pass';
    }
    this.draw(true);
    return undefined;
  }

  private displayPrompt(): string {
    return this.search ? this.search.prompt() : this.prompt;
  }

  private displayChars(): readonly string[] {
    const match = this.search?.match();
    return match === undefined ? this.chars : [...match];
  }

  private displayCursor(): number {
    return this.search?.match() === undefined ? this.cursor : (this.search?.matchCursor() ?? this.cursor);
  }

  private insert(text: string): void {
    if (text === '') return;
    let added = [...text];
    const room = this.options.maxLength - this.chars.length;
    if (added.length > room) {
      added = added.slice(0, Math.max(0, room));
      this.options.write(BELL);
      if (added.length === 0) return;
    }
    const atEnd = this.cursor === this.chars.length;
    this.chars.splice(this.cursor, 0, ...added);
    this.cursor += added.length;
    // Fast path: typing at the end of a line that does not reach the right margin.
    if (atEnd && !this.search) {
      let width = 0;
      for (const ch of added) {
        const cp = ch.codePointAt(0) ?? 0;
        const w = cp < 0x20 || cp === 0x7f ? -1 : charWidth(cp);
        if (w <= 0) {
          width = -1;
          break;
        }
        width += w;
      }
      if (width > 0 && this.end.col + width < this.drawnCols) {
        this.options.write(added.join(''));
        this.end = { row: this.end.row, col: this.end.col + width };
        return;
      }
    }
    this.draw(true);
  }

  private deleteRange(from: number, to: number): undefined {
    const start = Math.max(0, from);
    const end = Math.min(this.chars.length, to);
    if (start >= end) return undefined;
    this.chars.splice(start, end - start);
    this.cursor = start;
    this.draw(true);
    return undefined;
  }

  private kill(from: number, to: number): undefined {
    if (to > from) this.killed = this.chars.slice(from, to).join('');
    return this.deleteRange(from, to);
  }

  private moveTo(index: number): undefined {
    if (index === this.cursor) return undefined;
    const lay = layout(this.prompt, this.chars, this.options.size().cols);
    const from = lay.positions[this.cursor] ?? { row: 0, col: 0 };
    this.cursor = index;
    const to = lay.positions[index] ?? from;
    this.options.write(moveCursor({ row: this.cursorRow, col: from.col }, to));
    this.cursorRow = to.row;
    this.end = to;
    return undefined;
  }

  private wordStart(index: number): number {
    let i = index;
    while (i > 0 && !/[\p{L}\p{N}]/u.test(this.chars[i - 1] ?? '')) i--;
    while (i > 0 && /[\p{L}\p{N}]/u.test(this.chars[i - 1] ?? '')) i--;
    return i;
  }

  private wordEnd(index: number): number {
    let i = index;
    while (i < this.chars.length && !/[\p{L}\p{N}]/u.test(this.chars[i] ?? '')) i++;
    while (i < this.chars.length && /[\p{L}\p{N}]/u.test(this.chars[i] ?? '')) i++;
    return i;
  }

  private browseHistory(direction: -1 | 1): void {
    const { history } = this.options;
    const next = this.historyIndex + direction;
    if (next < 0 || next > history.length) return;
    if (this.historyIndex === history.length) this.draft = [...this.chars];
    this.historyIndex = next;
    this.chars = next === history.length ? [...this.draft] : [...(history.at(next) ?? '')];
    this.cursor = this.chars.length;
    this.draw(true);
  }

  private complete(secondTab: boolean): void {
    const completer = this.options.complete;
    if (!completer) {
      this.insert('\t');
      return;
    }
    const { cols } = this.options.size();
    const action = tabAction(this.chars, this.cursor, completer(this.text, this.cursor), secondTab, cols);
    this.lastWasTab = true;
    switch (action.kind) {
      case 'bell':
        this.options.write(BELL);
        return;
      case 'replace':
        this.replaceWord(action.from, action.text);
        this.lastWasTab = !action.final;
        return;
      case 'list': {
        const end = layout(this.prompt, this.chars, cols).positions[this.chars.length] ?? { row: 0, col: 0 };
        this.options.write(
          `${moveCursor({ row: this.cursorRow, col: -1 }, end)}\r\n${action.listing.replace(/\n/g, '\r\n')}`,
        );
        this.cursorRow = 0;
        this.draw(false);
        return;
      }
    }
  }

  private replaceWord(from: number, replacement: string): void {
    this.chars.splice(from, this.cursor - from, ...replacement);
    this.cursor = from + [...replacement].length;
    if (this.chars.length > this.options.maxLength) this.chars.length = this.options.maxLength;
    this.cursor = Math.min(this.cursor, this.chars.length);
    this.draw(true);
  }

  /** Moves below the line (after writing `marker`, e.g. `^C`) and stops editing. */
  private finish(marker: string): void {
    const lay = layout(this.displayPrompt(), this.displayChars(), this.options.size().cols);
    const endIndex = this.displayChars().length;
    const endPos = lay.positions[endIndex] ?? { row: 0, col: 0 };
    const from = { row: this.cursorRow, col: -1 };
    this.options.write(`${moveCursor(from, endPos)}${marker}\r\n`);
    this.search = undefined;
    this.active = false;
  }

  /** Redraws prompt and line; `fromPrompt` first moves back to the prompt's first row. */
  private draw(fromPrompt: boolean): void {
    const { cols } = this.options.size();
    const prompt = this.displayPrompt();
    const chars = this.displayChars();
    const lay = layout(prompt, chars, cols);
    let out = '';
    if (fromPrompt && this.cursorRow > 0) out += `\x1b[${this.cursorRow}A`;
    out += `\r\x1b[J${prompt}${lay.text}`;
    const last = lay.positions[chars.length] ?? { row: 0, col: 0 };
    // After filling the last column the cursor waits to wrap: force it onto the next row.
    let physical: CellPosition = last;
    if (lay.pendingWrap) out += ' \r';
    else physical = last;
    const target = lay.positions[this.displayCursor()] ?? last;
    out += moveCursor(physical, target);
    this.cursorRow = target.row;
    this.end = target;
    this.drawnCols = cols;
    this.options.write(out);
  }
}

/** Pasted control characters (other than tabs) would corrupt the display; bash drops them too. */
function stripControls(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === '\t' || (cp >= 0x20 && cp !== 0x7f)) out += ch;
  }
  return out;
}
