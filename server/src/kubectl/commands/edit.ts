/** `kubectl edit`: the object in the editor, applied when the editor exits. */
import { parse as parseYaml } from 'yaml';
import type { CommandOutcome } from '../../shell/command.js';
import { groupResource, isStatusError, type KubeObject } from '../../sim/index.js';
import { flagList } from '../cli/flags.js';
import { formatStatusError, UsageError } from '../errors.js';
import { api } from '../env.js';
import { kindPrefixOf } from '../resources.js';
import { clientDecoding, f } from './common.js';
import { editFile, openEditSession, withoutComments } from './editSession.js';
import { targetsOf } from './label.js';
import { defineCommand, type CommandInv } from './globals.js';

const EDIT_HEADER = `# Please edit the object below. Lines beginning with a '#' will be ignored,
# and an empty file will abort the edit. If an error occurs while saving this file will be
# reopened with the relevant failures.
#
`;

const editFlags = flagList(
  f.output(),
  f.filename('to use to edit the resource'),
  { name: 'windows-line-endings', type: 'bool', usage: 'Defaults to the line ending native to your platform.' },
  f.validate(),
  {
    name: 'save-config',
    type: 'bool',
    usage: 'If true, the configuration of current object will be saved in its annotation.',
  },
  f.fieldManager('kubectl-edit'),
);

function edit(inv: CommandInv<typeof editFlags>): CommandOutcome {
  const decode = clientDecoding(inv);
  const targets = targetsOf(inv, inv.args);
  const t = targets[0];
  if (!t) throw new UsageError('one or more resources must be specified');
  const server = api(inv);
  const obj = server.get(groupResource(t.type), t.namespace, t.name);
  const { managedFields: _m, ...metadata } = obj.metadata;
  const shown = { ...obj, metadata } as unknown as KubeObject;
  const json = inv.flags.str('output') === 'json';
  const path = `/tmp/kubectl-edit-${(obj.metadata.uid ?? '').replace(/-/g, '').slice(0, 10)}.${json ? 'json' : 'yaml'}`;
  const what = kindPrefixOf(t.type);
  return openEditSession(inv, {
    path,
    content: editFile([shown], json, EDIT_HEADER),
    apply: (content, io) => {
      let edited: KubeObject;
      try {
        edited = parseYaml(withoutComments(content)) as KubeObject;
      } catch (e) {
        io.write(`error: error parsing ${path}: ${(e as Error).message.split('\n')[0] ?? ''}\n`);
        io.exit(1);
        return;
      }
      try {
        const written = server.update(edited, { namespace: t.namespace, decode });
        io.write(
          `${what}/${t.name} ${written.metadata.resourceVersion === obj.metadata.resourceVersion ? 'skipped' : 'edited'}\n`,
        );
        io.exit(0);
      } catch (e) {
        if (!isStatusError(e)) throw e;
        io.write(
          `error: ${what} "${t.name}" could not be patched: ${formatStatusError(e).replace(/^Error from server(?: \(\w+\))?: /, '')}\nYou can run \`kubectl replace -f ${path}\` to try this update again.\n`,
        );
        io.exit(1);
      }
    },
  });
}

export const editCommand = defineCommand({
  use: 'edit (RESOURCE/NAME | -f FILENAME)',
  short: 'Edit a resource on the server',
  long: `Edit a resource from the default editor.

 The edit command allows you to directly edit any API resource you can retrieve via the command-line tools. It will open the editor defined by your KUBE_EDITOR, or EDITOR environment variables, or fall back to 'vi' for Linux or 'notepad' for Windows. When attempting to open the editor, it will first attempt to use the shell that has been defined in the 'SHELL' environment variable. If this is not defined, the default shell will be used, which is '/bin/bash' for Linux or 'cmd' for Windows.

 You can edit multiple objects, although changes are applied one at a time. The command accepts file names as well as command-line arguments, although the files you point to must be previously saved versions of resources.

 Editing is done with the API version used to fetch the resource. To edit using a specific API version, fully-qualify the resource, version, and group.

 The default format is YAML. To edit in JSON, specify "-o json".

 The flag --windows-line-endings can be used to force Windows line endings, otherwise the default for your operating system will be used.

 In the event an error occurs while updating, a temporary file will be created on disk that contains your unapplied changes. The most common error when updating a resource is another editor changing the resource on the server. When this occurs, you will have to apply your changes to the newer version of the resource, or update your temporary saved copy to include the latest resource version.`,
  example: `  # Edit the service named 'registry'
  kubectl edit svc/registry
  
  # Use an alternative editor
  KUBE_EDITOR="nano" kubectl edit svc/registry
  
  # Edit the job 'myjob' in JSON using the v1 API format
  kubectl edit job.v1.batch/myjob -o json`,
  group: 'Basic Commands (Intermediate)',
  flags: editFlags,
  run: edit,
});
