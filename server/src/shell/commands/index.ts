/** The utilities every student shell has. Hosts add kubectl and minikube beside them. */
import { type Command } from '../command.js';
import { encodingCommands } from './base64.js';
import { editorCommands } from './editors.js';
import { catCommand, fileCommands } from './files.js';
import { outputCommands } from './output.js';
import { streamCommands } from './streams.js';
import { testCommands } from './test.js';
import { systemCommands } from './system.js';
import { tailCommand } from './tail.js';
import { textCommands } from './text.js';
import { timeCommands } from './time.js';

import { builtins } from './builtins.js';

export { builtins };

export function coreutils(): Command[] {
  return [
    ...fileCommands,
    ...textCommands,
    ...outputCommands,
    ...systemCommands,
    ...timeCommands,
    ...encodingCommands,
    ...editorCommands,
    ...streamCommands,
    ...testCommands,
  ];
}

/** The utilities whose wording differs in a busybox (or Alpine) container: registered after coreutils, they win. */
export function busyboxCommands(): Command[] {
  return [catCommand('busybox'), tailCommand('busybox')];
}

/** Every command name the shell answers by itself (utilities and builtins), before any host adds its own. */
export function ownCommandNames(): ReadonlySet<string> {
  return new Set([...coreutils().map((c) => c.name), ...builtins.map((b) => b.name)]);
}
