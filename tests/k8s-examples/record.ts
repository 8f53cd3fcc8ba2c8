/**
 * Fills a corpus directory (outside the repository: the website's content is not ours to commit) from a copy of the
 * kubernetes/website repository (a clone or a bare mirror): every .yaml/.yml under content/en/examples at one commit,
 * read with `git ls-tree` and `git show`, so the set is exactly that commit's, plus the repository's LICENSE and a
 * sources.tsv naming the commit. Run by hand, then review expectations.yaml (the test lists files without an entry).
 *
 *   npx tsx tests/k8s-examples/record.ts <repository> <directory> [commit, default HEAD]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const PREFIX = 'content/en/examples/';
const [repo, out, commitArg] = process.argv.slice(2);
if (!repo || !out) {
  console.error('usage: record.ts <kubernetes/website repository> <directory> [commit]');
  process.exit(2);
}
const git = (...args: string[]) =>
  execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const commit = git('rev-parse', commitArg ?? 'HEAD').trim();
const paths = git('ls-tree', '-r', '--name-only', commit, PREFIX)
  .split('\n')
  .filter((p) => /\.ya?ml$/.test(p));

// Replaces only a corpus this script made (it has sources.tsv): a mistyped directory is never wiped.
if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(join(out, 'sources.tsv'))) {
  console.error(`${out} is not empty and holds no sources.tsv: not a corpus to replace`);
  process.exit(2);
}
rmSync(out, { recursive: true, force: true });
for (const path of paths) {
  const target = join(out, path.slice(PREFIX.length));
  mkdirSync(dirname(target), { recursive: true });
  const text = git('show', `${commit}:${path}`);
  writeFileSync(target, text.endsWith('\n') ? text : `${text}\n`);
}
const sources = paths.map((p) => `${p.slice(PREFIX.length)}\t${commit}`).sort();
writeFileSync(join(out, 'LICENSE'), git('show', `${commit}:LICENSE`));
writeFileSync(join(out, 'sources.tsv'), `${sources.join('\n')}\n`);
console.log(`${paths.length} manifests from ${commit}`);
