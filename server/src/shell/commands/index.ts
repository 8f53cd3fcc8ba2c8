/** The utilities every student shell has. Hosts add kubectl and minikube beside them. */
import { type Command } from '../command.js';
import { encodingCommands } from './base64.js';
import { editorCommands } from './editors.js';
import { fileCommands } from './files.js';
import { outputCommands } from './output.js';
import { streamCommands } from './streams.js';
import { testCommands } from './test.js';
import { systemCommands } from './system.js';
import { textCommands } from './text.js';
import { timeCommands } from './time.js';

export { builtins } from './builtins.js';

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
