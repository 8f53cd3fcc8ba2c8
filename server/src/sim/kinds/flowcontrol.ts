/**
 * FlowSchema and PriorityLevelConfiguration (flowcontrol.apiserver.k8s.io/v1): the defaults of
 * pkg/apis/flowcontrol/v1/defaults.go and the checks of pkg/apis/flowcontrol/validation/validation.go, worded as
 * kube-apiserver v1.32 words them. The mandatory `exempt` and `catch-all` objects keep their fixed specs.
 */
import { jsonEqual } from '../../lib/json.js';
import { fieldErrors, goStrings, GoSyntax, type StatusCause } from '../errors.js';
import { nameProblems } from '../validation/names.js';
import {
  BOOTSTRAP_FLOW_SCHEMAS,
  BOOTSTRAP_PRIORITY_LEVELS,
  type FlowSchemaSpec,
  type NonResourceRule,
  type PolicyRules,
  type PriorityLevelSpec,
  type Queuing,
  type ResourceRule,
  type Subject,
} from './flowcontrolBootstrap.js';
import type { Draft, KindStrategy } from './strategy.js';

const MAX_MATCHING_PRECEDENCE = 10000;
const MAX_QUEUES = 10_000_000;
/** shufflesharding.MaxHashBits. */
const MAX_HASH_BITS = 60;
const VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'proxy', 'update', 'watch'];
const NS_INTRO = "each member of this list must be '*' or a DNS-1123 label; ";

type FS = Draft & { spec?: Partial<FlowSchemaSpec>; status?: unknown };
type PLC = Draft & { spec?: Partial<PriorityLevelSpec>; status?: unknown };

const invalidNames = (field: string, name: string, rule: 'subdomain' | 'label') =>
  nameProblems(name, rule).map((msg) => fieldErrors.invalid(field, name, msg));

export const flowSchemaStrategy: KindStrategy = {
  defaults(obj) {
    const spec = ((obj as FS).spec ??= {});
    if (!spec.matchingPrecedence) spec.matchingPrecedence = 1000;
    // `clusterScope` is omitempty: false is never written back.
    for (const rule of spec.rules ?? [])
      for (const r of rule.resourceRules ?? []) if (r.clusterScope === false) delete r.clusterScope;
  },
  prepareForCreate(obj) {
    (obj as FS).status = {};
  },
  validate(obj) {
    const fs = obj as FS;
    const name = fs.metadata.name ?? '';
    const spec = fs.spec ?? {};
    const out: StatusCause[] = [];
    const precedence = spec.matchingPrecedence ?? 0;
    if (precedence <= 0)
      out.push(fieldErrors.invalid('spec.matchingPrecedence', precedence, 'must be a positive value'));
    if (precedence > MAX_MATCHING_PRECEDENCE)
      out.push(
        fieldErrors.invalid(
          'spec.matchingPrecedence',
          precedence,
          `must not be greater than ${MAX_MATCHING_PRECEDENCE}`,
        ),
      );
    if (precedence === 1 && name !== 'exempt')
      out.push(
        fieldErrors.invalid(
          'spec.matchingPrecedence',
          precedence,
          "only the schema named 'exempt' may have matchingPrecedence 1",
        ),
      );
    const method = spec.distinguisherMethod;
    if (method && method.type !== 'ByNamespace' && method.type !== 'ByUser')
      out.push(
        fieldErrors.notSupported(
          'spec.distinguisherMethod.type',
          new GoSyntax(`flowcontrol.FlowDistinguisherMethod{Type:${JSON.stringify(method.type ?? '')}}`),
          ['ByNamespace', 'ByUser'],
        ),
      );
    const level = spec.priorityLevelConfiguration?.name ?? '';
    if (level) out.push(...invalidNames('spec.priorityLevelConfiguration.name', level, 'subdomain'));
    else out.push(fieldErrors.required('spec.priorityLevelConfiguration.name', 'must reference a priority level'));
    (spec.rules ?? []).forEach((rule, i) => out.push(...validateRules(rule, `spec.rules[${i}]`)));
    const fixed = BOOTSTRAP_FLOW_SCHEMAS.find((b) => b.mandatory && b.name === name);
    if (fixed && !jsonEqual(spec, fixed.spec))
      out.push(fieldErrors.invalid('spec', spec, `spec of '${name}' must equal the fixed value`));
    return out;
  },
};

