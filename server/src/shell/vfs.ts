/**
 * A student's in-memory file system: a tree of text files and directories, bounded in total
 * bytes, file count and path length so that one student cannot exhaust the process.
 * Errors are thrown as `VfsError` with an errno-like code; `errnoMessage` gives coreutils' wording.
 */
export interface VfsLimits {
  readonly maxBytes: number;
  readonly maxNodes: number;
  readonly maxPathLength: number;
  readonly maxNameLength: number;
}

export const DEFAULT_VFS_LIMITS: VfsLimits = {
  maxBytes: 4 * 1024 * 1024,
  maxNodes: 2000,
  maxPathLength: 4096,
  maxNameLength: 255,
};

export type VfsErrorCode =
  'ENOENT' | 'EEXIST' | 'ENOTDIR' | 'EISDIR' | 'ENOTEMPTY' | 'ENOSPC' | 'ENAMETOOLONG' | 'EACCES' | 'EINVAL';

const MESSAGES: Record<VfsErrorCode, string> = {
  ENOENT: 'No such file or directory',
  EEXIST: 'File exists',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  ENOTEMPTY: 'Directory not empty',
  ENOSPC: 'No space left on device',
  ENAMETOOLONG: 'File name too long',
  EACCES: 'Permission denied',
  EINVAL: 'Invalid argument',
};

export function errnoMessage(code: VfsErrorCode): string {
  return MESSAGES[code];
}

export class VfsError extends Error {
  constructor(
    readonly code: VfsErrorCode,
    readonly path: string,
  ) {
    super(`${path}: ${MESSAGES[code]}`);
  }
}

interface FileNode {
  readonly type: 'file';
  content: string;
  mtime: number;
}
interface DirNode {
  readonly type: 'dir';
  readonly children: Map<string, VfsNode>;
  mtime: number;
}
type VfsNode = FileNode | DirNode;

export interface VfsStat {
  readonly type: 'file' | 'dir';
  readonly size: number;
  readonly mtime: number;
}

/** JSON form of the tree: paths to contents; directories end with '/'. */
export interface VfsSnapshot {
  readonly entries: readonly {
    readonly path: string;
    readonly type: 'file' | 'dir';
    readonly content?: string | undefined;
    readonly mtime: number;
  }[];
}

