/**
 * When a step fails because the student removed something the lab started with (`kubectl delete deployment
 * web`, `minikube delete`), its message says how to get it back, instead of leaving them stuck.
 */
import { matches, parseLabelSelector, type KubeObject } from '../sim/index.js';
import type { CheckEnvironment } from './checks/index.js';
import { findObject, resolveType } from './checks/resolve.js';
import type { Check, Lab } from './format.js';
import { labObjects } from './setup.js';

const RESET = 'Reset lab (above the steps) brings the lab back to its start; steps done stay done';

/** How to recover, when the check needs something of the lab's starting state that is gone; else undefined. */
export function recoveryHint(
  lab: Lab,
  check: Check,
  env: CheckEnvironment,
  initial = () => labObjects(lab),
): string | undefined {
  if (lab.cluster.state === 'running' && env.cluster.state === 'Absent' && check.type !== 'commandRun')
    return `the lab's cluster was deleted (minikube delete): ${RESET}`;
  if (env.cluster.state !== 'Running') return undefined;
  const gone = missingStartingObjects(check, env, initial);
  if (gone.length === 0) return undefined;
  const names = gone.map((o) => `${o.kind.toLowerCase()} ${o.metadata?.name ?? ''}`).join(', ');
  return `${names}, which the lab started with, ${gone.length === 1 ? 'is' : 'are'} gone: ${RESET}`;
}

function missingStartingObjects(check: Check, env: CheckEnvironment, initial: () => KubeObject[]): KubeObject[] {
  const named = namedTarget(check);
  const absent = (o: KubeObject) => {
    const type = resolveType(env.cluster, o.kind);
    return type !== undefined && !findObject(env.cluster, type, o.metadata?.namespace, o.metadata?.name ?? '');
  };
  if (named) {
    const type = resolveType(env.cluster, named.resource);
    if (!type || findObject(env.cluster, type, named.namespace, named.name)) return [];
    return initial().filter(
      (o) =>
        o.kind.toLowerCase() === type.singular &&
        o.metadata?.name === named.name &&
        (o.metadata.namespace ?? 'default') === (named.namespace ?? 'default'),
    );
  }
  if (check.type === 'podsReady') {
    // The workloads of the starting state whose pods the check counts.
    const selector = parseLabelSelector(check.selector);
    return initial().filter((o) => matches(selector, podLabels(o)) && absent(o));
  }
  return [];
}

function namedTarget(check: Check): { resource: string; name: string; namespace: string | undefined } | undefined {
  switch (check.type) {
    case 'objectExists':
      return { resource: check.resource, name: check.name, namespace: check.namespace };
    case 'field':
      return check.name ? { resource: check.resource, name: check.name, namespace: check.namespace } : undefined;
    case 'rolledOut':
    case 'rolledBack':
      return { resource: 'deployment', name: check.deployment, namespace: check.namespace };
    case 'serviceEndpoints':
      return { resource: 'service', name: check.service, namespace: check.namespace };
    default:
      return undefined;
  }
}

/** The labels of the pods a workload makes (none for other objects). */
function podLabels(o: KubeObject): Record<string, string> | undefined {
  const spec = (o as { spec?: { template?: { metadata?: { labels?: Record<string, string> } } } }).spec;
  return spec?.template?.metadata?.labels;
}