function validateRules(rule: PolicyRules, at: string): StatusCause[] {
  const out: StatusCause[] = [];
  const subjects = rule.subjects ?? [];
  if (subjects.length === 0)
    out.push(fieldErrors.required(`${at}.subjects`, 'subjects must contain at least one value'));
  subjects.forEach((s, i) => out.push(...validateSubject(s, `${at}.subjects[${i}]`)));
  if (!rule.resourceRules?.length && !rule.nonResourceRules?.length)
    out.push(fieldErrors.required(at, 'at least one of resourceRules and nonResourceRules has to be non-empty'));
  (rule.resourceRules ?? []).forEach((r, i) => out.push(...validateResourceRule(r, `${at}.resourceRules[${i}]`)));
  (rule.nonResourceRules ?? []).forEach((r, i) =>
    out.push(...validateNonResourceRule(r, `${at}.nonResourceRules[${i}]`)),
  );
  return out;
}

const FORBIDDEN_FOR: Readonly<Record<string, string>> = {
  user: "user is forbidden when subject kind is not 'User'",
  group: "group is forbidden when subject kind is not 'Group'",
  serviceAccount: "serviceAccount is forbidden when subject kind is not 'ServiceAccount'",
};

function validateSubject(s: Subject, at: string): StatusCause[] {
  const out: StatusCause[] = [];
  const own =
    s.kind === 'User' ? 'user' : s.kind === 'Group' ? 'group' : s.kind === 'ServiceAccount' ? 'serviceAccount' : '';
  if (!own) return [fieldErrors.notSupported(`${at}.kind`, s.kind, ['Group', 'ServiceAccount', 'User'])];
  if (own === 'serviceAccount') {
    const sa = s.serviceAccount;
    if (!sa)
      out.push(
        fieldErrors.required(
          `${at}.serviceAccount`,
          "serviceAccount is required when subject kind is 'ServiceAccount'",
        ),
      );
    else {
      if (!sa.name) out.push(fieldErrors.required(`${at}.serviceAccount.name`, ''));
      else if (sa.name !== '*') out.push(...invalidNames(`${at}.serviceAccount.name`, sa.name, 'subdomain'));
      if (!sa.namespace)
        out.push(fieldErrors.required(`${at}.serviceAccount.namespace`, 'must specify namespace for service account'));
      else out.push(...invalidNames(`${at}.serviceAccount.namespace`, sa.namespace, 'label'));
    }
  } else {
    const named = own === 'user' ? s.user : s.group;
    if (!named) out.push(fieldErrors.required(`${at}.${own}`, `${own} is required when subject kind is '${s.kind}'`));
    else if (!named.name) out.push(fieldErrors.required(`${at}.${own}.name`, ''));
  }
  for (const other of ['serviceAccount', 'user', 'group'] as const)
    if (other !== own && s[other] !== undefined)
      out.push(fieldErrors.forbidden(`${at}.${other}`, FORBIDDEN_FOR[other] ?? ''));
  return out;
}

function validateVerbs(verbs: readonly string[] | undefined, at: string): StatusCause[] {
  const list = verbs ?? [];
  if (list.length === 0) return [fieldErrors.required(`${at}.verbs`, 'verbs must contain at least one value')];
  if (list.includes('*'))
    return list.length > 1
      ? [fieldErrors.invalid(`${at}.verbs`, goStrings(list), "if '*' is present, must not specify other verbs")]
      : [];
  return list.every((v) => VERBS.includes(v)) ? [] : [fieldErrors.notSupported(`${at}.verbs`, goStrings(list), VERBS)];
}

/** A list that may be `*` alone: the Required and Invalid causes for it. */
function wildcardList(
  list: readonly string[] | undefined,
  field: string,
  required: string,
  what: string,
): StatusCause[] {
  const values = list ?? [];
  if (values.length === 0) return [fieldErrors.required(field, required)];
  if (values.length > 1 && values.includes('*'))
    return [fieldErrors.invalid(field, goStrings(values), `if '*' is present, must not specify other ${what}`)];
  return [];
}