/** Byte length of a string as UTF-8, without Buffer so the layer stays portable. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Normalises `path` against `cwd` (no symlinks here, so `..` is purely lexical). */
export function resolvePath(cwd: string, path: string): string {
  const parts: string[] = [];
  const full = path.startsWith('/') ? path : `${cwd}/${path}`;
  for (const part of full.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

export function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

export function basename(path: string): string {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return trimmed.slice(trimmed.lastIndexOf('/') + 1) || '/';
}

export class Vfs {
  private readonly root: DirNode;
  private bytes = 0;
  private nodes = 1;

  constructor(
    private readonly now: () => number,
    /** Students may write only below these directories (home and /tmp), as on a real machine. */
    private readonly writableRoots: readonly string[],
    readonly limits: VfsLimits = DEFAULT_VFS_LIMITS,
  ) {
    this.root = { type: 'dir', children: new Map(), mtime: now() };
  }

  usage(): { bytes: number; nodes: number } {
    return { bytes: this.bytes, nodes: this.nodes };
  }

  stat(path: string): VfsStat | undefined {
    const node = this.lookup(path);
    if (!node) return undefined;
    return { type: node.type, size: node.type === 'file' ? utf8Length(node.content) : 4096, mtime: node.mtime };
  }

  isDir(path: string): boolean {
    return this.lookup(path)?.type === 'dir';
  }

  readFile(path: string): string {
    const node = this.lookup(path);
    if (!node) throw new VfsError('ENOENT', path);
    if (node.type === 'dir') throw new VfsError('EISDIR', path);
    return node.content;
  }

  /** Names in a directory, sorted as `ls` sorts them in the C locale. */
  readdir(path: string): string[] {
    const node = this.lookup(path);
    if (!node) throw new VfsError('ENOENT', path);
    if (node.type !== 'dir') throw new VfsError('ENOTDIR', path);
    return [...node.children.keys()].sort();
  }

  writeFile(path: string, content: string, options: { append?: boolean } = {}): void {
    this.checkPath(path);
    const parent = this.parentDir(path);
    this.checkWritable(path);
    const name = basename(path);
    const existing = parent.children.get(name);
    if (existing?.type === 'dir') throw new VfsError('EISDIR', path);
    const before = existing ? utf8Length(existing.content) : 0;
    const appending = options.append === true && existing !== undefined;
    // An append is measured by what it adds, so `>>` in a loop stays linear in what is written.
    const after = (appending ? before : 0) + utf8Length(content);
    if (this.bytes - before + after > this.limits.maxBytes) throw new VfsError('ENOSPC', path);
    if (!existing && this.nodes + 1 > this.limits.maxNodes) throw new VfsError('ENOSPC', path);
    const next = appending ? existing.content + content : content;
    this.bytes += after - before;
    if (existing) {
      existing.content = next;
      existing.mtime = this.now();
    } else {
      this.nodes++;
      parent.children.set(name, { type: 'file', content: next, mtime: this.now() });
      parent.mtime = this.now();
    }
  }

  /** Updates the time of an existing node or creates an empty file (touch). */
  touch(path: string): void {
    const node = this.lookup(path);
    if (node) node.mtime = this.now();
    else this.writeFile(path, '');
  }

  mkdir(path: string, options: { parents?: boolean } = {}): void {
    this.checkPath(path);
    if (path === '/') {
      if (options.parents) return;
      throw new VfsError('EEXIST', path);
    }
    const existing = this.lookup(path);
    if (existing) {
      if (options.parents && existing.type === 'dir') return;
      throw new VfsError('EEXIST', path);
    }
    if (options.parents) this.mkdir(dirname(path), options);
    const parent = this.parentDir(path);
    this.checkWritable(path);
    if (this.nodes + 1 > this.limits.maxNodes) throw new VfsError('ENOSPC', path);
    this.nodes++;
    parent.children.set(basename(path), { type: 'dir', children: new Map(), mtime: this.now() });
  }

  remove(path: string, options: { recursive?: boolean } = {}): void {
    const node = this.lookup(path);
    if (!node) throw new VfsError('ENOENT', path);
    if (path === '/') throw new VfsError('EACCES', path);
    this.checkWritable(path);
    if (node.type === 'dir' && !options.recursive) throw new VfsError('EISDIR', path);
    this.parentDir(path).children.delete(basename(path));
    this.forget(node);
  }

  /** rmdir: removes an empty directory only. */
  removeEmptyDir(path: string): void {
    const node = this.lookup(path);
    if (!node) throw new VfsError('ENOENT', path);
    if (node.type !== 'dir') throw new VfsError('ENOTDIR', path);
    if (node.children.size > 0) throw new VfsError('ENOTEMPTY', path);
    this.remove(path, { recursive: true });
  }

  copy(from: string, to: string): void {
    const node = this.lookup(from);
    if (!node) throw new VfsError('ENOENT', from);
    if (node.type === 'file') {
      this.writeFile(to, node.content);
      return;
    }
    if (to === from || to.startsWith(`${from}/`)) throw new VfsError('EINVAL', to);
    if (!this.lookup(to)) this.mkdir(to);
    for (const [name] of node.children) this.copy(`${from === '/' ? '' : from}/${name}`, `${to}/${name}`);
  }

  rename(from: string, to: string): void {
    const node = this.lookup(from);
    if (!node) throw new VfsError('ENOENT', from);
    if (to === from) return;
    if (node.type === 'dir' && to.startsWith(`${from}/`)) throw new VfsError('EINVAL', to);
    this.checkPath(to);
    this.checkWritable(from);
    this.checkWritable(to);
    const target = this.lookup(to);
    if (target?.type === 'dir') throw new VfsError('EISDIR', to);
    const parent = this.parentDir(to);
    if (target) this.forget(target);
    this.parentDir(from).children.delete(basename(from));
    parent.children.set(basename(to), node);
  }

  snapshot(): VfsSnapshot {
    const entries: { path: string; type: 'file' | 'dir'; content?: string; mtime: number }[] = [];
    const walk = (dir: DirNode, prefix: string): void => {
      for (const [name, child] of [...dir.children].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const path = `${prefix}/${name}`;
        if (child.type === 'file') entries.push({ path, type: 'file', content: child.content, mtime: child.mtime });
        else {
          entries.push({ path, type: 'dir', mtime: child.mtime });
          walk(child, path);
        }
      }
    };
    walk(this.root, '');
    return { entries };
  }

  /** Rebuilds the tree from a snapshot; limits still apply, so a tampered snapshot cannot grow it. */
  restore(snapshot: VfsSnapshot): void {
    for (const entry of snapshot.entries) {
      const path = resolvePath('/', entry.path);
      if (entry.type === 'dir') this.forceMkdir(path);
      else {
        this.forceMkdir(dirname(path));
        this.withoutPermissions(() => this.writeFile(path, entry.content ?? ''));
      }
      const node = this.lookup(path);
      if (node) node.mtime = entry.mtime;
    }
  }

  /** Writes a file (and its directories) regardless of permissions: lab files, /etc/hostname. */
  seedFile(path: string, content: string): void {
    this.forceMkdir(dirname(path));
    this.withoutPermissions(() => this.writeFile(path, content));
  }

  /** Removes what `seedFile` wrote outside the writable roots (process substitution files). */
  unseed(path: string): void {
    if (this.lookup(path)) this.withoutPermissions(() => this.remove(path, { recursive: true }));
  }

  /** Creates directories regardless of write permissions (for setting up /home, /etc ...). */
  forceMkdir(path: string): void {
    this.withoutPermissions(() => this.mkdir(path, { parents: true }));
  }

  private permissive = false;

  private withoutPermissions(fn: () => void): void {
    this.permissive = true;
    try {
      fn();
    } finally {
      this.permissive = false;
    }
  }

  private forget(node: VfsNode): void {
    this.nodes--;
    if (node.type === 'file') this.bytes -= utf8Length(node.content);
    else for (const child of node.children.values()) this.forget(child);
  }

  private checkPath(path: string): void {
    if (path.length > this.limits.maxPathLength) throw new VfsError('ENAMETOOLONG', path);
    if (basename(path).length > this.limits.maxNameLength) throw new VfsError('ENAMETOOLONG', path);
  }

  private checkWritable(path: string): void {
    if (this.permissive) return;
    if (!this.writableRoots.some((root) => path === root || path.startsWith(`${root}/`)))
      throw new VfsError('EACCES', path);
  }

  private parentDir(path: string): DirNode {
    const parent = this.lookup(dirname(path));
    if (!parent) throw new VfsError('ENOENT', path);
    if (parent.type !== 'dir') throw new VfsError('ENOTDIR', path);
    return parent;
  }

  private lookup(path: string): VfsNode | undefined {
    let node: VfsNode = this.root;
    // Walks the path's segments in place (every kubectl command reads ~/.kube/config through here).
    for (let start = 0; start < path.length;) {
      let end = path.indexOf('/', start);
      if (end < 0) end = path.length;
      if (end > start) {
        if (node.type !== 'dir') return undefined;
        const next: VfsNode | undefined = node.children.get(path.slice(start, end));
        if (!next) return undefined;
        node = next;
      }
      start = end + 1;
    }
    return node;
  }
}
