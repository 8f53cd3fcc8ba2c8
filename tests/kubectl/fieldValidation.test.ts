/**
 * Server-side field validation as the terminal's kubectl meets it: kubectl v1.32 sends `fieldValidation` from
 * `--validate` (strict by default) with create, apply, replace and edit, none with patch (kube-apiserver's default,
 * Warn), and the API server decodes the body into the kind's Go type. Wording from:
 * - apimachinery pkg/runtime/error.go strictDecodingError (`strict decoding error: ` and the errors joined by `, `),
 *   sigs.k8s.io/json kubernetes_patch.go (`unknown field "spec.containers[0].foo"`), and the serializer's
 *   `<Kind> in version "<v>" cannot be handled as a <Kind>: …`;
 * - encoding/base64 CorruptInputError (`illegal base64 data at input byte N`) for `[]byte` fields;
 * - kubectl pkg/cmd/util/helpers.go GetValidationDirective (`invalid - validate option …`);
 * - kubectl pkg/cmd/apply/apply.go: a server-side apply's error is returned without its source.
 * Each case's output was recorded with kubectl v1.32.4 against kubelab's REST API (which shares this decoder): the
 * body kubectl sends has its keys sorted, so the unknown fields come in that order.
 */
import { createEnvironment } from '../../server/src/kubectl/environment';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: kettle
  colour: red
spec:
  containers:
  - name: tea
    image: nginx
    steep: 3
    env:
    - name: BLEND
      valueFrom:
        leafRef: {}
  brew: strong
`;

const PLAIN_POD =
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: kettle\nspec:\n  containers:\n  - name: tea\n    image: nginx\n';

const HPA_V1 = `apiVersion: autoscaling/v1
kind: HorizontalPodAutoscaler
metadata:
  name: kettle
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: kettle
  minReplicas: 1
  maxReplicas: 4
  targetCPUUtilizationPercentage: 70
`;

function sandbox(files: Record<string, string> = {}) {
  const env = createEnvironment({
    virtualTime: true,
    cluster: { seed: 1, state: 'Absent' },
    files: { 'pod.yaml': POD, 'plain.yaml': PLAIN_POD, 'hpa.yaml': HPA_V1, ...files },
  });
  env.run('minikube start');
  return (line: string) => env.run(line);
}

const UNKNOWN =
  'unknown field "metadata.colour", unknown field "spec.brew", unknown field "spec.containers[0].env[0].valueFrom.leafRef", unknown field "spec.containers[0].steep"';

describe('--validate=strict (the default)', () => {
  it.each([
    ['create', 'creating'],
    ['apply', 'creating'],
  ])('%s refuses unknown fields, all of them, in the order kubectl sends them', (verb, doing) => {
    const run = sandbox();
    const r = run(`kubectl ${verb} -f pod.yaml`);
    expect(r).toMatchObject({ exitCode: 1 });
    expect(r.output).toBe(
      `Error from server (BadRequest): error when ${doing} "pod.yaml": Pod in version "v1" cannot be handled as a Pod: strict decoding error: ${UNKNOWN}\n`,
    );
    expect(run('kubectl get pods').output).toBe('No resources found in default namespace.\n');
  });

  it('replace refuses them too', () => {
    const run = sandbox();
    run('kubectl create -f plain.yaml');
    const r = run('kubectl replace -f pod.yaml');
    expect(r).toMatchObject({ exitCode: 1 });
    expect(r.output).toContain(`error when replacing "pod.yaml": Pod in version "v1" cannot be handled as a Pod`);
  });

  it('apply to an existing object fails as well', () => {
    const run = sandbox();
    run('kubectl apply -f plain.yaml');
    const r = run('kubectl apply -f pod.yaml');
    expect(r).toMatchObject({ exitCode: 1 });
    expect(r.output).toContain(`strict decoding error: ${UNKNOWN}`);
  });

  it('a server-side apply fails on the schema, named without the file', () => {
    const r = sandbox()('kubectl apply --server-side -f pod.yaml');
    expect(r).toMatchObject({ exitCode: 1 });
    expect(r.output).toMatch(
      /^Error from server: failed to create typed patch object \(\/kettle; \/v1, Kind=Pod\): errors:\n/,
    );
    expect(r.output).toContain('  .spec.containers[name="tea"].steep: field not declared in schema\n');
  });
});

describe('other directives', () => {
  it('warn creates the object without the unknown fields, one warning each', () => {
    const run = sandbox();
    const r = run('kubectl create -f pod.yaml --validate=warn');
    expect(r).toMatchObject({ exitCode: 0 });
    expect(r.output.split('\n').filter((l) => l.startsWith('Warning:'))).toEqual(
      UNKNOWN.split(', ').map((w) => `Warning: ${w}`),
    );
    expect(run("kubectl get pod kettle -o jsonpath='{.spec.containers[0].env[0]}'").output).toBe(
      '{"name":"BLEND","valueFrom":{}}',
    );
  });

  it.each(['false', 'ignore'])('--validate=%s drops them silently', (value) => {
    const r = sandbox()(`kubectl apply -f pod.yaml --validate=${value}`);
    expect(r).toMatchObject({ exitCode: 0, output: 'pod/kettle created\n' });
  });

  it('refuses an unknown --validate value before reading anything', () => {
    const r = sandbox()('kubectl apply -f missing.yaml --validate=loose');
    expect(r).toMatchObject({ exitCode: 1 });
    expect(r.output).toBe(
      'error: invalid - validate option "loose"; must be one of: strict (or true), warn, ignore (or false)\n',
    );
  });

  // A strategic merge patch is checked by the converter: a level's own unknown fields after those of its children.
  it('patch sends no directive, so the server warns (its default)', () => {
    const run = sandbox();
    run('kubectl create -f plain.yaml');
    const r = run(`kubectl patch pod kettle -p '{"spec":{"brew":"strong","containers":[{"name":"tea","steep":3}]}}'`);
    expect(r).toMatchObject({ exitCode: 0 });
    expect(r.output).toContain(
      'Warning: unknown field "spec.containers[0].steep"\nWarning: unknown field "spec.brew"\n',
    );
    expect(r.output).toContain('pod/kettle patched (no change)\n');
  });
});

describe('decoding', () => {
  it('checks an older served version against its own fields and stores it converted', () => {
    const run = sandbox({
      'bad.yaml': HPA_V1.replace('kettle\nspec:', 'teapot\nspec:').replace('  targetCPU', '  metrics: []\n  targetCPU'),
    });
    expect(run('kubectl apply -f hpa.yaml').output).toBe('horizontalpodautoscaler.autoscaling/kettle created\n');
    expect(run('kubectl apply -f hpa.yaml').output).toBe('horizontalpodautoscaler.autoscaling/kettle unchanged\n');
    expect(
      run("kubectl get hpa kettle -o jsonpath='{.spec.metrics[0].resource.target.averageUtilization}'").output,
    ).toBe('70');
    expect(run('kubectl apply -f bad.yaml').output).toBe(
      'Error from server (BadRequest): error when creating "bad.yaml": HorizontalPodAutoscaler in version "v1" cannot be handled as a HorizontalPodAutoscaler: strict decoding error: unknown field "spec.metrics"\n',
    );
  });

  it.each([
    [
      'Secret',
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: tea-leaves\ndata:\n  blend: "bm90IGJhc2U2NA=="\n  origin: "Darjeeling!"\n',
      'Secret in version "v1" cannot be handled as a Secret: illegal base64 data at input byte 10',
    ],
    [
      'CustomResourceDefinition',
      `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: teapots.kitchen.example.org
