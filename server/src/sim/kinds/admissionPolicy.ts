/**
 * ValidatingAdmissionPolicy and ValidatingAdmissionPolicyBinding (admissionregistration.k8s.io/v1):
 * defaults from pkg/apis/admissionregistration/v1/defaults.go and the checks of
 * pkg/apis/admissionregistration/validation/validation.go, expressions compiled as the API server
 * compiles them (a policy whose CEL does not compile is refused).
 */
import { compileCel } from '../admission/policy/cel.js';
import type { MatchResources, NamedRuleWithOperations } from '../admission/policy/matching.js';
import { fieldErrors, goStrings, type StatusCause } from '../errors.js';
import { nameProblems, validateQualifiedName } from '../validation/names.js';
import { validateMatchConditions, validateRuleWithOperations, type MatchCondition } from './admissionRules.js';
import type { KindStrategy } from './strategy.js';

interface Spec {
  failurePolicy?: string;
  matchConstraints?: MatchResources;
  matchResources?: MatchResources;
  validations?: { expression?: string; message?: string; messageExpression?: string; reason?: string }[];
  auditAnnotations?: { key?: string; valueExpression?: string }[];
  matchConditions?: MatchCondition[];
  variables?: { name?: string; expression?: string }[];
  paramKind?: { apiVersion?: string; kind?: string };
  policyName?: string;
  paramRef?: { name?: string; selector?: unknown; parameterNotFoundAction?: string };
  validationActions?: string[];
}

/** supportedValidationPolicyReason, sorted as sets.String.List() sorts it. */
const REASONS = ['Forbidden', 'Invalid', 'RequestEntityTooLarge'];
const ACTIONS = ['Audit', 'Deny', 'Warn'];
const FAILURE_POLICIES = ['Fail', 'Ignore'];
const MATCH_POLICIES = ['Equivalent', 'Exact'];
const MAX_AUDIT_ANNOTATIONS = 20;
const MAX_AUDIT_VALUE_EXPRESSION = 5 * 1024;
const CEL_RESERVED = new Set(
  'true false null in as break const continue else for function if import let loop package namespace return var void while'.split(
    ' ',
  ),
);

/** SetDefaults_MatchResources and SetDefaults_Rule (scope `*`). */
function defaultMatch(m: MatchResources | undefined): void {
  if (!m) return;
  m.matchPolicy ??= 'Equivalent';
  m.namespaceSelector ??= {};
  m.objectSelector ??= {};
  for (const r of [...(m.resourceRules ?? []), ...(m.excludeResourceRules ?? [])]) r.scope ??= '*';
}

/** An expression compiled as the API server compiles it, or its error (`detail` when it is empty). */
function compiles(field: string, expression: string, out: StatusCause[], detail = ''): void {
  if (!expression.trim()) {
    out.push(fieldErrors.required(field, detail));
    return;
  }
  const program = compileCel(expression);
  if (typeof program === 'string') out.push(fieldErrors.invalid(field, expression, program));
}

function validateMatchResources(m: MatchResources | undefined, at: string): StatusCause[] {
  if (!m) return [];
  const out: StatusCause[] = [];
  if (m.matchPolicy === undefined) out.push(fieldErrors.required(`${at}.matchPolicy`));
  else if (!MATCH_POLICIES.includes(m.matchPolicy))
    out.push(fieldErrors.notSupported(`${at}.matchPolicy`, m.matchPolicy, MATCH_POLICIES));
  if (!m.namespaceSelector) out.push(fieldErrors.required(`${at}.namespaceSelector`));
  if (!m.objectSelector) out.push(fieldErrors.required(`${at}.objectSelector`));
  for (const list of ['resourceRules', 'excludeResourceRules'] as const)
    (m[list] ?? []).forEach((rule, i) => out.push(...validateNamedRule(rule, `${at}.${list}[${i}]`)));
  return out;
}

function validateNamedRule(rule: NamedRuleWithOperations, at: string): StatusCause[] {
  const out: StatusCause[] = [];
  const seen = new Set<string>();
  (rule.resourceNames ?? []).forEach((name, i) => {
    for (const msg of nameProblems(name, 'pathSegment'))
      out.push(fieldErrors.invalid(`${at}.resourceNames[${i}]`, name, msg));
    if (seen.has(name)) out.push(fieldErrors.duplicate(`${at}.resourceNames[${i}]`, name));
    seen.add(name);
  });
  return [...out, ...validateRuleWithOperations(rule, at)];
}

