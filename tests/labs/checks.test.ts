// Every check type passes and fails, and explains itself when it fails.
import type { Deployment } from 'kubernetes-types/apps/v1';
import { evaluateCheck, evaluateStep } from '../../server/src/labs/checks/index';
import type { Check } from '../../server/src/labs/format';
import { Cluster } from '../../server/src/sim/index';
import { deployment, fakeEnv, runningCluster } from './support';

const web = () => runningCluster([deployment('web', 'nginx:1.27', 2)]);

describe('objectExists / objectAbsent', () => {
  const cluster = web();
  const env = fakeEnv(cluster);
  it('passes when the object exists, with singular, plural or short names', () => {
    for (const resource of ['deployment', 'deployments', 'deploy']) {
      expect(evaluateCheck({ type: 'objectExists', resource, name: 'web' }, env)).toEqual({
        passed: true,
        message: 'deployment "web" exists in namespace default',
      });
    }
  });
  it('fails with the reason', () => {
    expect(evaluateCheck({ type: 'objectExists', resource: 'deployment', name: 'api' }, env)).toEqual({
      passed: false,
      message: 'there is no deployment "api" in namespace default',
    });
    expect(evaluateCheck({ type: 'objectExists', resource: 'gizmo', name: 'x' }, env).message).toBe(
      'the cluster has no resource type "gizmo"',
    );
  });
  it('absent: passes when gone, fails while it exists', () => {
    expect(evaluateCheck({ type: 'objectAbsent', resource: 'deployment', name: 'api' }, env).passed).toBe(true);
    expect(evaluateCheck({ type: 'objectAbsent', resource: 'deployment', name: 'web' }, env)).toEqual({
      passed: false,
      message: 'deployment "web" still exists in namespace default',
    });
  });
  it('cluster-scoped objects need no namespace', () => {
    expect(evaluateCheck({ type: 'objectExists', resource: 'node', name: 'minikube' }, env)).toEqual({
      passed: true,
      message: 'node "minikube" exists',
    });
  });
});

describe('field', () => {
  const env = fakeEnv(web());
  const replicas = (compare: Extract<Check, { type: 'field' }>['compare']): Check => ({
    type: 'field',
    resource: 'deployment',
    name: 'web',
    jsonPath: '{.spec.replicas}',
    label: 'replicas',
    compare,
  });
  it('compares values found with a JSONPath', () => {
    expect(evaluateCheck(replicas({ equals: 2 }), env)).toEqual({
      passed: true,
      message: 'replicas of deployment web is 2',
    });
    expect(evaluateCheck(replicas({ equals: 3 }), env)).toEqual({
      passed: false,
      message: 'replicas of deployment web is 2; the step asks for 3',
    });
    expect(evaluateCheck(replicas({ atLeast: 2 }), env).passed).toBe(true);
    expect(evaluateCheck(replicas({ atMost: 1 }), env).message).toBe(
      'replicas of deployment web is 2; the step asks for at most 1',
    );
    expect(evaluateCheck(replicas({ oneOf: [1, 2] }), env).passed).toBe(true);
    expect(evaluateCheck(replicas({ notEquals: 2 }), env).passed).toBe(false);
  });
  it('matches, exists, and filters in the path', () => {
    const image: Check = {
      type: 'field',
      resource: 'deploy',
      name: 'web',
      jsonPath: '.spec.template.spec.containers[?(@.name=="main")].image',
      compare: { matches: '^nginx:1\\.2\\d$' },
    };
    expect(evaluateCheck(image, env).passed).toBe(true);
    const missing: Check = {
      type: 'field',
      resource: 'deploy',
      name: 'web',
      jsonPath: '{.spec.paused}',
      label: 'paused',
      compare: { exists: true },
    };
    expect(evaluateCheck(missing, env)).toEqual({
      passed: false,
      message: 'paused of deployment web is not set; the step asks for it to be set',
    });
  });
  it('selects objects by label, any or all', () => {
    const anyPod: Check = {
      type: 'field',
      resource: 'pods',
      selector: 'app=web',
      jsonPath: '{.status.phase}',
      label: 'phase',
      compare: { equals: 'Running' },
    };
    expect(evaluateCheck(anyPod, env).passed).toBe(true);
    const allPods: Check = { ...anyPod, match: 'all', compare: { equals: 'Pending' } };
    expect(evaluateCheck(allPods, env).message).toMatch(
      /^phase of pod web-[a-z0-9-]+ is "Running"; the step asks for "Pending"$/,
    );
    expect(evaluateCheck({ ...anyPod, selector: 'app=none' }, env)).toEqual({
      passed: false,
      message: 'there is no pod with app=none in namespace default',
    });
  });
  it('reports a missing object', () => {
    expect(
      evaluateCheck(
        { type: 'field', resource: 'deployment', name: 'api', jsonPath: '{.spec.replicas}', compare: { equals: 1 } },
        env,
      ).message,
    ).toBe('there is no deployment "api" in namespace default');
  });
});

