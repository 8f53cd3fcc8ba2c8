/**
 * The ValidatingAdmissionPolicy admission plugin (k8s.io/apiserver/pkg/admission/plugin/policy/validating):
 * for every binding whose policy matches the request, its params are collected and the policy's
 * matchConditions, variables and validations evaluated in CEL; failures are enforced by the
 * binding's validationActions (Deny rejects, Warn becomes a client warning, Audit has no audit log
 * here), errors by the policy's failurePolicy. Wording from dispatcher.go and validator.go.
 */
import type { CelInput } from '@bufbuild/cel';
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import { StatusError, type StatusReason } from '../../errors.js';
import type { ResourceRegistry, ResourceType } from '../../resources.js';
import { groupResource } from '../../resources.js';
import { fromLabelSelector, matches } from '../../selectors.js';
import type { Store } from '../../store.js';
import type { Stored } from '../../types.js';
import type { AdmissionAttributes } from './attributes.js';
import { CelBudget, compileCel, toCel, type CelProgram } from './cel.js';
import { matchesRequest, type MatchResources } from './matching.js';

export const POLICIES = 'validatingadmissionpolicies.admissionregistration.k8s.io';
export const BINDINGS = 'validatingadmissionpolicybindings.admissionregistration.k8s.io';

interface Validation {
  expression: string;
  message?: string;
  messageExpression?: string;
  reason?: string;
}

interface PolicySpec {
  paramKind?: { apiVersion?: string; kind?: string };
  matchConstraints?: MatchResources;
  validations?: Validation[];
  failurePolicy?: string;
  matchConditions?: { name: string; expression: string }[];
  variables?: { name: string; expression: string }[];
}

interface BindingSpec {
  policyName?: string;
  paramRef?: {
    name?: string;
    namespace?: string;
    selector?: LabelSelector;
    parameterNotFoundAction?: string;
  };
  matchResources?: MatchResources;
  validationActions?: string[];
}

/** A policy's expressions, compiled once per stored version (stored objects never change). */
interface Compiled {
  conditions: (CelProgram | string)[];
  variables: { name: string; program: CelProgram | string }[];
  validations: { rule: Validation; program: CelProgram | string; message: CelProgram | string | undefined }[];
}
const compiled = new WeakMap<object, Compiled>();

function compile(policy: Stored): Compiled {
  let c = compiled.get(policy);
  if (!c) {
    const spec = (policy.spec ?? {}) as PolicySpec;
    c = {
      conditions: (spec.matchConditions ?? []).map((m) => compileCel(m.expression)),
      variables: (spec.variables ?? []).map((v) => ({ name: v.name, program: compileCel(v.expression) })),
      validations: (spec.validations ?? []).map((rule) => ({
        rule,
        program: compileCel(rule.expression),
        message: rule.messageExpression ? compileCel(rule.messageExpression) : undefined,
      })),
    };
    compiled.set(policy, c);
  }
  return c;
}

/** One failed validation or error, before the binding's actions are applied. */
interface Decision {
  message: string;
  reason: string;
}

/** PolicyDecisions of one evaluation; `error` decisions follow the failure policy. */
function evaluate(
  program: Compiled,
  bindings: Record<string, CelInput>,
  budget: CelBudget,
  failurePolicy: string,
): Decision[] {
  const onError = (message: string): Decision[] => (failurePolicy === 'Ignore' ? [] : [{ message, reason: '' }]);
  for (const condition of program.conditions) {
    if (typeof condition === 'string') return onError(condition);
    const r = condition.run(bindings, budget);
    if (!r.ok) return onError(`expression '${condition.source}' resulted in error: ${r.error}`);
    if (r.value !== true) return [];
  }
  const variables = new Map<string, CelInput>();
  const withVariables = { ...bindings, variables: variables };
  for (const v of program.variables) {
    if (typeof v.program === 'string') return onError(v.program);
    const r = v.program.run(withVariables, budget);
    // cel-go evaluates variables lazily; here an erroring variable is simply absent.
    if (r.ok) variables.set(v.name, toCel(r.value));
  }
  const out: Decision[] = [];
  for (const { rule, program: p, message } of program.validations) {
    if (typeof p === 'string') {
      out.push(...onError(p));
      continue;
    }
    const r = p.run(withVariables, budget);
    if (!r.ok) {
      out.push(
        ...onError(
          r.outOfBudget
            ? 'validation failed due to running out of cost budget, no further validation rules will be run'
            : `expression '${p.source}' resulted in error: ${r.error}`,
        ),
      );
      if (r.outOfBudget) return out;
      continue;
    }
    if (r.value === true) continue;
    out.push({ message: failureMessage(rule, message, withVariables, budget), reason: rule.reason ?? 'Invalid' });
  }
  return out;
}

/** validator.go: messageExpression's string, else the message, else `failed expression: …`. */
function failureMessage(
  rule: Validation,
  message: CelProgram | string | undefined,
  bindings: Record<string, CelInput>,
  budget: CelBudget,
): string {
  if (message && typeof message !== 'string') {
    const r = message.run(bindings, budget);
    if (r.ok && typeof r.value === 'string') {
      const text = r.value.trim();
      if (text && text.length <= 5 * 1024 && !text.includes('\n')) return text;
    }
  }
  if (rule.message?.trim()) return rule.message.trim();
  return `failed expression: ${rule.expression.trim()}`;
}

