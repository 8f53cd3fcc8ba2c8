/**
 * ValidatingAdmissionPolicy and ValidatingAdmissionPolicyBinding (admissionregistration.k8s.io/v1):
 * defaults from pkg/apis/admissionregistration/v1/defaults.go and the checks of
 * pkg/apis/admissionregistration/validation/validation.go, expressions compiled as the API server
 * compiles them (a policy whose CEL does not compile is refused).
 */
import { compileCel } from '../admission/policy/cel.js';
import type { MatchResources } from '../admission/policy/matching.js';
import { fieldErrors, type StatusCause } from '../errors.js';
import type { KindStrategy } from './strategy.js';

interface Spec {
  failurePolicy?: string;
  matchConstraints?: MatchResources;
  matchResources?: MatchResources;
  validations?: { expression?: string; message?: string; messageExpression?: string; reason?: string }[];
  auditAnnotations?: unknown[];
  matchConditions?: { name?: string; expression?: string }[];
  variables?: { name?: string; expression?: string }[];
  paramKind?: { apiVersion?: string; kind?: string };
  policyName?: string;
  paramRef?: { name?: string; selector?: unknown; parameterNotFoundAction?: string };
  validationActions?: string[];
}

const REASONS = ['Unauthorized', 'Forbidden', 'Invalid', 'RequestEntityTooLarge'];
const ACTIONS = ['Audit', 'Deny', 'Warn'];

/** SetDefaults_MatchResources and SetDefaults_Rule (scope `*`). */
function defaultMatch(m: MatchResources | undefined): void {
  if (!m) return;
  m.matchPolicy ??= 'Equivalent';
  m.namespaceSelector ??= {};
  m.objectSelector ??= {};
  for (const r of [...(m.resourceRules ?? []), ...(m.excludeResourceRules ?? [])]) r.scope ??= '*';
}

function compiles(field: string, expression: string | undefined, out: StatusCause[]): void {
  if (!expression) {
    out.push(fieldErrors.required(field, ''));
    return;
  }
  const program = compileCel(expression);
  if (typeof program === 'string') out.push(fieldErrors.invalid(field, expression, program));
}

export const validatingAdmissionPolicyStrategy: KindStrategy = {
  defaults(obj) {
    const spec = (obj.spec ??= {}) as Spec;
    spec.failurePolicy ??= 'Fail';
    defaultMatch(spec.matchConstraints);
  },
  validate(obj) {
    const spec = (obj.spec ?? {}) as Spec;
    const out: StatusCause[] = [];
    if (spec.failurePolicy !== 'Fail' && spec.failurePolicy !== 'Ignore')
      out.push(fieldErrors.notSupported('spec.failurePolicy', spec.failurePolicy, ['Fail', 'Ignore']));
    if (!spec.matchConstraints) out.push(fieldErrors.required('spec.matchConstraints', ''));
    else if (!spec.matchConstraints.resourceRules?.length)
      out.push(fieldErrors.required('spec.matchConstraints.resourceRules', ''));
    if (!spec.validations?.length && !spec.auditAnnotations?.length)
      out.push(
        fieldErrors.required('spec.validations', 'validations or auditAnnotations must contain at least one item'),
      );
    if (spec.paramKind && (!spec.paramKind.apiVersion || !spec.paramKind.kind)) {
      if (!spec.paramKind.apiVersion) out.push(fieldErrors.required('spec.paramKind.apiVersion', ''));
      if (!spec.paramKind.kind) out.push(fieldErrors.required('spec.paramKind.kind', ''));
    }
    (spec.validations ?? []).forEach((v, i) => {
      const at = `spec.validations[${i}]`;
      compiles(`${at}.expression`, v.expression, out);
      if (v.messageExpression) compiles(`${at}.messageExpression`, v.messageExpression, out);
      if (v.reason !== undefined && !REASONS.includes(v.reason))
        out.push(fieldErrors.notSupported(`${at}.reason`, v.reason, REASONS));
    });
    (spec.matchConditions ?? []).forEach((m, i) =>
      compiles(`spec.matchConditions[${i}].expression`, m.expression, out),
    );
    (spec.variables ?? []).forEach((v, i) => {
      if (!v.name) out.push(fieldErrors.required(`spec.variables[${i}].name`, 'name is not specified'));
      compiles(`spec.variables[${i}].expression`, v.expression, out);
    });
    return out;
  },
};

export const validatingAdmissionPolicyBindingStrategy: KindStrategy = {
  defaults(obj) {
    defaultMatch(((obj.spec ??= {}) as Spec).matchResources);
  },
  validate(obj) {
    const spec = (obj.spec ?? {}) as Spec;
    const out: StatusCause[] = [];
    if (!spec.policyName) out.push(fieldErrors.required('spec.policyName', ''));
    const actions = spec.validationActions ?? [];
    if (actions.length === 0)
      out.push(fieldErrors.required('spec.validationActions', 'at least one validation action is required'));
    const seen = new Set<string>();
    actions.forEach((a, i) => {
      if (!ACTIONS.includes(a)) out.push(fieldErrors.notSupported(`spec.validationActions[${i}]`, a, ACTIONS));
      if (seen.has(a)) out.push(fieldErrors.duplicate(`spec.validationActions[${i}]`, a));
      seen.add(a);
    });
    if (seen.has('Deny') && seen.has('Warn'))
      out.push(
        fieldErrors.invalid(
          'spec.validationActions',
          actions,
          'must not contain both Deny and Warn (repeating the same validation failure information in the API response and headers serves no purpose)',
        ),
      );
    const ref = spec.paramRef;
    if (ref) {
      if (ref.name && ref.selector)
        out.push(fieldErrors.forbidden('spec.paramRef.name', 'name and selector are mutually exclusive'));
      if (!ref.name && !ref.selector)
        out.push(fieldErrors.required('spec.paramRef', 'one of name or selector must be specified'));
      if (!ref.parameterNotFoundAction) out.push(fieldErrors.required('spec.paramRef.parameterNotFoundAction', ''));
      else if (ref.parameterNotFoundAction !== 'Allow' && ref.parameterNotFoundAction !== 'Deny')
        out.push(
          fieldErrors.notSupported('spec.paramRef.parameterNotFoundAction', ref.parameterNotFoundAction, [
            'Allow',
            'Deny',
          ]),
        );
    }
    return out;
  },
};
