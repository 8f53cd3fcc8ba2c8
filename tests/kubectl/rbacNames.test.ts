/**
 * RBAC object names are path segments (pkg/apis/rbac/validation ValidateRBACName → path.IsValidPathSegmentName), so
 * the docs' `system:…` names are valid; only `.`, `..`, `/` and `%` are refused, in apimachinery's words.
 */
import { createEnvironment } from '../../server/src/kubectl/environment';

function setup() {
  const env = createEnvironment({ virtualTime: true, cluster: { seed: 1, state: 'Absent' } });
  env.run('minikube start');
  return env;
}

describe('RBAC names', () => {
  it('may contain colons', () => {
    const env = setup();
    expect(env.run('kubectl create clusterrole system:pod-reader --verb=get --resource=pods').output).toBe(
      'clusterrole.rbac.authorization.k8s.io/system:pod-reader created\n',
    );
    expect(
      env.run('kubectl create clusterrolebinding system:pod-reader:alice --clusterrole=system:pod-reader --user=alice')
        .output,
    ).toBe('clusterrolebinding.rbac.authorization.k8s.io/system:pod-reader:alice created\n');
    expect(env.run('kubectl create role dev:reader --verb=get --resource=pods').output).toBe(
      'role.rbac.authorization.k8s.io/dev:reader created\n',
    );
  });

  it('may not contain a slash or a percent sign, nor be a dot', () => {
    const env = setup();
    expect(env.run("kubectl create role 'a%b' --verb=get --resource=pods").output).toBe(
      'The Role "a%b" is invalid: metadata.name: Invalid value: "a%b": may not contain \'%\'\n',
    );
    expect(env.run('kubectl create role .. --verb=get --resource=pods').output).toBe(
      'The Role ".." is invalid: metadata.name: Invalid value: "..": may not be \'..\'\n',
    );
  });

  it('leaves other kinds with their DNS subdomain rule', () => {
    const env = setup();
    expect(env.run('kubectl create configmap a:b').output).toContain('a lowercase RFC 1123 subdomain must consist');
  });
});
