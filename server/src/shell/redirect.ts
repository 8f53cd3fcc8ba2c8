/**
 * Redirections of one simple command: `>`, `>>`, `<`, `2>`, `2>&1`, `&>`, here-documents and
 * here-strings, applied in order to the command's standard streams, as bash does. A file opened
 * for writing is created (or truncated) before the command runs.
 */
import { type Redirect } from './ast.js';
import { expandWord, type ExpandContext } from './expand.js';
import { heredocParts, type LexerOptions } from './lexer.js';
import { resolvePath, VfsError, type Vfs } from './vfs.js';

/** Where a stream goes: the session's stdout or stderr, the next pipeline stage, nowhere, or a file. */
export type Target =
  | { readonly kind: 'out' }
  | { readonly kind: 'err' }
  | { readonly kind: 'pipe' }
  | { readonly kind: 'null' }
  | { readonly kind: 'file'; readonly path: string; readonly display: string };

export interface Streams {
  /** Set by `<`, a here-document or a here-string; undefined: the input the command inherits. */
  stdin: string | undefined;
  fd1: Target;
  fd2: Target;
}

export interface RedirectEnv {
  readonly expansion: ExpandContext;
  readonly vfs: Vfs;
  readonly cwd: string;
  readonly lexer: LexerOptions;
}

/** Returns an error message for the student, or undefined when the redirection is in place. */
export function applyRedirect(redirect: Redirect, streams: Streams, env: RedirectEnv): string | undefined {
  const { expansion } = env;
  switch (redirect.kind) {
    case 'heredoc': {
      const { heredoc } = redirect;
      if (redirect.fd === 0)
        streams.stdin = heredoc.literal ? heredoc.body : expandWord(heredocParts(heredoc.body, env.lexer), expansion);
      return undefined;
    }
    case 'herestring':
      if (redirect.fd === 0) streams.stdin = `${expandWord(redirect.word, expansion)}\n`;
      return undefined;
    case 'file':
      break;
  }
  const word = expandWord(redirect.target, expansion);
  if (word === '') return `bash: ${redirect.target.raw}: ambiguous redirect\n`;
  const { op, fd } = redirect;
  if (op === '>&' || op === '<&') {
    if (word === '1' || word === '2') {
      const source = word === '1' ? streams.fd1 : streams.fd2;
      if (fd === 1) streams.fd1 = source;
      else if (fd === 2) streams.fd2 = source;
      return undefined;
    }
    if (word === '-' || /^\d+$/.test(word))
      return fd > 2 || word === '-' ? undefined : `bash: ${word}: Bad file descriptor\n`;
    if (op === '<&') return `bash: ${word}: ambiguous redirect\n`;
  }
  if (op === '<') {
    if (word === '/dev/null') streams.stdin = '';
    else {
      try {
        streams.stdin = env.vfs.readFile(resolvePath(env.cwd, word));
      } catch (error) {
        if (error instanceof VfsError) return `bash: ${word}: ${error.message.slice(error.path.length + 2)}\n`;
        throw error;
      }
    }
    return undefined;
  }
  const target = openForWriting(word, op === '>>' || op === '&>>', env);
  if (typeof target === 'string') return target;
  if (op === '&>' || op === '&>>' || op === '>&') {
    streams.fd1 = target;
    streams.fd2 = target;
  } else if (fd === 1) streams.fd1 = target;
  else if (fd === 2) streams.fd2 = target;
  return undefined;
}

function openForWriting(word: string, append: boolean, env: RedirectEnv): Target | string {
  if (word === '/dev/null') return { kind: 'null' };
  if (word === '/dev/stdout') return { kind: 'out' };
  if (word === '/dev/stderr') return { kind: 'err' };
  const path = resolvePath(env.cwd, word);
  try {
    if (env.vfs.isDir(path)) return `bash: ${word}: Is a directory\n`;
    env.vfs.writeFile(path, '', { append });
  } catch (error) {
    if (error instanceof VfsError) return `bash: ${word}: ${error.message.slice(error.path.length + 2)}\n`;
    throw error;
  }
  return { kind: 'file', path, display: word };
}
