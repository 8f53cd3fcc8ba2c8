import { ADMIN_USER, Cluster, authorize, forbiddenMessage, userFor } from '../../server/src/sim/index.js';

// The pod-reader example of kubernetes.io/docs/reference/access-authn-authz/rbac/
function clusterWithPodReader() {
  const c = Cluster.create({ controllers: [] });
  c.api.create({
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'Role',
    metadata: { name: 'pod-reader' },
    rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get', 'watch', 'list'] }],
  });
  c.api.create({
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    metadata: { name: 'read-pods' },
    subjects: [{ kind: 'User', name: 'jane', apiGroup: 'rbac.authorization.k8s.io' }],
    roleRef: { kind: 'Role', name: 'pod-reader', apiGroup: 'rbac.authorization.k8s.io' },
  });
  return c;
}

describe('RBAC', () => {
  it('grants what a RoleBinding grants, in its namespace only', () => {
    const c = clusterWithPodReader();
    const jane = userFor('jane');
    expect(authorize(c.store, jane, { verb: 'list', group: '', resource: 'pods', namespace: 'default' })).toBe(true);
    expect(authorize(c.store, jane, { verb: 'delete', group: '', resource: 'pods', namespace: 'default' })).toBe(false);
    expect(authorize(c.store, jane, { verb: 'list', group: '', resource: 'pods', namespace: 'kube-system' })).toBe(
      false,
    );
    expect(
      authorize(c.store, jane, { verb: 'list', group: 'apps', resource: 'deployments', namespace: 'default' }),
    ).toBe(false);
    expect(
      authorize(c.store, ADMIN_USER, {
        verb: 'delete',
        group: 'apps',
        resource: 'deployments',
        namespace: 'kube-system',
      }),
    ).toBe(true);
  });

  it('binds ClusterRoles through RoleBindings and service accounts by namespace', () => {
    const c = Cluster.create({ controllers: [] });
    c.api.create({
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: { name: 'builder-view', namespace: 'default' },
      subjects: [{ kind: 'ServiceAccount', name: 'builder', namespace: 'default' }],
      roleRef: { kind: 'ClusterRole', name: 'view', apiGroup: 'rbac.authorization.k8s.io' },
    });
    const sa = userFor('system:serviceaccount:default:builder');
    expect(authorize(c.store, sa, { verb: 'get', group: 'apps', resource: 'deployments', namespace: 'default' })).toBe(
      true,
    );
    expect(
      authorize(c.store, sa, { verb: 'create', group: 'apps', resource: 'deployments', namespace: 'default' }),
    ).toBe(false);
    expect(authorize(c.store, sa, { verb: 'get', group: '', resource: 'secrets', namespace: 'default' })).toBe(false);
  });

  it('words a denial as kube-apiserver does', () => {
    expect(
      forbiddenMessage(userFor('jane'), { verb: 'list', group: '', resource: 'pods', namespace: 'kube-system' }),
    ).toBe('pods is forbidden: User "jane" cannot list resource "pods" in API group "" in the namespace "kube-system"');
    expect(forbiddenMessage(userFor('jane'), { verb: 'get', group: '', resource: 'nodes', name: 'minikube' })).toBe(
      'nodes "minikube" is forbidden: User "jane" cannot get resource "nodes" in API group "" at the cluster scope',
    );
  });
});
