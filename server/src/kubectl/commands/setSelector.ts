/** `kubectl set selector`: replace a Service's selector (kubernetes/kubectl pkg/cmd/set/set_selector.go). */
import type { CommandOutcome } from '../../shell/command.js';
import {
  groupResource,
  isStatusError,
  LabelSelectorError,
  parseLabelRequirements,
  type KubeObject,
  type LabelRequirement,
} from '../../sim/index.js';
import { flagList } from '../cli/flags.js';
import { aggregate, KubectlError } from '../errors.js';
import { api } from '../env.js';
import { OBJECT_OUTPUT_FORMATS } from '../print/formats/output.js';
import { typedObject } from '../typed.js';
import { dryRunOf, dryRunSuffix, f, outputSpec } from './common.js';
import { defineCommand, type CommandInv } from './globals.js';
import { ObjectPrinter } from './objectPrinter.js';
import { ResourceBuilder } from './resourceBuilder.js';

const setSelectorFlags = flagList(
  f.all('Select all resources in the namespace of the specified resource types'),
  f.dryRun(),
  f.fieldManager('kubectl-set'),
  f.filename('identifying the resource.'),
  { name: 'local', type: 'bool', usage: 'If true, annotation will NOT contact api-server but run locally.' },
  f.output(),
  { ...f.recursive(), default: 'true' },
  {
    name: 'resource-version',
    type: 'string',
    usage:
      'If non-empty, the selectors update will only succeed if this is the current resource-version for the object. Only valid when specifying a single resource.',
  },
  f.showManagedFields(),
  f.template(),
);

interface LabelSelector {
  matchLabels: Record<string, string>;
  matchExpressions: LabelRequirement[];
}

/** metav1.ParseToLabelSelector: `=` and `==` become matchLabels, the other operators expressions. */
function parseToLabelSelector(text: string): LabelSelector {
  let requirements: LabelRequirement[];
  try {
    requirements = parseLabelRequirements(text);
  } catch (e) {
    if (e instanceof LabelSelectorError)
      throw new KubectlError(`couldn't parse the selector string ${JSON.stringify(text)}: ${e.message}`);
    throw e;
  }
  const selector: LabelSelector = { matchLabels: {}, matchExpressions: [] };
  for (const r of requirements) {
    if (r.operator === '=' || r.operator === '==') selector.matchLabels[r.key] = r.values[0] ?? '';
    else if (r.operator === '!=') throw new KubectlError(`"!=" is not a valid label selector operator`);
    else if (r.operator === 'gt' || r.operator === 'lt')
      throw new KubectlError(`"${r.operator}" isn't supported in label selectors`);
    else selector.matchExpressions.push(r);
  }
  return selector;
}

const OPERATOR_NAMES = { in: 'In', notin: 'NotIn', exists: 'Exists', '!': 'DoesNotExist' } as const;

/** Go's `%v` of []LabelSelectorRequirement: `[{app In [a b]} {tier Exists []}]`. */
function formatExpressions(expressions: readonly LabelRequirement[]): string {
  const one = (r: LabelRequirement) =>
    `{${r.key} ${OPERATOR_NAMES[r.operator as keyof typeof OPERATOR_NAMES]} [${r.values.join(' ')}]}`;
  return `[${expressions.map(one).join(' ')}]`;
}

/** updateSelectorForObject: only a Service's selector can be set, and only to labels. */
function withSelector(obj: KubeObject, selector: LabelSelector): KubeObject {
  if (obj.kind !== 'Service' || obj.apiVersion !== 'v1')
    throw new KubectlError('setting a selector is only supported for Services');
  if (selector.matchExpressions.length > 0)
    throw new KubectlError(
      `match expression ${formatExpressions(selector.matchExpressions)} not supported on this object`,
    );
  const spec = { ...((obj.spec as Record<string, unknown> | undefined) ?? {}) };
  if (Object.keys(selector.matchLabels).length > 0) spec.selector = { ...selector.matchLabels };
  else delete spec.selector;
  return { ...obj, spec };
}

/** The strategic merge patch from the old selector to the new: a map's keys set, the dropped ones null. */
function selectorPatch(before: KubeObject, after: KubeObject, resourceVersion: string): Record<string, unknown> {
  const old = (before.spec as { selector?: Record<string, string> } | undefined)?.selector ?? {};
  const next = (after.spec as { selector?: Record<string, string> }).selector;
  const patch: Record<string, unknown> = resourceVersion ? { metadata: { resourceVersion } } : {};
  if (!next) {
    if (Object.keys(old).length > 0) patch.spec = { selector: null };
    return patch;
  }
  const changes: Record<string, string | null> = {};
  for (const key of Object.keys(old)) if (!(key in next)) changes[key] = null;
  for (const [key, value] of Object.entries(next)) if (old[key] !== value) changes[key] = value;
  if (Object.keys(changes).length > 0) patch.spec = { selector: changes };
  return patch;
}

function setSelector(inv: CommandInv<typeof setSelectorFlags>): CommandOutcome {
  const dry = dryRunOf(inv);
  const resources = inv.args.slice(0, -1);
  const last = inv.args[inv.args.length - 1];
  const selector = last === undefined ? undefined : parseToLabelSelector(last);
  const local = inv.flags.bool('local');
  const builder = new ResourceBuilder(inv).filenameParam();
  if (local) builder.localParam(true, resources);
  else builder.resourceTypeOrNameArgs(inv.flags.bool('all'), resources).latest();
  const writeToServer = !local && dry !== 'client';
  const printer = new ObjectPrinter(inv, outputSpec(inv, OBJECT_OUTPUT_FORMATS), true);
  if (!selector) throw new KubectlError('one selector is required');
  const resourceVersion = inv.flags.str('resource-version');
  const errors: Error[] = [];
  for (const visit of builder.do()) {
    if ('error' in visit) {
      errors.push(visit.error);
      continue;
    }
    const { info } = visit;
    try {
      const before = typedObject(info.object);
      const after = withSelector(before, selector);
      // The patch carries the version asked for, so that the server refuses any other.
      if (resourceVersion) after.metadata = { ...after.metadata, resourceVersion };
      if (!writeToServer) {
        printer.print(after, `selector updated${dryRunSuffix(dry)}`);
        continue;
      }
      const written = api(inv).patch(
        groupResource(info.type),
        info.namespace,
        info.name,
        selectorPatch(before, after, resourceVersion),
        'strategic',
        { dryRun: dry === 'server', fieldManager: inv.flags.str('field-manager') },
      );
      printer.print(written, `selector updated${dryRunSuffix(dry)}`);
    } catch (e) {
      if (!(e instanceof KubectlError) && !isStatusError(e)) throw e;
      errors.push(e);
    }
  }
  if (errors.length > 0) throw aggregate(errors);
  return { stdout: '', stderr: '', exitCode: 0 };
}

export const setSelectorCommand = defineCommand({
  use: 'selector (-f FILENAME | TYPE NAME) EXPRESSIONS [--resource-version=version]',
  short: 'Set the selector on a resource',
  flags: setSelectorFlags,
  run: setSelector,
});
