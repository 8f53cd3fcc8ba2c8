/** `kubectl delete` (kubectl/pkg/cmd/delete): names, -f, -l, --all, grace periods, --force, and the wait for deletion. */
import type { CommandOutcome } from '../../shell/command.js';
import { groupResource, isStatusError, type ResourceType } from '../../sim/index.js';
import { flagList } from '../cli/flags.js';
import { formatStatusError, KubectlError } from '../errors.js';
import { api, namespaceOf } from '../env.js';
import { pollProgram } from '../program.js';
import { kindPrefixOf, parseResourceArgs } from '../resources.js';
import { dryRunOf, dryRunSuffix, f } from './common.js';
import { fromInputFiles, requestsFromFiles } from './write.js';
import { defineCommand, type CommandInv } from './globals.js';

const NO_ARGS = `You must provide one or more resources by argument or filename.
Example resource specifications include:
   '-f rsrc.yaml'
   '--filename=rsrc.json'
   '<resource> <name>'
   '<resource>'`;

interface Target {
  type: ResourceType;
  namespace: string | undefined;
  name: string;
}

const deleteFlags = flagList(
  { name: 'all', type: 'bool', usage: 'Delete all resources, in the namespace of the specified resource types.' },
  f.allNamespaces(),
  {
    name: 'cascade',
    type: 'string',
    default: 'background',
    noOptDefault: 'background',
    usage:
      'Must be "background", "orphan", or "foreground". Selects the deletion cascading strategy for the dependents (e.g. Pods created by a ReplicationController). Defaults to background.',
  },
  f.dryRun(),
  {
    name: 'field-selector',
    type: 'string',
    usage: "Selector (field query) to filter on, supports '=', '==', and '!='.",
  },
  f.filename('containing the resource to delete.'),
  {
    name: 'force',
    type: 'bool',
    usage:
      'If true, immediately remove resources from API and bypass graceful deletion. Note that immediate deletion of some resources may result in inconsistency or data loss and requires confirmation.',
  },
  {
    name: 'grace-period',
    type: 'int',
    default: '-1',
    usage:
      'Period of time in seconds given to the resource to terminate gracefully. Ignored if negative. Set to 1 for immediate shutdown. Can only be set to 0 when --force is true (force deletion).',
  },
  {
    name: 'ignore-not-found',
    type: 'bool',
    usage: 'Treat "resource not found" as a successful delete. Defaults to "true" when --all is specified.',
  },
  { name: 'interactive', short: 'i', type: 'bool', usage: 'If true, delete resource only when user confirms.' },
  {
    name: 'now',
    type: 'bool',
    usage: 'If true, resources are signaled for immediate shutdown (same as --grace-period=1).',
  },
  f.output('name'),
  f.recursive(),
  f.kustomize('a'),
  f.selector(),
  f.timeout(),
  {
    name: 'wait',
    type: 'bool',
    default: 'true',
    usage: 'If true, wait for resources to be gone before returning. This waits for finalizers.',
  },
);

function targets(inv: CommandInv<typeof deleteFlags>): { list: Target[]; errors: string[] } {
  const server = api(inv);
  const list: Target[] = [];
  const errors: string[] = [];
  if (fromInputFiles(inv)) {
    for (const req of requestsFromFiles(inv).requests)
      list.push({ type: req.type, namespace: req.namespace, name: req.name ?? '' });
    return { list, errors };
  }
  if (inv.args.length === 0) throw new KubectlError(NO_ARGS);
  const parsed = parseResourceArgs(inv, inv.args);
  const all = inv.flags.bool('all');
  const selector = inv.flags.str('selector');
  const fieldSelector = inv.flags.str('field-selector');
  const allNs = inv.flags.bool('all-namespaces');
  if (parsed.named && (all || selector))
    throw new KubectlError(
      all
        ? 'no resource name should be specified when --all is set'
        : 'name cannot be provided when a selector is specified',
    );
  if (!parsed.named && !all && !selector && !fieldSelector)
    throw new KubectlError('resource(s) were provided, but no name was specified');
  for (const req of parsed.requests) {
    const ns = req.type.namespaced ? namespaceOf(inv) : undefined;
    if (req.name !== undefined) {
      list.push({ type: req.type, namespace: ns, name: req.name });
      continue;
    }
    const items = server.list(groupResource(req.type), {
      namespace: allNs || !req.type.namespaced ? undefined : ns,
      labelSelector: selector || undefined,
      fieldSelector: fieldSelector || undefined,
    }).items;
    for (const o of items) list.push({ type: req.type, namespace: o.metadata.namespace, name: o.metadata.name });
  }
  return { list, errors };
}

