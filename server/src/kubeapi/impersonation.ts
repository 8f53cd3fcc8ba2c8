/**
 * `kubectl --as=jane --as-group=devs`: the `Impersonate-User` and `Impersonate-Group` headers. The student's own
 * identity is minikube's admin (system:masters), who may impersonate anyone; the request is then authorized by the
 * sandbox's RBAC as the impersonated user, so the RBAC lab's users act as themselves, and a denial is
 * kube-apiserver's 403 with its wording.
 */
import type { ResourceType, UserInfo } from '../sim/index.js';
import { ADMIN_USER, authorize, forbiddenMessage, StatusError, userFor, type Cluster } from '../sim/index.js';
import type { KubeApiRequest } from './types.js';

/** Who the request acts as: the impersonated user, else the student (the sandbox's admin). */
export function requestUser(request: KubeApiRequest): UserInfo {
  const as = request.headers.impersonateUser;
  const groups = request.headers.impersonateGroups ?? [];
  if (as === undefined || as === '') {
    // kube-apiserver: groups without a user to impersonate are refused.
    if (groups.length > 0)
      throw new StatusError(
        'InternalError',
        'Internal error occurred: requested [{Group}] without impersonating a user',
      );
    return ADMIN_USER;
  }
  return userFor(as.slice(0, 256), groups.slice(0, 32));
}

/** The RBAC verb of a request (kube-apiserver's RequestInfo): list and watch for collections, get for one object. */
function verbOf(method: string, name: string | undefined, query: URLSearchParams): string {
  const watch = query.get('watch') === 'true' || query.get('watch') === '1';
  switch (method) {
    case 'GET':
    case 'HEAD':
      return watch ? 'watch' : name === undefined ? 'list' : 'get';
    case 'POST':
      return 'create';
    case 'PUT':
      return 'update';
    case 'PATCH':
      return 'patch';
    case 'DELETE':
      return name === undefined ? 'deletecollection' : 'delete';
    default:
      return method.toLowerCase();
  }
}

/** Throws kube-apiserver's Forbidden when `user` may not make this request (the admin may everything). */
export function authorizeRequest(
  cluster: Cluster,
  user: UserInfo,
  type: Pick<ResourceType, 'group' | 'plural' | 'namespaced'>,
  request: {
    method: string;
    namespace: string | undefined;
    name: string | undefined;
    subresource?: string | undefined;
  },
  query: URLSearchParams,
): void {
  if (user === ADMIN_USER || user.groups.includes('system:masters')) return;
  const attrs = {
    verb: verbOf(request.method, request.name, query),
    group: type.group,
    resource: request.subresource ? `${type.plural}/${request.subresource}` : type.plural,
    namespace: type.namespaced ? request.namespace : undefined,
    name: request.name,
  };
  if (authorize(cluster.store, user, attrs)) return;
  throw new StatusError('Forbidden', forbiddenMessage(user, attrs), [], {
    kind: type.plural,
    group: type.group,
    name: request.name ?? '',
  });
}
