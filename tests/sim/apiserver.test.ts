import { Cluster, isStatusError, type Stored } from '../../server/src/sim/index.js';

const deployment = (name: string, labels: Record<string, string> = { app: name }) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name },
  spec: {
    replicas: 2,
    selector: { matchLabels: labels },
    template: { metadata: { labels }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } },
  },
});

function errorOf(fn: () => unknown): { reason: string; message: string } {
  try {
    fn();
  } catch (err) {
    if (isStatusError(err)) return { reason: err.reason, message: err.message };
    throw err;
  }
  throw new Error('expected an API error');
}

describe('API server', () => {
  it('creates with server-filled metadata and defaults', () => {
    const c = Cluster.create({ controllers: [] });
    const d = c.api.create(deployment('web'));
    expect(d.metadata.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(d.metadata.namespace).toBe('default');
    expect(d.metadata.generation).toBe(1);
    expect(d.metadata.creationTimestamp).toBe('2025-01-01T00:00:00Z');
    const spec = d.spec as { strategy: unknown; revisionHistoryLimit: number };
    expect(spec.strategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' } });
    expect(spec.revisionHistoryLimit).toBe(10);
  });

  it('draws a generated name again when the one drawn is taken (RetryGenerateName)', () => {
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { generateName: 'web-' },
      spec: { containers: [{ name: 'c', image: 'nginx' }] },
    };
    const snapshot = Cluster.create({ controllers: [] }).snapshot();
    // The name this cluster's generator draws first, given to an existing pod in a copy of it.
    const first = Cluster.restore(structuredClone(snapshot)).api.create(pod);
    const taken = structuredClone(snapshot);
    taken.objects.pods = [...(taken.objects.pods ?? []), first];
    const c = Cluster.restore(taken);
    const created = c.api.create(pod);
    expect(created.metadata.name).toMatch(/^web-[a-z0-9]{5}$/);
    expect(created.metadata.name).not.toBe(first.metadata.name);
    expect(
      c.store
        .list('pods', 'default')
        .map((p) => p.metadata.name)
        .sort(),
    ).toEqual([first.metadata.name, created.metadata.name].sort());
  });

  it('rejects a selector that does not match the template labels, in the API server wording', () => {
    const c = Cluster.create({ controllers: [] });
    const bad = deployment('web');
    bad.spec.template.metadata.labels = { app: 'other' };
    expect(errorOf(() => c.api.create(bad))).toEqual({
      reason: 'Invalid',
      message:
        'Deployment.apps "web" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{"app":"other"}: `selector` does not match template `labels`',
    });
  });

  it('gives NotFound, AlreadyExists and Conflict as kube-apiserver does', () => {
    const c = Cluster.create({ controllers: [] });
    expect(errorOf(() => c.api.get('pods', 'default', 'web'))).toEqual({
      reason: 'NotFound',
      message: 'pods "web" not found',
    });
    const d = c.api.create(deployment('web'));
    expect(errorOf(() => c.api.create(deployment('web')))).toEqual({
      reason: 'AlreadyExists',
      message: 'deployments.apps "web" already exists',
    });
    c.api.update({ ...d, spec: { ...(d.spec as object), replicas: 3 } });
    expect(errorOf(() => c.api.update({ ...d, spec: { ...(d.spec as object), replicas: 4 } })).reason).toBe('Conflict');
  });

  it('rejects invalid names and unknown kinds', () => {
    const c = Cluster.create({ controllers: [] });
    expect(errorOf(() => c.api.create(deployment('Web'))).message).toMatch(
      /^Deployment.apps "Web" is invalid: metadata.name: Invalid value: "Web": a lowercase RFC 1123 subdomain/,
    );
    expect(errorOf(() => c.api.create({ apiVersion: 'v1', kind: 'Pood', metadata: { name: 'x' } })).message).toBe(
      'resource mapping not found for name: "" namespace: "" from "": no matches for kind "Pood" in version "v1"',
    );
  });
});

describe('fresh cluster', () => {
  it('looks like a new minikube', () => {
    const c = Cluster.create();
    const names = (r: string, ns?: string) =>
      c.api.list(r, { namespace: ns }).items.map((o: Stored) => o.metadata.name);
    expect(names('namespaces')).toEqual(['default', 'kube-node-lease', 'kube-public', 'kube-system']);
    expect(names('nodes')).toEqual(['minikube']);
    expect(names('services', 'default')).toEqual(['kubernetes']);
    const pods = names('pods', 'kube-system');
    expect(pods).toHaveLength(7);
    expect(pods.filter((p) => /^coredns-[a-z0-9]+-[a-z0-9]{5}$/.test(p))).toHaveLength(1);
    expect(pods).toEqual(expect.arrayContaining(['etcd-minikube', 'kube-apiserver-minikube', 'storage-provisioner']));
  });
});

describe('delete preconditions', () => {
  // k8s.io/apiserver pkg/storage Preconditions.Check, returned by the registry as a Conflict.
  it('deletes only the object with the UID and resourceVersion asked for', () => {
    const c = Cluster.create({ controllers: [] });
    const d = c.api.create(deployment('web'));
    expect(
      errorOf(() => c.api.delete('deployments.apps', 'default', 'web', { preconditions: { uid: 'other' } })),
    ).toEqual({
      reason: 'Conflict',
      message: `Operation cannot be fulfilled on deployments.apps "web": Precondition failed: UID in precondition: other, UID in object meta: ${d.metadata.uid}`,
    });
    expect(
      errorOf(() => c.api.delete('deployments.apps', 'default', 'web', { preconditions: { resourceVersion: '1' } })),
    ).toEqual({
      reason: 'Conflict',
      message: `Operation cannot be fulfilled on deployments.apps "web": Precondition failed: ResourceVersion in precondition: 1, ResourceVersion in object meta: ${d.metadata.resourceVersion}`,
    });
    c.api.delete('deployments.apps', 'default', 'web', { preconditions: { uid: d.metadata.uid } });
    expect(c.api.find('deployments.apps', 'default', 'web')).toBeUndefined();
  });
});
