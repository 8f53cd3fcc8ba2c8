/** `kubectl get` (kubectl/pkg/cmd/get/get.go). */
import type { CommandOutcome } from '../../shell/command.js';
import { groupResource } from '../../sim/index.js';
import { flagList } from '../cli/flags.js';
import { KubectlError, RawError, UsageError } from '../errors.js';
import { api, explicitNamespace, namespaceOf, now } from '../env.js';
import { formatStatusError } from '../errors.js';
import { isStatusError } from '../../sim/index.js';
import { inTableOrder, sortFieldMissing, sortPath } from '../print/index.js';
import type { KubeObject } from '../print/types.js';
import { clusterPrinters } from '../print/crdPrinters.js';
import { f, outputSpec, print } from './common.js';
import { parseResourceArgs, listObjects } from '../resources.js';
import type { OutputSpec } from '../print/formats/output.js';
import { defineCommand, type CommandInv } from './globals.js';
import { watchProgram } from './getWatch.js';
import { fromInputFiles, requestsFromFiles } from './write.js';

const LONG = `Display one or many resources.

 Prints a table of the most important information about the specified resources. You can filter the list using a label
selector and the --selector flag. If the desired resource type is namespaced you will only see results in the current
namespace if you don't specify any namespace.

 By specifying the output as 'template' and providing a Go template as the value of the --template flag, you can filter
the attributes of the fetched resources.

Use "kubectl api-resources" for a complete list of supported resources.`;

const EXAMPLE = `  # List all pods in ps output format
  kubectl get pods
  
  # List all pods in ps output format with more information (such as node name)
  kubectl get pods -o wide
  
  # List a single replication controller with specified NAME in ps output format
  kubectl get replicationcontroller web
  
  # List deployments in JSON output format, in the "v1" version of the "apps" API group
  kubectl get deployments.v1.apps -o json
  
  # List a single pod in JSON output format
  kubectl get -o json pod web-pod-13je7
  
  # List a pod identified by type and name specified in "pod.yaml" in JSON output format
  kubectl get -f pod.yaml -o json
  
  # Return only the phase value of the specified pod
  kubectl get -o template pod/web-pod-13je7 --template={{.status.phase}}
  
  # List resource information in custom columns
  kubectl get pod test-pod -o custom-columns=CONTAINER:.spec.containers[0].name,IMAGE:.spec.containers[0].image
  
  # List all replication controllers and services together in ps output format
  kubectl get rc,services
  
  # List one or more resources by their type and names
  kubectl get rc/web service/frontend pods/web-pod-13je7
  
  # List the 'status' subresource for a single pod
  kubectl get pod web-pod-13je7 --subresource status
  
  # List all deployments in namespace 'backend'
  kubectl get deployments.apps --namespace backend
  
  # List all pods existing in all namespaces
  kubectl get pods --all-namespaces`;

const REQUIRED = `You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.

error: Required resource not specified.
Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).
See 'kubectl get -h' for help and examples`;

interface Fetched {
  objects: KubeObject[];
  errors: string[];
  listRequest: boolean;
  multipleTypes: boolean;
  watchTargets: { resource: string; namespace: string | undefined; name?: string }[];
}

const getFlags = flagList(
  f.allNamespaces(),
  {
    name: 'chunk-size',
    type: 'int',
    default: '500',
    usage: 'Return large lists in chunks rather than all at once. Pass 0 to disable.',
  },
  {
    name: 'field-selector',
    type: 'string',
    usage:
      "Selector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector key1=value1,key2=value2). The server only supports a limited number of field queries per type.",
  },
  f.filename(),
  {
    name: 'ignore-not-found',
    type: 'bool',
    usage: 'If the requested object does not exist the command will return exit code 0.',
  },
  {
    name: 'label-columns',
    short: 'L',
    type: 'stringArray',
    usage:
      'Accepts a comma separated list of labels that are going to be presented as columns. Names are case-sensitive. You can also use multiple flag options like -L label1 -L label2...',
  },
  {
    name: 'no-headers',
    type: 'bool',
    usage: "When using the default or custom-column output format, don't print headers (default print headers).",
  },
  f.output(
    'json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file, custom-columns, custom-columns-file, wide',
  ),
  {
    name: 'output-watch-events',
    type: 'bool',
    usage:
      'Output watch event objects when --watch or --watch-only is used. Existing objects are output as initial ADDED events.',
  },
  f.recursive(),
  f.kustomize(),
  f.selector(),
  f.showManagedFields(),
  { name: 'show-kind', type: 'bool', usage: 'If present, list the resource type for the requested object(s).' },
  {
    name: 'show-labels',
    type: 'bool',
    usage: 'When printing, show all labels as the last column (default hide labels column)',
  },
  {
    name: 'sort-by',
    type: 'string',
    usage:
      "If non-empty, sort list types using this field specification.  The field specification is expressed as a JSONPath expression (e.g. '{.metadata.name}'). The field in the API resource specified by this JSONPath expression must be an integer or a string.",
  },
  { name: 'subresource', type: 'string', usage: 'If specified, gets the subresource of the requested object.' },
  f.template(),
  {
    name: 'watch',
    short: 'w',
    type: 'bool',
    usage: 'After listing/getting the requested object, watch for changes.',
  },
  {
    name: 'watch-only',
    type: 'bool',
    usage: 'Watch for changes to the requested object(s), without listing/getting first.',
  },
);