describe('podsReady', () => {
  const env = fakeEnv(runningCluster([deployment('web', 'nginx:1.27', 3)], 2));
  it('counts Ready pods of a selector', () => {
    expect(evaluateCheck({ type: 'podsReady', selector: 'app=web', count: 3 }, env)).toEqual({
      passed: true,
      message: '3 pods with app=web are Ready',
    });
    expect(evaluateCheck({ type: 'podsReady', selector: 'app=web', count: 5 }, env)).toEqual({
      passed: false,
      message: '3 pods with app=web are Ready; the step asks for 5',
    });
    expect(evaluateCheck({ type: 'podsReady', selector: 'app=web', count: 2, mode: 'atLeast' }, env).passed).toBe(true);
  });
  it('checks the spread over nodes', () => {
    const nodes = new Set(
      env.cluster.api
        .list('pods', { namespace: 'default' })
        .items.map((p) => (p as { spec?: { nodeName?: string } }).spec?.nodeName),
    );
    const used = nodes.size;
    expect(evaluateCheck({ type: 'podsReady', selector: 'app=web', count: 3, minNodes: used }, env).passed).toBe(true);
    expect(evaluateCheck({ type: 'podsReady', selector: 'app=web', count: 3, minNodes: used + 1 }, env).message).toBe(
      `the Ready pods with app=web run on ${used} node${used === 1 ? '' : 's'}; the step asks for at least ${used + 1}`,
    );
    const busy = [...nodes][0]!;
    expect(evaluateCheck({ type: 'podsReady', selector: 'app=web', count: 3, notOnNode: busy }, env).message).toMatch(
      new RegExp(`still runs? on ${busy}$`),
    );
    expect(
      evaluateCheck({ type: 'podsReady', selector: 'app=web', count: 3, notOnNode: 'elsewhere' }, env).passed,
    ).toBe(true);
  });
  it('explains pods that are not Ready', () => {
    const cluster = runningCluster([deployment('big', 'nginx:1.27', 1, {})]);
    const d = cluster.api.get<Deployment>('deployments.apps', 'default', 'big');
    const huge = structuredClone(d) as Deployment;
    huge.spec!.template.spec!.containers[0]!.resources = { requests: { cpu: '64' } };
    cluster.api.update(huge as never);
    cluster.settle();
    const r = evaluateCheck({ type: 'podsReady', selector: 'app=big', count: 2 }, fakeEnv(cluster));
    expect(r.passed).toBe(false);
    expect(r.message).toMatch(/^1 pod with app=big is Ready \(1 other pod not Ready\); the step asks for 2$/);
  });
});

