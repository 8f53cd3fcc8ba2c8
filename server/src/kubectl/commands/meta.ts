/** `kubectl label`, `annotate`, `patch` and `edit`. */
import { parse as parseYaml } from 'yaml';
import type { CommandOutcome } from '../../shell/command.js';
import { editorFromEnv, openEditor } from '../../shell/index.js';
import {
  groupResource,
  isStatusError,
  type KubeObject,
  type PatchType,
  type ResourceType,
  type Stored,
} from '../../sim/index.js';
import type { CommandSpec } from '../cli/command.js';
import { formatStatusError, KubectlError, UsageError } from '../errors.js';
import { api, namespaceOf, type KubeEnv, type KubeInv } from '../env.js';
import { toJson, toYaml } from '../print/formats/structured.js';
import { kindPrefixOf, parseResourceArgs } from '../resources.js';
import { dryRunOf, dryRunSuffix, f, outputSpec } from './common.js';
import { emit } from './write.js';
import { readsInput } from '../program.js';

interface Target {
  type: ResourceType;
  namespace: string | undefined;
  name: string;
}

const NO_RESOURCES = `You must provide one or more resources by argument or filename.
Example resource specifications include:
   '-f rsrc.yaml'
   '--filename=rsrc.json'
   '<resource> <name>'
   '<resource>'`;

function targetsOf(inv: KubeInv, resourceArgs: readonly string[]): Target[] {
  if (resourceArgs.length === 0) throw new KubectlError(NO_RESOURCES);
  const parsed = parseResourceArgs(inv, resourceArgs);
  const all = inv.flags.bool('all');
  const selector = inv.flags.str('selector');
  const out: Target[] = [];
  for (const r of parsed.requests) {
    const ns = r.type.namespaced ? namespaceOf(inv) : undefined;
    if (r.name !== undefined) out.push({ type: r.type, namespace: ns, name: r.name });
    else {
      if (!all && !selector) throw new UsageError('resource(s) were provided, but no name was specified');
      for (const o of api(inv).list(groupResource(r.type), {
        namespace: inv.flags.bool('all-namespaces') ? undefined : ns,
        labelSelector: selector || undefined,
      }).items) {
        out.push({ type: r.type, namespace: o.metadata.namespace, name: o.metadata.name });
      }
    }
  }
  return out;
}

/** Splits `TYPE NAME key=value key2-` into resources and changes. */
function splitChanges(args: readonly string[]): { resources: string[]; set: Record<string, string>; remove: string[] } {
  const resources: string[] = [];
  const set: Record<string, string> = {};
  const remove: string[] = [];
  for (const a of args) {
    const eq = a.indexOf('=');
    if (eq > 0) set[a.slice(0, eq)] = a.slice(eq + 1);
    else if (a.endsWith('-') && a.length > 1) remove.push(a.slice(0, -1));
    else resources.push(a);
  }
  return { resources, set, remove };
}

