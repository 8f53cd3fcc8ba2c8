/**
 * `-k DIR` on apply, create, get, describe, diff and delete: the objects the built-in kustomize builds, sent and
 * printed as `-f` would print them. The client-side errors are kubectl v1.32's (recorded by running the real
 * kubectl on the PATH: `kubectl apply -k overlay/prod -R`, `kubectl get -k overlay/prod -f x`, `kubectl get -k nope`).
 */
import { createEnvironment } from '../../server/src/kubectl/environment';

const KUSTOMIZATION = `namespace: shop
namePrefix: dev-
labels:
- pairs:
    team: a
configMapGenerator:
- name: cfg
  literals:
  - A=1
resources:
- deploy.yaml
`;

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: nginx
        image: nginx:1.25
        envFrom:
        - configMapRef:
            name: cfg
`;

function setup() {
  const env = createEnvironment({
    virtualTime: true,
    cluster: { seed: 1, state: 'Absent' },
    files: { 'app/kustomization.yaml': KUSTOMIZATION, 'app/deploy.yaml': DEPLOYMENT },
  });
  env.run('minikube start');
  env.run('kubectl create namespace shop');
  return env;
}

describe('kubectl -k', () => {
  it('applies what kustomize builds, then reports it unchanged, and deletes it', () => {
    const env = setup();
    // The hash suffix is the one the real `kubectl kustomize` prints for this kustomization.
    expect(env.run('kubectl apply -k app').output).toBe(
      'configmap/dev-cfg-89g4tffbfk created\ndeployment.apps/dev-web created\n',
    );
    expect(env.run('kubectl apply -k app').output).toBe(
      'configmap/dev-cfg-89g4tffbfk unchanged\ndeployment.apps/dev-web unchanged\n',
    );
    expect(
      env.run(
        "kubectl get deploy dev-web -n shop -o jsonpath='{.spec.template.spec.containers[0].envFrom[0].configMapRef.name}'",
      ).output,
    ).toBe('dev-cfg-89g4tffbfk');
    expect(env.run('kubectl get -k app -o name').output).toBe(
      'configmap/dev-cfg-89g4tffbfk\ndeployment.apps/dev-web\n',
    );
    expect(env.run('kubectl describe -k app').output).toContain(
      'Name:         dev-cfg-89g4tffbfk\nNamespace:    shop\n',
    );
    expect(env.run('kubectl diff -k app').exitCode).toBe(0);
    expect(env.run('kubectl delete -k app').output).toBe(
      'configmap "dev-cfg-89g4tffbfk" deleted\ndeployment.apps "dev-web" deleted\n',
    );
  });

  it('creates from a kustomization, dry run included', () => {
    const env = setup();
    expect(env.run('kubectl create -k app --dry-run=client -o name').output).toBe(
      'configmap/dev-cfg-89g4tffbfk\ndeployment.apps/dev-web\n',
    );
    expect(env.run('kubectl create -k app').output).toBe(
      'configmap/dev-cfg-89g4tffbfk created\ndeployment.apps/dev-web created\n',
    );
  });

  it("refuses -k beside -f or -R, and reports kustomize's own errors", () => {
    const env = setup();
    expect(env.run('kubectl get -k app -f x.yaml').output).toBe('error: only one of -f or -k can be specified\n');
    expect(env.run('kubectl apply -k app -R').output).toBe("error: the -k flag can't be used with -f or -R\n");
    expect(env.run('kubectl apply -k nope').output).toBe(
      "error: must build at directory: not a valid directory: evalsymlink failure on 'nope' : lstat /home/student/nope: no such file or directory\n",
    );
  });
});

describe('kubectl kustomize with a remote target', () => {
  it('says remote kustomizations are out of reach instead of a file-system error', () => {
    const env = createEnvironment({ virtualTime: true, cluster: { seed: 1, state: 'Absent' } });
    const ran = env.run(
      'kubectl kustomize https://github.com/kubernetes-sigs/kustomize.git/examples/helloWorld?ref=v1.0.6',
    );
    expect(ran.output).toMatch(
      /run\.go:72\] "command failed" err="'https:\/\/github\.com\/kubernetes-sigs\/kustomize\.git\/examples\/helloWorld\?ref=v1\.0\.6': remote kustomizations \(git repositories, URLs\) are not reachable from this lab"\n$/,
    );
    expect(ran.exitCode).toBe(1);
  });
});
