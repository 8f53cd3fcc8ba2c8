/**
 * The disruption controller: each PodDisruptionBudget's status (healthy pods, how many may be
 * disrupted now), which `kubectl get pdb` shows and `kubectl drain` respects.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import { fromLabelSelector, matches } from '../../selectors.js';
import type { Stored } from '../../types.js';
import type { Controller } from '../controller.js';
import { isPodReady } from './endpoints.js';

const PDBS = 'poddisruptionbudgets.policy';

/** An int-or-percent of `total`, rounded up as the disruption controller does. */
function scaled(value: number | string, total: number): number {
  return typeof value === 'number' ? value : Math.ceil((Number(value.replace('%', '')) * total) / 100);
}

export const disruptionController: Controller = {
  name: 'disruption',
  watches: [PDBS, 'pods'],
  keysFor(event) {
    return event.object.metadata.namespace ? [event.object.metadata.namespace] : [];
  },
  reconcile(namespace, ctx) {
    // Most namespaces have no budget: look at the (few) budgets before the (many) pods.
    const budgets = ctx.store.list(PDBS, namespace) as unknown as Stored<PodDisruptionBudget>[];
    if (budgets.length === 0) return;
    const pods = ctx.store.list('pods', namespace) as unknown as Stored<Pod>[];
    for (const pdb of budgets) {
      const selector = fromLabelSelector(pdb.spec?.selector);
      const selected = selector
        ? pods.filter((p) => matches(selector, p.metadata.labels) && !p.metadata.deletionTimestamp)
        : [];
      const expected = selected.length;
      const healthy = selected.filter(isPodReady).length;
      const spec = pdb.spec ?? {};
      const desired =
        spec.minAvailable !== undefined
          ? scaled(spec.minAvailable, expected)
          : spec.maxUnavailable !== undefined
            ? Math.max(0, expected - scaled(spec.maxUnavailable, expected))
            : expected;
      const allowed = Math.max(0, healthy - desired);
      const at = ctx.clock.timestamp();
      const previous = pdb.status?.conditions?.[0];
      const reason = allowed > 0 ? 'SufficientPods' : 'InsufficientPods';
      const status = {
        currentHealthy: healthy,
        desiredHealthy: desired,
        disruptionsAllowed: allowed,
        expectedPods: expected,
        observedGeneration: pdb.metadata.generation ?? 1,
        conditions: [
          {
            type: 'DisruptionAllowed',
            status: allowed > 0 ? 'True' : 'False',
            reason,
            message: '',
            observedGeneration: pdb.metadata.generation ?? 1,
            lastTransitionTime: previous?.reason === reason ? previous.lastTransitionTime : at,
          },
        ],
      };
      if (JSON.stringify(status) === JSON.stringify(pdb.status)) continue;
      ctx.api.update({ ...pdb, status }, { subresource: 'status' });
    }
  },
};
