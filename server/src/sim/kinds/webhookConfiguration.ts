/**
 * ValidatingWebhookConfiguration and MutatingWebhookConfiguration (admissionregistration.k8s.io/v1): the defaults of
 * pkg/apis/admissionregistration/v1/defaults.go and the checks of pkg/apis/admissionregistration/validation/
 * validation.go as kube-apiserver v1.32 runs them, in its wording and order. On update, what the stored object
 * already breaks (side effects, review versions, duplicate names) is tolerated, as ValidateXUpdate does.
 */
import { fieldErrors, goStrings, type StatusCause } from '../errors.js';
import { nameProblems } from '../validation/names.js';
import {
  validateMatchConditions,
  validateRuleWithOperations,
  type MatchCondition,
  type RuleWithOperations,
} from './admissionRules.js';
import type { Draft, KindStrategy } from './strategy.js';
import type { Stored } from '../types.js';

interface Webhook {
  name?: string;
  clientConfig?: {
    url?: string;
    service?: { namespace?: string; name?: string; path?: string; port?: number };
    caBundle?: string;
  };
  rules?: RuleWithOperations[];
  failurePolicy?: string;
  matchPolicy?: string;
  namespaceSelector?: unknown;
  objectSelector?: unknown;
  sideEffects?: string;
  timeoutSeconds?: number;
  admissionReviewVersions?: string[];
  reinvocationPolicy?: string;
  matchConditions?: MatchCondition[];
}

type Configuration = Draft & { webhooks?: Webhook[] };

/** The lists validation.go offers, sorted as sets.String.List() sorts them. */
const FAILURE_POLICIES = ['Fail', 'Ignore'];
const MATCH_POLICIES = ['Equivalent', 'Exact'];
const NO_SIDE_EFFECTS = ['None', 'NoneOnDryRun'];
const SIDE_EFFECTS = ['None', 'NoneOnDryRun', 'Some', 'Unknown'];
const REINVOCATION_POLICIES = ['IfNeeded', 'Never'];
/** AcceptedAdmissionReviewVersions. */
const REVIEW_VERSIONS = ['v1', 'v1beta1'];

/** What an update may keep of what the stored object already had (the validationOptions of ValidateXUpdate). */
interface Options {
  requireNoSideEffects: boolean;
  requireRecognizedReviewVersion: boolean;
  requireUniqueNames: boolean;
  ignoreMatchConditions: boolean;
}

const CREATE: Options = {
  requireNoSideEffects: true,
  requireRecognizedReviewVersion: true,
  requireUniqueNames: true,
  ignoreMatchConditions: false,
};

function optionsFor(hooks: readonly Webhook[], old: Stored | undefined): Options {
  if (!old) return CREATE;
  const before = (old as unknown as Configuration).webhooks ?? [];
  const names = before.map((h) => h.name);
  return {
    requireNoSideEffects: before.every((h) => h.sideEffects !== undefined && NO_SIDE_EFFECTS.includes(h.sideEffects)),
    requireRecognizedReviewVersion: before.every(
      (h) => !h.admissionReviewVersions?.length || h.admissionReviewVersions.some((v) => REVIEW_VERSIONS.includes(v)),
    ),
    requireUniqueNames: new Set(names).size === names.length,
    ignoreMatchConditions:
      hooks.length === before.length &&
      hooks.every((h, i) => JSON.stringify(h.matchConditions) === JSON.stringify(before[i]?.matchConditions)),
  };
}

function defaults(obj: Draft, mutating: boolean): void {
  for (const hook of (obj as Configuration).webhooks ?? []) {
    hook.failurePolicy ??= 'Fail';
    hook.matchPolicy ??= 'Equivalent';
    hook.namespaceSelector ??= {};
    hook.objectSelector ??= {};
    hook.timeoutSeconds ??= 10;
    if (mutating) hook.reinvocationPolicy ??= 'Never';
    for (const rule of hook.rules ?? []) rule.scope ??= '*';
    const service = hook.clientConfig?.service;
    if (service) service.port ??= 443;
  }
}

