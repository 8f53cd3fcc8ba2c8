/** What the workload commands share: resolving `TYPE NAME` / `TYPE/NAME` arguments to workloads, reading and patching them. */
import { groupResource, type ResourceType, type Stored } from '../../sim/index.js';
import { optionalFlags } from '../cli/flags.js';
import { KubectlError, UsageError } from '../errors.js';
import { api, namespaceOf, type KubeInv } from '../env.js';
import { parseResourceArgs } from '../resources.js';
import { dryRunOf } from './common.js';

export interface Workload {
  metadata: Stored['metadata'];
  spec?: {
    replicas?: number;
    paused?: boolean;
    selector?: { matchLabels?: Record<string, string> } & Record<string, unknown>;
    template?: {
      metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> };
      spec?: { containers?: Container[]; initContainers?: Container[] };
    };
    containers?: Container[];
    initContainers?: Container[];
    ports?: { port: number; name?: string; protocol?: string; targetPort?: number | string }[];
  };
  status?: {
    observedGeneration?: number;
    replicas?: number;
    updatedReplicas?: number;
    availableReplicas?: number;
    readyReplicas?: number;
    conditions?: { type: string; reason?: string }[];
  };
}

export interface Container {
  name: string;
  image?: string;
  ports?: { containerPort: number; protocol?: string; name?: string }[];
  env?: { name: string; value?: string }[];
  resources?: { limits?: Record<string, string>; requests?: Record<string, string> };
}

/** `TYPE NAME` or `TYPE/NAME` pairs of a command that acts on workloads. */
export function objectsOf(inv: KubeInv, args: readonly string[]): { type: ResourceType; name: string }[] {
  if (args.length === 0) throw new KubectlError('required resource not specified');
  const parsed = parseResourceArgs(inv, args);
  if (!parsed.named) {
    const selector = optionalFlags(inv.flags).str('selector');
    const all = optionalFlags(inv.flags).bool('all');
    if (!selector && !all)
      throw new UsageError(
        'required resource not specified'.replace(
          'required resource not specified',
          'resource(s) were provided, but no name was specified',
        ),
      );
    const out: { type: ResourceType; name: string }[] = [];
    for (const r of parsed.requests) {
      for (const o of api(inv).list(groupResource(r.type), {
        namespace: namespaceOf(inv),
        labelSelector: selector || undefined,
      }).items)
        out.push({ type: r.type, name: o.metadata.name });
    }
    return out;
  }
  return parsed.requests.map((r) => ({ type: r.type, name: r.name! }));
}

export function get(inv: KubeInv, type: ResourceType, name: string): Stored<Workload> {
  return api(inv).get<Workload>(groupResource(type), type.namespaced ? namespaceOf(inv) : undefined, name);
}

export function patch(
  inv: KubeInv,
  type: ResourceType,
  name: string,
  body: unknown,
  kind: 'strategic' | 'merge' | 'json' = 'strategic',
  subresource?: 'scale',
): Stored {
  return api(inv).patch(groupResource(type), type.namespaced ? namespaceOf(inv) : undefined, name, body, kind, {
    // rollout pause/resume declare no --dry-run.
    dryRun: dryRunOf({ ...inv, flags: optionalFlags(inv.flags) }) === 'server',
    subresource,
  });
}

export function podSpecOf(obj: Workload): { containers?: Container[]; initContainers?: Container[] } | undefined {
  return obj.spec?.template?.spec ?? (obj.spec?.containers ? obj.spec : undefined);
}
