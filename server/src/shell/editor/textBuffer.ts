/** The text being edited: lines of code points and a cursor, shared by the nano and vi front ends. */
export class TextBuffer {
  lines: string[][];
  row = 0;
  col = 0;
  modified = false;

  /**
   * `magicLine`: nano keeps an empty last line after the final newline where typing may continue;
   * vi shows only the file's lines.
   */
  constructor(
    text: string,
    private readonly magicLine = false,
  ) {
    const body = !magicLine && text.endsWith('\n') ? text.slice(0, -1) : text;
    this.lines = text === '' ? [[]] : body.split('\n').map((l) => [...l]);
  }

  get line(): string[] {
    return this.lines[this.row] ?? [];
  }

  /** Editors end the file with a newline, as nano and vim do. */
  toString(): string {
    const text = this.lines.map((l) => l.join('')).join('\n');
    if (this.magicLine) return text === '' || text.endsWith('\n') ? text : `${text}\n`;
    return this.lines.length === 1 && this.line.length === 0 ? '' : `${text}\n`;
  }

  byteLength(): number {
    return new TextEncoder().encode(this.toString()).length;
  }

  insert(text: string): void {
    const parts = text.split(/\r\n|\r|\n/);
    parts.forEach((part, i) => {
      if (i > 0) this.splitLine();
      const chars = [...part];
      this.line.splice(this.col, 0, ...chars);
      this.col += chars.length;
    });
    if (text) this.modified = true;
  }

  splitLine(): void {
    const rest = this.line.splice(this.col);
    this.lines.splice(this.row + 1, 0, rest);
    this.row++;
    this.col = 0;
    this.modified = true;
  }

  backspace(): void {
    if (this.col > 0) {
      this.line.splice(--this.col, 1);
      this.modified = true;
    } else if (this.row > 0) {
      const current = this.lines.splice(this.row, 1)[0] ?? [];
      this.row--;
      this.col = this.line.length;
      this.line.push(...current);
      this.modified = true;
    }
  }

  deleteForward(): void {
    if (this.col < this.line.length) {
      this.line.splice(this.col, 1);
      this.modified = true;
    } else if (this.row < this.lines.length - 1) {
      const next = this.lines.splice(this.row + 1, 1)[0] ?? [];
      this.line.push(...next);
      this.modified = true;
    }
  }

  /** Removes the cursor's line and returns it (nano ^K, vi dd). */
  cutLine(): string[] {
    const [removed = []] = this.lines.splice(this.row, 1);
    if (this.lines.length === 0) this.lines.push([]);
    this.row = Math.min(this.row, this.lines.length - 1);
    this.col = Math.min(this.col, this.line.length);
    this.modified = true;
    return removed;
  }

  /** Inserts whole lines above the cursor's line (nano ^U) or below it (vi p). */
  pasteLines(lines: readonly (readonly string[])[], below: boolean): void {
    if (lines.length === 0) return;
    const at = below ? this.row + 1 : this.row;
    this.lines.splice(at, 0, ...lines.map((l) => [...l]));
    this.row = below ? at : at + lines.length;
    this.col = 0;
    this.modified = true;
  }

  openLine(below: boolean): void {
    const at = below ? this.row + 1 : this.row;
    this.lines.splice(at, 0, []);
    this.row = at;
    this.col = 0;
    this.modified = true;
  }

  moveTo(row: number, col: number, maxColOffset = 0): void {
    this.row = Math.max(0, Math.min(this.lines.length - 1, row));
    this.col = Math.max(0, Math.min(this.line.length - maxColOffset, col));
    if (this.col < 0) this.col = 0;
  }

  left(): void {
    if (this.col > 0) this.col--;
    else if (this.row > 0) {
      this.row--;
      this.col = this.line.length;
    }
  }

  right(): void {
    if (this.col < this.line.length) this.col++;
    else if (this.row < this.lines.length - 1) {
      this.row++;
      this.col = 0;
    }
  }
}
