/** A small vim: normal, insert and command-line modes with the commands a manifest edit needs. */
import { type TerminalSize } from '../command.js';
import { type KeyEvent } from '../keys.js';
import { stringWidth } from '../width.js';
import { describeSize, type EditorDocument, type EditorFrontEnd } from './types.js';
import { follow, placeCursor, renderText, type Viewport } from './view.js';

type Mode = 'normal' | 'insert' | 'command';

export class ViEditor implements EditorFrontEnd {
  private readonly view: Viewport = { top: 0, left: 0 };
  private mode: Mode = 'normal';
  private command = '';
  private message: string;
  /** First key of a two-key command (`dd`, `gg`, `yy`, `ZZ`). */
  private pendingKey = '';
  private register: string[][] = [];

  constructor(private readonly doc: EditorDocument) {
    const { lines, bytes } = describeSize(doc);
    this.message = doc.isNew ? `"${doc.fileName}" [New]` : `"${doc.fileName}" ${lines}L, ${bytes}B`;
  }

  handle(event: KeyEvent): 'continue' | 'close' {
    switch (this.mode) {
      case 'insert':
        this.insertKey(event);
        return 'continue';
      case 'command':
        return this.commandKey(event);
      case 'normal':
        return this.normalKey(event);
    }
  }

  private insertKey(event: KeyEvent): void {
    const { buffer } = this.doc;
    switch (event.kind) {
      case 'text':
      case 'paste':
        buffer.insert(event.text);
        return;
      case 'ctrl':
        if (event.letter === 'c') this.leaveInsert();
        return;
      case 'key':
        break;
    }
    switch (event.key) {
      case 'escape':
        this.leaveInsert();
        return;
      case 'enter':
        buffer.splitLine();
        return;
      case 'tab':
        buffer.insert('\t');
        return;
      case 'backspace':
        buffer.backspace();
        return;
      case 'delete':
        buffer.deleteForward();
        return;
      default:
        this.motion(event.key);
    }
  }

  private leaveInsert(): void {
    this.mode = 'normal';
    this.message = '';
    this.doc.buffer.moveTo(this.doc.buffer.row, this.doc.buffer.col - 1, 1);
  }

  private motion(key: string): void {
    const { buffer } = this.doc;
    const insert = this.mode === 'insert' ? 0 : 1;
    switch (key) {
      case 'h':
      case 'left':
        buffer.moveTo(buffer.row, buffer.col - 1, insert);
        break;
      case 'l':
      case 'right':
        buffer.moveTo(buffer.row, buffer.col + 1, insert);
        break;
      case 'k':
      case 'up':
        buffer.moveTo(buffer.row - 1, buffer.col, insert);
        break;
      case 'j':
      case 'down':
        buffer.moveTo(buffer.row + 1, buffer.col, insert);
        break;
      case '0':
      case 'home':
        buffer.col = 0;
        break;
      case '$':
      case 'end':
        buffer.moveTo(buffer.row, buffer.line.length, insert);
        break;
      case 'G':
        buffer.moveTo(buffer.lines.length - 1, 0);
        break;
      case 'pageup':
        buffer.moveTo(buffer.row - 20, buffer.col, insert);
        break;
      case 'pagedown':
        buffer.moveTo(buffer.row + 20, buffer.col, insert);
        break;
      default:
        break;
    }
  }

  private normalKey(event: KeyEvent): 'continue' | 'close' {
    if (event.kind === 'ctrl') {
      if (event.letter === 'c') this.message = 'Type  :qa!  and press <Enter> to abandon all changes and exit Vim';
      return 'continue';
    }
    if (event.kind === 'key') {
      if (event.key === 'escape') this.pendingKey = '';
      else this.motion(event.key === 'enter' ? 'down' : event.key === 'backspace' ? 'left' : event.key);
      return 'continue';
    }
    const keys = [...event.text];
    for (let i = 0; i < keys.length; i++) {
      if (this.normalChar(keys[i] ?? '') === 'close') return 'close';
      // The rest of a chunk typed after `i` or `:` belongs to the new mode.
      const rest = keys.slice(i + 1).join('');
      if (rest && this.mode !== 'normal') return this.handle({ kind: 'text', text: rest });
    }
    return 'continue';
  }

