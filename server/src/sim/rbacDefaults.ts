/**
 * The user-facing default ClusterRoles (cluster-admin, admin, edit, view) and a few system roles,
 * with the rules that matter for `kubectl auth can-i` in labs.
 */
import type { ClusterRole, PolicyRule } from 'kubernetes-types/rbac/v1';

export type BootstrapRole = ClusterRole & { metadata: { name: string } };

const READ = ['get', 'list', 'watch'];
const WRITE = ['create', 'delete', 'deletecollection', 'patch', 'update'];

const workloads: Omit<PolicyRule, 'verbs'>[] = [
  {
    apiGroups: [''],
    resources: [
      'pods',
      'pods/attach',
      'pods/exec',
      'pods/portforward',
      'pods/proxy',
      'pods/log',
      'pods/status',
      'configmaps',
      'endpoints',
      'persistentvolumeclaims',
      'replicationcontrollers',
      'replicationcontrollers/scale',
      'services',
      'services/proxy',
      'serviceaccounts',
      'events',
    ],
  },
  {
    apiGroups: ['apps'],
    resources: [
      'daemonsets',
      'deployments',
      'deployments/rollback',
      'deployments/scale',
      'replicasets',
      'replicasets/scale',
      'statefulsets',
      'statefulsets/scale',
      'controllerrevisions',
    ],
  },
  { apiGroups: ['autoscaling'], resources: ['horizontalpodautoscalers'] },
  { apiGroups: ['batch'], resources: ['cronjobs', 'jobs'] },
  { apiGroups: ['networking.k8s.io'], resources: ['ingresses', 'networkpolicies'] },
  { apiGroups: ['policy'], resources: ['poddisruptionbudgets'] },
  { apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'] },
];

/** A ClusterRole as the bootstrap policy labels and annotates it (`aggregate`: the role it aggregates to). */
export const bootstrapRole = (name: string, rules: PolicyRule[], aggregate?: string): BootstrapRole => ({
  apiVersion: 'rbac.authorization.k8s.io/v1',
  kind: 'ClusterRole',
  metadata: {
    name,
    labels: {
      'kubernetes.io/bootstrapping': 'rbac-defaults',
      ...(aggregate ? { [`rbac.authorization.k8s.io/aggregate-to-${aggregate}`]: 'true' } : {}),
    },
    annotations: { 'rbac.authorization.kubernetes.io/autoupdate': 'true' },
  },
  rules,
});

export function defaultClusterRoles(): BootstrapRole[] {
  return [
    bootstrapRole('cluster-admin', [
      { apiGroups: ['*'], resources: ['*'], verbs: ['*'] },
      { nonResourceURLs: ['*'], verbs: ['*'] },
    ]),
    bootstrapRole('admin', [
      ...workloads.map((r) => ({ ...r, verbs: [...READ, ...WRITE] })),
      { apiGroups: [''], resources: ['secrets', 'resourcequotas', 'limitranges', 'namespaces'], verbs: READ },
      { apiGroups: [''], resources: ['secrets'], verbs: WRITE },
      { apiGroups: ['rbac.authorization.k8s.io'], resources: ['roles', 'rolebindings'], verbs: [...READ, ...WRITE] },
    ]),
    bootstrapRole(
      'edit',
      [
        ...workloads.map((r) => ({ ...r, verbs: [...READ, ...WRITE] })),
        { apiGroups: [''], resources: ['secrets'], verbs: [...READ, ...WRITE] },
        { apiGroups: [''], resources: ['resourcequotas', 'limitranges', 'namespaces'], verbs: READ },
      ],
      'admin',
    ),
    bootstrapRole(
      'view',
      [
        ...workloads.map((r) => ({ ...r, verbs: READ })),
        { apiGroups: [''], resources: ['resourcequotas', 'limitranges', 'namespaces'], verbs: READ },
      ],
      'edit',
    ),
    bootstrapRole('system:basic-user', [
      {
        apiGroups: ['authorization.k8s.io'],
        resources: ['selfsubjectaccessreviews', 'selfsubjectrulesreviews'],
        verbs: ['create'],
      },
      { apiGroups: ['authentication.k8s.io'], resources: ['selfsubjectreviews'], verbs: ['create'] },
    ]),
    bootstrapRole('system:discovery', [
      {
        nonResourceURLs: [
          '/api',
          '/api/*',
          '/apis',
          '/apis/*',
          '/healthz',
          '/livez',
          '/openapi',
          '/openapi/*',
          '/readyz',
          '/version',
          '/version/',
        ],
        verbs: ['get'],
      },
    ]),
    bootstrapRole('system:public-info-viewer', [
      { nonResourceURLs: ['/healthz', '/livez', '/readyz', '/version', '/version/'], verbs: ['get'] },
    ]),
  ];
}
