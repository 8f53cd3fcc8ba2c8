/**
 * The last-applied-configuration annotation as kubectl writes it (kubectl/pkg/util/apply.go GetModifiedConfiguration):
 * Go's JSON of the object as sent (keys sorted, <>& escaped), its namespace filled in, `"annotations":{}` when the
 * annotation was the only one, and a trailing newline. Expected text from kubernetes/website
 * content/en/docs/tasks/manage-kubernetes-objects/declarative-config.md (simple_deployment.yaml).
 */
import { createEnvironment } from '../../server/src/kubectl/environment';

const SIMPLE_DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx-deployment
spec:
  selector:
    matchLabels:
      app: nginx
  minReadySeconds: 5
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
      - name: nginx
        image: nginx:1.14.2
        ports:
        - containerPort: 80
`;

function setup() {
  const env = createEnvironment({
    virtualTime: true,
    cluster: { seed: 1, state: 'Absent' },
    files: {
      'simple_deployment.yaml': SIMPLE_DEPLOYMENT,
      'ns.yaml': 'kind: Namespace\napiVersion: v1\nmetadata:\n  name: team\n  annotations:\n    note: "<a&b>"\n',
    },
  });
  env.run('minikube start');
  return env;
}

const ANNOTATION = "jsonpath='{.metadata.annotations.kubectl\\.kubernetes\\.io/last-applied-configuration}'";

describe('last-applied-configuration', () => {
  it('is what the declarative-config page shows after kubectl apply', () => {
    const env = setup();
    env.run('kubectl apply -f simple_deployment.yaml');
    expect(env.run(`kubectl get deploy nginx-deployment -o ${ANNOTATION}`).output).toBe(
      '{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"annotations":{},"name":"nginx-deployment","namespace":"default"},"spec":{"minReadySeconds":5,"selector":{"matchLabels":{"app":"nginx"}},"template":{"metadata":{"labels":{"app":"nginx"}},"spec":{"containers":[{"image":"nginx:1.14.2","name":"nginx","ports":[{"containerPort":80}]}]}}}}\n',
    );
  });

  it('leaves the namespace out for cluster-scoped kinds and escapes as Go does, with create --save-config', () => {
    const env = setup();
    env.run('kubectl create -f ns.yaml --save-config');
    expect(env.run(`kubectl get ns team -o ${ANNOTATION}`).output).toBe(
      '{"apiVersion":"v1","kind":"Namespace","metadata":{"annotations":{"note":"\\u003ca\\u0026b\\u003e"},"name":"team"}}\n',
    );
  });
});
