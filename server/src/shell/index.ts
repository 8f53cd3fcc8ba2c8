/**
 * The shell's public surface.
 *
 * Hosts (realtime gateway, `kubelab sim`, tests):
 *   const session = createShellSession({ user, hostname: 'minikube', clock, commands: [kubectl, minikube], cols, rows, files });
 *   session.onOutput((ansi) => socket.emit('output', ansi));   // then session.start() prints the prompt
 *   session.write(keys); session.resize(cols, rows); session.tick(clock.now());
 *   session.onCommand((record) => runLabChecks(record));        // { line, exitCode, startedAt, endedAt, argv }
 *   const saved = session.snapshot();  restoreShellSession(saved, { clock, commands });
 *   session.runLine('kubectl get pods') → { output, exitCode, status }   // piped/offline use; endInput() at EOF
 * The server also passes `cpuClock: () => performance.now()` so each line's CPU time is bounded
 * (limits.ts); without it only commands, steps and bytes are counted, deterministically.
 *
 * Command authors (kubectl, minikube): a `Command` is `{ name, summary?, run(args, ctx), complete? }`.
 * `run` returns `{ stdout, stderr, exitCode }` or `{ program: (io) => handlers }` for anything that
 * keeps the terminal (`get -w`, `logs -f`, `rollout status`, `exec -it`, `edit`): see command.ts.
 * Helpers: `openEditor` (kubectl edit), `promptProgram` (exec/run -it/minikube ssh shells),
 * `KeyDecoder` (raw keys → events), `parseOptions`, `completeFiles`.
 */
export { createShellSession, restoreShellSession } from './createSession.js';
export { ownCommandNames } from './commands/index.js';
export { ShellSession } from './session.js';
export type { LineHooks, RunLineResult, ShellFlavour, ShellSessionDeps, ShellSessionOptions } from './session.js';
export type { CommandRecord, ShellSnapshot } from './snapshot.js';
export type { InternalErrorHook } from './internalError.js';
export { shellSnapshotSchema } from './snapshot.js';
export { createVirtualClock } from './clock.js';
export type { Clock } from './clock.js';
export { CommandRegistry, fail, isProgram, ok } from './command.js';
export type {
  Command,
  CommandContext,
  CommandOutcome,
  CommandResult,
  CompletionContext,
  ProgramHandlers,
  ProgramIO,
  ProgramOutcome,
  ProgramStart,
  TerminalSize,
} from './command.js';
export { commandWords } from './commandWords.js';
export { completeFiles, escapeWord } from './completion.js';
export { KeyDecoder } from './keys.js';
export type { KeyEvent, KeyName } from './keys.js';
export { DEFAULT_LIMITS } from './limits.js';
export type { ShellLimits } from './limits.js';
export { basename, dirname, errnoMessage, resolvePath, Vfs, VfsError } from './vfs.js';
export type { VfsErrorCode, VfsLimits, VfsSnapshot, VfsStat } from './vfs.js';
export { charWidth, stringWidth, stripAnsi } from './width.js';
export { parseOptions } from './commands/args.js';
export { busyboxCommands } from './commands/index.js';
export { editorFromEnv, openEditor } from './editor/index.js';
export type { EditorKind, EditorOptions, EditorResult } from './editor/index.js';
export { promptProgram } from './promptProgram.js';
export type { PromptLineResult, PromptProgramOptions } from './promptProgram.js';
export type { Completer, Completion } from './tabCompletion.js';