  private normalChar(key: string): 'continue' | 'close' {
    const { buffer } = this.doc;
    const pair = this.pendingKey + key;
    this.pendingKey = '';
    switch (pair) {
      case 'dd':
        this.register = [buffer.cutLine()];
        return 'continue';
      case 'yy':
        this.register = [[...buffer.line]];
        return 'continue';
      case 'gg':
        buffer.moveTo(0, 0);
        return 'continue';
      case 'ZZ':
        return this.write(true, false);
      default:
        break;
    }
    switch (key) {
      case 'd':
      case 'y':
      case 'g':
      case 'Z':
        this.pendingKey = key;
        return 'continue';
      case 'i':
        this.startInsert();
        return 'continue';
      case 'a':
        this.startInsert();
        buffer.moveTo(buffer.row, buffer.col + (buffer.line.length > 0 ? 1 : 0));
        return 'continue';
      case 'A':
        this.startInsert();
        buffer.col = buffer.line.length;
        return 'continue';
      case 'I':
        this.startInsert();
        buffer.col = 0;
        return 'continue';
      case 'o':
      case 'O':
        buffer.openLine(key === 'o');
        this.startInsert();
        return 'continue';
      case 'x':
        if (buffer.line.length > 0) {
          buffer.deleteForward();
          buffer.moveTo(buffer.row, buffer.col, 1);
        }
        return 'continue';
      case 'p':
      case 'P':
        buffer.pasteLines(this.register, key === 'p');
        return 'continue';
      case ':':
        this.mode = 'command';
        this.message = '';
        this.command = '';
        return 'continue';
      default:
        this.motion(key);
        return 'continue';
    }
  }

  private startInsert(): void {
    this.mode = 'insert';
    this.message = '-- INSERT --';
  }

  private commandKey(event: KeyEvent): 'continue' | 'close' {
    if ((event.kind === 'key' && event.key === 'escape') || (event.kind === 'ctrl' && event.letter === 'c')) {
      this.mode = 'normal';
      return 'continue';
    }
    if (event.kind === 'text' || event.kind === 'paste') this.command += event.text;
    else if (event.kind === 'key' && event.key === 'tab') this.command += ' ';
    else if (event.kind === 'key' && event.key === 'backspace') {
      if (this.command === '') this.mode = 'normal';
      this.command = [...this.command].slice(0, -1).join('');
    } else if (event.kind === 'key' && event.key === 'enter') {
      this.mode = 'normal';
      return this.execute(this.command.trim());
    }
    return 'continue';
  }

  private execute(command: string): 'continue' | 'close' {
    const match = /^(\w+)(!?)\s*(.*)$/.exec(command);
    if (command === '') return 'continue';
    if (/^\d+$/.test(command)) {
      this.doc.buffer.moveTo(Number(command) - 1, 0);
      return 'continue';
    }
    const [, name = '', bang = '', arg = ''] = match ?? [];
    if (arg) this.doc.fileName = arg;
    switch (name) {
      case 'w':
        return this.write(false, false);
      case 'wq':
      case 'x':
        return this.write(true, false);
      case 'q':
      case 'qa':
        if (bang || !this.doc.buffer.modified) return 'close';
        this.message = 'E37: No write since last change (add ! to override)';
        return 'continue';
      default:
        this.message = `E492: Not an editor command: ${command}`;
        return 'continue';
    }
  }

  private write(thenClose: boolean, _force: boolean): 'continue' | 'close' {
    const wasNew = this.doc.isNew;
    const error = this.doc.save(this.doc.fileName);
    if (error) {
      this.message = `"${this.doc.fileName}" E212: Can't open file for writing: ${error}`;
      return 'continue';
    }
    const { lines, bytes } = describeSize(this.doc);
    this.message = `"${this.doc.fileName}" ${wasNew ? '[New] ' : ''}${lines}L, ${bytes}B written`;
    return thenClose ? 'close' : 'continue';
  }

  render(size: TerminalSize): string {
    const { cols, rows } = size;
    const textRows = Math.max(1, rows - 1);
    const { buffer } = this.doc;
    follow(this.view, buffer, textRows, cols);
    let out = '\x1b[?25l';
    out += renderText(buffer, this.view, 1, textRows, cols, '\x1b[34m~\x1b[0m');
    const bottom = this.mode === 'command' ? `:${this.command}` : this.message;
    const ruler = `${buffer.row + 1},${buffer.col + 1}`;
    const gap = cols - stringWidth(bottom) - 18;
    out += `\x1b[${rows};1H\x1b[K${bottom}${this.mode === 'command' || gap < 1 ? '' : `${' '.repeat(gap)}${ruler}`}`;
    if (this.mode === 'command') out += `\x1b[${rows};${stringWidth(bottom) + 1}H`;
    else out += placeCursor(buffer, this.view, 1);
    return `${out}\x1b[?25h`;
  }
}
