/** `kubectl describe` (kubectl/pkg/cmd/describe): fetches what the describers need and prints them. */
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';
import type { LimitRange, Pod, ResourceQuota, Secret } from 'kubernetes-types/core/v1';
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import type { Lease } from 'kubernetes-types/coordination/v1';
import type { CommandOutcome } from '../../shell/command.js';
import { groupResource, isStatusError, type Stored } from '../../sim/index.js';
import { flagList } from '../cli/flags.js';
import { formatStatusError, KubectlError } from '../errors.js';
import { api, namespaceOf, now } from '../env.js';
import { describeObject, type DescribeInput } from '../print/describe/index.js';
import { parseResourceArgs } from '../resources.js';
import { f } from './common.js';
import { defineCommand, type CommandInv } from './globals.js';
import { fromInputFiles, requestsFromFiles } from './write.js';

function ownedBy(objs: readonly Stored[], uid: string): Stored[] {
  return objs.filter((o) => (o.metadata.ownerReferences ?? []).some((r) => r.uid === uid));
}

const describeFlags = flagList(
  f.allNamespaces(),
  {
    name: 'chunk-size',
    type: 'int',
    default: '500',
    usage: 'Return large lists in chunks rather than all at once. Pass 0 to disable.',
  },
  f.filename('containing the resource to describe'),
  f.recursive(),
  f.kustomize(),
  f.selector(),
  {
    name: 'show-events',
    type: 'string',
    default: 'true',
    noOptDefault: 'true',
    usage: 'If true, display events related to the described object.',
  },
);

function inputFor(inv: CommandInv<typeof describeFlags>, obj: Stored, showEvents: boolean): DescribeInput {
  const server = api(inv);
  const ns = obj.metadata.namespace;
  const input: { -readonly [K in keyof DescribeInput]: DescribeInput[K] } = { now: now(inv) };
  // In the API's list order (by name), which DescribeEvents' sort.Sort keeps for equal times: Go sorts up to 12
  // elements by insertion, a stable sort (kubernetes/kubectl pkg/describe/describe.go, searchEvents).
  if (showEvents)
    input.events = [...inv.env.cluster.events.about(obj)].sort((a, b) =>
      a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0,
    );
  switch (obj.kind) {
    case 'ReplicaSet':
    case 'ReplicationController':
      input.pods = ownedBy(server.list('pods', { namespace: ns }).items, obj.metadata.uid) as unknown as Pod[];
      break;
    case 'ServiceAccount':
      input.secrets = server.list('secrets', { namespace: ns }).items as unknown as Secret[];
      break;
    case 'Deployment': {
      const rs = ownedBy(
        server.list('replicasets.apps', { namespace: ns }).items,
        obj.metadata.uid,
      ) as unknown as Stored<ReplicaSet>[];
      const revision = obj.metadata.annotations?.['deployment.kubernetes.io/revision'];
      const isNew = (r: Stored<ReplicaSet>): boolean =>
        r.metadata.annotations?.['deployment.kubernetes.io/revision'] === revision;
      const newRs = rs.filter(isNew);
      // Every old ReplicaSet, scaled down or not: describe prints GetAllReplicaSetsInChunks' allOldRSes.
      const old = rs.filter((r) => !isNew(r));
      input.replicaSets = { old: old, new: newRs };
      void (obj as unknown as Deployment);
      break;
    }
    case 'Service':
      input.endpointSlices = server.list('endpointslices.discovery.k8s.io', {
        namespace: ns,
        labelSelector: `kubernetes.io/service-name=${obj.metadata.name}`,
      }).items as unknown as EndpointSlice[];
      break;
    case 'Node': {
      input.pods = server.list('pods', { fieldSelector: `spec.nodeName=${obj.metadata.name}` }).items.filter((p) => {
        const phase = (p.status as { phase?: string } | undefined)?.phase;
        return phase !== 'Succeeded' && phase !== 'Failed';
      }) as unknown as Pod[];
      const lease = server.find('leases.coordination.k8s.io', 'kube-node-lease', obj.metadata.name);
      if (lease) input.lease = lease as unknown as Lease;
      break;
    }
    case 'PersistentVolumeClaim':
      input.pods = server.list('pods', { namespace: ns }).items as unknown as Pod[];
      break;
    case 'Namespace':
      input.resourceQuotas = server.list('resourcequotas', { namespace: obj.metadata.name })
        .items as unknown as ResourceQuota[];
      input.limitRanges = server.list('limitranges', { namespace: obj.metadata.name }).items as unknown as LimitRange[];
      break;
    default:
      break;
  }
  return input;
}

