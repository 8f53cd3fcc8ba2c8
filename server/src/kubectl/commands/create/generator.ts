/** What the `kubectl create` generators share: their flags, the one NAME, required flags and creating the object. */
import type { CommandOutcome } from '../../../shell/command.js';
import type { KubeObject } from '../../../sim/index.js';
import { flagList, type FlagType, type SchemaOf } from '../../cli/flags.js';
import { isStatusError } from '../../../sim/index.js';
import { KlogError, KubectlError, UsageError, klogHeader } from '../../errors.js';
import { explicitNamespace, namespaceOf, type KubeInv } from '../../env.js';
import { f, outputSpec } from '../common.js';
import { createGenerated } from '../write.js';

export const genericFlags = flagList(
  f.dryRun(),
  f.output(),
  {
    name: 'save-config',
    type: 'bool',
    usage:
      'If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future.',
  },
  f.validate(),
  f.showManagedFields(),
  f.template(),
  f.fieldManager('kubectl-create'),
  {
    name: 'allow-missing-template-keys',
    type: 'bool',
    default: 'true',
    usage:
      'If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.',
  },
);

/** What every generator may read: the flags above and the connection ones. */
export type GeneratorInv = KubeInv<SchemaOf<typeof genericFlags>>;

export function oneName(inv: KubeInv): string {
  if (inv.args.length !== 1) throw new UsageError(`exactly one NAME is required, got ${inv.args.length}`);
  return inv.args[0]!;
}

export function ns(inv: KubeInv): string | undefined {
  return explicitNamespace(inv) ? namespaceOf(inv) : undefined;
}

/** kubectl's check for flags the generator cannot do without (cobra's MarkFlagRequired). */
export function required<N extends string>(inv: KubeInv<Record<N, FlagType>>, ...names: N[]): void {
  const missing = names.filter((n) => !inv.flags.has(n));
  if (missing.length > 0)
    throw new KlogError(
      `required flag(s) ${missing.map((m) => `"${m}"`).join(', ')} not set`,
      klogHeader('E', inv.env.cluster.now()),
    );
}

/**
 * How a generator words the server's refusal: most wrap it (`fmt.Errorf("failed to create deployment: %v", err)`,
 * so kubectl prints `error: failed to create deployment: deployments.apps "web" already exists`); namespace, role
 * and clusterrole return it as is (`Error from server (AlreadyExists): …`). kubernetes/kubectl pkg/cmd/create/create_*.go.
 */
function failurePrefix(obj: KubeObject): string | undefined {
  switch (obj.kind) {
    case 'Secret':
      return 'failed to create secret ';
    case 'Service':
      return `failed to create ${(obj.spec as { type?: string } | undefined)?.type ?? 'ClusterIP'} service: `;
    case 'PodDisruptionBudget':
      return 'failed to create poddisruptionbudgets: ';
    case 'ResourceQuota':
      return 'failed to create quota: ';
    case 'Namespace':
    case 'Role':
    case 'ClusterRole':
      return undefined;
    default:
      return `failed to create ${obj.kind.toLowerCase()}: `;
  }
}

export function gen(inv: GeneratorInv, obj: KubeObject): CommandOutcome {
  try {
    createGenerated(inv, obj, outputSpec(inv));
  } catch (err) {
    const prefix = failurePrefix(obj);
    if (prefix !== undefined && isStatusError(err)) throw new KubectlError(`${prefix}${err.message}`);
    throw err;
  }
  return { stdout: '', stderr: '', exitCode: 0 };
}

export function sortObj<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(
    Object.keys(o)
      .sort()
      .map((k) => [k, o[k]!]),
  );
}
