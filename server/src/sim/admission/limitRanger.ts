/**
 * The LimitRanger admission plugin (kubernetes v1.32 plugin/pkg/admission/limitranger/admission.go):
 * containers and init containers without requests or limits get the namespace's LimitRange
 * defaults (mergePodResourceRequirements, recorded in the `kubernetes.io/limit-ranger` annotation),
 * then every Container and Pod item's min, max and maxLimitRequestRatio is checked
 * (PodValidateLimitFunc); all violations together are one Forbidden error, as utilerrors.NewAggregate
 * joins them.
 */
import type { Container, LimitRange, LimitRangeItem, Pod } from 'kubernetes-types/core/v1';
import {
  addQuantity,
  formatQuantity,
  quantityMilliValue,
  tryParseQuantity,
  type Quantity,
} from '../../lib/quantity.js';
import { forbidden } from '../errors.js';
import type { Draft } from '../kinds/strategy.js';
import type { Store } from '../store.js';
import type { Stored } from '../types.js';

type Resources = Record<string, string | number>;
type Parsed = ReadonlyMap<string, Quantity>;

export function applyLimitRanges(pod: Draft & Pod, store: Store): void {
  const ranges = store.list('limitranges', pod.metadata.namespace) as unknown as Stored<LimitRange>[];
  if (ranges.length === 0) return;
  // Admit (mutating) over every LimitRange, then Validate: the first range with violations refuses.
  for (const range of ranges) mergeDefaults(pod, range);
  for (const range of ranges) {
    const errors = validate(pod, range);
    if (errors.length)
      throw forbidden(
        `pods "${pod.metadata.name ?? ''}" is forbidden: ${errors.length === 1 ? errors[0] : `[${errors.join(', ')}]`}`,
      );
  }
}

/** defaultContainerResourceRequirements + mergePodResourceRequirements. */
function mergeDefaults(pod: Draft & Pod, range: LimitRange): void {
  const limits: Resources = {};
  const requests: Resources = {};
  for (const item of range.spec?.limits ?? []) {
    if (item.type !== 'Container') continue;
    Object.assign(requests, item.defaultRequest);
    Object.assign(limits, item.default);
  }
  if (!Object.keys(limits).length && !Object.keys(requests).length) return;
  const notes = [
    ...(pod.spec?.containers ?? []).flatMap((c) => mergeContainer(c, limits, requests, 'container')),
    ...(pod.spec?.initContainers ?? []).flatMap((c) => mergeContainer(c, limits, requests, 'init container')),
  ];
  if (notes.length)
    pod.metadata.annotations = {
      ...pod.metadata.annotations,
      'kubernetes.io/limit-ranger': `LimitRanger plugin set: ${notes.join('; ')}`,
    };
}

function mergeContainer(c: Container, limits: Resources, requests: Resources, type: string): string[] {
  const res = (c.resources ??= {});
  const setLimits = Object.keys(limits).filter((k) => res.limits?.[k] === undefined);
  const setRequests = Object.keys(requests).filter((k) => res.requests?.[k] === undefined);
  if (setLimits.length) res.limits = { ...res.limits, ...pick(limits, setLimits) };
  if (setRequests.length) res.requests = { ...res.requests, ...pick(requests, setRequests) };
  return [
    ...(setRequests.length ? [`${setRequests.sort().join(', ')} request for ${type} ${c.name}`] : []),
    ...(setLimits.length ? [`${setLimits.sort().join(', ')} limit for ${type} ${c.name}`] : []),
  ];
}

const pick = (from: Resources, keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, String(from[k])]));

function parsed(list: Resources | undefined): Map<string, Quantity> {
  const out = new Map<string, Quantity>();
  for (const [k, v] of Object.entries(list ?? {})) {
    const q = tryParseQuantity(String(v));
    if (q) out.set(k, q);
  }
  return out;
}

/** PodValidateLimitFunc: containers, then init containers, then the pod's totals. */
function validate(pod: Pod, range: LimitRange): string[] {
  const errors: string[] = [];
  for (const item of range.spec?.limits ?? []) {
    if (item.type === 'Container') {
      for (const c of [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])])
        errors.push(...checkItem(item, 'Container', parsed(c.resources?.requests), parsed(c.resources?.limits)));
    } else if (item.type === 'Pod') {
      errors.push(...checkItem(item, 'Pod', podTotal(pod, 'requests'), podTotal(pod, 'limits')));
    }
  }
  return errors;
}