const REASON_CODES: Partial<Record<string, StatusReason>> = {
  Forbidden: 'Forbidden',
  Invalid: 'Invalid',
  RequestEntityTooLarge: 'RequestEntityTooLarge',
  Unauthorized: 'Unauthorized',
};

/** The params a binding names (CollectParams), or a configuration error. */
function collectParams(
  spec: PolicySpec,
  binding: BindingSpec,
  a: AdmissionAttributes,
  store: Store,
  registry: ResourceRegistry,
): (Stored | null)[] | string {
  const kind = spec.paramKind;
  if (!kind) return [null];
  const ref = binding.paramRef;
  if (!ref) return [null];
  let type: ResourceType;
  try {
    type = registry.forObject(kind.apiVersion ?? '', kind.kind ?? '');
  } catch {
    return `failed to configure policy: failed to find resource referenced by paramKind: '${kind.apiVersion ?? ''}, Kind=${kind.kind ?? ''}'`;
  }
  const resource = groupResource(type);
  let namespace: string | undefined;
  if (type.namespaced) {
    namespace = ref.namespace || a.namespace;
    if (!namespace)
      return 'failed to configure binding: cannot use namespaced paramRef in policy binding that matches cluster-scoped resources';
  }
  let params: Stored[];
  if (ref.name) {
    const one = store.get(resource, namespace, ref.name);
    params = one ? [one] : [];
  } else {
    const selector = fromLabelSelector(ref.selector ?? {}) ?? [];
    params = store.list(resource, namespace).filter((p) => matches(selector, p.metadata.labels));
  }
  if (params.length > 0) return params;
  if (ref.parameterNotFoundAction === 'Deny')
    return 'failed to configure binding: no params found for policy binding with `Deny` parameterNotFoundAction';
  return [];
}

/** request: the AdmissionRequest fields CEL sees. */
function requestOf(a: AdmissionAttributes): Record<string, unknown> {
  const gvk = { group: a.type.group, version: a.type.version, kind: a.type.kind };
  const gvr = { group: a.type.group, version: a.type.version, resource: a.type.plural };
  return {
    kind: gvk,
    resource: gvr,
    requestKind: gvk,
    requestResource: gvr,
    subResource: a.subresource ?? '',
    name: a.name,
    namespace: a.namespace ?? '',
    operation: a.operation,
    userInfo: { username: 'minikube-user', groups: ['system:masters', 'system:authenticated'] },
    dryRun: a.dryRun,
  };
}

/**
 * Runs every matching binding; returns the warnings (Warn) or throws the first denial (Deny) with
 * the status kube-apiserver answers: NewForbidden's message, the validation's reason and code.
 */
export function admitValidatingPolicies(store: Store, registry: ResourceRegistry, a: AdmissionAttributes): string[] {
  if (store.countOf(BINDINGS) === 0) return [];
  const warnings: string[] = [];
  const budget = new CelBudget();
  let base: Record<string, CelInput> | undefined;
  for (const binding of store.list(BINDINGS)) {
    const bspec = (binding.spec ?? {}) as BindingSpec;
    const policy = store.get(POLICIES, undefined, bspec.policyName ?? '');
    if (!policy) continue;
    const spec = (policy.spec ?? {}) as PolicySpec;
    if (!matchesRequest(spec.matchConstraints, a, true)) continue;
    if (!matchesRequest(bspec.matchResources, a, false)) continue;
    const failurePolicy = spec.failurePolicy ?? 'Fail';
    const params = collectParams(spec, bspec, a, store, registry);
    let decisions: Decision[];
    if (typeof params === 'string') {
      decisions = failurePolicy === 'Ignore' ? [] : [{ message: params, reason: '' }];
    } else {
      base ??= {
        object: toCel(a.object ?? null),
        oldObject: toCel(a.oldObject ?? null),
        request: toCel(requestOf(a)),
        namespaceObject: toCel(a.namespaceObject ?? null),
      };
      const program = compile(policy);
      decisions = params.flatMap((p) =>
        evaluate(program, { ...base, params: toCel(p ?? null) }, budget, failurePolicy),
      );
    }
    const actions = bspec.validationActions ?? [];
    for (const d of decisions) {
      if (actions.includes('Deny')) throw denial(a, policy.metadata.name, binding.metadata.name, d);
      if (actions.includes('Warn'))
        warnings.push(
          `Validation failed for ValidatingAdmissionPolicy '${policy.metadata.name}' with binding '${binding.metadata.name}': ${d.message}`,
        );
    }
  }
  return warnings;
}

function denial(a: AdmissionAttributes, policy: string, binding: string, d: Decision): StatusError {
  const message = `ValidatingAdmissionPolicy '${policy}' with binding '${binding}' denied request: ${d.message}`;
  const resource = groupResource(a.type);
  const text = a.name ? `${resource} "${a.name}" is forbidden: ${message}` : `${resource} is forbidden: ${message}`;
  const reason = REASON_CODES[d.reason || 'Invalid'] ?? 'Invalid';
  return new StatusError(reason, text, [{ reason: '', field: '', message }], {
    kind: a.type.plural,
    group: a.type.group,
    name: a.name,
  });
}
