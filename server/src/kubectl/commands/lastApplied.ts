/**
 * `kubectl apply view-last-applied` and `kubectl apply set-last-applied`: read and write the
 * last-applied-configuration annotation that `kubectl apply` keeps (kubernetes/kubectl pkg/cmd/apply
 * apply_view_last_applied.go, apply_set_last_applied.go).
 */
import { parse as parseYaml } from 'yaml';
import type { CommandOutcome } from '../../shell/command.js';
import { groupResource, LAST_APPLIED_ANNOTATION, type KubeObject } from '../../sim/index.js';
import { goJson } from '../../lib/jsonpath.js';
import { indentJson } from '../../lib/json.js';
import { flag, flagList, optionalFlags } from '../cli/flags.js';
import { KubectlError, UsageError } from '../errors.js';
import { api, explicitNamespace } from '../env.js';
import { toYaml } from '../print/formats/structured.js';
import { OBJECT_OUTPUT_FORMATS } from '../print/formats/output.js';
import { dryRunOf, dryRunSuffix, f, outputSpec } from './common.js';
import { defineCommand, type CommandInv } from './globals.js';
import { ObjectPrinter } from './objectPrinter.js';
import { ResourceBuilder, type Info } from './resourceBuilder.js';

/** util.GetOriginalConfiguration: the annotation, or undefined when the object has none (an empty one counts). */
export function originalConfiguration(obj: KubeObject): string | undefined {
  const annotations = obj.metadata?.annotations;
  return annotations && Object.hasOwn(annotations, LAST_APPLIED_ANNOTATION)
    ? annotations[LAST_APPLIED_ANNOTATION]
    : undefined;
}

/** cmdutil.AddSourceToErr, for an error that is no API status: the file's name around the message. */
const withSource = (what: string, source: string, err: string) =>
  `error when ${what} ${JSON.stringify(source)}: ${err}`;

const viewFlags = flagList(
  f.all('Select all resources in the namespace of the specified resource types'),
  f.filename('that contains the last-applied-configuration annotations'),
  f.kustomize(),
  flag({
    name: 'output',
    short: 'o',
    type: 'string',
    default: 'yaml',
    usage: 'Output format. Must be one of (yaml, json)',
  }),
  f.recursive(),
  flag({
    name: 'selector',
    short: 'l',
    type: 'string',
    usage:
      "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.",
  }),
);

function view(inv: CommandInv<typeof viewFlags>): CommandOutcome {
  const builder = new ResourceBuilder(inv)
    .filenameParam()
    // An explicit namespace lets a type alone mean all of its objects.
    .resourceTypeOrNameArgs(explicitNamespace(inv), inv.args)
    .selectAllParam(inv.flags.bool('all'))
    .labelSelectorParam(inv.flags.str('selector'))
    .latest();
  const configurations: string[] = [];
  for (const visit of builder.do()) {
    // Not ContinueOnError: the first error ends the command before anything is printed.
    if ('error' in visit) throw visit.error;
    const config = originalConfiguration(visit.info.object);
    if (config !== undefined) {
      configurations.push(config);
      continue;
    }
    // AddSourceToErr around no error: from a file an error (whose cause prints as <nil>), else nothing at all.
    const { name, source } = visit.info;
    if (source)
      throw new KubectlError(
        withSource(`no last-applied-configuration annotation found on resource: ${name}\n`, source, '<nil>'),
      );
  }
  const format = inv.flags.str('output');
  for (const config of configurations) {
    if (format === 'json') inv.out.print(indentJson(config, '  '));
    else if (format === 'yaml') inv.out.print(toYaml(parseYaml(config)));
    else throw new UsageError(`Unexpected -o output mode: ${format}, the flag 'output' must be one of yaml|json`);
  }
  return { stdout: '', stderr: '', exitCode: 0 };
}

const setFlags = flagList(
  {
    name: 'create-annotation',
    type: 'bool',
    usage: "Will create 'last-applied-configuration' annotations if current objects doesn't have one",
  },
  f.dryRun(),
  f.filename('that contains the last-applied-configuration annotations'),
  f.output(),
  f.showManagedFields(),
  f.template(),
);

/** editor.GetApplyPatch: the object as JSON (its namespace filled in), as the annotation will hold it. */
export function appliedConfiguration(obj: KubeObject): string {
  return `${goJson(obj)}\n`;
}

function set(inv: CommandInv<typeof setFlags>): CommandOutcome {
  const dry = dryRunOf(inv);
  const printer = new ObjectPrinter(inv, outputSpec(inv, OBJECT_OUTPUT_FORMATS), false);
  // The builder reads -f alone (no -R): resource arguments are not looked at.
  const visits = new ResourceBuilder({ ...inv, args: [], flags: optionalFlags(inv.flags) }).filenameParam().do();
  const changes: { info: Info; live: KubeObject; configuration: string }[] = [];
  for (const visit of visits) {
    if ('error' in visit) throw visit.error;
    const { info } = visit;
    const configuration = appliedConfiguration(info.object);
    const live = api(inv).get(groupResource(info.type), info.namespace, info.name) as unknown as KubeObject;
    const original = originalConfiguration(live);
    if (original === undefined && !inv.flags.bool('create-annotation'))
      throw new KubectlError(
        `no last-applied-configuration annotation found on resource: ${info.name}, to create the annotation, run the command with --create-annotation`,
      );
    if (original !== configuration) changes.push({ info, live, configuration });
    else inv.out.println(`set-last-applied ${info.name}: no changes required.`);
  }
  for (const { info, live, configuration } of changes) {
    let written = live;
    if (dry !== 'client') {
      const patch = { metadata: { annotations: { [LAST_APPLIED_ANNOTATION]: configuration } } };
      written = api(inv).patch(groupResource(info.type), info.namespace, info.name, patch, 'merge', {
        dryRun: dry === 'server',
      });
    }
    printer.print(written, `configured${dryRunSuffix(dry)}`);
  }
  return { stdout: '', stderr: '', exitCode: 0 };
}

/** The last-applied subcommands, as `kubectl apply` lists them. */
export const lastAppliedCommands = [
  defineCommand({
    use: 'set-last-applied -f FILENAME',
    short: 'Set the last-applied-configuration annotation on a live object to match the contents of a file',
    flags: setFlags,
    run: set,
  }),
  defineCommand({
    use: 'view-last-applied (TYPE [NAME | -l label] | TYPE/NAME | -f FILENAME)',
    short: 'View the latest last-applied-configuration annotations of a resource/object',
    flags: viewFlags,
    run: view,
  }),
];
