/**
 * The ingress-nginx controller's status updates: with the `ingress` addon running, Ingresses of its
 * class get the node's address (what `kubectl get ingress` shows under ADDRESS after a few seconds).
 */
import type { Pod } from 'kubernetes-types/core/v1';
import type { Ingress, IngressClass } from 'kubernetes-types/networking/v1';
import { nodeIP } from '../../nodes.js';
import type { Stored } from '../../types.js';
import type { Controller, ControllerContext } from '../controller.js';
import { isPodReady } from './endpoints.js';

const INGRESSES = 'ingresses.networking.k8s.io';
export const INGRESS_CONTROLLER = 'k8s.io/ingress-nginx';

/** Whether the addon's controller pod runs and is ready. */
export function ingressControllerReady(ctx: Pick<ControllerContext, 'store' | 'runtime'>): boolean {
  if (!ctx.runtime.addons.includes('ingress')) return false;
  return ctx.store
    .list('pods', 'ingress-nginx')
    .some((p) => p.metadata.labels?.['app.kubernetes.io/component'] === 'controller' && isPodReady(p as Stored<Pod>));
}

/** Whether the addon's controller serves this Ingress (its class, or no class at all). */
export function servedByIngressNginx(ctx: Pick<ControllerContext, 'store'>, ing: Ingress): boolean {
  const className = ing.spec?.ingressClassName ?? ing.metadata?.annotations?.['kubernetes.io/ingress.class'];
  if (!className) return true;
  const cls = ctx.store.get('ingressclasses.networking.k8s.io', undefined, className) as
    Stored<IngressClass> | undefined;
  return cls?.spec?.controller === INGRESS_CONTROLLER;
}

export const ingressStatusController: Controller = {
  name: 'ingress-nginx',
  watches: [INGRESSES, 'pods'],
  keysFor(event) {
    if (event.resource === INGRESSES) return [`${event.object.metadata.namespace ?? ''}/${event.object.metadata.name}`];
    return event.object.metadata.namespace === 'ingress-nginx' ? ['*'] : [];
  },
  reconcile(key, ctx) {
    const ready = ingressControllerReady(ctx);
    const all = ctx.store.list(INGRESSES) as unknown as Stored<Ingress>[];
    const targets = key === '*' ? all : all.filter((i) => `${i.metadata.namespace ?? ''}/${i.metadata.name}` === key);
    for (const ing of targets) {
      const want = ready && servedByIngressNginx(ctx, ing) ? [{ ip: nodeIP(0) }] : undefined;
      const have = ing.status?.loadBalancer?.ingress;
      if (JSON.stringify(want) === JSON.stringify(have)) continue;
      ctx.api.update({ ...ing, status: { loadBalancer: want ? { ingress: want } : {} } }, { subresource: 'status' });
    }
  },
};
