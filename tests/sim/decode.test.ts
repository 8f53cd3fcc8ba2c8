// kube-apiserver decodes an object before anything else: a built-in kind's spec that is not an object is refused
// in Go's words, and a CronJob without a jobTemplate fails validation (never an internal error).
import { createEnvironment } from '../../server/src/kubectl/environment';

function apply(manifest: string): string {
  const env = createEnvironment({
    virtualTime: true,
    cluster: { seed: 11, state: 'Absent' },
    files: { 'm.yaml': manifest },
    onInternalError: (error) => {
      throw error;
    },
  });
  env.run('minikube start');
  return env.run('kubectl apply -f m.yaml').output;
}

it('refuses a spec that is not an object as kube-apiserver decodes it', () => {
  expect(apply('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: ""\n')).toBe(
    'Error from server (BadRequest): error when creating "m.yaml": Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal string into Go struct field Pod.spec of type v1.PodSpec\n',
  );
  expect(apply('apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec: [1]\n')).toContain(
    'json: cannot unmarshal array into Go struct field Deployment.spec of type v1.DeploymentSpec',
  );
});

it('validates a CronJob without a jobTemplate', () => {
  expect(apply('apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: c}\nspec: {}\n')).toBe(
    'The CronJob "c" is invalid: \n* spec.schedule: Required value\n* spec.jobTemplate.spec: Required value\n',
  );
});
