/**
 * `tar` in a simulated container, as `kubectl cp` runs it over exec: `tar cf - PATH` writes an archive of the
 * container's files to stdout (from pod), `tar -xmf - [-C DIR]` unpacks stdin into them (to pod). The archive format
 * is ustar (nanotar); the container's files are text.
 */
import { createTar, parseTar, type TarFileItem } from 'nanotar';
import { resolvePath, VfsError, type Vfs } from '../shell/index.js';

export interface TarResult {
  stdout: Uint8Array;
  stderr: string;
  exitCode: number;
}

const EMPTY = new Uint8Array(0);
/** Entries one archive may hold, either way (the container's file system is bounded too). */
const MAX_ENTRIES = 10_000;

/** busybox and GNU tar word the same warnings differently. */
export type TarFlavour = 'busybox' | 'gnu';

function usage(flavour: TarFlavour): TarResult {
  const stderr =
    flavour === 'gnu'
      ? "tar: You must specify one of the '-Acdtrux', '--delete' or '--test-label' options\nTry 'tar --help' or 'tar --usage' for more information.\n"
      : 'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: tar c|x|t [-ZzJjahmvokO] [-f TARFILE] [-C DIR] [-T FILE] [-X FILE] [LONGOPT]... [FILE]...\n';
  return { stdout: EMPTY, stderr, exitCode: flavour === 'gnu' ? 2 : 1 };
}

/** Runs tar with `args` in the container whose files `vfs` holds (cwd `/`). */
export function runTar(vfs: Vfs, args: readonly string[], stdin: Uint8Array, flavour: TarFlavour): TarResult {
  // The first word may be bundled letters without a dash (`cf`), as kubectl sends it.
  const words = [...args];
  let letters = '';
  const operands: string[] = [];
  let dir = '/';
  let file: string | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === '-C') dir = words[++i] ?? '/';
    else if (w === '-f') file = words[++i];
    else if (w.startsWith('-') && w.length > 1) letters += w.slice(1);
    else if (i === 0) letters += w;
    else operands.push(w);
  }
  // `f` takes the next operand as the archive ("cf -"), unless given with -f.
  if (letters.includes('f') && file === undefined) file = operands.shift();
  if (file !== '-' && file !== undefined)
    return { stdout: EMPTY, stderr: `tar: ${file}: Cannot open: Read-only file system\n`, exitCode: 2 };
  if (letters.includes('c')) return create(vfs, operands, resolvePath('/', dir), flavour);
  if (letters.includes('x')) return extract(vfs, stdin, resolvePath('/', dir));
  return usage(flavour);
}

function create(vfs: Vfs, paths: readonly string[], dir: string, flavour: TarFlavour): TarResult {
  const items: TarFileItem[] = [];
  let stderr = '';
  let exitCode = 0;
  let warned = false;
  const add = (full: string, name: string) => {
    if (items.length >= MAX_ENTRIES) return;
    const stat = vfs.stat(full);
    if (!stat) return;
    const attrs = { mtime: stat.mtime, uid: 0, gid: 0, user: 'root', group: 'root' };
    if (stat.type === 'dir') {
      items.push({ name: `${name}/`, attrs: { ...attrs, mode: '755' } });
      for (const child of vfs.readdir(full)) add(`${full === '/' ? '' : full}/${child}`, `${name}/${child}`);
    } else {
      items.push({ name, data: new TextEncoder().encode(vfs.readFile(full)), attrs: { ...attrs, mode: '644' } });
    }
  };
  if (paths.length === 0)
    return { stdout: EMPTY, stderr: 'tar: Cowardly refusing to create an empty archive\n', exitCode: 2 };
  for (const path of paths) {
    const full = resolvePath(dir, path);
    if (!vfs.stat(full)) {
      stderr +=
        flavour === 'gnu'
          ? `tar: ${path}: Cannot stat: No such file or directory\n`
          : `tar: can't stat '${path}': No such file or directory\n`;
      exitCode = flavour === 'gnu' ? 2 : 1;
      continue;
    }
    if (path.startsWith('/') && !warned) {
      warned = true;
      stderr +=
        flavour === 'gnu'
          ? "tar: Removing leading `/' from member names\n"
          : "tar: removing leading '/' from member names\n";
    }
    add(full, path.replace(/^\/+/, '').replace(/\/+$/, '') || '.');
  }
  if (flavour === 'gnu' && exitCode !== 0) stderr += 'tar: Exiting with failure status due to previous errors\n';
  return { stdout: items.length > 0 ? createTar(items) : EMPTY, stderr, exitCode };
}

function extract(vfs: Vfs, archive: Uint8Array, dir: string): TarResult {
  let entries;
  try {
    entries = parseTar(archive);
  } catch {
    return { stdout: EMPTY, stderr: 'tar: This does not look like a tar archive\n', exitCode: 2 };
  }
  if (entries.length > MAX_ENTRIES) return { stdout: EMPTY, stderr: 'tar: too many entries\n', exitCode: 2 };
  try {
    for (const entry of entries) {
      // Never outside DIR: `..` and absolute names stay below it, as GNU tar's default.
      const target = resolvePath(
        dir,
        entry.name
          .replace(/^\/+/, '')
          .split('/')
          .filter((p) => p !== '..')
          .join('/'),
      );
      if (entry.type === 'directory') vfs.forceMkdir(target);
      else if (entry.type === 'file' || entry.type === undefined) vfs.seedFile(target, entry.text);
    }
  } catch (err) {
    if (err instanceof VfsError) return { stdout: EMPTY, stderr: `tar: ${err.message}\n`, exitCode: 2 };
    throw err;
  }
  return { stdout: EMPTY, stderr: '', exitCode: 0 };
}
