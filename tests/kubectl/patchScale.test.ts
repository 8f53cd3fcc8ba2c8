/**
 * `kubectl patch --subresource=scale` as kubernetes/website content/en/docs/tasks/manage-kubernetes-objects/
 * update-api-object-kubectl-patch.md shows it: the patch applies to the Scale and kubectl prints the Scale
 * (`scale.autoscaling/nginx-deployment patched`).
 */
import { createEnvironment } from '../../server/src/kubectl/environment';

function setup() {
  const env = createEnvironment({ virtualTime: true, cluster: { seed: 1, state: 'Absent' } });
  env.run('minikube start');
  env.run('kubectl create deployment nginx-deployment --image=nginx --replicas=2', { settle: true });
  return env;
}

describe('kubectl patch --subresource=scale', () => {
  it('scales through the Scale subresource and names it in the output', () => {
    const env = setup();
    expect(
      env.run(
        `kubectl patch deployment nginx-deployment --subresource='scale' --type='merge' -p '{"spec":{"replicas":3}}'`,
      ).output,
    ).toBe('scale.autoscaling/nginx-deployment patched\n');
    expect(env.run("kubectl get deploy nginx-deployment -o jsonpath='{.spec.replicas}'").output).toBe('3');
    expect(
      env.run(
        `kubectl patch deployment nginx-deployment --subresource=scale -p '{"spec":{"replicas":3}}' -o jsonpath='{.kind} {.spec.replicas} {.status.selector}'`,
      ).output,
    ).toBe('Scale 3 app=nginx-deployment');
  });

  it('is not served for kinds without a scale subresource', () => {
    const env = setup();
    env.run('kubectl create configmap c');
    expect(env.run(`kubectl patch configmap c --subresource=scale -p '{"spec":{"replicas":3}}'`).output).toBe(
      'Error from server (NotFound): the server could not find the requested resource\n',
    );
  });
});
