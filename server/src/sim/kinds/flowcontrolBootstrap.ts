/**
 * The API Priority and Fairness configuration kube-apiserver v1.32 keeps in every cluster (k8s.io/apiserver
 * pkg/apis/flowcontrol/bootstrap): the mandatory `exempt` and `catch-all` objects, and the suggested ones. Each object
 * carries `apf.kubernetes.io/autoupdate-spec: "true"`; the API server recreates them when deleted and puts the specs
 * back (see controllers/services/flowcontrol.ts).
 */
import { deepFreeze } from '../../lib/freeze.js';

export const AUTO_UPDATE = 'apf.kubernetes.io/autoupdate-spec';

export interface Subject {
  kind: string;
  user?: { name: string };
  group?: { name: string };
  serviceAccount?: { name: string; namespace: string };
}

export interface ResourceRule {
  verbs: string[];
  apiGroups: string[];
  resources: string[];
  namespaces?: string[];
  clusterScope?: boolean;
}

export interface NonResourceRule {
  verbs: string[];
  nonResourceURLs: string[];
}

export interface PolicyRules {
  subjects?: Subject[];
  resourceRules?: ResourceRule[];
  nonResourceRules?: NonResourceRule[];
}

export interface FlowSchemaSpec {
  priorityLevelConfiguration: { name: string };
  matchingPrecedence: number;
  distinguisherMethod?: { type: string };
  rules?: PolicyRules[];
}

export interface Queuing {
  queues: number;
  handSize: number;
  queueLengthLimit: number;
}

export interface PriorityLevelSpec {
  type: string;
  limited?: {
    nominalConcurrencyShares?: number;
    lendablePercent?: number;
    borrowingLimitPercent?: number;
    limitResponse: { type: string; queuing?: Queuing };
  };
  exempt?: { nominalConcurrencyShares?: number; lendablePercent?: number };
}

export interface Bootstrap<S> {
  name: string;
  mandatory: boolean;
  spec: S;
}

const group = (name: string): Subject => ({ kind: 'Group', group: { name } });
const user = (name: string): Subject => ({ kind: 'User', user: { name } });
const kubeSystemSA = (name: string): Subject => ({
  kind: 'ServiceAccount',
  serviceAccount: { name, namespace: 'kube-system' },
});

/** Every verb on every resource, cluster-wide and in every namespace, and on every non-resource URL. */
const everything = (subjects: Subject[]): PolicyRules => ({
  subjects,
  resourceRules: [{ verbs: ['*'], apiGroups: ['*'], resources: ['*'], namespaces: ['*'], clusterScope: true }],
  nonResourceRules: [{ verbs: ['*'], nonResourceURLs: ['*'] }],
});

const leases: ResourceRule = {
  verbs: ['get', 'create', 'update'],
  apiGroups: ['coordination.k8s.io'],
  resources: ['leases'],
  namespaces: ['*'],
};

function fs(
  name: string,
  level: string,
  precedence: number,
  distinguisher: string | undefined,
  rules: PolicyRules,
  mandatory = false,
): Bootstrap<FlowSchemaSpec> {
  return {
    name,
    mandatory,
    spec: {
      priorityLevelConfiguration: { name: level },
      matchingPrecedence: precedence,
      ...(distinguisher ? { distinguisherMethod: { type: distinguisher } } : {}),
      rules: [rules],
    },
  };
}

function limited(
  name: string,
  shares: number,
  lendable: number,
  queuing: Queuing | undefined,
  mandatory = false,
): Bootstrap<PriorityLevelSpec> {
  return {
    name,
    mandatory,
    spec: {
      type: 'Limited',
      limited: {
        nominalConcurrencyShares: shares,
        lendablePercent: lendable,
        limitResponse: queuing ? { type: 'Queue', queuing } : { type: 'Reject' },
      },
    },
  };
}

const queues = (queues: number, handSize: number): Queuing => ({ queues, handSize, queueLengthLimit: 50 });

const ALL = ['system:unauthenticated', 'system:authenticated'].map(group);

