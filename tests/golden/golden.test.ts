import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatCase, mask, parseCase, runCase } from './golden';

const dir = join(__dirname, 'cases');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const update = process.env.UPDATE_GOLDEN === '1';

describe('golden kubectl output', () => {
  it('has at least 150 cases', () => {
    expect(files.length).toBeGreaterThanOrEqual(150);
  });

  it.each(files)('%s', (file) => {
    const path = join(dir, file);
    const c = parseCase(file, readFileSync(path, 'utf8'));
    const ran = runCase(c);
    if (update) {
      writeFileSync(path, formatCase({ ...c, exit: ran.exit, output: ran.output }));
      return;
    }
    expect(`${mask(ran.output)}\n[exit ${ran.exit}]`).toBe(`${mask(c.output)}\n[exit ${c.exit}]`);
  });
});
