// The fast YAML path (kubectl/yamlFast.ts) reads every text it takes exactly as `yaml` (read as go-yaml is, see
// manifest.ts) does, and hands the rest back: every YAML file of this repository (labs, fixtures, deploy/) and the
// cases where js-yaml and `yaml` differ (YAML 1.2 core scalars, keys that are not strings, documents of comments).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { readPlainYaml } from '../../server/src/kubectl/yamlFast';

const ROOT = path.join(__dirname, '..', '..');
const yamlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) return yamlFiles(p);
    return /\.ya?ml$/.test(f) ? [path.relative(ROOT, p)] : [];
  });

/** What `yaml` makes of a text, as the slow path reads it (no error expected here). */
function slowRead(text: string): unknown[] {
  const docs = parseAllDocuments(text, { uniqueKeys: false, prettyErrors: false });
  return (Array.isArray(docs) ? docs : []).map((d) => d.toJS() as unknown);
}

const files = ['labs', 'deploy', 'tests'].flatMap((d) => yamlFiles(path.join(ROOT, d)));

it.each(files)('%s reads the same on both paths', (file) => {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const fast = readPlainYaml(text);
  if (fast !== undefined) expect(fast).toEqual(slowRead(text));
});

it('takes most of them', () => {
  const taken = files.filter((f) => readPlainYaml(readFileSync(path.join(ROOT, f), 'utf8')) !== undefined);
  expect(taken.length).toBeGreaterThan(files.length / 2);
});

it.each([
  // YAML 1.2 core scalars as `yaml` resolves them (js-yaml alone reads 1_000 and 0b11 as numbers, 0o17 as a string).
  'a: 1_000\nb: 0b11\nc: +.5\nd: 0o17\ne: 0x1F\nf: -0x1\ng: 1e3\nh: .inf\ni: yes\nj: ~\nk: Null\nl: 08\nm: 1.\nn: -.5e2\n',
  'a:\n',
  'a: [1, "2", {b: c}]\nd: |\n  x\n  y\ne: >-\n  x\n  y\n',
  '0x10: y\n.inf: x\n"8080": port\ntrue: z\n1.5: x\n"null": quoted\n',
  'a: [null, ~, {b: null}]\nc: null\n',
])('%j reads as yaml reads it', (text) => {
  const fast = readPlainYaml(text);
  expect(fast).toBeDefined();
  expect(fast).toEqual(slowRead(text));
});

it.each([
  ['a null key', 'null: x\n'],
  ['a null key in a list', 'a:\n- ~: 1\n'],
  ['an empty document', '---\na: 1\n---\n'],
  ['an explicit key', '? [a]\n: b\n'],
  ['a collection key', '[a]: b\n'],
  ['comments only', '# nothing here\n'],
  ['an anchor and alias', 'a: &x 1\nb: *x\n'],
  ['a tag', 'a: !!str 1\n'],
  ['a directive', '%YAML 1.1\n---\na: yes\n'],
  ['a repeated key', 'a: 1\na: 2\n'],
  ['a syntax error', 'a: [1, 2\n'],
])('leaves %s to yaml', (_what, text) => {
  expect(readPlainYaml(text)).toBeUndefined();
});