spec:
  group: kitchen.example.org
  names: {plural: teapots, singular: teapot, kind: Teapot}
  scope: Namespaced
  versions:
  - {name: v1, served: true, storage: true, schema: {openAPIV3Schema: {type: object}}}
  conversion:
    strategy: Webhook
    webhook:
      conversionReviewVersions: [v1]
      clientConfig: {url: "https://127.0.0.1:9443/convert", caBundle: "(our CA here)"}
`,
      'CustomResourceDefinition in version "v1" cannot be handled as a CustomResourceDefinition: illegal base64 data at input byte 0',
    ],
    // The website's access/manifest-admission-control/validating-webhook.yaml writes a placeholder as its caBundle.
    [
      'ValidatingWebhookConfiguration',
      `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingWebhookConfiguration
metadata:
  name: tea-guard
webhooks:
- name: guard.kitchen.example.org
  clientConfig:
    url: https://guard.kitchen.example.org/validate
    caBundle: "<our CA bundle>"
  sideEffects: None
  admissionReviewVersions: [v1]
`,
      'ValidatingWebhookConfiguration in version "v1" cannot be handled as a ValidatingWebhookConfiguration: illegal base64 data at input byte 0',
    ],
    [
      'MutatingWebhookConfiguration',
      `apiVersion: admissionregistration.k8s.io/v1
kind: MutatingWebhookConfiguration
metadata:
  name: tea-sweetener
webhooks:
- name: sugar.kitchen.example.org
  clientConfig:
    service: {namespace: kitchen, name: sugar}
    caBundle: "Zm9v\\nYmFy\\nYg="
  sideEffects: None
  admissionReviewVersions: [v1]
`,
      // Line breaks are skipped, as Go's decoder skips them; one `=` is short of padding: the error is at the end.
      'MutatingWebhookConfiguration in version "v1" cannot be handled as a MutatingWebhookConfiguration: illegal base64 data at input byte 13',
    ],
    [
      'ConfigMap',
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: tea-tins\nbinaryData:\n  lid: "Zm9v"\n  tin: "Zm9"\n',
      'ConfigMap in version "v1" cannot be handled as a ConfigMap: illegal base64 data at input byte 0',
    ],
  ])('refuses a %s whose []byte field is not base64', (_kind, manifest, message) => {
    const r = sandbox({ 'obj.yaml': manifest })('kubectl apply -f obj.yaml');
    expect(r).toMatchObject({ exitCode: 1 });
    expect(r.output).toBe(`Error from server (BadRequest): error when creating "obj.yaml": ${message}\n`);
  });
});
