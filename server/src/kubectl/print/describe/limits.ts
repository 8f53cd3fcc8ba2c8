/**
 * kubectl v1.32 pkg/describe/describe.go describeLimitRange / describeLimitRangeSpec and
 * describeQuota / helpTextForResourceQuotaScope; the namespace describer reuses the spec rows.
 */
import type { LimitRange, ResourceQuota } from 'kubernetes-types/core/v1';
import {
  canonicalQuantity,
  formatQuantity,
  quantityFromValue,
  quantityValue,
  tryParseQuantity,
} from '../../../lib/quantity.js';
import { LEVEL_0, type PrefixWriter } from './writer.js';

type Resources = Readonly<Record<string, string | number>> | undefined;

/** One row per resource of each item (Go ranges over a map there: rows go in resource name order). */
export function describeLimitRangeSpec(w: PrefixWriter, range: LimitRange, prefix: string): void {
  for (const item of range.spec?.limits ?? []) {
    const names = new Set([
      ...Object.keys(item.max ?? {}),
      ...Object.keys(item.min ?? {}),
      ...Object.keys(item.default ?? {}),
      ...Object.keys(item.defaultRequest ?? {}),
      ...Object.keys(item.maxLimitRequestRatio ?? {}),
    ]);
    const v = (m: Resources, k: string): string => (m?.[k] !== undefined ? canonicalQuantity(String(m[k])) : '-');
    for (const k of [...names].sort())
      w.write(
        LEVEL_0,
        `${prefix}${item.type}\t${k}\t${v(item.min, k)}\t${v(item.max, k)}\t${v(item.defaultRequest, k)}\t${v(item.default, k)}\t${v(item.maxLimitRequestRatio, k)}\n`,
      );
  }
}

export function describeLimitRange(w: PrefixWriter, range: LimitRange): void {
  w.write(LEVEL_0, `Name:\t${range.metadata?.name ?? ''}\n`);
  w.write(LEVEL_0, `Namespace:\t${range.metadata?.namespace ?? ''}\n`);
  w.write(LEVEL_0, 'Type\tResource\tMin\tMax\tDefault Request\tDefault Limit\tMax Limit/Request Ratio\n');
  w.write(LEVEL_0, '----\t--------\t---\t---\t---------------\t-------------\t-----------------------\n');
  describeLimitRangeSpec(w, range, '');
}

export const SCOPE_HELP: Readonly<Record<string, string>> = {
  Terminating:
    'Matches all pods that have an active deadline. These pods have a limited lifespan on a node before being actively terminated by the system.',
  NotTerminating:
    'Matches all pods that do not have an active deadline. These pods usually include long running pods whose container command is not expected to terminate.',
  BestEffort:
    'Matches all pods that do not have resource requirements set. These pods have a best effort quality of service.',
  NotBestEffort:
    'Matches all pods that have at least one resource requirement set. These pods have a burstable or guaranteed quality of service.',
};

/**
 * A used quantity in the hard one's format (binary or decimal), as describeQuota re-creates it with
 * resource.NewQuantity(used.Value(), hard.Format) when they differ.
 */
export function usedInHardFormat(used: string | undefined, hard: string): string {
  const u = tryParseQuantity(used ?? '0');
  const h = tryParseQuantity(hard);
  if (!u || !h) return used ?? '0';
  return u.format === h.format ? formatQuantity(u) : formatQuantity(quantityFromValue(quantityValue(u), h.format));
}

export function describeResourceQuota(w: PrefixWriter, quota: ResourceQuota): void {
  w.write(LEVEL_0, `Name:\t${quota.metadata?.name ?? ''}\n`);
  w.write(LEVEL_0, `Namespace:\t${quota.metadata?.namespace ?? ''}\n`);
  const scopes = [...(quota.spec?.scopes ?? [])].sort();
  if (scopes.length > 0) {
    w.write(LEVEL_0, `Scopes:\t${scopes.join(', ')}\n`);
    for (const s of scopes) if (SCOPE_HELP[s]) w.write(LEVEL_0, ` * ${SCOPE_HELP[s]}\n`);
  }
  w.write(LEVEL_0, 'Resource\tUsed\tHard\n');
  w.write(LEVEL_0, '--------\t----\t----\n');
  const hard = quota.status?.hard ?? {};
  for (const r of Object.keys(hard).sort())
    w.write(
      LEVEL_0,
      `${r}\t${usedInHardFormat(quota.status?.used?.[r], hard[r] ?? '0')}\t${canonicalQuantity(hard[r] ?? '0')}\n`,
    );
}
