/** The two ways to get a shell: a fresh one for a student, or one restored from a snapshot. */
import { History } from './history.js';
import { DEFAULT_LIMITS } from './limits.js';
import { ShellSession, type ShellSessionDeps, type ShellSessionOptions } from './session.js';
import { shellSnapshotSchema } from './snapshot.js';
import { homeOf, ShellVariables, type ShellState } from './state.js';
import { resolvePath } from './vfs.js';

export function createShellSession(options: ShellSessionOptions): ShellSession {
  const session = new ShellSession(options, options.clock);
  const home = homeOf(options.user);
  for (const [path, content] of Object.entries(options.files ?? {})) {
    session.vfs.seedFile(resolvePath(home, path), content);
  }
  return session;
}

/** Rebuilds a session from `snapshot()` output; throws a ZodError when the snapshot is invalid. */
export function restoreShellSession(snapshot: unknown, deps: ShellSessionDeps): ShellSession {
  const data = shellSnapshotSchema.parse(snapshot);
  const limits = { ...DEFAULT_LIMITS, ...deps.limits };
  const home = homeOf(data.user);
  const state: ShellState = {
    user: data.user,
    hostname: data.hostname,
    home,
    cwd: data.cwd,
    vars: new ShellVariables(limits, data.vars),
    exported: new Set(data.exported),
    aliases: new Map(data.aliases),
    lastExitCode: data.lastExitCode,
    history: History.fromJSON(data.history, limits.maxHistory),
    exitCode: undefined,
    loopControl: undefined,
  };
  const session = new ShellSession({ ...deps, user: data.user, hostname: data.hostname }, deps.clock, state);
  session.vfs.restore(data.vfs);
  if (!session.vfs.isDir(state.cwd)) state.cwd = home;
  session.loadLog(data.log);
  return session;
}