function validate(obj: Draft, old: Stored | undefined, mutating: boolean): StatusCause[] {
  const hooks = (obj as Configuration).webhooks ?? [];
  const opts = optionsFor(hooks, old);
  const out: StatusCause[] = [];
  const names = new Set<string>();
  hooks.forEach((hook, i) => {
    const at = `webhooks[${i}]`;
    out.push(...validateWebhook(hook, at, opts, mutating));
    out.push(...validateReviewVersions(hook.admissionReviewVersions ?? [], `${at}.admissionReviewVersions`, opts));
    if (opts.requireUniqueNames && hook.name) {
      if (names.has(hook.name)) out.push(fieldErrors.duplicate(`${at}.name`, hook.name));
      names.add(hook.name);
    }
  });
  return out;
}

function validateWebhook(hook: Webhook, at: string, opts: Options, mutating: boolean): StatusCause[] {
  const out = fullyQualifiedName(`${at}.name`, hook.name ?? '');
  (hook.rules ?? []).forEach((rule, i) => out.push(...validateRuleWithOperations(rule, `${at}.rules[${i}]`)));
  if (hook.failurePolicy !== undefined && !FAILURE_POLICIES.includes(hook.failurePolicy))
    out.push(fieldErrors.notSupported(`${at}.failurePolicy`, hook.failurePolicy, FAILURE_POLICIES));
  if (hook.matchPolicy !== undefined && !MATCH_POLICIES.includes(hook.matchPolicy))
    out.push(fieldErrors.notSupported(`${at}.matchPolicy`, hook.matchPolicy, MATCH_POLICIES));
  const allowed = opts.requireNoSideEffects ? NO_SIDE_EFFECTS : SIDE_EFFECTS;
  if (hook.sideEffects === undefined)
    out.push(fieldErrors.required(`${at}.sideEffects`, `must specify one of ${allowed.join(', ')}`));
  else if (!allowed.includes(hook.sideEffects))
    out.push(fieldErrors.notSupported(`${at}.sideEffects`, hook.sideEffects, allowed));
  const timeout = hook.timeoutSeconds;
  if (timeout !== undefined && (timeout > 30 || timeout < 1))
    out.push(
      fieldErrors.invalid(`${at}.timeoutSeconds`, timeout, 'the timeout value must be between 1 and 30 seconds'),
    );
  if (mutating && hook.reinvocationPolicy !== undefined && !REINVOCATION_POLICIES.includes(hook.reinvocationPolicy))
    out.push(fieldErrors.notSupported(`${at}.reinvocationPolicy`, hook.reinvocationPolicy, REINVOCATION_POLICIES));
  out.push(...validateClientConfig(hook.clientConfig ?? {}, `${at}.clientConfig`));
  if (!opts.ignoreMatchConditions)
    out.push(...validateMatchConditions(hook.matchConditions ?? [], `${at}.matchConditions`));
  return out;
}

/** utilvalidation.IsFullyQualifiedName: a DNS subdomain of at least three segments. */
function fullyQualifiedName(field: string, name: string): StatusCause[] {
  if (!name) return [fieldErrors.required(field)];
  const problems = nameProblems(name, 'subdomain');
  if (problems.length > 0) return [fieldErrors.invalid(field, name, problems.join(','))];
  if (name.split('.').length < 3)
    return [fieldErrors.invalid(field, name, 'should be a domain with at least three segments separated by dots')];
  return [];
}

function validateClientConfig(cc: NonNullable<Webhook['clientConfig']>, at: string): StatusCause[] {
  if ((cc.url === undefined) === (cc.service === undefined))
    return [fieldErrors.required(at, 'exactly one of url or service is required')];
  if (cc.url !== undefined) return validateWebhookUrl(`${at}.url`, cc.url);
  const svc = cc.service ?? {};
  // k8s.io/apiserver's ValidateWebhookService takes (namespace, name) but is called with (name, namespace), so each
  // missing field is reported under the other's name (kubernetes/kubernetes#141353).
  return validateWebhookService(`${at}.service`, svc.name ?? '', svc.namespace ?? '', svc.path, svc.port ?? 443);
}

const URL_FORM = '; desired format: https://host[/path]';

