/** `kubectl label` and `kubectl annotate`: set and remove metadata keys. */
import type { CommandOutcome } from '../../shell/command.js';
import { groupResource, type KubeObject, type ResourceType, type Stored } from '../../sim/index.js';
import { flagList, optionalFlags } from '../cli/flags.js';
import { KubectlError, UsageError } from '../errors.js';
import { api, namespaceOf, type KubeInv } from '../env.js';
import { parseResourceArgs } from '../resources.js';
import { dryRunOf, dryRunSuffix, f, forEachTarget, outputSpec } from './common.js';
import { emit } from './write.js';
import { defineCommand, type CommandInv } from './globals.js';

interface Target {
  type: ResourceType;
  namespace: string | undefined;
  name: string;
}

export const NO_RESOURCES = `You must provide one or more resources by argument or filename.
Example resource specifications include:
   '-f rsrc.yaml'
   '--filename=rsrc.json'
   '<resource> <name>'
   '<resource>'`;

export function targetsOf(inv: KubeInv, resourceArgs: readonly string[]): Target[] {
  if (resourceArgs.length === 0) throw new KubectlError(NO_RESOURCES);
  const parsed = parseResourceArgs(inv, resourceArgs);
  // label and annotate select with these; edit and patch declare none of them.
  const flags = optionalFlags(inv.flags);
  const all = flags.bool('all');
  const selector = flags.str('selector');
  const out: Target[] = [];
  for (const r of parsed.requests) {
    const ns = r.type.namespaced ? namespaceOf(inv) : undefined;
    if (r.name !== undefined) out.push({ type: r.type, namespace: ns, name: r.name });
    else {
      if (!all && !selector) throw new UsageError('resource(s) were provided, but no name was specified');
      for (const o of api(inv).list(groupResource(r.type), {
        namespace: flags.bool('all-namespaces') ? undefined : ns,
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

function metaCommand(inv: CommandInv<ReturnType<typeof metaFlags>>, field: 'labels' | 'annotations'): CommandOutcome {
  const { resources, set, remove } = splitChanges(inv.args);
  // kubectl's Validate asks for resources before changes.
  if (resources.length === 0 && inv.flags.list('filename').length === 0)
    throw new KubectlError('one or more resources must be specified as <resource> <name> or <resource>/<name>');
  if (Object.keys(set).length === 0 && remove.length === 0 && !inv.flags.bool('list')) {
    throw new KubectlError(`at least one ${field === 'labels' ? 'label' : 'annotation'} update is required`);
  }
  const targets = targetsOf(inv, resources);
  const overwrite = inv.flags.bool('overwrite');
  const spec = outputSpec(inv);
  const dry = dryRunOf(inv);
  return forEachTarget(inv.out, targets, (t) => {
    const server = api(inv);
    const obj = server.get(groupResource(t.type), t.namespace, t.name);
    const current = { ...((obj.metadata[field] as Record<string, string> | undefined) ?? {}) };
    if (inv.flags.bool('list')) {
      for (const [k, v] of Object.entries(current)) inv.out.println(`${k}=${v}`);
      return;
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
      // On stdout, as labelFunc prints it (kubernetes/kubectl pkg/cmd/label/label.go).
      if (!(k in current) && field === 'labels') inv.out.println(`label "${k}" not found.`);
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
    // annotate always says `annotated`; label compares the objects before and after, and `unlabeled` means a shorter
    // one without --overwrite (kubernetes/kubectl pkg/cmd/label/label.go, updateDataChangeMsg).
    const shorter = JSON.stringify(current).length < before.length;
    const verb =
      field === 'annotations'
        ? 'annotated'
        : !changed
          ? 'not labeled'
          : !overwrite && shorter
            ? 'unlabeled'
            : 'labeled';
    emit(inv, [{ object: written, verb: `${verb}${dryRunSuffix(dry)}` }], spec, dry !== 'client');
  });
}

const metaFlags = (what: string) =>
  flagList(
    f.all(`Select all resources, in the namespace of the specified resource types`),
    f.allNamespaces(),
    f.dryRun(),
    f.filename(`identifying the resource to update the ${what}`),
    { name: 'list', type: 'bool', usage: `If true, display the ${what}s for a given resource.` },
    { name: 'local', type: 'bool', usage: `If true, ${what} will NOT contact api-server but run locally.` },
    f.output(),
    f.overwrite(),
    {
      name: 'resource-version',
      type: 'string',
      usage: `If non-empty, the ${what} update will only succeed if this is the current resource-version for the object. Only valid when specifying a single resource.`,
    },
    f.selector(),
    f.fieldManager(`kubectl-${what}`),
  );

export const labelCommand = defineCommand({
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
});

export const annotateCommand = defineCommand({
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
});
