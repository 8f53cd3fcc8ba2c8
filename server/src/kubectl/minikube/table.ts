/** The boxed tables minikube prints (olekukonko/tablewriter): centred headers, `|`/`-` borders. */
import { stringWidth } from '../../shell/index.js';

function center(s: string, width: number): string {
  const pad = width - stringWidth(s);
  const left = Math.floor(pad / 2);
  return ' '.repeat(left) + s + ' '.repeat(pad - left);
}

export function boxTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  opts: { numeric?: readonly number[] } = {},
): string {
  const widths = header.map((h, i) => Math.max(stringWidth(h), ...rows.map((r) => stringWidth(r[i] ?? ''))));
  const line = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n`;
  const cell = (s: string, i: number): string => {
    const pad = ' '.repeat(widths[i]! - stringWidth(s));
    return opts.numeric?.includes(i) ? pad + s : s + pad;
  };
  let out = line;
  out += `|${header.map((h, i) => ` ${center(h, widths[i]!)} `).join('|')}|\n`;
  out += line;
  for (const r of rows) out += `|${r.map((c, i) => ` ${cell(c, i)} `).join('|')}|\n`;
  out += line;
  return out;
}
