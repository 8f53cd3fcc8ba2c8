/**
 * The LimitRanger admission plugin: containers without requests or limits get the namespace's
 * LimitRange defaults, and values outside its min/max are refused with the plugin's wording.
 */
import type { Container, LimitRange, Pod } from 'kubernetes-types/core/v1';
import { cmpQuantity, formatQuantity, tryParseQuantity } from '../../lib/quantity.js';
import { forbidden } from '../errors.js';
import type { Draft } from '../kinds/strategy.js';
import type { Store } from '../store.js';
import type { Stored } from '../types.js';

type Resources = Record<string, string | number>;

export function applyLimitRanges(pod: Draft & Pod, store: Store): void {
  const ranges = store.list('limitranges', pod.metadata.namespace) as unknown as Stored<LimitRange>[];
  if (ranges.length === 0) return;
  const annotations: string[] = [];
  for (const range of ranges) {
    for (const item of range.spec?.limits ?? []) {
      if (item.type !== 'Container') continue;
      for (const c of [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])]) {
        const set = defaultContainer(c, item.default ?? {}, item.defaultRequest ?? item.default ?? {});
        if (set.length) annotations.push(`LimitRanger plugin set: ${set.join(', ')} for container ${c.name}`);
      }
    }
  }
  if (annotations.length) {
    pod.metadata.annotations = { ...pod.metadata.annotations, 'kubernetes.io/limit-ranger': annotations.join('; ') };
  }
  for (const range of ranges) {
    for (const item of range.spec?.limits ?? []) {
      if (item.type !== 'Container') continue;
      for (const c of pod.spec?.containers ?? []) checkBounds(pod, c, item.min ?? {}, item.max ?? {});
    }
  }
}

function defaultContainer(c: Container, limits: Resources, requests: Resources): string[] {
  const set: string[] = [];
  const res = (c.resources ??= {});
  for (const [name, value] of Object.entries(limits)) {
    if (res.limits?.[name] === undefined) {
      res.limits = { ...res.limits, [name]: String(value) };
      set.push(`${name} limit`);
    }
  }
  for (const [name, value] of Object.entries(requests)) {
    if (res.requests?.[name] === undefined) {
      res.requests = { ...res.requests, [name]: String(value) };
      set.push(`${name} request`);
    }
  }
  return set;
}

function checkBounds(pod: Draft & Pod, c: Container, min: Resources, max: Resources): void {
  const name = pod.metadata.name ?? '';
  for (const [resource, bound] of Object.entries(max)) {
    const limit = c.resources?.limits?.[resource];
    const b = tryParseQuantity(String(bound));
    if (limit === undefined) {
      throw forbidden(
        `pods "${name}" is forbidden: maximum ${resource} usage per Container is ${String(bound)}.  No limit is specified`,
      );
    }
    const l = tryParseQuantity(String(limit));
    if (b && l && cmpQuantity(l, b) > 0) {
      throw forbidden(
        `pods "${name}" is forbidden: maximum ${resource} usage per Container is ${formatQuantity(b)}, but limit is ${formatQuantity(l)}`,
      );
    }
  }
  for (const [resource, bound] of Object.entries(min)) {
    const request = c.resources?.requests?.[resource];
    const b = tryParseQuantity(String(bound));
    const r = request === undefined ? undefined : tryParseQuantity(String(request));
    if (b && (!r || cmpQuantity(r, b) < 0)) {
      throw forbidden(
        `pods "${name}" is forbidden: minimum ${resource} usage per Container is ${formatQuantity(b)}, but request is ${r ? formatQuantity(r) : '0'}`,
      );
    }
  }
}