function metaCommand(inv: KubeInv, field: 'labels' | 'annotations'): CommandOutcome {
  const { resources, set, remove } = splitChanges(inv.args);
  if (Object.keys(set).length === 0 && remove.length === 0 && !inv.flags.bool('list')) {
    throw new KubectlError(`at least one ${field === 'labels' ? 'label' : 'annotation'} update is required`);
  }
  const targets = targetsOf(inv, resources);
  const overwrite = inv.flags.bool('overwrite');
  const spec = outputSpec(inv);
  const dry = dryRunOf(inv);
  let failed = false;
  for (const t of targets) {
    try {
      const server = api(inv);
      const obj = server.get(groupResource(t.type), t.namespace, t.name);
      const current = { ...((obj.metadata[field] as Record<string, string> | undefined) ?? {}) };
      if (inv.flags.bool('list')) {
        for (const [k, v] of Object.entries(current)) inv.out.println(`${k}=${v}`);
        continue;
      }
      if (!overwrite) {
        const clash = Object.keys(set).filter((k) => k in current && current[k] !== set[k]);
        if (clash.length > 0) {
          if (field === 'labels')
            throw new KubectlError(
              `'${clash[0]!}' already has a value (${current[clash[0]!] ?? ''}), and --overwrite is false`,
            );
          throw new KubectlError(
            `--overwrite is false but found the following declared annotation(s): ${clash.map((k) => `'${k}' already has a value (${current[k] ?? ''})`).join('; ')}`,
          );
        }
      }
      for (const k of remove) {
        if (!(k in current) && field === 'labels') inv.out.error(`label "${k}" not found.`);
        delete current[k];
      }
      Object.assign(current, set);
      const before = JSON.stringify((obj.metadata[field] as Record<string, string> | undefined) ?? {});
      const changed = JSON.stringify(current) !== before;
      const metadata = { ...obj.metadata, [field]: current };
      if (Object.keys(current).length === 0) delete (metadata as Record<string, unknown>)[field];
      let written: Stored | KubeObject = { ...obj, metadata };
      if (changed && dry !== 'client')
        written = server.update({ ...obj, metadata }, { namespace: t.namespace, dryRun: dry === 'server' });
      const word = field === 'labels' ? 'labeled' : 'annotated';
      const verb = !changed ? `not ${word}` : Object.keys(set).length === 0 && field === 'labels' ? 'unlabeled' : word;
      emit(inv, [{ object: written, verb: `${verb}${dryRunSuffix(dry)}` }], spec, dry !== 'client');
    } catch (e) {
      if (!isStatusError(e)) throw e;
      inv.out.error(formatStatusError(e));
      failed = true;
    }
  }
  return { stdout: '', stderr: '', exitCode: failed ? 1 : 0 };
}

function patch(inv: KubeInv): CommandOutcome {
  const body = inv.flags.str('patch');
  const file = inv.flags.str('patch-file');
  if (!body && !file)
    throw new KubectlError('must specify --patch or --patch-file containing the contents of the patch');
  const type = (inv.flags.str('type') || 'strategic') as PatchType;
  if (!['strategic', 'merge', 'json'].includes(type))
    throw new KubectlError(`--type must be one of [json merge strategic], not "${type}"`);
  const text = body || inv.ctx.vfs.readFile(file.startsWith('/') ? file : `${inv.ctx.cwd}/${file}`);
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch (e) {
    throw new KubectlError(`unable to parse "${text}": yaml: ${(e as Error).message.split('\n')[0] ?? ''}`);
  }
  if (type === 'json' && !Array.isArray(value))
    throw new KubectlError(
      `unable to parse "${text}": json: cannot unmarshal object into Go value of type jsonpatch.Patch`,
    );
  const targets = targetsOf(inv, inv.args);
  const spec = outputSpec(inv);
  const dry = dryRunOf(inv);
  let failed = false;
  for (const t of targets) {
    try {
      const server = api(inv);
      const before = server.get(groupResource(t.type), t.namespace, t.name);
      const after = server.patch(groupResource(t.type), t.namespace, t.name, value, type, { dryRun: dry !== 'none' });
      const changed =
        after.metadata.resourceVersion !== before.metadata.resourceVersion ||
        JSON.stringify(after) !== JSON.stringify(before);
      emit(
        inv,
        [{ object: after, verb: `${changed ? 'patched' : 'patched (no change)'}${dryRunSuffix(dry)}` }],
        spec,
        true,
      );
    } catch (e) {
      if (!isStatusError(e)) throw e;
      inv.out.error(formatStatusError(e));
      failed = true;
    }
  }
  return { stdout: '', stderr: '', exitCode: failed ? 1 : 0 };
}

const EDIT_HEADER = `# Please edit the object below. Lines beginning with a '#' will be ignored,
# and an empty file will abort the edit. If an error occurs while saving this file will be
# reopened with the relevant failures.
#
`;