/** The flow schemas, by name (the order a list returns them in). Deep-frozen and shared by every cluster. */
export const BOOTSTRAP_FLOW_SCHEMAS: readonly Bootstrap<FlowSchemaSpec>[] = deepFreeze([
  fs('catch-all', 'catch-all', 10000, 'ByUser', everything(ALL), true),
  fs('endpoint-controller', 'workload-high', 150, 'ByUser', {
    subjects: [
      user('system:kube-controller-manager'),
      kubeSystemSA('endpoint-controller'),
      kubeSystemSA('endpointslicemirroring-controller'),
    ],
    resourceRules: [
      { verbs: ['get', 'create', 'update'], apiGroups: [''], resources: ['endpoints'], namespaces: ['*'] },
    ],
  }),
  fs('exempt', 'exempt', 1, undefined, everything([group('system:masters')]), true),
  fs('global-default', 'global-default', 9900, 'ByUser', everything(ALL)),
  fs(
    'kube-controller-manager',
    'workload-high',
    800,
    'ByNamespace',
    everything([user('system:kube-controller-manager')]),
  ),
  fs('kube-scheduler', 'workload-high', 800, 'ByNamespace', everything([user('system:kube-scheduler')])),
  fs('kube-system-service-accounts', 'workload-high', 900, 'ByNamespace', everything([kubeSystemSA('*')])),
  fs('probes', 'exempt', 2, undefined, {
    subjects: ALL,
    nonResourceRules: [{ verbs: ['get'], nonResourceURLs: ['/healthz', '/readyz', '/livez'] }],
  }),
  fs('service-accounts', 'workload-low', 9000, 'ByUser', everything([group('system:serviceaccounts')])),
  fs('system-leader-election', 'leader-election', 100, 'ByUser', {
    subjects: [user('system:kube-controller-manager'), user('system:kube-scheduler'), kubeSystemSA('*')],
    resourceRules: [leases],
  }),
  fs('system-node-high', 'node-high', 400, 'ByUser', {
    subjects: [group('system:nodes')],
    resourceRules: [
      { verbs: ['*'], apiGroups: [''], resources: ['nodes', 'nodes/status'], namespaces: ['*'], clusterScope: true },
      { verbs: ['*'], apiGroups: ['coordination.k8s.io'], resources: ['leases'], namespaces: ['*'] },
    ],
  }),
  fs('system-nodes', 'system', 500, 'ByUser', everything([group('system:nodes')])),
  fs('workload-leader-election', 'leader-election', 200, 'ByUser', {
    subjects: [kubeSystemSA('*')],
    resourceRules: [
      {
        verbs: ['get', 'create', 'update'],
        apiGroups: [''],
        resources: ['endpoints', 'configmaps'],
        namespaces: ['*'],
      },
      leases,
    ],
  }),
]);

/** The priority levels, by name. */
export const BOOTSTRAP_PRIORITY_LEVELS: readonly Bootstrap<PriorityLevelSpec>[] = deepFreeze([
  limited('catch-all', 5, 0, undefined, true),
  {
    name: 'exempt',
    mandatory: true,
    spec: { type: 'Exempt', exempt: { nominalConcurrencyShares: 0, lendablePercent: 0 } },
  },
  limited('global-default', 20, 50, queues(128, 6)),
  limited('leader-election', 10, 0, queues(16, 4)),
  limited('node-high', 40, 25, queues(64, 6)),
  limited('system', 30, 33, queues(64, 6)),
  limited('workload-high', 40, 50, queues(128, 6)),
  limited('workload-low', 100, 90, queues(128, 6)),
]);

export const FLOW_SCHEMAS = 'flowschemas.flowcontrol.apiserver.k8s.io';
export const PRIORITY_LEVELS = 'prioritylevelconfigurations.flowcontrol.apiserver.k8s.io';
const API_VERSION = 'flowcontrol.apiserver.k8s.io/v1';

/** A bootstrap object as the API server's ensurer creates it (the spec is shared, frozen). */
export function bootstrapObject(kind: 'FlowSchema' | 'PriorityLevelConfiguration', b: Bootstrap<object>) {
  return {
    apiVersion: API_VERSION,
    kind,
    metadata: { name: b.name, annotations: { [AUTO_UPDATE]: 'true' } },
    spec: b.spec,
  };
}

export interface DanglingCondition {
  type: 'Dangling';
  status: 'True' | 'False';
  lastTransitionTime: string;
  reason: 'Found' | 'NotFound';
  message: string;
}

/** The condition the API Priority and Fairness config controller keeps on a FlowSchema (presyncFlowSchemaStatus). */
export function danglingCondition(level: string, exists: boolean, at: string): DanglingCondition {
  return exists
    ? {
        type: 'Dangling',
        status: 'False',
        lastTransitionTime: at,
        reason: 'Found',
        message: `This FlowSchema references the PriorityLevelConfiguration object named ${JSON.stringify(level)} and it exists`,
      }
    : {
        type: 'Dangling',
        status: 'True',
        lastTransitionTime: at,
        reason: 'NotFound',
        message: `This FlowSchema references the PriorityLevelConfiguration object named ${JSON.stringify(level)} but there is no such object`,
      };
}