/** resourcehelper.PodRequests/PodLimits: the containers' sum, or the largest init container if more. */
function podTotal(pod: Pod, field: 'requests' | 'limits'): Map<string, Quantity> {
  const total = new Map<string, Quantity>();
  for (const c of pod.spec?.containers ?? [])
    for (const [k, q] of parsed(c.resources?.[field])) {
      const prev = total.get(k);
      total.set(k, prev ? addQuantity(prev, q) : q);
    }
  for (const c of pod.spec?.initContainers ?? [])
    for (const [k, q] of parsed(c.resources?.[field])) {
      const prev = total.get(k);
      if (!prev || q.nanos > prev.nanos) total.set(k, q);
    }
  return total;
}

/** Go map order is random: resources are checked in name order so the message is stable. */
function checkItem(item: LimitRangeItem, type: string, requests: Parsed, limits: Parsed): string[] {
  const errors: string[] = [];
  for (const [k, v] of sorted(item.min)) {
    const e = minConstraint(type, k, v, requests.get(k), limits.get(k));
    if (e) errors.push(e);
  }
  for (const [k, v] of sorted(item.max)) {
    const e = maxConstraint(type, k, v, requests.get(k), limits.get(k));
    if (e) errors.push(e);
  }
  for (const [k, v] of sorted(item.maxLimitRequestRatio)) {
    const e = ratioConstraint(type, k, v, requests.get(k), limits.get(k));
    if (e) errors.push(e);
  }
  return errors;
}

const sorted = (list: Resources | undefined) => [...parsed(list)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** requestLimitEnforcedValues compares milli-values (values are small enough here). */
const milli = (q: Quantity | undefined) => (q ? quantityMilliValue(q) : 0);

function minConstraint(type: string, name: string, enforced: Quantity, req?: Quantity, lim?: Quantity) {
  const e = formatQuantity(enforced);
  if (!req) return `minimum ${name} usage per ${type} is ${e}.  No request is specified`;
  if (milli(req) < milli(enforced))
    return `minimum ${name} usage per ${type} is ${e}, but request is ${formatQuantity(req)}`;
  if (lim && milli(lim) < milli(enforced))
    return `minimum ${name} usage per ${type} is ${e}, but limit is ${formatQuantity(lim)}`;
  return undefined;
}

function maxConstraint(type: string, name: string, enforced: Quantity, req?: Quantity, lim?: Quantity) {
  const e = formatQuantity(enforced);
  if (!lim) return `maximum ${name} usage per ${type} is ${e}.  No limit is specified`;
  if (milli(lim) > milli(enforced))
    return `maximum ${name} usage per ${type} is ${e}, but limit is ${formatQuantity(lim)}`;
  if (req && milli(req) > milli(enforced))
    return `maximum ${name} usage per ${type} is ${e}, but request is ${formatQuantity(req)}`;
  return undefined;
}

function ratioConstraint(type: string, name: string, enforced: Quantity, req?: Quantity, lim?: Quantity) {
  const e = formatQuantity(enforced);
  if (!req || milli(req) === 0)
    return `${name} max limit to request ratio per ${type} is ${e}, but no request is specified or request is 0`;
  if (!lim || milli(lim) === 0)
    return `${name} max limit to request ratio per ${type} is ${e}, but no limit is specified or limit is 0`;
  const ratio = milli(lim) / milli(req);
  if (ratio * 1000 > quantityMilliValue(enforced))
    return `${name} max limit to request ratio per ${type} is ${e}, but provided ratio is ${ratio.toFixed(6)}`;
  return undefined;
}

/**
 * SetDefaults_LimitRangeItem (pkg/apis/core/v1/defaults.go): a Container item's default limit falls
 * back to its max, its default request to the default limit, then to its min.
 */
export function defaultLimitRangeItem(item: LimitRangeItem): void {
  if (item.type !== 'Container') return;
  const def: Resources = { ...item.default };
  const defReq: Resources = { ...item.defaultRequest };
  for (const [k, v] of Object.entries(item.max ?? {})) if (!(k in def)) def[k] = v;
  for (const [k, v] of Object.entries(def)) if (!(k in defReq)) defReq[k] = v;
  for (const [k, v] of Object.entries(item.min ?? {})) if (!(k in defReq)) defReq[k] = v;
  if (Object.keys(def).length) (item as { default?: Resources }).default = def;
  if (Object.keys(defReq).length) (item as { defaultRequest?: Resources }).defaultRequest = defReq;
}
