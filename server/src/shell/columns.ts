/** Column layout shared by `ls` and Tab completion's candidate list. */
import { stringWidth } from './width.js';

/** Lays names out in columns as GNU ls and bash's completion list do (column-major, two spaces apart). */
export function columns(
  names: readonly string[],
  width: number,
  decorate: (name: string) => string = (n) => n,
  uniform = false,
): string {
  if (names.length === 0) return '';
  const widths = names.map(stringWidth);
  for (let cols = Math.min(names.length, Math.max(1, Math.floor(width / 3))); cols >= 1; cols--) {
    const rows = Math.ceil(names.length / cols);
    const colWidths: number[] = [];
    // Bash lists completions in equal-width columns; ls sizes each column to its longest name.
    const widest = Math.max(...widths);
    for (let c = 0; c < cols; c++)
      colWidths.push(uniform ? widest : Math.max(0, ...widths.slice(c * rows, (c + 1) * rows)));
    const total = colWidths.reduce((a, b) => a + b + 2, 0) - 2;
    if (total > width && cols > 1) continue;
    let out = '';
    for (let r = 0; r < rows; r++) {
      const cells: string[] = [];
      for (let c = 0; c < cols; c++) {
        const i = c * rows + r;
        const name = names[i];
        if (name === undefined) continue;
        const last = c === cols - 1 || (c + 1) * rows + r >= names.length;
        cells.push(decorate(name) + (last ? '' : ' '.repeat((colWidths[c] ?? 0) - (widths[i] ?? 0) + 2)));
      }
      out += `${cells.join('')}\n`;
    }
    return out;
  }
  return '';
}