describe('rolledOut and rolledBack', () => {
  const cluster = web();
  const env = fakeEnv(cluster);
  const setImage = (image: string) => {
    const d = structuredClone(cluster.api.get<Deployment>('deployments.apps', 'default', 'web')) as Deployment;
    d.spec!.template.spec!.containers[0]!.image = image;
    cluster.api.update(d as never);
  };
  it('passes once every replica runs the image', () => {
    expect(evaluateCheck({ type: 'rolledOut', deployment: 'web', image: 'nginx:1.27' }, env)).toEqual({
      passed: true,
      message: 'deployment web finished rolling out to nginx:1.27',
    });
    expect(evaluateCheck({ type: 'rolledOut', deployment: 'web', image: 'nginx:1.26' }, env)).toEqual({
      passed: false,
      message: 'deployment web runs image nginx:1.27 in container main; the step asks for nginx:1.26',
    });
  });
  it('fails while a rollout is in progress', () => {
    setImage('nginx:1.26');
    const r = evaluateCheck({ type: 'rolledOut', deployment: 'web', image: 'nginx:1.26' }, env);
    expect(r.passed).toBe(false);
    expect(r.message).toMatch(
      /^deployment web( has \d of 2 replicas updated| still has \d old replicas? to replace| has \d of \d updated replicas available|'s new spec has not been picked up)/,
    );
    cluster.settle();
    expect(evaluateCheck({ type: 'rolledOut', deployment: 'web', image: 'nginx:1.26' }, env).passed).toBe(true);
  });
  it('a new template is not a rollback; going back to an old one is', () => {
    expect(evaluateCheck({ type: 'rolledBack', deployment: 'web' }, env)).toEqual({
      passed: false,
      message: 'deployment web is on revision 2, a pod template it never ran before: nothing has been rolled back',
    });
    setImage('nginx:1.27');
    cluster.settle();
    expect(evaluateCheck({ type: 'rolledBack', deployment: 'web' }, env)).toEqual({
      passed: true,
      message: 'deployment web went back to an earlier pod template (now revision 3)',
    });
  });
});

describe('serviceEndpoints', () => {
  const cluster = web();
  cluster.api.create({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'web' },
    spec: { selector: { app: 'web' }, ports: [{ port: 80 }] },
  });
  cluster.api.create({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'typo' },
    spec: { selector: { app: 'wbe' }, ports: [{ port: 80 }] },
  });
  cluster.settle();
  const env = fakeEnv(cluster);
  it('counts ready endpoints', () => {
    expect(evaluateCheck({ type: 'serviceEndpoints', service: 'web', min: 2 }, env)).toEqual({
      passed: true,
      message: 'service web has 2 ready endpoints',
    });
    expect(evaluateCheck({ type: 'serviceEndpoints', service: 'web', min: 3 }, env)).toEqual({
      passed: false,
      message: 'service web has 2 ready endpoints; the step asks for at least 3',
    });
  });
  it('hints at the selector when there are none', () => {
    expect(evaluateCheck({ type: 'serviceEndpoints', service: 'typo' }, env).message).toBe(
      'service typo has 0 ready endpoints (does its selector match the labels of Ready pods?); the step asks for at least 1',
    );
    expect(evaluateCheck({ type: 'serviceEndpoints', service: 'nope' }, env).message).toBe(
      'there is no service "nope" in namespace default',
    );
  });
});

describe('commandRun', () => {
  const cluster = Cluster.create({ state: 'Absent' });
  it('matches the parsed command: alias, flag order and spelling, resource names', () => {
    const env = fakeEnv(cluster, [{ line: 'k get po -owide --namespace=kube-system', exitCode: 0 }]);
    expect(evaluateCheck({ type: 'commandRun', command: 'kubectl get pods -n kube-system -o wide' }, env)).toEqual({
      passed: true,
      message: 'you ran kubectl get pods -n kube-system -o wide',
    });
    expect(evaluateCheck({ type: 'commandRun', command: 'kubectl get pods -n default' }, env).passed).toBe(false);
  });
  it('needs success unless told otherwise, and counts runs', () => {
    const env = fakeEnv(cluster, [{ line: 'minikube status', exitCode: 7 }]);
    expect(evaluateCheck({ type: 'commandRun', command: 'minikube status' }, env)).toEqual({
      passed: false,
      message: 'minikube status was run but did not succeed (exit code 7)',
    });
    expect(evaluateCheck({ type: 'commandRun', command: 'minikube status', outcome: 'any' }, env).passed).toBe(true);
    expect(evaluateCheck({ type: 'commandRun', command: 'minikube status', outcome: 'any', times: 2 }, env)).toEqual({
      passed: false,
      message: 'minikube status has been run 1 time; the step asks for 2',
    });
    expect(evaluateCheck({ type: 'commandRun', command: 'minikube start' }, env)).toEqual({
      passed: false,
      message: 'minikube start has not been run yet',
    });
  });
  it('finds commands inside pipelines', () => {
    const env = fakeEnv(cluster, [
      { line: "kubectl get secret db -o jsonpath='{.data.password}' | base64 -d", exitCode: 0 },
    ]);
    expect(evaluateCheck({ type: 'commandRun', command: 'kubectl get secrets db' }, env).passed).toBe(true);
    expect(evaluateCheck({ type: 'commandRun', command: 'base64 -d' }, env).passed).toBe(true);
  });
  it('reads what the shell ran when the log has it (their own aliases and variables)', () => {
    const env = fakeEnv(cluster, [
      { line: 'kl $POD', exitCode: 0, argv: [['kubectl', 'logs', '--follow=true', 'web']] },
      { line: 'kubectl logs web', exitCode: 0 },
    ]);
    expect(evaluateCheck({ type: 'commandRun', command: 'kubectl logs -f web' }, env).passed).toBe(true);
    expect(evaluateCheck({ type: 'commandRun', command: 'kubectl logs web', times: 2 }, env).passed).toBe(true);
    expect(evaluateCheck({ type: 'commandRun', command: 'kubectl logs -p web' }, env).passed).toBe(false);
  });
});