function edit(inv: KubeInv): CommandOutcome {
  const targets = targetsOf(inv, inv.args);
  const t = targets[0];
  if (!t) throw new UsageError('one or more resources must be specified');
  const server = api(inv);
  const obj = server.get(groupResource(t.type), t.namespace, t.name);
  const { managedFields: _m, ...metadata } = obj.metadata;
  const shown = { ...obj, metadata } as unknown as KubeObject;
  const json = inv.flags.str('output') === 'json';
  const original = EDIT_HEADER + (json ? toJson(shown) : toYaml(shown));
  const path = `/tmp/kubectl-edit-${(obj.metadata.uid ?? '').replace(/-/g, '').slice(0, 10)}.${json ? 'json' : 'yaml'}`;
  const what = kindPrefixOf(t.type);
  return {
    program: readsInput(
      inv.env,
      openEditor({
        kind: editorFromEnv(inv.ctx.env),
        fileName: path,
        content: original,
        save: (content) => {
          try {
            inv.ctx.vfs.writeFile(path, content);
          } catch {
            // The temp file is a convenience; the edit goes on.
          }
          return undefined;
        },
        onClose: (result, io) => {
          const text = result.content
            .split('\n')
            .filter((l) => !l.trimStart().startsWith('#'))
            .join('\n');
          if (!result.saved || result.content === original) {
            io.write('Edit cancelled, no changes made.\n');
            io.exit(0);
            return;
          }
          if (text.trim() === '') {
            io.write('Edit cancelled, saved file was empty.\n');
            io.exit(0);
            return;
          }
          let edited: KubeObject;
          try {
            edited = parseYaml(text) as KubeObject;
          } catch (e) {
            io.write(`error: error parsing ${path}: ${(e as Error).message.split('\n')[0] ?? ''}\n`);
            io.exit(1);
            return;
          }
          try {
            const written = server.update(edited, { namespace: t.namespace });
            io.write(
              `${what}/${t.name} ${written.metadata.resourceVersion === obj.metadata.resourceVersion ? 'skipped' : 'edited'}\n`,
            );
            io.exit(0);
          } catch (e) {
            if (!isStatusError(e)) throw e;
            io.write(
              `error: ${what} "${t.name}" could not be patched: ${formatStatusError(e).replace(/^Error from server \(\w+\): /, '')}\nYou can run \`kubectl replace -f ${path}\` to try this update again.\n`,
            );
            io.exit(1);
          }
        },
      }),
    ),
  };
}

const metaFlags = (what: string) => [
  f.all(`Select all resources, in the namespace of the specified resource types`),
  f.allNamespaces(),
  f.dryRun(),
  f.filename(`identifying the resource to update the ${what}`),
  { name: 'list', type: 'bool' as const, usage: `If true, display the ${what}s for a given resource.` },
  { name: 'local', type: 'bool' as const, usage: `If true, ${what} will NOT contact api-server but run locally.` },
  f.output(),
  f.overwrite(),
  {
    name: 'resource-version',
    type: 'string' as const,
    usage: `If non-empty, the ${what} update will only succeed if this is the current resource-version for the object. Only valid when specifying a single resource.`,
  },
  f.selector(),
  f.fieldManager(`kubectl-${what}`),
];

export const labelCommand: CommandSpec<KubeEnv> = {
  use: 'label [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version]',
  short: 'Update the labels on a resource',
  long: `Update the labels on a resource.

  *  A label key and value must begin with a letter or number, and may contain letters, numbers, hyphens, dots, and underscores, up to 63 characters each.
  *  Optionally, the key can begin with a DNS subdomain prefix and a single '/', like example.com/my-app.
  *  If --overwrite is true, then existing labels can be overwritten, otherwise attempting to overwrite a label will result in an error.
  *  If --resource-version is specified, then updates will use this resource version, otherwise the existing resource-version will be used.`,
  example: `  # Update pod 'foo' with the label 'unhealthy' and the value 'true'
  kubectl label pods foo unhealthy=true
  
  # Update pod 'foo' with the label 'status' and the value 'unhealthy', overwriting any existing value
  kubectl label --overwrite pods foo status=unhealthy
  
  # Update all pods in the namespace
  kubectl label pods --all status=unhealthy
  
  # Update pod 'foo' only if the resource is unchanged from version 1
  kubectl label pods foo status=unhealthy --resource-version=1
  
  # Update pod 'foo' by removing a label named 'bar' if it exists
  # Does not require the --overwrite flag
  kubectl label pods foo bar-`,
  group: 'Settings Commands',
  flags: metaFlags('label'),
  run: (inv) => metaCommand(inv, 'labels'),
};