function validateResourceRule(r: ResourceRule, at: string): StatusCause[] {
  const out = validateVerbs(r.verbs, at);
  out.push(
    ...wildcardList(r.apiGroups, `${at}.apiGroups`, 'resource rules must supply at least one api group', 'api groups'),
    ...wildcardList(r.resources, `${at}.resources`, 'resource rules must supply at least one resource', 'resources'),
  );
  const namespaces = r.namespaces ?? [];
  if (namespaces.length === 0 && !r.clusterScope)
    out.push(
      fieldErrors.required(
        `${at}.namespaces`,
        'resource rules that are not cluster scoped must supply at least one namespace',
      ),
    );
  else if (namespaces.includes('*')) {
    if (namespaces.length > 1)
      out.push(
        fieldErrors.invalid(
          `${at}.namespaces`,
          goStrings(namespaces),
          "if '*' is present, must not specify other namespaces",
        ),
      );
  } else
    namespaces.forEach((ns, i) => {
      for (const msg of nameProblems(ns, 'label'))
        out.push(fieldErrors.invalid(`${at}.namespaces[${i}]`, ns, NS_INTRO + msg));
    });
  return out;
}

function validateNonResourceRule(r: NonResourceRule, at: string): StatusCause[] {
  const out = validateVerbs(r.verbs, at);
  const urls = r.nonResourceURLs ?? [];
  if (urls.length === 0)
    out.push(fieldErrors.required(`${at}.nonResourceURLs`, 'nonResourceURLs must contain at least one value'));
  else if (urls.includes('*')) {
    if (urls.length > 1)
      out.push(
        fieldErrors.invalid(
          `${at}.nonResourceURLs`,
          goStrings(urls),
          "if '*' is present, must not specify other non-resource URLs",
        ),
      );
  } else
    urls.forEach((url, i) => {
      const problem = urlProblem(url);
      if (problem) out.push(fieldErrors.invalid(`${at}.nonResourceURLs[${i}]`, url, problem));
    });
  return out;
}

/** ValidateNonResourceURLPath. */
function urlProblem(path: string): string | undefined {
  if (path === '') return 'must not be empty';
  if (path === '/') return undefined;
  if (!path.startsWith('/')) return 'must start with slash';
  if (path.includes(' ')) return 'must not contain white-space';
  if (path.includes('//')) return 'must not contain double slash';
  const stars = path.split('*').length - 1;
  if (stars > 1 || (stars === 1 && !path.endsWith('/*'))) return 'wildcard can only do suffix matching';
  return undefined;
}

export const priorityLevelConfigurationStrategy: KindStrategy = {
  defaults(obj) {
    const spec = ((obj as PLC).spec ??= {});
    if (spec.exempt) {
      spec.exempt.nominalConcurrencyShares ??= 0;
      spec.exempt.lendablePercent ??= 0;
    }
    const limited = spec.limited;
    if (limited) {
      limited.nominalConcurrencyShares ??= 30;
      limited.lendablePercent ??= 0;
      const q = limited.limitResponse?.queuing as Partial<Queuing> | undefined;
      if (q) {
        if (!q.handSize) q.handSize = 8;
        if (!q.queues) q.queues = 64;
        if (!q.queueLengthLimit) q.queueLengthLimit = 50;
      }
    }
  },
  prepareForCreate(obj) {
    (obj as PLC).status = {};
  },
  validate(obj) {
    const plc = obj as PLC;
    const name = plc.metadata.name ?? '';
    const spec = plc.spec ?? {};
    const out: StatusCause[] = [];
    const type = spec.type ?? '';
    if ((name === 'exempt') !== (type === 'Exempt'))
      out.push(fieldErrors.invalid('spec.type', type, "type must be 'Exempt' if and only if name is 'exempt'"));
    if (type === 'Exempt') {
      if (spec.limited) out.push(fieldErrors.forbidden('spec.limited', 'must be nil if the type is not Limited'));
      const e = spec.exempt;
      if (e?.nominalConcurrencyShares !== undefined && e.nominalConcurrencyShares < 0)
        out.push(
          fieldErrors.invalid(
            'spec.exempt.nominalConcurrencyShares',
            e.nominalConcurrencyShares,
            'must be a non-negative integer',
          ),
        );
      if (e?.lendablePercent !== undefined && (e.lendablePercent < 0 || e.lendablePercent > 100))
        out.push(
          fieldErrors.invalid('spec.exempt.lendablePercent', e.lendablePercent, 'must be between 0 and 100, inclusive'),
        );
    } else if (type === 'Limited') {
      if (spec.exempt) out.push(fieldErrors.forbidden('spec.exempt', 'must be nil if the type is Limited'));
      if (!spec.limited) out.push(fieldErrors.required('spec.limited', 'must not be empty when type is Limited'));
      else out.push(...validateLimited(spec.limited));
    } else out.push(fieldErrors.notSupported('spec.type', type, ['Exempt', 'Limited']));
    // The exempt level's own numbers may be tuned; everything else about the mandatory levels is fixed.
    const fixed = BOOTSTRAP_PRIORITY_LEVELS.find((b) => b.mandatory && b.name === name);
    if (fixed && !jsonEqual(fixedPart(spec), fixedPart(fixed.spec)))
      out.push(fieldErrors.invalid('spec', spec, `spec of '${name}' must equal the fixed value`));
    return out;
  },
};

