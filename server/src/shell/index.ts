/**
 * The shell's public surface. Hosts create sessions; command authors (kubectl, minikube) use the
 * Command / Program types, the key decoder, the editor and the nested-prompt helper.
 */
export { createShellSession, restoreShellSession } from './createSession.js';
export { ShellSession } from './session.js';
export type { RunLineResult, ShellSessionDeps, ShellSessionOptions } from './session.js';
export type { CommandRecord, ShellSnapshot } from './snapshot.js';
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
export { completeFiles, escapeWord } from './completion.js';
export { KeyDecoder } from './keys.js';
export type { KeyEvent, KeyName } from './keys.js';
export { DEFAULT_LIMITS } from './limits.js';
export type { ShellLimits } from './limits.js';
export { basename, dirname, errnoMessage, resolvePath, Vfs, VfsError } from './vfs.js';
export type { VfsErrorCode, VfsLimits, VfsSnapshot, VfsStat } from './vfs.js';
export { charWidth, stringWidth, stripAnsi } from './width.js';
export { parseOptions } from './commands/args.js';
export { editorFromEnv, openEditor } from './editor/index.js';
export type { EditorKind, EditorOptions, EditorResult } from './editor/index.js';
export { promptProgram } from './promptProgram.js';
export type { PromptLineResult, PromptProgramOptions } from './promptProgram.js';
export type { Completer, Completion } from './tabCompletion.js';
