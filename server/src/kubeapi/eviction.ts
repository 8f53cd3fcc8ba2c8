/**
 * `POST …/pods/{name}/eviction` (policy/v1 Eviction, what `kubectl drain` sends): the pod is deleted unless a
 * PodDisruptionBudget selecting it allows no disruption now, in kube-apiserver's words (429 TooManyRequests).
 */
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import type { DeleteOptions } from '../sim/index.js';
import { fromLabelSelector, matches, StatusError } from '../sim/index.js';
import { decodeBody } from './body.js';
import { jsonResponse } from './status.js';
import type { KubeApiResponse } from './types.js';
import type { WriteContext } from './writes.js';

interface EvictionBody {
  metadata?: { name?: string };
  deleteOptions?: { gracePeriodSeconds?: number; dryRun?: string[] };
}

export function evictPod(ctx: WriteContext, name: string): KubeApiResponse {
  const body = (decodeBody(ctx.request.body, ctx.request.headers.contentType) ?? {}) as EvictionBody;
  if (body.metadata?.name !== undefined && body.metadata.name !== name) {
    throw new StatusError('BadRequest', `name in URL does not match name in Eviction object`);
  }
  const api = ctx.cluster.api;
  const pod = api.get('pods', ctx.namespace, name);
  const budgets = api.list<PodDisruptionBudget>('poddisruptionbudgets.policy', { namespace: pod.metadata.namespace });
  const blocking = budgets.items.filter((pdb) => {
    const selector = fromLabelSelector(pdb.spec?.selector);
    return selector !== null && matches(selector, pod.metadata.labels);
  });
  if (blocking.length > 1) {
    throw new StatusError(
      'InternalError',
      'This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.',
    );
  }
  const budget = blocking[0];
  if (budget && (budget.status?.disruptionsAllowed ?? 0) < 1) {
    throw new StatusError('TooManyRequests', "Cannot evict pod as it would violate the pod's disruption budget.", [
      {
        reason: 'DisruptionBudget',
        message: `The disruption budget ${budget.metadata.name} needs ${budget.status?.desiredHealthy ?? 0} healthy pods and has ${budget.status?.currentHealthy ?? 0} currently`,
        field: '',
      },
    ]);
  }
  const opts: DeleteOptions = {
    dryRun: (body.deleteOptions?.dryRun?.length ?? 0) > 0 || ctx.query.getAll('dryRun').length > 0,
    ...(typeof body.deleteOptions?.gracePeriodSeconds === 'number'
      ? { gracePeriodSeconds: body.deleteOptions.gracePeriodSeconds }
      : {}),
  };
  api.delete('pods', pod.metadata.namespace, name, opts);
  return jsonResponse({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', code: 201 }, 201, true);
}
