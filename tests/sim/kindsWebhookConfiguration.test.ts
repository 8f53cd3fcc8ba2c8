/**
 * ValidatingWebhookConfiguration and MutatingWebhookConfiguration (admissionregistration.k8s.io/v1) as a v1.32
 * kube-apiserver stores them: defaults from pkg/apis/admissionregistration/v1/defaults.go (failurePolicy Fail,
 * matchPolicy Equivalent, empty selectors, timeoutSeconds 10, rule scope `*`, service port 443, reinvocationPolicy
 * Never), checks and wording from pkg/apis/admissionregistration/validation/validation.go and
 * k8s.io/apiserver/pkg/util/webhook/validation.go (ValidateWebhookService is called with name and namespace swapped,
 * kubernetes/kubernetes#141353, so a missing namespace is reported as `service.name`); the columns of printers.go
 * (NAME, WEBHOOKS, AGE). The invalid object's messages were checked with kubectl v1.32.4 against
 * `kubelab sim --serve`. The docs' webhook with matchConditions (website content/en/examples/access/
 * validating-webhook-configuration-match-conditions.yaml) has no metadata.name: kubectl apply refuses it before
 * sending it (apply.go `error when retrieving current configuration of:`, client-go "resource name may not be empty").
 */
import { createEnvironment } from '../../server/src/kubectl/environment';

function cluster() {
  const env = createEnvironment({ virtualTime: true, cluster: { seed: 1, state: 'Absent' } });
  env.run('minikube start');
  return env;
}

const apply = (yaml: string) => `kubectl apply -f - <<EOF\n${yaml}\nEOF`;

const WEBHOOK = `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingWebhookConfiguration
metadata:
  name: tea-policy
webhooks:
- name: tea.kitchen.example.org
  clientConfig:
    service: {namespace: kitchen, name: tea-webhook}
    caBundle: Zm9vCg==
  rules:
  - operations: [CREATE]
    apiGroups: [""]
    apiVersions: [v1]
    resources: [configmaps]
  sideEffects: None
  admissionReviewVersions: [v1]`;

describe('webhook configurations', () => {
  it('stores a webhook with the v1 defaults and lists it with its number of webhooks', () => {
    const env = cluster();
    expect(env.run(apply(WEBHOOK)).output).toBe(
      'validatingwebhookconfiguration.admissionregistration.k8s.io/tea-policy created\n',
    );
    const fields = ['failurePolicy', 'matchPolicy', 'timeoutSeconds', 'rules[0].scope', 'clientConfig.service.port'];
    const jsonpath = [...fields, 'namespaceSelector'].map((f) => `{.webhooks[0].${f}}`).join(' ');
    expect(env.run(`kubectl get validatingwebhookconfiguration tea-policy -o jsonpath='${jsonpath}'`).output).toBe(
      'Fail Equivalent 10 * 443 {}',
    );
    expect(env.run('kubectl get validatingwebhookconfigurations').output).toMatch(
      /^NAME\s+WEBHOOKS\s+AGE\ntea-policy\s+1\s+\d+s\n$/,
    );
    const mutating = WEBHOOK.replace('ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration');
    expect(env.run(apply(mutating)).output).toBe(
      'mutatingwebhookconfiguration.admissionregistration.k8s.io/tea-policy created\n',
    );
    expect(
      env.run(`kubectl get mutatingwebhookconfiguration tea-policy -o jsonpath='{.webhooks[0].reinvocationPolicy}'`)
        .output,
    ).toBe('Never');
  });

  it('refuses a webhook configuration without a name on the client side', () => {
    const r = cluster().run(apply(WEBHOOK.replace('metadata:\n  name: tea-policy\n', '')));
    expect(r).toMatchObject({ exitCode: 1 });
    expect(r.output).toBe(
      [
        'error: error when retrieving current configuration of:',
        'Resource: "admissionregistration.k8s.io/v1, Resource=validatingwebhookconfigurations", GroupVersionKind: "admissionregistration.k8s.io/v1, Kind=ValidatingWebhookConfiguration"',
        'Name: "", Namespace: ""',
        'from server for: "STDIN": resource name may not be empty',
        '',
      ].join('\n'),
    );
  });

  it('checks each webhook as validation.go does, in its order and wording', () => {
    const bad = `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingWebhookConfiguration
metadata:
  name: bad
webhooks:
- name: bad
  clientConfig:
    url: http://x.example.com/v?a=1
  rules:
  - operations: ["*", CREATE]
    apiGroups: [""]
    apiVersions: [v1]
    resources: ["*", pods]
  timeoutSeconds: 31
  matchConditions:
  - name: "not a name"
    expression: "object.metadata.name =="
- name: svc.example.com
  clientConfig:
    service: {name: s}
  sideEffects: Some
  admissionReviewVersions: [v2]`;
    const r = cluster().run(apply(bad));
    expect(r).toMatchObject({ exitCode: 1 });
    const lines = r.output.split('\n');
    expect(lines.slice(0, 8)).toEqual([
      'The ValidatingWebhookConfiguration "bad" is invalid: ',
      '* webhooks[0].name: Invalid value: "bad": should be a domain with at least three segments separated by dots',
      `* webhooks[0].rules[0].operations: Invalid value: []admissionregistration.OperationType{"*", "CREATE"}: if '*' is present, must not specify other operations`,
      `* webhooks[0].rules[0].resources: Invalid value: []string{"*", "pods"}: if '*' is present, must not specify other resources without subresources`,
      '* webhooks[0].sideEffects: Required value: must specify one of None, NoneOnDryRun',
      '* webhooks[0].timeoutSeconds: Invalid value: 31: the timeout value must be between 1 and 30 seconds',
      `* webhooks[0].clientConfig.url: Invalid value: "http": 'https' is the only allowed URL scheme; desired format: https://host[/path]`,
      '* webhooks[0].clientConfig.url: Invalid value: "a=1": query parameters are not permitted in the URL',
    ]);
    expect(lines[8]).toMatch(
      /^\* webhooks\[0\]\.matchConditions\[0\]\.expression: Invalid value: "object\.metadata\.name ==": compilation failed: ERROR: <input>:1:/,
    );
    expect(lines[9]).toMatch(
      /^\* webhooks\[0\]\.matchConditions\[0\]\.name: Invalid value: "not a name": name part must consist/,
    );
    expect(lines.slice(10)).toEqual([
      '* webhooks[0].admissionReviewVersions: Required value: must specify one of v1, v1beta1',
      '* webhooks[1].sideEffects: Unsupported value: "Some": supported values: "None", "NoneOnDryRun"',
      '* webhooks[1].clientConfig.service.name: Required value',
      '* webhooks[1].admissionReviewVersions: Invalid value: []string{"v2"}: must include at least one of v1, v1beta1',
      '',
    ]);
  });

  it('refuses two webhooks of one name', () => {
    const twice = `${WEBHOOK}\n${WEBHOOK.slice(WEBHOOK.indexOf('- name:'))}`;
    expect(cluster().run(apply(twice)).output).toBe(
      'The ValidatingWebhookConfiguration "tea-policy" is invalid: webhooks[1].name: Duplicate value: "tea.kitchen.example.org"\n',
    );
  });
});