/** What a `kubectl get` line may read. */
export type GetInv = CommandInv<typeof getFlags>;

function fetch(inv: GetInv): Fetched {
  const allNamespaces = inv.flags.bool('all-namespaces');
  const selector = inv.flags.str('selector');
  const fieldSelector = inv.flags.str('field-selector');
  const fromFiles = fromInputFiles(inv);
  if (!fromFiles && inv.args.length === 0) throw new RawError(REQUIRED);
  const parsed = fromFiles ? requestsFromFiles(inv) : parseResourceArgs(inv, inv.args);
  if (parsed.named && selector) throw new KubectlError('selector (-l) cannot be used when specifying resource names');
  const server = api(inv);
  const output = inv.flags.str('output');
  const humanReadable = !output || output === 'wide';
  const objects: KubeObject[] = [];
  const errors: string[] = [];
  const watchTargets: Fetched['watchTargets'] = [];
  for (const req of parsed.requests) {
    const resource = groupResource(req.type);
    const ns = req.type.namespaced
      ? (req.namespace ?? (allNamespaces && !req.name ? undefined : namespaceOf(inv)))
      : undefined;
    if (req.name !== undefined) {
      try {
        objects.push(server.get(resource, ns, req.name));
        watchTargets.push({ resource, namespace: ns, name: req.name });
      } catch (e) {
        if (!isStatusError(e)) throw e;
        errors.push(formatStatusError(e));
      }
    } else {
      watchTargets.push({ resource, namespace: ns });
      // A list that fails is reported with the others' output, as kubectl's builder continues on errors.
      let items: KubeObject[];
      try {
        items = listObjects(inv, req.type, { allNamespaces, selector, fieldSelector });
      } catch (e) {
        if (!isStatusError(e)) throw e;
        errors.push(formatStatusError(e));
        continue;
      }
      // A table is the server's: its list printer may reorder the rows.
      objects.push(...(humanReadable ? inTableOrder(items) : items));
    }
  }
  return { objects, errors, listRequest: !parsed.named, multipleTypes: parsed.multipleTypes, watchTargets };
}

function noResources(inv: GetInv): string {
  if (inv.flags.bool('all-namespaces')) return 'No resources found';
  const args = parseResourceArgs(inv, inv.args);
  const namespaced = args.requests.some((r) => r.type.namespaced);
  return namespaced ? `No resources found in ${namespaceOf(inv)} namespace.` : 'No resources found';
}

function printOptions(inv: GetInv, fetched: Fetched) {
  return {
    now: now(inv),
    noHeaders: inv.flags.bool('no-headers'),
    withNamespace: inv.flags.bool('all-namespaces'),
    showLabels: inv.flags.bool('show-labels'),
    labelColumns: inv.flags
      .list('label-columns')
      .flatMap((s) => s.split(','))
      .filter((s) => s !== ''),
    withKind: fetched.multipleTypes || inv.flags.bool('show-kind'),
    asList: fetched.listRequest || fetched.objects.length !== 1,
    showManagedFields: inv.flags.bool('show-managed-fields'),
    ...(inv.flags.str('sort-by') ? { sortBy: inv.flags.str('sort-by') } : {}),
    printerFor: clusterPrinters(inv.env.cluster),
  };
}

/**
 * The output format, which kubectl builds only after fetching: one named object that cannot be fetched is reported
 * rather than a bad template (printGeneric in kubernetes/kubectl pkg/cmd/get/get.go returns that error first).
 */
