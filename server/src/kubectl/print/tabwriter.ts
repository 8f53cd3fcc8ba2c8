/**
 * A port of Go's text/tabwriter (the part kubectl uses: space padding, no flags), so columns line up
 * exactly as real kubectl's do, including its quirks: a line without tabs ends every column block,
 * tab-terminated empty cells are still padded, and the last cell of a line is never padded.
 *
 * Input is pre-split: each line is its cells, all but the last tab-terminated. Widths count code
 * points, as Go counts runes.
 */
export interface TabConfig {
  readonly minWidth: number;
  readonly padding: number;
}

/** cli-runtime printers.GetNewTabWriter: minwidth 6, tabwidth 4, padding 3, padchar ' '. */
export const TABLE_TABS: TabConfig = { minWidth: 6, padding: 3 };
/** kubectl describe's tabbedString: minwidth 0, tabwidth 8, padding 2, padchar ' '. */
export const DESCRIBE_TABS: TabConfig = { minWidth: 0, padding: 2 };

const SPACES: string[] = [''];
function spaces(n: number): string {
  if (n <= 0) return '';
  let s = SPACES[n];
  if (s === undefined) {
    s = ' '.repeat(n);
    if (n < 256) SPACES[n] = s;
  }
  return s;
}

const SURROGATE = /[\uD800-\uDFFF]/;

function stringLength(s: string): number {
  return s.length;
}

/** utf8.RuneCountInString: UTF-16 length minus the low halves of surrogate pairs. */
export function runeWidth(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) n--;
  }
  return n;
}

/** A table whose lines all have `cols` cells, row-major in one array: what `kubectl get` builds. */
export interface Grid {
  readonly cells: readonly string[];
  readonly cols: number;
}

/**
 * The common case, every line with the same number of cells (all of `kubectl get`): one block per
 * column, so one pass sizes the columns and one pass writes them. Same result as the general path.
 * Each line is built on its own and added whole: the fewer pieces the output string is made of,
 * the cheaper it is to flatten.
 */
function formatGridWith(
  grid: Grid,
  cfg: TabConfig,
  measure: (s: string) => number,
  remembered: number[] | undefined,
): string {
  const { cells, cols } = grid;
  const last = cols - 1;
  const colWidth = new Int32Array(last).fill(cfg.minWidth);
  if (remembered)
    for (let j = 0; j < last && j < remembered.length; j++) colWidth[j] = Math.max(colWidth[j]!, remembered[j]!);
  for (let k = 0; k < cells.length; k += cols) {
    for (let j = 0; j < last; j++) {
      const w = measure(cells[k + j]!) + cfg.padding;
      if (w > colWidth[j]!) colWidth[j] = w;
    }
  }
  let out = '';
  for (let k = 0; k < cells.length; k += cols) {
    let line = '';
    for (let j = 0; j < last; j++) {
      const text = cells[k + j]!;
      line += text + spaces(colWidth[j]! - measure(text));
    }
    out += line + cells[k + last]! + '\n';
  }
  if (remembered) for (let j = 0; j < last; j++) remembered[j] = colWidth[j]!;
  return out;
}

/**
 * Pads a uniform table. `remembered`: kubectl's tabwriter fork (liggitt/tabwriter, RememberWidths)
 * keeps column widths across flushes, so `get -w` rows line up with the table above and columns only
 * ever grow. Pass the same array on every call; it is updated.
 */
export function formatGrid(grid: Grid, cfg: TabConfig, remembered?: number[]): string {
  if (grid.cells.length === 0) return '';
  // Code points equal UTF-16 units unless there are surrogate pairs: measure by length, and only
  // if the finished table holds any surrogate (one scan of the whole text) measure again properly.
  const before = remembered ? [...remembered] : undefined;
  const out = formatGridWith(grid, cfg, stringLength, remembered);
  if (!SURROGATE.test(out)) return out;
  if (remembered && before) remembered.splice(0, remembered.length, ...before);
  return formatGridWith(grid, cfg, runeWidth, remembered);
}

/** Pads lines of cells, each but the last tab-terminated, as Go's tabwriter would. */
export function formatCells(lines: readonly (readonly string[])[], cfg: TabConfig): string {
  const first = lines[0];
  if (first === undefined) return '';
  const cols = first.length;
  if (cols > 0 && lines.every((l) => l.length === cols)) return formatGrid({ cells: lines.flat(), cols }, cfg);
  let out = '';
  const widths: number[] = [];

  const writeLines = (line0: number, line1: number): void => {
    for (let i = line0; i < line1; i++) {
      const line = lines[i]!;
      for (let j = 0; j < line.length; j++) {
        const text = line[j]!;
        out += text;
        if (j < widths.length) out += spaces(widths[j]! - runeWidth(text));
      }
      out += '\n';
    }
  };

  const format = (line0: number, line1: number): void => {
    const column = widths.length;
    for (let t = line0; t < line1; t++) {
      if (column >= lines[t]!.length - 1) continue;
      // A cell in this column starts a block: print what came before it, then size the block.
      writeLines(line0, t);
      line0 = t;
      let width = cfg.minWidth;
      for (; t < line1; t++) {
        const line = lines[t]!;
        if (column >= line.length - 1) break;
        const w = runeWidth(line[column]!) + cfg.padding;
        if (w > width) width = w;
      }
      widths.push(width);
      format(line0, t);
      widths.pop();
      line0 = t;
    }
    writeLines(line0, line1);
  };

  format(0, lines.length);
  return out;
}

/** Formats tab-separated text, every line ending in '\n', as Go's tabwriter would. */
export function formatTabbedText(text: string, cfg: TabConfig): string {
  if (text === '') return '';
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  const out = formatCells(
    body.split('\n').map((l) => l.split('\t')),
    cfg,
  );
  return text.endsWith('\n') ? out : out.slice(0, -1);
}
