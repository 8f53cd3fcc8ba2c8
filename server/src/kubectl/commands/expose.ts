/** `kubectl expose`: a service for a pod, service, deployment or replica set. */
import type { CommandOutcome } from '../../shell/command.js';
import { flagList } from '../cli/flags.js';
import { KubectlError, UsageError } from '../errors.js';
import { service } from '../generators.js';
import { f, outputSpec, parseKeyValues } from './common.js';
import { createGenerated } from './write.js';
import { objectsOf, get, podSpecOf } from './workload.js';
import { defineCommand, type CommandInv } from './globals.js';

const exposeFlags = flagList(
  {
    name: 'port',
    type: 'string',
    usage: 'The port that the service should serve on. Copied from the resource being exposed, if unspecified',
  },
  {
    name: 'target-port',
    type: 'string',
    usage: 'Name or number for the port on the container that the service should direct traffic to. Optional.',
  },
  {
    name: 'protocol',
    type: 'string',
    usage: "The network protocol for the service to be created. Default is 'TCP'.",
  },
  { name: 'name', type: 'string', usage: 'The name for the newly created object.' },
  {
    name: 'type',
    type: 'string',
    usage: "Type for this service: ClusterIP, NodePort, LoadBalancer, or ExternalName. Default is 'ClusterIP'.",
  },
  {
    name: 'selector',
    type: 'string',
    usage:
      'A label selector to use for this service. Only equality-based selector requirements are supported. If empty (the default) infer the selector from the replication controller or replica set.)',
  },
  { name: 'labels', short: 'l', type: 'string', usage: 'Labels to apply to the service created by this call.' },
  {
    name: 'cluster-ip',
    type: 'string',
    usage:
      "ClusterIP to be assigned to the service. Leave empty to auto-allocate, or set to 'None' to create a headless service.",
  },
  {
    name: 'external-ip',
    type: 'string',
    usage: 'Additional external IP address (not managed by Kubernetes) to accept for the service.',
  },
  f.dryRun(),
  f.output(),
  f.filename('to expose a service'),
  f.template(),
);

function expose(inv: CommandInv<typeof exposeFlags>): CommandOutcome {
  const [t] = objectsOf(inv, inv.args);
  if (!t) throw new UsageError('You must provide one or more resources by argument or filename.');
  const obj = get(inv, t.type, t.name);
  let selector: Record<string, string> | undefined;
  const flagSelector = inv.flags.str('selector');
  if (flagSelector) selector = parseKeyValues(flagSelector.split(','), 'selector');
  else if (t.type.kind === 'Pod') {
    selector = obj.metadata.labels;
    if (!selector || Object.keys(selector).length === 0)
      throw new KubectlError(
        "couldn't retrieve selectors via --selector flag or introspection: the pod has no labels and cannot be exposed",
      );
  } else if (t.type.kind === 'Service')
    selector = (obj.spec as { selector?: Record<string, string> } | undefined)?.selector;
  else if (['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet'].includes(t.type.kind)) {
    const sel = obj.spec?.selector;
    if (sel && Object.keys(sel).some((k) => k === 'matchExpressions'))
      throw new KubectlError(
        "couldn't retrieve selectors via --selector flag or introspection: invalid deployment: no selectors, therefore cannot be exposed",
      );
    selector = sel?.matchLabels;
  } else if (t.type.kind === 'ReplicationController')
    selector = obj.spec?.selector as Record<string, string> | undefined;
  else throw new KubectlError(`cannot expose a ${t.type.kind}`);
  const protocol = inv.flags.str('protocol') || 'TCP';
  let ports: { name?: string; port: number; targetPort: number | string; protocol: string }[];
  const targetFlag = inv.flags.str('target-port');
  const target = (p: number): number | string =>
    targetFlag ? (/^\d+$/.test(targetFlag) ? Number(targetFlag) : targetFlag) : p;
  if (inv.flags.str('port')) {
    const p = Number(inv.flags.str('port'));
    ports = [{ port: p, targetPort: target(p), protocol }];
  } else if (t.type.kind === 'Service') {
    ports = (obj.spec?.ports ?? []).map((p) => ({
      ...(p.name ? { name: p.name } : {}),
      port: p.port,
      targetPort: p.targetPort ?? p.port,
      protocol: p.protocol ?? 'TCP',
    }));
  } else {
    const containers = podSpecOf(obj)?.containers ?? [];
    const found = containers.flatMap((c) => c.ports ?? []);
    ports = found.map((p, i) => ({
      ...(found.length > 1 ? { name: `port-${i + 1}` } : {}),
      port: p.containerPort,
      targetPort: target(p.containerPort),
      protocol: p.protocol ?? protocol,
    }));
  }
  if (ports.length === 0) throw new KubectlError("couldn't find port via --port flag or introspection");
  const name = inv.flags.str('name') || t.name;
  const type = inv.flags.str('type');
  const labels = inv.flags.str('labels')
    ? parseKeyValues(inv.flags.str('labels').split(','), 'label')
    : obj.metadata.labels;
  const svc = service(name, {
    ports: ports.map((p) => ({ ...p })),
    ...(selector ? { selector } : {}),
    ...(labels && Object.keys(labels).length ? { labels } : {}),
    ...(type ? { type } : {}),
    ...(inv.flags.str('cluster-ip') ? { clusterIP: inv.flags.str('cluster-ip') } : {}),
  });
  createGenerated(inv, svc, outputSpec(inv), 'exposed');
  return { stdout: '', stderr: '', exitCode: 0 };
}

export const exposeCommand = defineCommand({
  use: 'expose (-f FILENAME | TYPE NAME) [--port=port] [--protocol=TCP|UDP|SCTP] [--target-port=number-or-name] [--name=name] [--external-ip=external-ip-of-service] [--type=type]',
  short: 'Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service',
  long: `Expose a resource as a new Kubernetes service.

 Looks up a deployment, service, replica set, replication controller or pod by name and uses the selector for that resource as the selector for a new service on the specified port. A deployment or replica set will be exposed as a service only if its selector is convertible to a selector that service supports, i.e. when the selector contains only the matchLabels component. Note that if no port is specified via --port and the exposed resource has multiple ports, all will be re-used by the new service. Also if no labels are specified, the new service will re-use the labels from the resource it exposes.

 Possible resources include (case insensitive):

 pod (po), service (svc), replicationcontroller (rc), deployment (deploy), replicaset (rs)`,
  example: `  # Create a service for a replicated nginx, which serves on port 80 and connects to the containers on port 8000
  kubectl expose rc nginx --port=80 --target-port=8000
  
  # Create a service for a pod valid-pod, which serves on port 444 with the name "frontend"
  kubectl expose pod valid-pod --port=444 --name=frontend
  
  # Create a service for an nginx deployment, which serves on port 80 and connects to the containers on port 8000
  kubectl expose deployment nginx --port=80 --target-port=8000`,
  group: 'Basic Commands (Beginner)',
  flags: exposeFlags,
  run: expose,
});
