/**
 * `kubectl apply edit-last-applied`: the last-applied-configuration annotations in the editor, each saved one written
 * back as the annotation (kubernetes/kubectl pkg/cmd/apply/apply_edit_last_applied.go, the ApplyEditMode of
 * pkg/cmd/util/editor/editoptions.go).
 */
import type { CommandOutcome, ProgramIO } from '../../shell/command.js';
import { goJson } from '../../lib/jsonpath.js';
import { groupResource, isStatusError, LAST_APPLIED_ANNOTATION, type KubeObject } from '../../sim/index.js';
import { flagList } from '../cli/flags.js';
import { aggregate, formatError, KubectlError } from '../errors.js';
import { api, namespaceOf } from '../env.js';
import { parseManifest } from '../manifest.js';
import { OBJECT_OUTPUT_FORMATS } from '../print/formats/output.js';
import { clientDecoding, f, outputSpec } from './common.js';
import { editFile, openEditSession, withoutComments } from './editSession.js';
import { defineCommand, type CommandInv } from './globals.js';
import { appliedConfiguration, originalConfiguration } from './lastApplied.js';
import { ObjectPrinter } from './objectPrinter.js';
import { ResourceBuilder } from './resourceBuilder.js';

const HEADER = `# Please edit the 'last-applied-configuration' annotations below.
# Lines beginning with a '#' will be ignored, and an empty file will abort the edit.
#
`;

const editLastAppliedFlags = flagList(
  f.fieldManager('kubectl-client-side-apply'),
  f.filename('to use to edit the resource'),
  f.kustomize(),
  f.output(),
  f.recursive(),
  f.showManagedFields(),
  f.template(),
  f.validate(),
  { name: 'windows-line-endings', type: 'bool', usage: 'Defaults to the line ending native to your platform.' },
);

type Inv = CommandInv<typeof editLastAppliedFlags>;

/** The live objects' annotations, as objects (those without one are left out). */
function lastAppliedObjects(inv: Inv): { objects: KubeObject[]; uid: string } {
  const visits = new ResourceBuilder(inv).resourceTypeOrNameArgs(true, inv.args).latest().filenameParam().do();
  const errors = visits.flatMap((v) => ('error' in v ? [v.error] : []));
  if (errors.length > 0) throw aggregate(errors);
  const objects: KubeObject[] = [];
  let uid = '';
  for (const visit of visits) {
    if (!('info' in visit)) continue;
    const data = originalConfiguration(visit.info.object);
    if (data === undefined) continue;
    uid ||= visit.info.object.metadata?.uid ?? '';
    // As the builder reads an annotation: a stream named edited-file.
    const [first] = parseManifest({ name: 'edited-file', text: data });
    if (first) objects.push(first);
  }
  if (objects.length === 0)
    throw new KubectlError(
      'no last-applied-configuration annotation found on resources, to create the annotation, use command `kubectl apply set-last-applied --create-annotation`',
    );
  return { objects, uid };
}

/** RequireNamespace: an edited object goes to the command's namespace, and may not name another. */
function inNamespace(inv: Inv, obj: KubeObject): KubeObject {
  const namespace = namespaceOf(inv);
  const type = inv.env.cluster.registry.forObject(obj.apiVersion, obj.kind);
  const own = obj.metadata?.namespace;
  if (!type.namespaced) return obj;
  if (own && own !== namespace)
    throw new KubectlError(
      `the namespace from the provided object "${own}" does not match the namespace "${namespace}". You must pass '--namespace=${own}' to perform this operation.`,
    );
  return own ? obj : { ...obj, metadata: { ...obj.metadata, namespace } };
}

/** visitToApplyEditPatch: an object changed from its annotation gets the annotation patched, the others skipped. */
function writeBack(inv: Inv, originals: readonly KubeObject[], edited: readonly KubeObject[], io: ProgramIO): void {
  const printer = new ObjectPrinter(inv, outputSpec(inv, OBJECT_OUTPUT_FORMATS), false, (text) => io.write(text));
  const namespace = namespaceOf(inv);
  for (const obj of edited) {
    const uid = obj.metadata?.uid ?? '';
    const original = originals.find((o) => (o.metadata?.uid ?? '') === uid);
    if (!original) throw new KubectlError(`no original object found for ${goJson(obj)}`);
    if (goJson(original) === goJson(obj)) {
      printer.print(obj, 'skipped');
      continue;
    }
    const type = inv.env.cluster.registry.forObject(obj.apiVersion, obj.kind);
    const patch = { metadata: { annotations: { [LAST_APPLIED_ANNOTATION]: appliedConfiguration(obj) } } };
    // Patched where the command points, under the edited name.
    api(inv).patch(
      groupResource(type),
      type.namespaced ? namespace : undefined,
      obj.metadata?.name ?? '',
      patch,
      'merge',
      {
        fieldManager: inv.flags.str('field-manager'),
        decode: clientDecoding(inv),
      },
    );
    printer.print(obj, 'edited');
  }
}

function editLastApplied(inv: Inv): CommandOutcome {
  const { objects, uid } = lastAppliedObjects(inv);
  const format = inv.flags.str('output') || 'yaml';
  // Only JSON and YAML can be edited (the editor's own printer).
  if (format !== 'json' && format !== 'yaml')
    throw new KubectlError(
      `unable to match a printer suitable for the output format "${format}", allowed formats are: json,yaml`,
    );
  const json = format === 'json';
  const path = `/tmp/kubectl-edit-${uid.replace(/-/g, '').slice(0, 10)}.${json ? 'json' : 'yaml'}`;
  return openEditSession(inv, {
    path,
    content: editFile(objects, json, HEADER),
    apply: (content, io) => {
      try {
        const edited = parseManifest({ name: path, text: withoutComments(content) }).map((o) => inNamespace(inv, o));
        writeBack(inv, objects, edited, io);
        io.exit(0);
      } catch (e) {
        if (!(e instanceof KubectlError) && !isStatusError(e)) throw e;
        // preservedFile: the edit is kept in the file for another try.
        io.error(`A copy of your changes has been stored to "${path}"\n${formatError(e, inv.path).text}`);
        io.exit(1);
      }
    },
  });
}

export const editLastAppliedCommand = defineCommand({
  use: 'edit-last-applied (RESOURCE/NAME | -f FILENAME)',
  short: 'Edit latest last-applied-configuration annotations of a resource/object',
  flags: editLastAppliedFlags,
  run: editLastApplied,
});