/** validateParamKind: `group/version` with a DNS subdomain group and a DNS-1035 version; a DNS-1035 kind. */
function validateParamKind(kind: NonNullable<Spec['paramKind']>, at: string): StatusCause[] {
  const out: StatusCause[] = [];
  const apiVersion = kind.apiVersion ?? '';
  if (!apiVersion) out.push(fieldErrors.required(`${at}.apiVersion`));
  else if (apiVersion.split('/').length > 2)
    out.push(fieldErrors.invalid(`${at}.apiVersion`, apiVersion, `unexpected GroupVersion string: ${apiVersion}`));
  else if (apiVersion !== '/') {
    const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
    const groupProblems = group ? nameProblems(group, 'subdomain') : [];
    if (groupProblems.length > 0) out.push(fieldErrors.invalid(`${at}.apiVersion`, group, groupProblems.join(',')));
    if (!version) out.push(fieldErrors.invalid(`${at}.apiVersion`, apiVersion, 'version must be specified'));
    else {
      const problems = nameProblems(version, 'dns1035');
      if (problems.length > 0) out.push(fieldErrors.invalid(`${at}.apiVersion`, version, problems.join(',')));
    }
  }
  if (!kind.kind) out.push(fieldErrors.required(`${at}.kind`));
  else {
    const problems = nameProblems(kind.kind.toLowerCase(), 'dns1035');
    if (problems.length > 0)
      out.push(
        fieldErrors.invalid(
          `${at}.kind`,
          kind.kind,
          `may have mixed case, but should otherwise match: ${problems.join(',')}`,
        ),
      );
  }
  return out;
}

export const validatingAdmissionPolicyStrategy: KindStrategy = {
  defaults(obj) {
    const spec = (obj.spec ??= {}) as Spec;
    spec.failurePolicy ??= 'Fail';
    defaultMatch(spec.matchConstraints);
  },
  /** validateValidatingAdmissionPolicySpec, in its order. */
  validate(obj, old) {
    const spec = (obj.spec ?? {}) as Spec;
    const out: StatusCause[] = [];
    if (spec.failurePolicy === undefined) out.push(fieldErrors.required('spec.failurePolicy'));
    else if (!FAILURE_POLICIES.includes(spec.failurePolicy))
      out.push(fieldErrors.notSupported('spec.failurePolicy', spec.failurePolicy, FAILURE_POLICIES));
    if (spec.paramKind) out.push(...validateParamKind(spec.paramKind, 'spec.paramKind'));
    if (!spec.matchConstraints) out.push(fieldErrors.required('spec.matchConstraints'));
    else {
      out.push(...validateMatchResources(spec.matchConstraints, 'spec.matchConstraints'));
      if (!spec.matchConstraints.resourceRules?.length)
        out.push(fieldErrors.required('spec.matchConstraints.resourceRules'));
    }
    // An update that changes neither the match conditions nor the paramKind does not check the conditions again.
    const before = old?.spec as Spec | undefined;
    const unchanged =
      before &&
      JSON.stringify(before.matchConditions) === JSON.stringify(spec.matchConditions) &&
      JSON.stringify(before.paramKind) === JSON.stringify(spec.paramKind);
    if (!unchanged) out.push(...validateMatchConditions(spec.matchConditions ?? [], 'spec.matchConditions'));
    (spec.variables ?? []).forEach((v, i) => {
      const at = `spec.variables[${i}]`;
      const name = v.name ?? '';
      if (!name.trim()) out.push(fieldErrors.required(`${at}.name`, 'name is not specified'));
      else if (!/^[_a-zA-Z][_a-zA-Z0-9]*$/.test(name) || CEL_RESERVED.has(name))
        out.push(fieldErrors.invalid(`${at}.name`, name, 'name is not a valid CEL identifier'));
      compiles(`${at}.expression`, v.expression ?? '', out, 'expression is not specified');
    });
    const validations = spec.validations ?? [];
    const annotations = spec.auditAnnotations ?? [];
    if (validations.length === 0 && annotations.length === 0) {
      const why = 'validations or auditAnnotations must contain at least one item';
      out.push(fieldErrors.required('spec.validations', why), fieldErrors.required('spec.auditAnnotations', why));
      return out;
    }
    validations.forEach((v, i) => out.push(...validateValidation(v, `spec.validations[${i}]`)));
    if (annotations.length > MAX_AUDIT_ANNOTATIONS)
      out.push(
        fieldErrors.invalid(
          'spec.auditAnnotations',
          annotations,
          `must not have more than ${MAX_AUDIT_ANNOTATIONS} auditAnnotations`,
        ),
      );
    const keys = new Set<string>();
    annotations.forEach((a, i) => {
      const at = `spec.auditAnnotations[${i}]`;
      const key = a.key ?? '';
      out.push(...validateAuditAnnotation(obj.metadata.name ?? '', a, at));
      if (keys.has(key)) out.push(fieldErrors.duplicate(`${at}.key`, key));
      keys.add(key);
    });
    return out;
  },
};

