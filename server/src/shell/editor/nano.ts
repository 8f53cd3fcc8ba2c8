/** A small GNU nano: title bar, status line, the two-row shortcut bar, ^O to write and ^X to exit. */
import { type TerminalSize } from '../command.js';
import { type KeyEvent } from '../keys.js';
import { stringWidth } from '../width.js';
import { describeSize, INVERSE, RESET, type EditorDocument, type EditorFrontEnd } from './types.js';
import { follow, placeCursor, renderText, type Viewport } from './view.js';

const SHORTCUTS: readonly (readonly [string, string])[] = [
  ['^G', 'Help'],
  ['^O', 'Write Out'],
  ['^W', 'Where Is'],
  ['^K', 'Cut'],
  ['^T', 'Execute'],
  ['^C', 'Location'],
  ['^X', 'Exit'],
  ['^R', 'Read File'],
  ['^\\', 'Replace'],
  ['^U', 'Paste'],
  ['^J', 'Justify'],
  ['^/', 'Go To Line'],
];

type Prompt =
  | { readonly kind: 'filename'; value: string; readonly thenExit: boolean }
  | { readonly kind: 'save-changes' }
  | { readonly kind: 'search'; value: string };

export class NanoEditor implements EditorFrontEnd {
  private readonly view: Viewport = { top: 0, left: 0 };
  private status: string;
  private prompt: Prompt | undefined;
  private cut: string[][] = [];
  private lastWasCut = false;
  private lastSearch = '';

  constructor(private readonly doc: EditorDocument) {
    const { lines } = describeSize(doc);
    this.status = doc.isNew ? '[ New File ]' : `[ Read ${lines} line${lines === 1 ? '' : 's'} ]`;
  }

  handle(event: KeyEvent): 'continue' | 'close' {
    if (this.prompt) return this.handlePrompt(this.prompt, event);
    const { buffer } = this.doc;
    const wasCut = this.lastWasCut;
    this.lastWasCut = false;
    this.status = '';
    switch (event.kind) {
      case 'text':
      case 'paste':
        buffer.insert(event.text);
        return 'continue';
      case 'key':
        switch (event.key) {
          case 'enter':
            buffer.splitLine();
            break;
          case 'tab':
            buffer.insert('\t');
            break;
          case 'backspace':
            buffer.backspace();
            break;
          case 'delete':
            buffer.deleteForward();
            break;
          case 'left':
            buffer.left();
            break;
          case 'right':
            buffer.right();
            break;
          case 'up':
            buffer.moveTo(buffer.row - 1, buffer.col);
            break;
          case 'down':
            buffer.moveTo(buffer.row + 1, buffer.col);
            break;
          case 'home':
            buffer.col = 0;
            break;
          case 'end':
            buffer.col = buffer.line.length;
            break;
          case 'pageup':
            buffer.moveTo(buffer.row - 20, buffer.col);
            break;
          case 'pagedown':
            buffer.moveTo(buffer.row + 20, buffer.col);
            break;
          default:
            break;
        }
        return 'continue';
      case 'ctrl':
        return this.control(event.letter, wasCut);
    }
  }

  private control(letter: string, wasCut: boolean): 'continue' | 'close' {
    const { buffer } = this.doc;
    switch (letter) {
      case 'o':
        this.prompt = { kind: 'filename', value: this.doc.fileName, thenExit: false };
        break;
      case 'x':
        if (!buffer.modified) return 'close';
        this.prompt = { kind: 'save-changes' };
        break;
      case 'k':
        if (!wasCut) this.cut = [];
        this.cut.push(buffer.cutLine());
        this.lastWasCut = true;
        break;
      case 'u':
        buffer.pasteLines(this.cut, false);
        break;
      case 'a':
        buffer.col = 0;
        break;
      case 'e':
        buffer.col = buffer.line.length;
        break;
      case 'w':
        this.prompt = { kind: 'search', value: '' };
        break;
      case 'c':
        this.status = `[ line ${buffer.row + 1}/${buffer.lines.length} (${Math.round(((buffer.row + 1) / buffer.lines.length) * 100)}%), col ${buffer.col + 1}/${buffer.line.length + 1} ]`;
        break;
      case 'g':
        this.status = '[ Arrows move, type to edit, ^O writes the file, ^X exits ]';
        break;
      default:
        break;
    }
    return 'continue';
  }