function outputSpecAfter(inv: GetInv, fetched: Fetched): OutputSpec | undefined {
  try {
    return outputSpec(inv);
  } catch (e) {
    const single = !fetched.listRequest && fetched.objects.length + fetched.errors.length === 1;
    if (single && fetched.errors.length === 1) throw new RawError(fetched.errors[0]!);
    throw e;
  }
}

/**
 * `--sort-by` on tables, as kubectl sorts the server's Table objects (kubernetes/kubectl pkg/cmd/get/sorter.go):
 * several tables (one per type) are sorted as objects, none of which has the field; one table of rows that all lack
 * it lists nothing; a single row is not sorted at all.
 */
function sortTables(inv: GetInv, fetched: Fetched): void {
  const sortBy = inv.flags.str('sort-by');
  if (fetched.multipleTypes) {
    let path: string;
    try {
      path = sortPath(sortBy);
    } catch (e) {
      throw new KubectlError((e as Error).message);
    }
    throw new KubectlError(`couldn't find any field with path "${path}" in the list of objects`);
  }
  if (fetched.objects.length > 1 && sortFieldMissing(fetched.objects, sortBy)) fetched.objects.splice(0);
}

function run(inv: GetInv): CommandOutcome {
  if (inv.flags.bool('watch') || inv.flags.bool('watch-only')) return watch(inv, outputSpec(inv));
  const fetched = fetch(inv);
  const spec = outputSpecAfter(inv, fetched);
  const table = !spec || spec.kind === 'table';
  if (table && inv.flags.str('sort-by')) sortTables(inv, fetched);
  if (fetched.objects.length > 0 || !table) {
    if (fetched.objects.length > 0 || (fetched.listRequest && spec?.kind !== 'name')) {
      // A table of one row is not sorted (a field it lacks is then no error).
      const { sortBy, ...unsorted } = printOptions(inv, fetched);
      const opts = table && fetched.objects.length <= 1 ? unsorted : { ...unsorted, ...(sortBy ? { sortBy } : {}) };
      inv.out.print(print(fetched.objects, spec ?? { kind: 'table', wide: false }, opts));
    }
  }
  if (fetched.objects.length === 0 && fetched.errors.length === 0 && table) inv.out.error(noResources(inv));
  for (const e of fetched.errors) inv.out.error(e);
  return { stdout: '', stderr: '', exitCode: fetched.errors.length > 0 ? 1 : 0 };
}

function watch(inv: GetInv, spec: OutputSpec | undefined): CommandOutcome {
  const fetched = fetch(inv);
  if (fetched.errors.length > 0) {
    for (const e of fetched.errors) inv.out.error(e);
    return { stdout: '', stderr: '', exitCode: 1 };
  }
  const opts = printOptions(inv, fetched);
  const initial = inv.flags.bool('watch-only')
    ? ''
    : fetched.objects.length > 0
      ? print(fetched.objects, spec ?? { kind: 'table', wide: false }, { ...opts, asList: false })
      : '';
  const empty = !inv.flags.bool('watch-only') && fetched.objects.length === 0 ? noResources(inv) : '';
  const server = api(inv);
  const targets = fetched.watchTargets;
  const cluster = inv.env.cluster;
  const prefix = inv.out.stdout;
  const prefixErr = inv.out.stderr;
  inv.out.stdout = '';
  inv.out.stderr = '';
  return { program: watchProgram({ server, cluster, targets, spec, opts, initial, empty, shown: prefix + prefixErr }) };
}

export const getCommand = defineCommand({
  use: 'get [(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file|custom-columns|custom-columns-file|wide] (TYPE[.VERSION][.GROUP] [NAME | -l label] | TYPE[.VERSION][.GROUP]/NAME ...) [flags]',
  short: 'Display one or many resources',
  long: LONG,
  example: EXAMPLE,
  group: 'Basic Commands (Intermediate)',
  flags: getFlags,
  run: (inv) => {
    if (inv.flags.bool('ignore-not-found')) {
      const r = run(inv);
      if ('program' in r) return r;
      inv.out.stderr = inv.out.stderr
        .split('\n')
        .filter((l) => !l.startsWith('Error from server (NotFound)'))
        .join('\n');
      return { ...r, exitCode: inv.out.stderr.trim() === '' ? 0 : r.exitCode };
    }
    if (inv.flags.bool('all-namespaces') && explicitNamespace(inv)) {
      // kubectl ignores -n with -A.
    }
    void UsageError;
    return run(inv);
  },
});
