/**
 * `kubectl create token` and `kubectl auth whoami` (kubectl/pkg/cmd/create/create_token.go, pkg/cmd/auth/whoami.go):
 * the docs' "create a token for a service account, then use it" flow. Errors in kubectl v1.32's words.
 */
import { createEnvironment } from '../../server/src/kubectl/environment';

function setup() {
  const env = createEnvironment({ virtualTime: true, cluster: { seed: 1, state: 'Absent' } });
  env.run('minikube start');
  return env;
}

function claims(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
}

describe('kubectl create token', () => {
  it('issues a one-hour JWT for the service account, which whoami then names', () => {
    const env = setup();
    env.run('kubectl create serviceaccount build-robot');
    const uid = env.run("kubectl get sa build-robot -o jsonpath='{.metadata.uid}'").output;
    // Not a terminal (a captured command), so no trailing newline: TOKEN=$(kubectl create token …) needs no trim.
    env.run('TOKEN=$(kubectl create token build-robot)');
    const token = env.run('echo $TOKEN').output.trim();
    expect(token.split('.')).toHaveLength(3);
    const c = claims(token);
    expect(c).toMatchObject({
      aud: ['https://kubernetes.default.svc.cluster.local'],
      iss: 'https://kubernetes.default.svc.cluster.local',
      sub: 'system:serviceaccount:default:build-robot',
      'kubernetes.io': { namespace: 'default', serviceaccount: { name: 'build-robot', uid } },
    });
    expect((c.exp as number) - (c.iat as number)).toBe(3600);
    const who = env.run('kubectl auth whoami --token=$TOKEN').output;
    expect(who).toBe(
      'ATTRIBUTE                                           VALUE\n' +
        'Username                                            system:serviceaccount:default:build-robot\n' +
        `UID                                                 ${uid}\n` +
        'Groups                                              [system:serviceaccounts system:serviceaccounts:default system:authenticated]\n' +
        `Extra: authentication.kubernetes.io/credential-id   [JTI=${String(c.jti)}]\n`,
    );
  });

  it('honours --duration, --audience and a bound pod', () => {
    const env = setup();
    env.run('kubectl create sa app');
    env.run('kubectl run web --image=nginx', { settle: true });
    env.run(
      'T=$(kubectl create token app --duration=2h --audience=vault --bound-object-kind=Pod --bound-object-name=web)',
    );
    const c = claims(env.run('echo $T').output.trim());
    expect((c.exp as number) - (c.iat as number)).toBe(7200);
    expect(c.aud).toEqual(['vault']);
    expect((c['kubernetes.io'] as { pod?: { name?: string } }).pod?.name).toBe('web');
    expect((c['kubernetes.io'] as { node?: { name?: string } }).node?.name).toBe('minikube');
  });

  it("words kubectl's and the API server's errors", () => {
    const env = setup();
    expect(env.run('kubectl create token').output).toBe(
      "error: exactly one NAME is required, got 0\nSee 'kubectl create token -h' for help and examples\n",
    );
    expect(env.run('kubectl create token nobody').output).toBe(
      'error: failed to create token: serviceaccounts "nobody" not found\n',
    );
    expect(env.run('kubectl create token default --duration=5m').output).toBe(
      'error: failed to create token: TokenRequest.authentication.k8s.io "default" is invalid: spec.expirationSeconds: Invalid value: 300: may not specify a duration less than 10 minutes\n',
    );
    expect(env.run('kubectl create token default --bound-object-kind=Deployment --bound-object-name=x').output).toBe(
      'error: supported --bound-object-kind values are Node, Pod, Secret\n',
    );
    expect(env.run('kubectl auth whoami --token=not-a-token').output).toBe(
      'error: You must be logged in to the server (Unauthorized)\n',
    );
  });
});

describe('kubectl auth whoami', () => {
  it("prints minikube's admin user, as a table or as the SelfSubjectReview", () => {
    const env = setup();
    expect(env.run('kubectl auth whoami').output).toBe(
      'ATTRIBUTE   VALUE\nUsername    minikube-user\nGroups      [system:masters system:authenticated]\n',
    );
    // The review is answered, never stored: kube-apiserver leaves creationTimestamp null (tests/kubeapi/matrixReads).
    const yaml = env.run('kubectl auth whoami -o yaml').output;
    expect(yaml).toMatch(
      /^apiVersion: authentication\.k8s\.io\/v1\nkind: SelfSubjectReview\nmetadata:\n {2}creationTimestamp: null\nstatus:\n {2}userInfo:\n {4}groups:\n {4}- system:masters\n {4}- system:authenticated\n {4}username: minikube-user\n$/,
    );
  });
});
