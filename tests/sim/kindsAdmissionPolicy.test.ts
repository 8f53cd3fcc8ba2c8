/**
 * ValidatingAdmissionPolicy and ValidatingAdmissionPolicyBinding (admissionregistration.k8s.io/v1) with CEL, as
 * kube-apiserver v1.32 enforces them. Wording from staging/src/k8s.io/apiserver/pkg/admission/plugin/policy/validating:
 * dispatcher.go (`ValidatingAdmissionPolicy '%s' with binding '%s' denied request: %s`, the Warn warning, the reason
 * defaulting to Invalid on an admission.NewForbidden status) and validator.go (messageExpression, then message, then
 * `failed expression: %v`); cel/filter.go (`expression '%v' resulted in error: %v`). kubectl prints an Invalid status
 * from its causes as `The <details.kind> "<name>" is invalid: <field>: <message>` (cmdutil statusCausesToAggrError),
 * the field being empty here. The docs' example is website content/en/docs/reference/access-authn-authz/
 * validating-admission-policy.md with examples/validatingadmissionpolicy/basic-example-{policy,binding}.yaml.
 */
import { createEnvironment } from '../../server/src/kubectl/environment';

function cluster() {
  const env = createEnvironment({ virtualTime: true, cluster: { seed: 1, state: 'Absent' } });
  env.run('minikube start');
  return env;
}

const apply = (yaml: string) => `kubectl apply -f - <<EOF\n${yaml}\nEOF`;

const DEMO_POLICY = `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: "demo-policy.example.com"
spec:
  failurePolicy: Fail
  matchConstraints:
    resourceRules:
    - apiGroups:   ["apps"]
      apiVersions: ["v1"]
      operations:  ["CREATE", "UPDATE"]
      resources:   ["deployments"]
  validations:
    - expression: "object.spec.replicas <= 5"`;

const DEMO_BINDING = `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata:
  name: "demo-binding-test.example.com"
spec:
  policyName: "demo-policy.example.com"
  validationActions: [Deny]
  matchResources:
    namespaceSelector:
      matchLabels:
        environment: test`;

const DENIED =
  "ValidatingAdmissionPolicy 'demo-policy.example.com' with binding 'demo-binding-test.example.com' denied request: failed expression: object.spec.replicas <= 5";

function policy(validations: string, extra = ''): string {
  return `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: p
spec:
${extra}  matchConstraints:
    resourceRules:
    - apiGroups: ["apps"]
      apiVersions: ["v1"]
      operations: ["CREATE", "UPDATE"]
      resources: ["deployments"]
  validations:
${validations}`;
}