function validateValidation(v: NonNullable<Spec['validations']>[number], at: string): StatusCause[] {
  const out: StatusCause[] = [];
  compiles(`${at}.expression`, v.expression ?? '', out, 'expression is not specified');
  const messageExpression = v.messageExpression ?? '';
  if (messageExpression && !messageExpression.trim())
    out.push(fieldErrors.invalid(`${at}.messageExpression`, messageExpression, 'must be non-empty if specified'));
  else if (messageExpression) compiles(`${at}.messageExpression`, messageExpression, out);
  const message = v.message ?? '';
  if (message && !message.trim())
    out.push(fieldErrors.invalid(`${at}.message`, message, 'message must be non-empty if specified'));
  else if (/[\n\r]/.test(message.trim()))
    out.push(fieldErrors.invalid(`${at}.message`, message, 'message must not contain line breaks'));
  if (v.reason !== undefined && !REASONS.includes(v.reason))
    out.push(fieldErrors.notSupported(`${at}.reason`, v.reason, REASONS));
  return out;
}

function validateAuditAnnotation(
  policy: string,
  a: NonNullable<Spec['auditAnnotations']>[number],
  at: string,
): StatusCause[] {
  const key = a.key ?? '';
  const out = policy
    ? validateQualifiedName(`${at}.key`, `${policy}/${key}`)
    : [fieldErrors.invalid(`${at}.key`, key, 'requires metadata.name be non-empty')];
  const value = (a.valueExpression ?? '').trim();
  if (!value) out.push(fieldErrors.required(`${at}.valueExpression`, 'valueExpression is not specified'));
  else if (value.length > MAX_AUDIT_VALUE_EXPRESSION)
    out.push(
      fieldErrors.required(`${at}.valueExpression`, `must not exceed ${MAX_AUDIT_VALUE_EXPRESSION} bytes in length`),
    );
  else compiles(`${at}.valueExpression`, value, out);
  return out;
}

export const validatingAdmissionPolicyBindingStrategy: KindStrategy = {
  defaults(obj) {
    defaultMatch(((obj.spec ??= {}) as Spec).matchResources);
  },
  /** validateValidatingAdmissionPolicyBindingSpec, in its order. */
  validate(obj) {
    const spec = (obj.spec ?? {}) as Spec;
    const out: StatusCause[] = [];
    if (!spec.policyName) out.push(fieldErrors.required('spec.policyName'));
    else
      for (const msg of nameProblems(spec.policyName, 'subdomain'))
        out.push(fieldErrors.invalid('spec.policyName', spec.policyName, msg));
    out.push(...validateParamRef(spec.paramRef));
    out.push(...validateMatchResources(spec.matchResources, 'spec.matchResources'));
    const actions = spec.validationActions ?? [];
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
          goStrings(actions, 'admissionregistration.ValidationAction'),
          'must not contain both Deny and Warn (repeating the same validation failure information in the API response and headers serves no purpose)',
        ),
      );
    if (seen.size === 0)
      out.push(fieldErrors.required('spec.validationActions', 'at least one validation action is required'));
    return out;
  },
};

/** validateParamRef. v1 has no default parameterNotFoundAction (only v1alpha1 defaults it to Deny). */
function validateParamRef(ref: Spec['paramRef']): StatusCause[] {
  if (!ref) return [];
  const at = 'spec.paramRef';
  const out: StatusCause[] = [];
  if (ref.name) {
    for (const msg of nameProblems(ref.name, 'pathSegment')) out.push(fieldErrors.invalid(`${at}.name`, ref.name, msg));
    if (ref.selector) out.push(fieldErrors.forbidden(`${at}.name`, 'name and selector are mutually exclusive'));
  }
  if (ref.selector && ref.name)
    out.push(fieldErrors.forbidden(`${at}.selector`, 'name and selector are mutually exclusive'));
  if (!ref.name && !ref.selector) out.push(fieldErrors.required(at, 'one of name or selector must be specified'));
  const action = ref.parameterNotFoundAction;
  if (!action) out.push(fieldErrors.required(`${at}.parameterNotFoundAction`));
  else if (action !== 'Deny' && action !== 'Allow')
    out.push(fieldErrors.notSupported(`${at}.parameterNotFoundAction`, action, ['Deny', 'Allow']));
  return out;
}