function run(inv: CommandInv<typeof deleteFlags>): CommandOutcome {
  const server = api(inv);
  const dry = dryRunOf(inv);
  const force = inv.flags.bool('force');
  let grace = inv.flags.int('grace-period');
  if (inv.flags.bool('now')) {
    if (grace !== -1) throw new KubectlError('--now and --grace-period cannot be specified together');
    grace = 1;
  }
  if (force && grace < 0) grace = 0;
  const { list } = targets(inv);
  if (list.length === 0) {
    inv.out.error(inv.flags.bool('all-namespaces') ? 'No resources found' : `No resources found`);
    return { stdout: '', stderr: '', exitCode: 0 };
  }
  if (force && grace === 0) {
    inv.out.error(
      'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.',
    );
  }
  const cascade = inv.flags.str('cascade') || 'background';
  const propagationPolicy =
    cascade === 'orphan' || cascade === 'false' ? 'Orphan' : cascade === 'foreground' ? 'Foreground' : 'Background';
  const waiting: Target[] = [];
  let failed = false;
  for (const t of list) {
    const resource = groupResource(t.type);
    try {
      if (dry === 'client') {
        server.get(resource, t.namespace, t.name);
      } else {
        server.delete(resource, t.namespace, t.name, {
          ...(grace >= 0 ? { gracePeriodSeconds: grace } : {}),
          propagationPolicy,
          dryRun: dry === 'server',
        });
        if (force && grace === 0) server.remove(resource, t.namespace, t.name);
      }
      const what = `${kindPrefixOf(t.type)} "${t.name}"`;
      inv.out.println(`${what} ${force && grace === 0 ? 'force deleted' : 'deleted'}${dryRunSuffix(dry)}`);
      if (dry === 'none' && server.find(resource, t.namespace, t.name)) waiting.push(t);
    } catch (e) {
      if (!isStatusError(e)) throw e;
      if (e.reason === 'NotFound' && inv.flags.bool('ignore-not-found')) continue;
      inv.out.error(formatStatusError(e));
      failed = true;
    }
  }
  const code = failed ? 1 : 0;
  if (waiting.length === 0 || !inv.flags.bool('wait')) return { stdout: '', stderr: '', exitCode: code };
  const timeout = inv.flags.int('timeout');
  const stdout = inv.out.stdout;
  const stderr = inv.out.stderr;
  inv.out.stdout = '';
  inv.out.stderr = '';
  let printed = false;
  return {
    program: pollProgram({
      check: (io) => {
        if (!printed) {
          printed = true;
          io.write(stdout + stderr);
        }
        return waiting.every(
          (t) => inv.env.cluster.state !== 'Running' || !server.find(groupResource(t.type), t.namespace, t.name),
        )
          ? code
          : undefined;
      },
      ...(timeout > 0 ? { timeoutMs: timeout } : {}),
      onTimeout: (io) => {
        io.write('error: timed out waiting for the condition\n');
        return 1;
      },
    }),
  };
}

export const deleteCommand = defineCommand({
  use: 'delete ([-f FILENAME] | [-k DIRECTORY] | TYPE [(NAME | -l label | --all)])',
  short: 'Delete resources by file names, stdin, resources and names, or by resources and label selector',
  long: `Delete resources by file names, stdin, resources and names, or by resources and label selector.

 JSON and YAML formats are accepted. Only one type of argument may be specified: file names, resources and names, or resources and label selector.

 Some resources, such as pods, support graceful deletion. These resources define a default period before they are forcibly terminated (the grace period) but you may override that value with the --grace-period flag, or pass --now to set a grace-period of 1. Because these resources often represent entities in the cluster, deletion may not be acknowledged immediately. If the node hosting a pod is down or cannot reach the API server, termination may take significantly longer than the grace period. To force delete a resource, you must specify the --force flag. Note: only a subset of resources support graceful deletion. In absence of the support, the --grace-period flag is ignored.

 IMPORTANT: Force deleting pods does not wait for confirmation that the pod's processes have been terminated, which can leave those processes running until the node detects the deletion and completes graceful deletion. If your processes use shared storage or talk to a remote API and depend on the name of the pod to identify themselves, force deleting those pods may result in multiple processes running on different machines using the same identification which may lead to data corruption or inconsistency. Only force delete pods when you are sure the pod is terminated, or if your application can tolerate multiple copies of the same pod running at once. Also, if you force delete pods, the scheduler may place new pods on those nodes before the node has released those resources and causing those pods to be evicted immediately.

 Note that the delete command does NOT do resource version checks, so if someone submits an update to a resource right when you submit a delete, their update will be lost along with the rest of the resource.

 After a CustomResourceDefinition is deleted, invalidation of discovery cache may take up to 6 hours. If you don't want to wait, you might want to run "kubectl api-resources" to refresh the discovery cache.`,
  example: `  # Delete a pod using the type and name specified in pod.json
  kubectl delete -f ./pod.json
  
  # Delete pods and services with same names "baz" and "foo"
  kubectl delete pod,service baz foo
  
  # Delete pods and services with label name=myLabel
  kubectl delete pods,services -l name=myLabel
  
  # Delete a pod with minimal delay
  kubectl delete pod foo --now
  
  # Force delete a pod on a dead node
  kubectl delete pod foo --force
  
  # Delete all pods
  kubectl delete pods --all`,
  group: 'Basic Commands (Intermediate)',
  flags: deleteFlags,
  run,
});
