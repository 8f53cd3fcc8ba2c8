/**
 * The resource arguments of get, describe, delete, label… (kubectl's resource.Builder):
 * `pods`, `pods web db`, `pods,svc`, `pod/web svc/web`, `all`, with kubectl's errors.
 */
import type { ResourceType, Stored } from '../sim/index.js';
import { groupResource, isStatusError, StatusError } from '../sim/index.js';
import { KubectlError } from './errors.js';
import { api, namespaceOf, resolveType, type KubeInv } from './env.js';

export interface ResourceRequest {
  readonly type: ResourceType;
  /** Undefined: every object of the type (a list). */
  readonly name?: string;
  /** The object's own namespace (objects named by `-f`); undefined: the command's. */
  readonly namespace?: string | undefined;
}

export interface ResourceArgs {
  readonly requests: ResourceRequest[];
  /** Several types were asked for (kubectl prints `kind/name` then). */
  readonly multipleTypes: boolean;
  /** Names were given (get prints one object rather than a list). */
  readonly named: boolean;
}

export function typesFor(inv: KubeInv, word: string): ResourceType[] {
  if (word === 'all') return inv.env.cluster.registry.all().filter((t) => t.categories.includes('all'));
  return [resolveType(inv, word)];
}

export function parseResourceArgs(inv: KubeInv, args: readonly string[]): ResourceArgs {
  if (args.some((a) => a.includes('/'))) {
    const requests: ResourceRequest[] = [];
    const types = new Set<string>();
    for (const arg of args) {
      const slash = arg.indexOf('/');
      if (slash < 0) {
        throw new KubectlError(
          // The builder's example is always `get` (cli-runtime pkg/resource/builder.go hasCombinedTypeArgs).
          `there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'`,
        );
      }
      const type = resolveType(inv, arg.slice(0, slash));
      const name = arg.slice(slash + 1);
      if (name === '') throw new KubectlError(`arguments in resource/name form must have a single resource and name`);
      types.add(groupResource(type));
      requests.push({ type, name });
    }
    return { requests, multipleTypes: types.size > 1, named: true };
  }
  const first = args[0] ?? '';
  const names = args.slice(1);
  const words = first.includes(',') ? first.split(',').filter((w) => w !== '') : first === '' ? [] : [first];
  const types: ResourceType[] = [];
  for (const w of words) for (const t of typesFor(inv, w)) if (!types.includes(t)) types.push(t);
  const multipleTypes = types.length > 1 || words.includes('all');
  if (names.length === 0) return { requests: types.map((type) => ({ type })), multipleTypes, named: false };
  const requests: ResourceRequest[] = [];
  for (const type of types) for (const name of names) requests.push({ type, name });
  return { requests, multipleTypes, named: true };
}

/** `pods`, `deployments.apps`: how the API server names a type in NotFound messages. */
export const resourceName = groupResource;

/** Objects of a list request in the namespace (or all namespaces) with the selectors given. */
export function listObjects(
  inv: KubeInv,
  type: ResourceType,
  opts: { allNamespaces?: boolean; selector?: string; fieldSelector?: string },
): Stored[] {
  const server = api(inv);
  try {
    return server.list(groupResource(type), {
      namespace: opts.allNamespaces || !type.namespaced ? undefined : namespaceOf(inv),
      labelSelector: opts.selector || undefined,
      fieldSelector: opts.fieldSelector || undefined,
    }).items;
  } catch (err) {
    throw enhanceListError(err, type, opts.selector ?? '', opts.fieldSelector ?? '');
  }
}

/**
 * cli-runtime's EnhanceListError: a BadRequest or NotFound from a list says what was listed, e.g.
 * `Unable to find "/v1, Resource=events" that match label selector "", field selector "foo=bar": field label not supported: foo`.
 */
function enhanceListError(err: unknown, type: ResourceType, labelSelector: string, fieldSelector: string): unknown {
  if (!isStatusError(err) || (err.reason !== 'BadRequest' && err.reason !== 'NotFound')) return err;
  const subject = `${type.group}/${type.version}, Resource=${type.plural}`;
  const message =
    labelSelector === '' && fieldSelector === ''
      ? `Unable to list ${JSON.stringify(subject)}: ${err.message}`
      : `Unable to find ${JSON.stringify(subject)} that match label selector ${JSON.stringify(labelSelector)}, field selector ${JSON.stringify(fieldSelector)}: ${err.message}`;
  return new StatusError(err.reason, message, err.causes, err.details);
}

/** The kind prefix kubectl prints before names: `pod`, `deployment.apps`. */
export function kindPrefixOf(type: ResourceType): string {
  return type.group ? `${type.kind.toLowerCase()}.${type.group}` : type.kind.toLowerCase();
}

/** `pod/web`, `deployment.apps/web` */
export function qualifiedName(type: ResourceType, name: string): string {
  return `${kindPrefixOf(type)}/${name}`;
}
