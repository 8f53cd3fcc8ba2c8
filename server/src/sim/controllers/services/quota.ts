/**
 * The resource-quota controller: keeps each ResourceQuota's `status.hard` and `status.used` current
 * as objects in its namespace come and go (what `kubectl describe quota` shows).
 */
import type { ResourceQuota } from 'kubernetes-types/core/v1';
import { quotaUsage } from '../../admission/resourceQuota.js';
import type { Stored } from '../../types.js';
import type { Controller } from '../controller.js';

const COUNTED = [
  'resourcequotas',
  'pods',
  'services',
  'configmaps',
  'secrets',
  'persistentvolumeclaims',
  'replicationcontrollers',
  'deployments.apps',
  'replicasets.apps',
  'statefulsets.apps',
  'daemonsets.apps',
  'jobs.batch',
  'cronjobs.batch',
];

export const quotaController: Controller = {
  name: 'resourcequota',
  watches: COUNTED,
  keysFor(event) {
    return event.object.metadata.namespace ? [event.object.metadata.namespace] : [];
  },
  reconcile(namespace, ctx) {
    const quotas = ctx.store.list('resourcequotas', namespace) as unknown as Stored<ResourceQuota>[];
    const types = COUNTED.map((r) => ctx.api.type(r));
    for (const quota of quotas) {
      const hard = { ...(quota.spec?.hard ?? {}) };
      const used = quotaUsage(ctx.store, namespace, hard, types, quota.spec?.scopes);
      if (
        JSON.stringify(quota.status?.hard) === JSON.stringify(hard) &&
        JSON.stringify(quota.status?.used) === JSON.stringify(used)
      )
        continue;
      ctx.api.update({ ...quota, status: { hard, used } }, { subresource: 'status' });
    }
  },
};