function run(inv: CommandInv<typeof describeFlags>): CommandOutcome {
  if (inv.args.length === 0 && !fromInputFiles(inv)) {
    throw new KubectlError(
      'You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n'.trimEnd(),
    );
  }
  const server = api(inv);
  const parsed = fromInputFiles(inv) ? requestsFromFiles(inv) : parseResourceArgs(inv, inv.args);
  const showEvents = inv.flags.str('show-events') !== 'false';
  const selector = inv.flags.str('selector');
  const allNs = inv.flags.bool('all-namespaces');
  const blocks: string[] = [];
  let failed = false;
  for (const req of parsed.requests) {
    const resource = groupResource(req.type);
    const ns = req.type.namespaced ? (req.namespace ?? namespaceOf(inv)) : undefined;
    if (req.name !== undefined) {
      try {
        blocks.push(
          describeObject(
            server.get(resource, ns, req.name),
            inputFor(inv, server.get(resource, ns, req.name), showEvents),
          ),
        );
      } catch (e) {
        if (!isStatusError(e) || e.reason !== 'NotFound') throw e;
        // kubectl describe falls back to a prefix match on the name.
        const prefix = server
          .list(resource, { namespace: ns })
          .items.filter((o) => o.metadata.name.startsWith(req.name!));
        if (prefix.length === 0) {
          inv.out.error(formatStatusError(e));
          failed = true;
        }
        for (const o of prefix) blocks.push(describeObject(o, inputFor(inv, o, showEvents)));
      }
      continue;
    }
    const items = server.list(resource, {
      namespace: allNs ? undefined : ns,
      labelSelector: selector || undefined,
    }).items;
    for (const o of items) blocks.push(describeObject(o, inputFor(inv, o, showEvents)));
  }
  if (blocks.length === 0 && !failed)
    inv.out.error(
      parsed.requests.some((r) => r.type.namespaced) && !allNs
        ? `No resources found in ${namespaceOf(inv)} namespace.`
        : 'No resources found',
    );
  inv.out.print(blocks.join('\n\n'));
  return { stdout: '', stderr: '', exitCode: failed ? 1 : 0 };
}

export const describeCommand = defineCommand({
  use: 'describe (-f FILENAME | TYPE [NAME_PREFIX | -l label] | TYPE/NAME)',
  short: 'Show details of a specific resource or group of resources',
  long: `Show details of a specific resource or group of resources.

 Print a detailed description of the selected resources, including related resources such as events or controllers. You
may select a single object by name, all objects of that type, provide a name prefix, or label selector. For example:

        $ kubectl describe TYPE NAME_PREFIX

 will first check for an exact match on TYPE and NAME_PREFIX. If no such resource exists, it will output details for
every resource that has a name prefixed with NAME_PREFIX.

Use "kubectl api-resources" for a complete list of supported resources.`,
  example: `  # Describe a node
  kubectl describe nodes kubernetes-node-emt8.c.myproject.internal
  
  # Describe a pod
  kubectl describe pods/nginx
  
  # Describe a pod identified by type and name in "pod.json"
  kubectl describe -f pod.json
  
  # Describe all pods
  kubectl describe pods
  
  # Describe pods by label name=myLabel
  kubectl describe pods -l name=myLabel
  
  # Describe all pods managed by the 'frontend' replication controller
  # (rc-created pods get the name of the rc as a prefix in the pod name)
  kubectl describe pods frontend`,
  group: 'Troubleshooting and Debugging Commands',
  flags: describeFlags,
  run,
});
