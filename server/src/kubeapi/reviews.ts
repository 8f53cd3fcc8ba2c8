/**
 * The reviews kubectl asks about itself: SelfSubjectAccessReview (`kubectl auth can-i`) and SelfSubjectRulesReview
 * (`kubectl auth can-i --list`) decided by the cluster's RBAC for the student's identity (minikube's admin, as the lab
 * terminal's kubectl is, or whom it impersonates), and SelfSubjectReview (`kubectl auth whoami`). Nothing is stored:
 * they are answered, as kube-apiserver does.
 */
import type { Cluster, ResourceType, UserInfo } from '../sim/index.js';
import { authorize, rulesReview, StatusError } from '../sim/index.js';
import { decodeBody } from './body.js';
import { jsonResponse } from './status.js';
import type { KubeApiRequest, KubeApiResponse } from './types.js';

interface AccessReviewBody {
  spec?: {
    resourceAttributes?: {
      verb?: string;
      group?: string;
      resource?: string;
      subresource?: string;
      namespace?: string;
      name?: string;
    };
    nonResourceAttributes?: { path?: string; verb?: string };
  };
}

/** `user`: who asks (the student as minikube's admin, or whom they impersonate with `--as`). */
export function answerReview(
  cluster: Cluster,
  type: ResourceType,
  request: KubeApiRequest,
  user: UserInfo,
): KubeApiResponse {
  if (request.method !== 'POST')
    throw new StatusError('MethodNotAllowed', 'the server does not allow this method on the requested resource');
  const body = (decodeBody(request.body, request.headers.contentType) ?? {}) as AccessReviewBody &
    Record<string, unknown>;
  const meta = { apiVersion: `${type.group}/v1`, kind: type.kind, metadata: { creationTimestamp: null } };
  if (type.kind === 'SelfSubjectReview') {
    return jsonResponse({ ...meta, status: { userInfo: { username: user.name, groups: [...user.groups] } } }, 201);
  }
  if (type.kind === 'SelfSubjectRulesReview') {
    const spec = (body.spec ?? {}) as { namespace?: string };
    return jsonResponse({ ...meta, spec, status: rulesReview(cluster.store, user, spec.namespace || undefined) }, 201);
  }
  const attrs = body.spec?.resourceAttributes;
  // Non-resource URLs (`can-i get /logs`): the admin may, as system:masters may everything.
  const allowed = attrs
    ? authorize(cluster.store, user, {
        verb: attrs.verb ?? '',
        group: attrs.group ?? '',
        resource: attrs.subresource ? `${attrs.resource ?? ''}/${attrs.subresource}` : (attrs.resource ?? ''),
        namespace: attrs.namespace,
        name: attrs.name,
      })
    : user.groups.includes('system:masters');
  return jsonResponse({ ...meta, spec: body.spec ?? {}, status: { allowed } }, 201);
}
