// A student's session with a CustomResourceDefinition, through our kubectl in a sandbox: the CronTab example of
// kubernetes.io/docs/tasks/extend-kubernetes/custom-resources/custom-resource-definitions/, with a schema that
// validates, defaults, prunes and declares the status and scale subresources, printer columns and a selectable field.
// The wording of kubectl's side was recorded from kubectl v1.32.4 against this API (tests/kubeapi/crd.test.ts
// compares the two); the server's is kube-apiserver's (see tests/sim/crd*.test.ts).
import { createEnvironment } from '../../server/src/kubectl/environment';
import { CRONTAB_CRD as crd, crontab } from '../support/crontab';

function session() {
  const env = createEnvironment({
    virtualTime: true,
    cluster: { seed: 1, state: 'Absent' },
    files: { 'crd.yaml': crd, 'ct.yaml': crontab(), 'typo.yaml': crontab('  replica: 3\n') },
  });
  env.run('minikube start');
  expect(env.run('kubectl apply -f crd.yaml').output).toBe(
    'customresourcedefinition.apiextensions.k8s.io/crontabs.stable.example.com created\n',
  );
  return env;
}

describe('custom resources in the terminal', () => {
  it('refuses unknown fields by default (--validate=strict), warns of them with --validate=warn', () => {
    const env = session();
    expect(env.run('kubectl apply -f typo.yaml')).toMatchObject({
      output:
        'Error from server (BadRequest): error when creating "typo.yaml": CronTab in version "v1" cannot be handled as a CronTab: strict decoding error: unknown field "spec.replica"\n',
      exitCode: 1,
    });
    // The sandbox shows stdout, then stderr.
    expect(env.run('kubectl apply -f typo.yaml --validate=warn').output).toBe(
      'crontab.stable.example.com/my-new-cron-object created\nWarning: unknown field "spec.replica"\n',
    );
    // The field is gone and the default took its place.
    expect(env.run("kubectl get ct my-new-cron-object -o jsonpath='{.spec}'").output).toBe(
      '{"cronSpec":"* * * * */5","image":"my-awesome-cron-image:1.0","replicas":1}',
    );
    expect(env.run('kubectl apply -f typo.yaml --validate=maybe').output).toBe(
      'error: invalid - validate option "maybe"; must be one of: strict (or true), warn, ignore (or false)\n',
    );
  });

  it('prints the CRD columns, scales through the scale subresource and selects by the selectable field', () => {
    const env = session();
    env.run('kubectl apply -f ct.yaml');
    expect(env.run('kubectl get crontabs').output).toBe(
      'NAME                 SPEC          REPLICAS   AGE\nmy-new-cron-object   * * * * */5   1          0s\n',
    );
    expect(env.run('kubectl scale ct my-new-cron-object --replicas=3').output).toBe(
      'crontab.stable.example.com/my-new-cron-object scaled\n',
    );
    expect(env.run('kubectl get ct -o wide').output).toBe(
      'NAME                 SPEC          REPLICAS   IMAGE                       AGE\nmy-new-cron-object   * * * * */5   3          my-awesome-cron-image:1.0   0s\n',
    );
    expect(env.run('kubectl get ct --field-selector spec.image=my-awesome-cron-image:1.0 -o name').output).toBe(
      'crontab.stable.example.com/my-new-cron-object\n',
    );
    expect(env.run('kubectl get ct --field-selector spec.cronSpec=x').output).toBe(
      'Error from server (BadRequest): Unable to find "stable.example.com/v1, Resource=crontabs" that match label selector "", field selector "spec.cronSpec=x": field label not supported: spec.cronSpec\n',
    );
    env.run('kubectl create configmap plain');
    expect(env.run('kubectl scale configmap plain --replicas=2').output).toBe(
      'Error from server (NotFound): the server could not find the requested resource\n',
    );
  });

  it('words schema, rule and patch-type refusals as kubectl prints them', () => {
    const env = session();
    env.run('kubectl apply -f ct.yaml');
    expect(env.run(`kubectl patch ct my-new-cron-object -p '{"spec":{"replicas":2}}'`).output).toBe(
      'error: application/strategic-merge-patch+json is not supported by stable.example.com/v1, Kind=CronTab: the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml\n',
    );
    expect(
      env.run(`kubectl patch ct my-new-cron-object --type=merge -p '{"spec":{"replicas":20,"cronSpec":"often"}}'`)
        .output,
    ).toBe(
      `The CronTab "my-new-cron-object" is invalid: \n* spec.cronSpec: Invalid value: "often": spec.cronSpec in body should match '^(\\d+|\\*)(/\\d+)?(\\s+(\\d+|\\*)(/\\d+)?){4}$'\n* spec.replicas: Invalid value: 20: spec.replicas in body should be less than or equal to 10\n`,
    );
    expect(
      env.run(`kubectl patch ct my-new-cron-object --type=merge -p '{"spec":{"image":"nginx:latest"}}'`).output,
    ).toBe('The CronTab "my-new-cron-object" is invalid: spec: Invalid value: "object": pin the image to a version\n');
    // apply sends the change as a patch with fieldValidation=Strict: a patched object with unknown fields.
    const applied = env.run('kubectl apply -f typo.yaml');
    expect(applied.exitCode).toBe(1);
    expect(applied.output).toMatch(
      /^The request is invalid: patch: Invalid value: "\{.*\}": strict decoding error: unknown field "spec\.replica"\n$/,
    );
  });
});
