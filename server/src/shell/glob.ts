/** Pathname expansion (`*.yaml`, `pods/?`, `[ab]*`) against the virtual file system. */
import { spendSteps } from '../lib/budget.js';
import { compileRe2 } from './regex.js';
import { resolvePath, type Vfs } from './vfs.js';

/** True when the pattern has an unescaped wildcard. Quoted characters arrive escaped with `\`. */
export function hasWildcard(pattern: string): boolean {
  return /(^|[^\\])(\\\\)*[*?[]/.test(pattern);
}

/** Converts one path component of a glob into a name test (RE2: `*a*a*a*…b` cannot backtrack). */
function componentMatcher(component: string): (name: string) => boolean {
  let source = '';
  for (let i = 0; i < component.length; i++) {
    const c = component[i] ?? '';
    if (c === '\\') {
      source += escapeRegExp(component[i + 1] ?? '\\');
      i++;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '[') {
      const end = component.indexOf(']', i + 2);
      if (end < 0) source += '\\[';
      else {
        let body = component.slice(i + 1, end);
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        source += `[${body.replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else source += escapeRegExp(c);
  }
  try {
    const re = compileRe2(`^${source}$`);
    return (name) => re.test(name);
  } catch {
    // A bracket expression the matcher rejects (`[e-d]`, a range out of order) matches no name, as in bash.
    return () => false;
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function unescape(s: string): string {
  return s.replace(/\\(.)/gs, '$1');
}

/** Matching paths, sorted, relative when the pattern is; an empty list when nothing matches. */
export function glob(pattern: string, cwd: string, vfs: Vfs, limit = 10000): string[] {
  const absolute = pattern.startsWith('/');
  const components = pattern.split('/').filter((c) => c !== '');
  let matches: string[] = [absolute ? '/' : ''];
  for (const component of components) {
    const next: string[] = [];
    for (const prefix of matches) {
      const dir = resolvePath(cwd, prefix || '.');
      if (!hasWildcard(component)) {
        const literal = unescape(component);
        const candidate = join(prefix, literal);
        if (vfs.stat(resolvePath(cwd, candidate))) next.push(candidate);
        continue;
      }
      if (!vfs.isDir(dir)) continue;
      const matches = componentMatcher(component);
      for (const name of vfs.readdir(dir)) {
        spendSteps();
        if (name.startsWith('.') && !component.startsWith('.')) continue;
        if (matches(name)) next.push(join(prefix, name));
        if (next.length > limit) return [];
      }
    }
    matches = next;
  }
  return matches.filter((m) => m !== '' && m !== '/').sort();
}

function join(prefix: string, name: string): string {
  if (prefix === '') return name;
  return prefix.endsWith('/') ? `${prefix}${name}` : `${prefix}/${name}`;
}