function deploymentYaml(name: string, replicas: number): string {
  return apply(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  replicas: ${replicas}
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      containers:
      - name: nginx
        image: nginx`);
}

function binding(actions: string, extra = ''): string {
  return `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata:
  name: b
spec:
  policyName: p
  validationActions: [${actions}]
${extra}`;
}

describe("the docs' replicas limit", () => {
  it('denies a deployment of six replicas in the test environment only', () => {
    const env = cluster();
    expect(env.run(apply(DEMO_POLICY)).output).toBe(
      'validatingadmissionpolicy.admissionregistration.k8s.io/demo-policy.example.com created\n',
    );
    expect(env.run(apply(DEMO_BINDING)).output).toBe(
      'validatingadmissionpolicybinding.admissionregistration.k8s.io/demo-binding-test.example.com created\n',
    );
    env.run('kubectl create namespace t');
    env.run('kubectl label namespace t environment=test');
    // `kubectl create deployment` wraps the error (create_deployment.go: `failed to create deployment: %v`); both
    // lines recorded from kubectl v1.32.4 against `kubelab sim --serve`.
    const denied = env.run('kubectl create deployment nginx --image=nginx --replicas=6 -n t');
    expect(denied.output).toBe(
      `error: failed to create deployment: deployments.apps "nginx" is forbidden: ${DENIED}\n`,
    );
    expect(denied.exitCode).toBe(1);
    // Outside the selected namespaces the binding does not apply.
    expect(env.run('kubectl create deployment nginx --image=nginx --replicas=6').output).toBe(
      'deployment.apps/nginx created\n',
    );
    expect(env.run('kubectl create deployment ok --image=nginx --replicas=5 -n t').output).toBe(
      'deployment.apps/ok created\n',
    );
    // An UPDATE of the deployment itself is checked …
    expect(env.run(`kubectl patch deployment ok -n t -p '{"spec":{"replicas":7}}'`).output).toBe(
      `The deployments "ok" is invalid: : ${DENIED.replace('nginx', 'ok')}\n`,
    );
    // … but `kubectl scale` writes deployments/scale, which resources: ["deployments"] does not match.
    expect(env.run('kubectl scale deployment ok -n t --replicas=7').output).toBe('deployment.apps/ok scaled\n');
  });

  it('lists policies and bindings with the columns of printers.go', () => {
    const env = cluster();
    env.run(apply(DEMO_POLICY));
    env.run(apply(DEMO_BINDING));
    expect(env.run('kubectl get validatingadmissionpolicies').output).toBe(
      'NAME                      VALIDATIONS   PARAMKIND   AGE\ndemo-policy.example.com   1             <unset>     0s\n',
    );
    expect(env.run('kubectl get validatingadmissionpolicybindings').output).toBe(
      'NAME                            POLICYNAME                PARAMREF   AGE\ndemo-binding-test.example.com   demo-policy.example.com   <unset>    0s\n',
    );
  });
});

describe('validation outcomes', () => {
  it('words the denial with messageExpression, then message, and answers with the reason given', () => {
    const env = cluster();
    env.run(
      apply(
        policy(`  - expression: "object.spec.replicas <= 2"
    messageExpression: "'replicas must be at most 2, got ' + string(object.spec.replicas)"
    reason: Forbidden
  - expression: "object.metadata.name.startsWith('web')"
    message: "  name must start with web  "`),
      ),
    );
    env.run(apply(binding('Deny')));
    // Through `kubectl apply` kubectl prints the status itself: reason Forbidden as `Error from server (Forbidden)`,
    // reason Invalid from its causes.
    expect(env.run(deploymentYaml('web', 3)).output).toBe(
      `Error from server (Forbidden): error when creating "STDIN": deployments.apps "web" is forbidden: ValidatingAdmissionPolicy 'p' with binding 'b' denied request: replicas must be at most 2, got 3\n`,
    );
    expect(env.run(deploymentYaml('api', 1)).output).toBe(
      `The deployments "api" is invalid: : ValidatingAdmissionPolicy 'p' with binding 'b' denied request: name must start with web\n`,
    );
  });

  it('warns instead of denying with the Warn action', () => {
    const env = cluster();
    env.run(apply(policy(`  - expression: "object.spec.replicas <= 2"`)));
    env.run(apply(binding('Warn, Audit')));
    const out = env.run('kubectl create deployment web --image=nginx --replicas=3').output;
    expect(out).toBe(
      // The terminal shows stdout before stderr here, as in the PodSecurity tests.
      "deployment.apps/web created\nWarning: Validation failed for ValidatingAdmissionPolicy 'p' with binding 'b': failed expression: object.spec.replicas <= 2\n",
    );
  });

  it('denies on an evaluation error under failurePolicy Fail and admits under Ignore', () => {
    const env = cluster();
    env.run(apply(policy(`  - expression: "object.spec.paused == false"`)));
    env.run(apply(binding('Deny')));
    expect(env.run('kubectl create deployment web --image=nginx').output).toBe(
      `error: failed to create deployment: deployments.apps "web" is forbidden: ValidatingAdmissionPolicy 'p' with binding 'b' denied request: expression 'object.spec.paused == false' resulted in error: no such key: paused\n`,
    );
    env.run(apply(policy(`  - expression: "object.spec.paused == false"`, '  failurePolicy: Ignore\n')));
    expect(env.run('kubectl create deployment web --image=nginx').output).toBe('deployment.apps/web created\n');
  });

  it('evaluates variables, has(), macros and the strings library', () => {
    const env = cluster();
    env.run(
      apply(`apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: p
spec:
  matchConstraints:
    resourceRules:
    - apiGroups: ["apps"]
      apiVersions: ["v1"]
      operations: ["CREATE"]
      resources: ["deployments"]
  variables:
  - name: containers
    expression: "object.spec.template.spec.containers"
  validations:
  - expression: "variables.containers.all(c, !c.image.endsWith(':latest') && c.image.contains(':'))"
    message: "images need a tag other than latest"
  - expression: "!has(object.metadata.labels) || !('env' in object.metadata.labels) || object.metadata.labels.env.lowerAscii() in ['dev', 'prod']"
    message: "env must be dev or prod"`),
    );
    env.run(apply(binding('Deny')));
    expect(env.run('kubectl create deployment a --image=nginx').output).toContain(
      'denied request: images need a tag other than latest',
    );
    expect(env.run('kubectl create deployment b --image=nginx:1.27').output).toBe('deployment.apps/b created\n');
  });

  it('ends an expensive expression with the cost budget error', () => {
    const env = cluster();
    env.run(
      apply(
        policy(
          `  - expression: "[1,2,3,4,5,6,7,8,9,10].all(a, [1,2,3,4,5,6,7,8,9,10].all(b, [1,2,3,4,5,6,7,8,9,10].all(c, [1,2,3,4,5,6,7,8,9,10].all(d, [1,2,3,4,5,6,7,8,9,10].all(e, [1,2,3,4,5,6,7,8,9,10].all(f, true))))))"`,
        ),
      ),
    );
    env.run(apply(binding('Deny')));
    expect(env.run('kubectl create deployment web --image=nginx').output).toBe(
      `error: failed to create deployment: deployments.apps "web" is forbidden: ValidatingAdmissionPolicy 'p' with binding 'b' denied request: validation failed due to running out of cost budget, no further validation rules will be run\n`,
    );
  });
});

describe('params', () => {
  const withParams = policy(
    `  - expression: "params != null"
    message: "params missing but required to bind to this policy"
  - expression: "object.spec.replicas <= int(params.data.maxReplicas)"
    messageExpression: "'at most ' + params.data.maxReplicas + ' replicas'"`,
    '  paramKind:\n    apiVersion: v1\n    kind: ConfigMap\n',
  );

  it('reads a ConfigMap named by paramRef, in the request namespace when the binding names none', () => {
    const env = cluster();
    env.run(apply(withParams));
    env.run(apply(binding('Deny', '  paramRef:\n    name: limits\n    parameterNotFoundAction: Deny')));
    expect(env.run('kubectl create deployment web --image=nginx --replicas=3').output).toBe(
      "error: failed to create deployment: deployments.apps \"web\" is forbidden: ValidatingAdmissionPolicy 'p' with binding 'b' denied request: failed to configure binding: no params found for policy binding with `Deny` parameterNotFoundAction\n",
    );
    env.run('kubectl create configmap limits --from-literal=maxReplicas=2');
    expect(env.run('kubectl create deployment web --image=nginx --replicas=3').output).toBe(
      `error: failed to create deployment: deployments.apps "web" is forbidden: ValidatingAdmissionPolicy 'p' with binding 'b' denied request: at most 2 replicas\n`,
    );
    expect(env.run('kubectl create deployment web --image=nginx --replicas=2').output).toBe(
      'deployment.apps/web created\n',
    );
    // Another namespace has no ConfigMap `limits`.
    env.run('kubectl create namespace other');
    expect(env.run('kubectl create deployment web --image=nginx -n other').output).toContain('no params found');
  });

  it('skips the policy when no param is found and the action is Allow', () => {
    const env = cluster();
    env.run(apply(withParams));
    env.run(apply(binding('Deny', '  paramRef:\n    name: limits\n    parameterNotFoundAction: Allow')));
    expect(env.run('kubectl create deployment web --image=nginx --replicas=3').output).toBe(
      'deployment.apps/web created\n',
    );
  });
});

// The docs' delegated CSR tutorial (installer-csr-delegation-validatingadmissionpolicy.yaml) reads rules that may be
// absent with CEL's optional syntax, `object.?rules.orValue([])`, which compiles in v1.32 (optional types are on).
describe('optional types in policy expressions', () => {
  it('compiles `.?` and `orValue`, and evaluates them on the request', () => {
    const env = cluster();
    const optional = `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: p
spec:
  matchConstraints:
    resourceRules:
    - apiGroups: ["rbac.authorization.k8s.io"]
      apiVersions: ["v1"]
      operations: ["CREATE"]
      resources: ["clusterroles"]
  variables:
  - name: signerRules
    expression: "object.?rules.orValue([]).filter(r, r.resources.exists(x, x == 'signers'))"
  validations:
  - expression: "variables.signerRules.all(r, r.?resourceNames.orValue([]).all(n, n.startsWith('example.com/')))"
    message: signers outside example.com`;
    expect(env.run(apply(optional)).output).toBe('validatingadmissionpolicy.admissionregistration.k8s.io/p created\n');
    env.run(apply(binding('Deny')));
    // No rules at all: the optional select gives none, orValue an empty list.
    expect(
      env.run(apply('apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: none')).output,
    ).toBe('clusterrole.rbac.authorization.k8s.io/none created\n');
    const signer = (name: string) =>
      apply(`apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: ${name.replace('/', '-').replace('.', '-')}
rules:
- apiGroups: ["certificates.k8s.io"]
  resources: ["signers"]
  resourceNames: ["${name}"]
  verbs: ["sign"]`);
    expect(env.run(signer('example.com/mine')).output).toBe(
      'clusterrole.rbac.authorization.k8s.io/example-com-mine created\n',
    );
    expect(env.run(signer('other.org/theirs')).output).toBe(
      `The clusterroles "other-org-theirs" is invalid: : ValidatingAdmissionPolicy 'p' with binding 'b' denied request: signers outside example.com\n`,
    );
  });
});

describe('validation of the policy objects', () => {
  it('refuses an expression that does not compile', () => {
    const env = cluster();
    const out = env.run(apply(policy(`  - expression: "object.spec.replicas <="`))).output;
    expect(out).toMatch(
      /^The ValidatingAdmissionPolicy "p" is invalid: spec\.validations\[0\]\.expression: Invalid value: "object\.spec\.replicas <=": compilation failed: ERROR: <input>:1:/,
    );
  });

  it('refuses a binding without actions, or with both Deny and Warn', () => {
    const env = cluster();
    expect(env.run(apply(binding(''))).output).toBe(
      'The ValidatingAdmissionPolicyBinding "b" is invalid: spec.validationActions: Required value: at least one validation action is required\n',
    );
    // field.Error prints a slice of a named string type with %#v, type and all.
    expect(env.run(apply(binding('Deny, Warn'))).output).toContain(
      'spec.validationActions: Invalid value: []admissionregistration.ValidationAction{"Deny", "Warn"}: must not contain both Deny and Warn (repeating the same validation failure information in the API response and headers serves no purpose)',
    );
  });

  // validation.go validateParamRef: v1 has no default parameterNotFoundAction (pkg/apis/admissionregistration/v1
  // defaults.go has none; v1alpha1's defaults it to Deny), the website's binding-with-param-prod.yaml leaves it out.
  it('refuses a paramRef without parameterNotFoundAction, and offers Deny then Allow', () => {
    const env = cluster();
    expect(env.run(apply(binding('Deny', '  paramRef:\n    name: limits'))).output).toBe(
      'The ValidatingAdmissionPolicyBinding "b" is invalid: spec.paramRef.parameterNotFoundAction: Required value\n',
    );
    expect(
      env.run(apply(binding('Deny', '  paramRef:\n    name: limits\n    parameterNotFoundAction: Skip'))).output,
    ).toBe(
      'The ValidatingAdmissionPolicyBinding "b" is invalid: spec.paramRef.parameterNotFoundAction: Unsupported value: "Skip": supported values: "Deny", "Allow"\n',
    );
  });

  // validation.go: validateMatchResources' rules (validateRuleWithOperations), supportedValidationPolicyReason
  // (Forbidden, Invalid, RequestEntityTooLarge), the two Required errors when neither validations nor
  // auditAnnotations are given, and CEL identifiers for variable names.
  it('checks rules, reasons, variables and the validations-or-audit-annotations rule in validation.go order', () => {
    const env = cluster();
    const manifest = `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: p
spec:
  matchConstraints:
    resourceRules:
    - apiGroups: ["*", "apps"]
      apiVersions: ["v1"]
      operations: ["CREATE", "PATCH"]
      resources: ["deployments"]
  variables:
  - name: in
    expression: "1"`;
    expect(env.run(apply(manifest)).output).toBe(
      [
        'The ValidatingAdmissionPolicy "p" is invalid: ',
        '* spec.matchConstraints.resourceRules[0].operations[1]: Unsupported value: "PATCH": supported values: "*", "CONNECT", "CREATE", "DELETE", "UPDATE"',
        `* spec.matchConstraints.resourceRules[0].apiGroups: Invalid value: []string{"*", "apps"}: if '*' is present, must not specify other API groups`,
        '* spec.variables[0].name: Invalid value: "in": name is not a valid CEL identifier',
        '* spec.validations: Required value: validations or auditAnnotations must contain at least one item',
        '* spec.auditAnnotations: Required value: validations or auditAnnotations must contain at least one item',
        '',
      ].join('\n'),
    );
    expect(env.run(apply(policy('  - expression: "true"\n    reason: Unauthorized'))).output).toBe(
      'The ValidatingAdmissionPolicy "p" is invalid: spec.validations[0].reason: Unsupported value: "Unauthorized": supported values: "Forbidden", "Invalid", "RequestEntityTooLarge"\n',
    );
  });

  it('defaults failurePolicy and the match constraints', () => {
    const env = cluster();
    env.run(apply(policy(`  - expression: "true"`)));
    expect(
      env.run(
        `kubectl get validatingadmissionpolicy p -o jsonpath='{.spec.failurePolicy} {.spec.matchConstraints.matchPolicy} {.spec.matchConstraints.resourceRules[0].scope}'`,
      ).output,
    ).toBe('Fail Equivalent *');
  });
});