export const annotateCommand: CommandSpec<KubeEnv> = {
  use: 'annotate [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version]',
  short: 'Update the annotations on a resource',
  long: `Update the annotations on one or more resources.

 All Kubernetes objects support the ability to store additional data with the object as annotations. Annotations are key/value pairs that can be larger than labels and include arbitrary string values such as structured JSON. Tools and system extensions may use annotations to store their own data.

 Attempting to set an annotation that already exists will fail unless --overwrite is set. If --resource-version is specified and does not match the current resource version on the server the command will fail.

Use "kubectl api-resources" for a complete list of supported resources.`,
  example: `  # Update pod 'foo' with the annotation 'description' and the value 'my frontend'
  # If the same annotation is set multiple times, only the last value will be applied
  kubectl annotate pods foo description='my frontend'
  
  # Update pod 'foo' with the annotation 'description' and the value 'my frontend running nginx', overwriting any existing value
  kubectl annotate --overwrite pods foo description='my frontend running nginx'
  
  # Update pod 'foo' by removing an annotation named 'description' if it exists
  # Does not require the --overwrite flag
  kubectl annotate pods foo description-`,
  group: 'Settings Commands',
  flags: metaFlags('annotation'),
  run: (inv) => metaCommand(inv, 'annotations'),
};

export const patchCommand: CommandSpec<KubeEnv> = {
  use: 'patch (-f FILENAME | TYPE NAME) [-p PATCH|--patch-file FILE]',
  short: 'Update fields of a resource',
  long: `Update fields of a resource using strategic merge patch, a JSON merge patch, or a JSON patch.

 JSON and YAML formats are accepted.

 Note: Strategic merge patch is not supported for custom resources.`,
  example: `  # Partially update a node using a strategic merge patch, specifying the patch as JSON
  kubectl patch node k8s-node-1 -p '{"spec":{"unschedulable":true}}'
  
  # Partially update a node using a strategic merge patch, specifying the patch as YAML
  kubectl patch node k8s-node-1 -p $'spec:\\n unschedulable: true'
  
  # Update a container's image; spec.containers[*].name is required because it's a merge key
  kubectl patch pod valid-pod -p '{"spec":{"containers":[{"name":"kubernetes-serve-hostname","image":"new image"}]}}'
  
  # Update a container's image using a JSON patch with positional arrays
  kubectl patch pod valid-pod --type='json' -p='[{"op": "replace", "path": "/spec/containers/0/image", "value":"new image"}]'`,
  group: 'Advanced Commands',
  flags: [
    { name: 'patch', short: 'p', type: 'string', usage: 'The patch to be applied to the resource JSON file.' },
    { name: 'patch-file', type: 'string', usage: 'A file containing a patch to be applied to the resource.' },
    {
      name: 'type',
      type: 'string',
      default: 'strategic',
      usage: 'The type of patch being provided; one of [json merge strategic]',
    },
    f.dryRun(),
    f.output(),
    f.filename('identifying the resource to update'),
    {
      name: 'subresource',
      type: 'string',
      usage: 'If specified, patch will operate on the subresource of the requested object.',
    },
    f.fieldManager('kubectl-patch'),
  ],
  run: patch,
};

export const editCommand: CommandSpec<KubeEnv> = {
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
  flags: [
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
  ],
  run: edit,
};
