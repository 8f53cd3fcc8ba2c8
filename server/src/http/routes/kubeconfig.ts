// Kubeconfigs: a student's own kubectl on their sandbox for a lab (see services/kubeApi.ts and http/kubeApi.ts).
import type { Request } from 'express';
import { z } from 'zod';
import type { Config } from '../../config.js';
import { route, type AnyRoute, type RouteDeps } from '../route.js';

const labParams = z.object({
  labId: z.string().regex(/^[a-z0-9-]{1,80}$/, 'must be a lab id such as "minikube-basics"'),
});

/** Where kubectl reaches this server: PUBLIC_URL when set (behind a TLS proxy), else the request's own origin. */
function serverBase(config: Config, req: Request): string {
  if (config.publicUrlSet) return config.publicUrl;
  return `${req.protocol}://${req.get('host') ?? new URL(config.publicUrl).host}`;
}

export function kubeconfigRoutes({ config, services }: RouteDeps): AnyRoute[] {
  return [
    route({
      method: 'get',
      path: '/labs/:labId/kubeconfig',
      tag: 'labs',
      summary: 'A new kubeconfig for your own kubectl on your cluster in this lab (its secret is shown only here)',
      description:
        'Each download is a new credential; the five newest stay valid. The file names the cluster ' +
        '`kubelab-<lab>`; use it with `kubectl --kubeconfig FILE` or merge it into ~/.kube/config.',
      auth: 'user',
      params: labParams,
      response: { status: 200, description: 'The kubeconfig (YAML)', contentType: 'application/yaml' },
      handler: async ({ actor, params, context, req, res }) => {
        const yaml = await services.kubeApi.issue(actor, params.labId, serverBase(config, req), context);
        res.status(200).attachment(`kubeconfig-${params.labId}.yaml`).type('application/yaml').send(yaml);
      },
    }),
    route({
      method: 'delete',
      path: '/labs/:labId/kubeconfig',
      tag: 'labs',
      summary: 'Revoke every kubeconfig of yours for this lab (kubectl then gets 401 Unauthorized)',
      auth: 'user',
      params: labParams,
      response: { status: 204, description: 'Revoked (also when there was none)' },
      handler: async ({ actor, params, context }) => {
        await services.kubeApi.revoke(actor, params.labId, context);
      },
    }),
  ];
}
