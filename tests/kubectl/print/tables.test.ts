// `kubectl events` follows kubectl pkg/cmd/events (event_printer.go: LAST SEEN with "(xN over …)",
// OBJECT as Kind/name); `kubectl top` follows pkg/metricsutil/metrics_printer.go (every value written
// with a trailing tab, so lines end in padding, as in the `kubectl top pod -A` output captured in
// public notes); `kubectl api-resources` follows pkg/cmd/apiresources.
import {
  renderApiResources,
  renderEventsTable,
  renderTopNodes,
  renderTopPods,
} from '../../../server/src/kubectl/print/index.js';
import { ago, NOW } from './fixtures.js';

describe('kubectl events', () => {
  it('sorts by time and shows repeats', () => {
    const events = [
      {
        metadata: { name: 'b', namespace: 'default' },
        involvedObject: { kind: 'Pod', name: 'web-1' },
        type: 'Warning',
        reason: 'BackOff',
        message: 'Back-off restarting failed container',
        firstTimestamp: ago(200),
        lastTimestamp: ago(12),
        count: 7,
      },
      {
        metadata: { name: 'a', namespace: 'default' },
        involvedObject: { kind: 'Pod', name: 'web-1' },
        type: 'Normal',
        reason: 'Scheduled',
        message: 'Successfully assigned default/web-1 to minikube ',
        firstTimestamp: ago(300),
        lastTimestamp: ago(300),
        count: 1,
      },
    ];
    expect(renderEventsTable(events, { now: NOW })).toBe(
      'LAST SEEN             TYPE      REASON      OBJECT      MESSAGE\n' +
        '5m                    Normal    Scheduled   Pod/web-1   Successfully assigned default/web-1 to minikube\n' +
        '12s (x7 over 3m20s)   Warning   BackOff     Pod/web-1   Back-off restarting failed container\n',
    );
    expect(renderEventsTable(events.slice(1), { now: NOW, allNamespaces: true, noHeaders: true })).toBe(
      'default   5m    Normal   Scheduled   Pod/web-1   Successfully assigned default/web-1 to minikube\n',
    );
  });
});

describe('kubectl top', () => {
  it('prints nodes with percentages of allocatable, <unknown> without metrics', () => {
    const out = renderTopNodes([{ name: 'minikube', usage: { cpu: '329087452n', memory: '2748180Ki' } }], {
      allocatable: new Map([
        ['minikube', { cpu: '2', memory: '3912972Ki' }],
        ['minikube-m02', { cpu: '2', memory: '3912972Ki' }],
      ]),
    });
    expect(out).toBe(
      'NAME           CPU(cores)   CPU(%)      MEMORY(bytes)   MEMORY(%)   \n' +
        'minikube       330m         16%         2683Mi          70%         \n' +
        'minikube-m02   <unknown>    <unknown>   <unknown>       <unknown>   \n',
    );
  });

  it('prints pods, optionally with namespaces, containers and a sum', () => {
    const metrics = [
      {
        namespace: 'kube-system',
        name: 'etcd-minikube',
        containers: [{ name: 'etcd', usage: { cpu: '41m', memory: '37Mi' } }],
      },
      {
        namespace: 'default',
        name: 'resource-consumer-pod',
        containers: [
          { name: 'main', usage: { cpu: '90m', memory: '5Mi' } },
          { name: 'side', usage: { cpu: '10m', memory: '2Mi' } },
        ],
      },
    ];
    expect(renderTopPods(metrics, { allNamespaces: true })).toBe(
      'NAMESPACE     NAME                    CPU(cores)   MEMORY(bytes)   \n' +
        'default       resource-consumer-pod   100m         7Mi             \n' +
        'kube-system   etcd-minikube           41m          37Mi            \n',
    );
    expect(renderTopPods(metrics.slice(1), { containers: true, sum: true })).toBe(
      'POD                     NAME   CPU(cores)   MEMORY(bytes)   \n' +
        'resource-consumer-pod   main   90m          5Mi             \n' +
        'resource-consumer-pod   side   10m          2Mi             \n' +
        '                               ________     ________        \n' +
        '                               100m         7Mi             \n',
    );
  });
});

describe('kubectl api-resources', () => {
  const resources = [
    {
      name: 'pods',
      shortNames: ['po'],
      apiVersion: 'v1',
      namespaced: true,
      kind: 'Pod',
      verbs: ['create', 'delete', 'get', 'list'],
      categories: ['all'],
    },
    {
      name: 'deployments',
      shortNames: ['deploy'],
      apiVersion: 'apps/v1',
      namespaced: true,
      kind: 'Deployment',
      verbs: ['get', 'list'],
      categories: ['all'],
    },
    { name: 'nodes', shortNames: ['no'], apiVersion: 'v1', namespaced: false, kind: 'Node' },
  ];

  it('prints the table, wide and name forms', () => {
    expect(renderApiResources(resources)).toBe(
      'NAME          SHORTNAMES   APIVERSION   NAMESPACED   KIND\n' +
        'pods          po           v1           true         Pod\n' +
        'deployments   deploy       apps/v1      true         Deployment\n' +
        'nodes         no           v1           false        Node\n',
    );
    expect(renderApiResources(resources.slice(0, 1), { output: 'wide' })).toBe(
      'NAME   SHORTNAMES   APIVERSION   NAMESPACED   KIND   VERBS                    CATEGORIES\npods   po           v1           true         Pod    create,delete,get,list   all\n',
    );
    expect(renderApiResources(resources, { output: 'name' })).toBe('pods\ndeployments.apps\nnodes\n');
  });
});
