/** `kubectl completion SHELL` and the hidden `kubectl options`. */
import type { FlagDef } from '../cli/flags.js';
import { UsageError } from '../errors.js';
import { KUBECTL_HELP } from '../cli/helpTexts.js';
import { defineCommand, GLOBAL_FLAGS } from './globals.js';

const COMPLETION_BASH = `# Copyright 2016 The Kubernetes Authors.
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.

# bash completion V2 for kubectl                               -*- shell-script -*-

__kubectl_debug()
{
    if [[ -n \${BASH_COMP_DEBUG_FILE-} ]]; then
        echo "$*" >> "\${BASH_COMP_DEBUG_FILE}"
    fi
}

# In this simulated shell, completion for kubectl (and the k alias) is built in:
# press Tab after "kubectl " to complete verbs, resource types, names and flags.
complete -o default -F __start_kubectl kubectl
`;

export const completionCommand = defineCommand({
  use: 'completion SHELL',
  short: 'Output shell completion code for the specified shell (bash, zsh, fish, or powershell)',
  long: 'Output shell completion code for the specified shell (bash, zsh, fish, or powershell). The shell code must be evaluated to provide interactive completion of kubectl commands.  This can be done by sourcing it from the .bash_profile.',
  run: (inv) => {
    const shell = inv.args[0];
    if (!shell) throw new UsageError('Shell not specified.');
    if (inv.args.length > 1) throw new UsageError('Too many arguments. Expected only the shell type.');
    if (!['bash', 'zsh', 'fish', 'powershell'].includes(shell))
      throw new UsageError(`Unsupported shell type "${shell}".`);
    return {
      stdout:
        shell === 'bash' ? COMPLETION_BASH : `# ${shell} completion for kubectl${' '.repeat(23)}-*- shell-script -*-\n`,
      stderr: '',
      exitCode: 0,
    };
  },
});

export const optionsCommand = defineCommand({
  use: 'options',
  short: 'Print the list of flags inherited by all commands',
  hidden: true,
  run: () => ({
    stdout:
      KUBECTL_HELP['kubectl options'] ??
      `The following options can be passed to any command:\n\n${GLOBAL_FLAGS.map((g: FlagDef) => `    ${g.short ? `-${g.short}, ` : ''}--${g.name}=${g.default ?? (g.type === 'bool' ? 'false' : "''")}:\n\t${g.usage}\n`).join('\n')}`,
    stderr: '',
    exitCode: 0,
  }),
});