/** webhook.ValidateWebhookURL (https forced) on Go's url.Parse split of the text. */
function validateWebhookUrl(field: string, text: string): StatusCause[] {
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1f\x7f]/.test(text))
    return [
      fieldErrors.required(
        field,
        `url must be a valid URL: parse ${JSON.stringify(text)}: net/url: invalid control character in URL${URL_FORM}`,
      ),
    ];
  const u = goUrlParts(text);
  const out: StatusCause[] = [];
  if (u.scheme !== 'https')
    out.push(fieldErrors.invalid(field, u.scheme, `'https' is the only allowed URL scheme${URL_FORM}`));
  if (!u.host) out.push(fieldErrors.invalid(field, u.host, `host must be specified${URL_FORM}`));
  if (u.user !== undefined)
    out.push(fieldErrors.invalid(field, u.user, 'user information is not permitted in the URL'));
  if (u.fragment) out.push(fieldErrors.invalid(field, u.fragment, 'fragments are not permitted in the URL'));
  if (u.query) out.push(fieldErrors.invalid(field, u.query, 'query parameters are not permitted in the URL'));
  return out;
}

/** The parts of a URL as net/url splits them: scheme (lower-cased), user info, host, query and fragment. */
function goUrlParts(text: string): { scheme: string; user?: string; host: string; query: string; fragment: string } {
  let rest = text;
  let fragment = '';
  const hash = rest.indexOf('#');
  if (hash >= 0) [rest, fragment] = [rest.slice(0, hash), rest.slice(hash + 1)];
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(rest)?.[1] ?? '';
  if (scheme) rest = rest.slice(scheme.length + 1);
  let query = '';
  const q = rest.indexOf('?');
  if (q >= 0) [rest, query] = [rest.slice(0, q), rest.slice(q + 1)];
  if (!rest.startsWith('//')) return { scheme: scheme.toLowerCase(), host: '', query, fragment };
  const authority = rest.slice(2).split('/')[0] ?? '';
  const at = authority.lastIndexOf('@');
  const user = at >= 0 ? authority.slice(0, at) : undefined;
  const host = at >= 0 ? authority.slice(at + 1) : authority;
  return { scheme: scheme.toLowerCase(), ...(user === undefined ? {} : { user }), host, query, fragment };
}

/** webhook.ValidateWebhookService, its parameters as declared: (namespace, name). */
function validateWebhookService(
  at: string,
  namespace: string,
  name: string,
  path: string | undefined,
  port: number,
): StatusCause[] {
  const out: StatusCause[] = [];
  if (!name) out.push(fieldErrors.required(`${at}.name`));
  if (!namespace) out.push(fieldErrors.required(`${at}.namespace`));
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    out.push(fieldErrors.invalid(`${at}.port`, port, 'port is not valid: must be between 1 and 65535, inclusive'));
  if (path === undefined || path === '' || path === '/') return out;
  if (path === '//') return [...out, fieldErrors.invalid(`${at}.path`, path, 'segment[0] may not be empty')];
  if (!path.startsWith('/')) out.push(fieldErrors.invalid(`${at}.path`, path, "must start with a '/'"));
  let check = path.slice(1);
  if (check.endsWith('/')) check = check.slice(0, -1);
  check.split('/').forEach((step, i) => {
    if (!step) {
      out.push(fieldErrors.invalid(`${at}.path`, path, `segment[${i}] may not be empty`));
      return;
    }
    for (const problem of nameProblems(step, 'subdomain'))
      out.push(fieldErrors.invalid(`${at}.path`, path, `segment[${i}]: ${problem}`));
  });
  return out;
}

function validateReviewVersions(versions: readonly string[], at: string, opts: Options): StatusCause[] {
  if (versions.length === 0) return [fieldErrors.required(at, `must specify one of ${REVIEW_VERSIONS.join(', ')}`)];
  const out: StatusCause[] = [];
  const seen = new Set<string>();
  versions.forEach((v, i) => {
    if (seen.has(v)) {
      out.push(fieldErrors.invalid(`${at}[${i}]`, v, 'duplicate version'));
      return;
    }
    seen.add(v);
    for (const problem of nameProblems(v, 'dns1035')) out.push(fieldErrors.invalid(`${at}[${i}]`, v, problem));
  });
  if (opts.requireRecognizedReviewVersion && !versions.some((v) => REVIEW_VERSIONS.includes(v)))
    out.push(
      fieldErrors.invalid(at, goStrings(versions), `must include at least one of ${REVIEW_VERSIONS.join(', ')}`),
    );
  return out;
}

export const validatingWebhookConfigurationStrategy: KindStrategy = {
  defaults: (obj) => defaults(obj, false),
  validate: (obj, old) => validate(obj, old, false),
};

export const mutatingWebhookConfigurationStrategy: KindStrategy = {
  defaults: (obj) => defaults(obj, true),
  validate: (obj, old) => validate(obj, old, true),
};