describe('fileYaml', () => {
  const cluster = Cluster.create({ state: 'Absent' });
  const deploymentYaml = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: hello\n';
  it('passes for valid YAML of the kind and name', () => {
    const env = fakeEnv(cluster, [], { '/home/student/hello.yaml': deploymentYaml });
    expect(evaluateCheck({ type: 'fileYaml', path: 'hello.yaml', kind: 'Deployment', name: 'hello' }, env)).toEqual({
      passed: true,
      message: '~/hello.yaml holds Deployment hello',
    });
  });
  it('explains missing files, broken YAML and the wrong kind', () => {
    const env = fakeEnv(cluster, [], {
      '/home/student/bad.yaml': 'kind: [oops\n',
      '/home/student/svc.yaml': 'kind: Service\nmetadata: {name: x}\n',
    });
    expect(evaluateCheck({ type: 'fileYaml', path: 'hello.yaml' }, env).message).toBe('there is no file ~/hello.yaml');
    expect(evaluateCheck({ type: 'fileYaml', path: 'bad.yaml' }, env).message).toMatch(
      /^~\/bad\.yaml is not valid YAML \(line \d+: /,
    );
    expect(evaluateCheck({ type: 'fileYaml', path: 'svc.yaml', kind: 'Deployment' }, env).message).toBe(
      '~/svc.yaml is valid YAML but holds Service; the step asks for Deployment',
    );
  });
});

describe('clusterState', () => {
  it('compares the state and the number of nodes', () => {
    const absent = fakeEnv(Cluster.create({ state: 'Absent' }));
    expect(evaluateCheck({ type: 'clusterState', state: 'running' }, absent)).toEqual({
      passed: false,
      message: 'there is no cluster yet; the step asks for it to be running',
    });
    const two = fakeEnv(Cluster.create({ nodes: 2 }));
    expect(evaluateCheck({ type: 'clusterState', state: 'running', nodes: 2 }, two)).toEqual({
      passed: true,
      message: 'the cluster is running with 2 nodes',
    });
    expect(evaluateCheck({ type: 'clusterState', state: 'running', nodes: 3 }, two).message).toBe(
      'the cluster has 2 nodes; the step asks for 3',
    );
    const stopped = fakeEnv(Cluster.create({ state: 'Stopped' }));
    expect(evaluateCheck({ type: 'clusterState', state: 'stopped' }, stopped).passed).toBe(true);
  });
  it('object checks on a stopped cluster say so', () => {
    const stopped = fakeEnv(Cluster.create({ state: 'Stopped' }));
    expect(evaluateCheck({ type: 'objectExists', resource: 'node', name: 'minikube' }, stopped)).toEqual({
      passed: false,
      message: 'the cluster is stopped: minikube start brings it back',
    });
  });
});

it('a step passes only when all its checks pass, each described', () => {
  const env = fakeEnv(web());
  const r = evaluateStep(
    {
      id: 's',
      checks: [
        { type: 'objectExists', resource: 'deployment', name: 'web', description: 'a deployment web' },
        { type: 'podsReady', selector: 'app=web', count: 3 },
      ],
    },
    env,
  );
  expect(r.passed).toBe(false);
  expect(r.checks).toEqual([
    { description: 'a deployment web', passed: true, message: 'deployment "web" exists in namespace default' },
    {
      description: '3 pods with app=web are Ready',
      passed: false,
      message: '2 pods with app=web are Ready; the step asks for 3',
    },
  ]);
});