const fixedPart = (spec: Partial<PriorityLevelSpec>) =>
  spec.type === 'Exempt' ? { ...spec, exempt: undefined } : spec;

function validateLimited(l: NonNullable<PriorityLevelSpec['limited']>): StatusCause[] {
  const out: StatusCause[] = [];
  const at = 'spec.limited';
  const shares = l.nominalConcurrencyShares ?? 0;
  if (shares < 0)
    out.push(fieldErrors.invalid(`${at}.nominalConcurrencyShares`, shares, 'must be a non-negative integer'));
  const response = l.limitResponse ?? { type: '' };
  if (response.type === 'Reject') {
    if (response.queuing)
      out.push(
        fieldErrors.forbidden(
          `${at}.limitResponse.queuing`,
          'must be nil if limited.limitResponse.type is not Limited',
        ),
      );
  } else if (response.type === 'Queue') {
    if (!response.queuing)
      out.push(
        fieldErrors.required(
          `${at}.limitResponse.queuing`,
          'must not be empty if limited.limitResponse.type is Limited',
        ),
      );
    else out.push(...validateQueuing(response.queuing, `${at}.limitResponse.queuing`));
  } else out.push(fieldErrors.notSupported(`${at}.limitResponse.type`, response.type, ['Queue', 'Reject']));
  if (l.lendablePercent !== undefined && (l.lendablePercent < 0 || l.lendablePercent > 100))
    out.push(fieldErrors.invalid(`${at}.lendablePercent`, l.lendablePercent, 'must be between 0 and 100, inclusive'));
  if (l.borrowingLimitPercent !== undefined && l.borrowingLimitPercent < 0)
    out.push(
      fieldErrors.invalid(
        `${at}.borrowingLimitPercent`,
        l.borrowingLimitPercent,
        'if specified, must be a non-negative integer',
      ),
    );
  return out;
}

function validateQueuing(q: Queuing, at: string): StatusCause[] {
  const out: StatusCause[] = [];
  if (q.queueLengthLimit <= 0)
    out.push(fieldErrors.invalid(`${at}.queueLengthLimit`, q.queueLengthLimit, 'must be positive'));
  if (q.queues <= 0) out.push(fieldErrors.invalid(`${at}.queues`, q.queues, 'must be positive'));
  else if (q.queues > MAX_QUEUES)
    out.push(fieldErrors.invalid(`${at}.queues`, q.queues, `must not be greater than ${MAX_QUEUES}`));
  if (q.handSize <= 0) out.push(fieldErrors.invalid(`${at}.handSize`, q.handSize, 'must be positive'));
  else if (q.handSize > q.queues)
    out.push(fieldErrors.invalid(`${at}.handSize`, q.handSize, `should not be greater than queues (${q.queues})`));
  else if (Math.ceil(Math.log2(q.queues) * q.handSize) > MAX_HASH_BITS)
    out.push(
      fieldErrors.invalid(
        `${at}.handSize`,
        q.handSize,
        `required entropy bits of deckSize ${q.queues} and handSize ${q.handSize} should not be greater than ${MAX_HASH_BITS}`,
      ),
    );
  return out;
}