  private handlePrompt(prompt: Prompt, event: KeyEvent): 'continue' | 'close' {
    if (event.kind === 'ctrl' && event.letter === 'c') {
      this.prompt = undefined;
      this.status = '[ Cancelled ]';
      return 'continue';
    }
    if (prompt.kind === 'save-changes') {
      if (event.kind !== 'text') return 'continue';
      const answer = event.text.toLowerCase();
      if (answer.startsWith('y')) this.prompt = { kind: 'filename', value: this.doc.fileName, thenExit: true };
      else if (answer.startsWith('n')) return 'close';
      return 'continue';
    }
    if (event.kind === 'text' || event.kind === 'paste') prompt.value += event.text;
    else if (event.kind === 'key' && event.key === 'backspace') prompt.value = [...prompt.value].slice(0, -1).join('');
    else if (event.kind === 'key' && event.key === 'enter') {
      this.prompt = undefined;
      if (prompt.kind === 'search') {
        this.search(prompt.value || this.lastSearch);
        return 'continue';
      }
      const error = this.doc.save(prompt.value);
      if (error) {
        this.status = `[ Error writing ${prompt.value}: ${error} ]`;
        return 'continue';
      }
      const { lines } = describeSize(this.doc);
      this.status = `[ Wrote ${lines} line${lines === 1 ? '' : 's'} ]`;
      if (prompt.thenExit) return 'close';
    }
    return 'continue';
  }

  private search(text: string): void {
    this.lastSearch = text;
    const { buffer } = this.doc;
    const total = buffer.lines.length;
    for (let i = 0; i <= total; i++) {
      const row = (buffer.row + i) % total;
      const line = (buffer.lines[row] ?? []).join('');
      const from = i === 0 ? buffer.col + 1 : 0;
      const at = line.indexOf(text, from);
      if (text && at >= 0) {
        buffer.moveTo(row, [...line.slice(0, at)].length);
        return;
      }
    }
    this.status = `[ "${text}" not found ]`;
  }

  render(size: TerminalSize): string {
    const { cols, rows } = size;
    const textRows = Math.max(1, rows - 4);
    const { buffer } = this.doc;
    follow(this.view, buffer, textRows, cols);
    const name = this.doc.fileName || 'New Buffer';
    const left = '  GNU nano 7.2';
    const right = buffer.modified ? 'Modified  ' : '';
    const middleStart = Math.max(left.length + 1, Math.floor((cols - stringWidth(name)) / 2));
    let title = left.padEnd(middleStart) + name;
    title = title.padEnd(Math.max(title.length, cols - right.length)) + right;
    let out = `\x1b[?25l\x1b[1;1H${INVERSE}${title.slice(0, cols)}${RESET}\x1b[K`;
    out += renderText(buffer, this.view, 2, textRows, cols, '');
    out += `\x1b[${rows - 2};1H\x1b[K${this.statusLine(cols)}`;
    out += `\x1b[${rows - 1};1H\x1b[K${this.shortcutRow(0, cols)}\x1b[${rows};1H\x1b[K${this.shortcutRow(6, cols)}`;
    if (this.prompt && this.prompt.kind !== 'save-changes') {
      const label =
        this.prompt.kind === 'search'
          ? `Search${this.lastSearch ? ` [${this.lastSearch}]` : ''}: `
          : 'File Name to Write: ';
      out += `\x1b[${rows - 2};${stringWidth(label + this.prompt.value) + 1}H`;
    } else out += placeCursor(buffer, this.view, 2);
    return `${out}\x1b[?25h`;
  }

  private statusLine(cols: number): string {
    const prompt = this.prompt;
    if (prompt?.kind === 'save-changes') return `${INVERSE}${'Save modified buffer? '.padEnd(cols)}${RESET}`;
    if (prompt?.kind === 'filename') return `${INVERSE}${`File Name to Write: ${prompt.value}`.padEnd(cols)}${RESET}`;
    if (prompt?.kind === 'search')
      return `${INVERSE}${`Search${this.lastSearch ? ` [${this.lastSearch}]` : ''}: ${prompt.value}`.padEnd(cols)}${RESET}`;
    if (!this.status) return '';
    const pad = Math.max(0, Math.floor((cols - this.status.length) / 2));
    return `${' '.repeat(pad)}${INVERSE}${this.status}${RESET}`;
  }

  private shortcutRow(offset: number, cols: number): string {
    if (this.prompt?.kind === 'save-changes')
      return offset === 0
        ? `${INVERSE} Y${RESET} Yes`
        : `${INVERSE} N${RESET} No           ${INVERSE}^C${RESET} Cancel`;
    const width = Math.max(8, Math.floor(cols / 6));
    return SHORTCUTS.slice(offset, offset + 6)
      .map(([key, label]) => `${INVERSE}${key}${RESET} ${label.padEnd(width - 3)}`)
      .join('')
      .replace(/\s+$/, '');
  }
}
