// The CronTab CRD of kubernetes.io/docs/tasks/extend-kubernetes/custom-resources/custom-resource-definitions/, with
// the schema and version extras a test names, on a fresh cluster.
import { Cluster, type KubeObject, type StatusError } from '../../server/src/sim/index.js';

export const CRONTABS = 'crontabs.stable.example.com';

export function crontabCrd(spec: Record<string, unknown>, version: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: CRONTABS },
    spec: {
      group: 'stable.example.com',
      versions: [
        {
          name: 'v1',
          served: true,
          storage: true,
          schema: { openAPIV3Schema: { type: 'object', properties: { spec: { type: 'object', ...spec } } } },
          ...version,
        },
      ],
      scope: 'Namespaced',
      names: { plural: 'crontabs', singular: 'crontab', kind: 'CronTab', shortNames: ['ct'] },
    },
  };
}

export function crontab(spec: unknown, name = 'my-new-cron-object'): KubeObject {
  return { apiVersion: 'stable.example.com/v1', kind: 'CronTab', metadata: { name }, spec };
}

/** A cluster with no CRD. */
export const emptyCluster = (): Cluster => Cluster.create({ controllers: [] });

/** A cluster serving the CRD. */
export function clusterWith(crd: KubeObject): Cluster {
  const c = emptyCluster();
  c.api.create(crd);
  return c;
}

/** The error a write throws (the test fails when it does not throw). */
export function refusal(write: () => unknown): StatusError {
  try {
    write();
  } catch (e) {
    return e as StatusError;
  }
  throw new Error('the write was accepted');
}

/** Runs a request, returning the warnings it drew. */
export function warningsOf(c: Cluster, request: () => unknown): string[] {
  const out: string[] = [];
  c.api.withWarnings((w) => out.push(w), request);
  return out;
}
