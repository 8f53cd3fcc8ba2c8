/**
 * The checks admission webhooks and admission policies share, from pkg/apis/admissionregistration/validation/
 * validation.go (v1.32): rules with operations (validateRuleWithOperations, validateResources), match conditions
 * (compiled as CEL; at most 64, names qualified and unique) and the `*` wildcards' exclusivity, in its wording.
 */
import { compileCel } from '../admission/policy/cel.js';
import { fieldErrors, goStrings, type StatusCause } from '../errors.js';
import { validateQualifiedName } from '../validation/names.js';

export interface RuleWithOperations {
  operations?: string[];
  apiGroups?: string[];
  apiVersions?: string[];
  resources?: string[];
  scope?: string;
}

export interface MatchCondition {
  name?: string;
  expression?: string;
}

/** validScopes / supportedOperations as sets.String.List() sorts them. */
const SCOPES = ['*', 'Cluster', 'Namespaced'];
const OPERATIONS = ['*', 'CONNECT', 'CREATE', 'DELETE', 'UPDATE'];
const MAX_MATCH_CONDITIONS = 64;

const hasWildcard = (list: readonly string[]) => list.includes('*');

export function validateRuleWithOperations(rule: RuleWithOperations, path: string): StatusCause[] {
  const out: StatusCause[] = [];
  const operations = rule.operations ?? [];
  if (operations.length === 0) out.push(fieldErrors.required(`${path}.operations`));
  if (operations.length > 1 && hasWildcard(operations))
    out.push(
      fieldErrors.invalid(
        `${path}.operations`,
        goStrings(operations, 'admissionregistration.OperationType'),
        "if '*' is present, must not specify other operations",
      ),
    );
  operations.forEach((op, i) => {
    if (!OPERATIONS.includes(op)) out.push(fieldErrors.notSupported(`${path}.operations[${i}]`, op, OPERATIONS));
  });
  return [...out, ...validateRule(rule, path)];
}

function validateRule(rule: RuleWithOperations, path: string): StatusCause[] {
  const out: StatusCause[] = [];
  const groups = rule.apiGroups ?? [];
  const versions = rule.apiVersions ?? [];
  if (groups.length === 0) out.push(fieldErrors.required(`${path}.apiGroups`));
  if (groups.length > 1 && hasWildcard(groups))
    out.push(
      fieldErrors.invalid(
        `${path}.apiGroups`,
        goStrings(groups),
        "if '*' is present, must not specify other API groups",
      ),
    );
  if (versions.length === 0) out.push(fieldErrors.required(`${path}.apiVersions`));
  if (versions.length > 1 && hasWildcard(versions))
    out.push(
      fieldErrors.invalid(
        `${path}.apiVersions`,
        goStrings(versions),
        "if '*' is present, must not specify other API versions",
      ),
    );
  versions.forEach((v, i) => {
    if (v === '') out.push(fieldErrors.required(`${path}.apiVersions[${i}]`));
  });
  out.push(...validateResources(rule.resources ?? [], `${path}.resources`));
  if (rule.scope !== undefined && !SCOPES.includes(rule.scope))
    out.push(fieldErrors.notSupported(`${path}.scope`, rule.scope, SCOPES));
  return out;
}

/** Resources with subresources: `x/*` excludes `x/y`, `*\/y` excludes `x/y`, `*\/*` and `*` stand alone. */
function validateResources(resources: readonly string[], path: string): StatusCause[] {
  const out: StatusCause[] = [];
  if (resources.length === 0) out.push(fieldErrors.required(path));
  const withWildcardSub = new Set<string>();
  const subWithWildcardRes = new Set<string>();
  let doubleWildcard = false;
  let singleWildcard = false;
  let withoutSub = false;
  resources.forEach((resSub, i) => {
    if (resSub === '') {
      out.push(fieldErrors.required(`${path}[${i}]`));
      return;
    }
    if (resSub === '*/*') doubleWildcard = true;
    if (resSub === '*') singleWildcard = true;
    const slash = resSub.indexOf('/');
    if (slash < 0) {
      // As validation.go has it: only the last resource without a subresource decides.
      withoutSub = resSub !== '*';
      return;
    }
    const res = resSub.slice(0, slash);
    const sub = resSub.slice(slash + 1);
    if (withWildcardSub.has(res))
      out.push(fieldErrors.invalid(`${path}[${i}]`, resSub, `if '${res}/*' is present, must not specify ${resSub}`));
    if (subWithWildcardRes.has(sub))
      out.push(fieldErrors.invalid(`${path}[${i}]`, resSub, `if '*/${sub}' is present, must not specify ${resSub}`));
    if (sub === '*') withWildcardSub.add(res);
    if (res === '*') subWithWildcardRes.add(sub);
  });
  if (resources.length > 1 && doubleWildcard)
    out.push(fieldErrors.invalid(path, goStrings(resources), "if '*/*' is present, must not specify other resources"));
  if (singleWildcard && withoutSub)
    out.push(
      fieldErrors.invalid(
        path,
        goStrings(resources),
        "if '*' is present, must not specify other resources without subresources",
      ),
    );
  return out;
}

/** validateMatchConditions: each condition's expression compiles and its name is a qualified name. */
export function validateMatchConditions(conditions: readonly MatchCondition[], path: string): StatusCause[] {
  const out: StatusCause[] = [];
  if (conditions.length > MAX_MATCH_CONDITIONS)
    out.push(fieldErrors.tooMany(path, conditions.length, MAX_MATCH_CONDITIONS));
  const names = new Set<string>();
  conditions.forEach((c, i) => {
    const at = `${path}[${i}]`;
    const expression = (c.expression ?? '').trim();
    if (!expression) out.push(fieldErrors.required(`${at}.expression`));
    else {
      const program = compileCel(expression);
      if (typeof program === 'string') out.push(fieldErrors.invalid(`${at}.expression`, expression, program));
    }
    const name = c.name ?? '';
    if (!name) out.push(fieldErrors.required(`${at}.name`));
    else out.push(...validateQualifiedName(`${at}.name`, name));
    if (name) {
      if (names.has(name)) out.push(fieldErrors.duplicate(`${at}.name`, name));
      names.add(name);
    }
  });
  return out;
}
