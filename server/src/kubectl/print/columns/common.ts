/** Cell helpers shared by the printers, ported from printers.go. */
import type { Container } from 'kubernetes-types/core/v1';
import type { ObjectMeta } from 'kubernetes-types/meta/v1';
import { translateTimestampSince } from '../duration.js';
import type { ColumnDef, RowContext } from '../types.js';

/** Anything with object metadata (every typed kind and KubeObject). */
export interface HasMeta {
  readonly metadata?: ObjectMeta | undefined;
}

export const NAME: ColumnDef = { name: 'Name', priority: 0 };
export const AGE: ColumnDef = { name: 'Age', priority: 0 };

export function col(name: string, priority: 0 | 1 = 0): ColumnDef {
  return { name, priority };
}

export function age(obj: HasMeta, ctx: RowContext): string {
  return translateTimestampSince(obj.metadata?.creationTimestamp, ctx.now);
}

export function nameOf(obj: HasMeta): string {
  return obj.metadata?.name ?? '';
}

/** layoutContainerCells: container names and images, comma-joined. */
export function containerCells(containers: readonly Container[] | undefined): [string, string] {
  let names = '';
  let images = '';
  const list = containers ?? [];
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    if (i > 0) {
      names += ',';
      images += ',';
    }
    names += c.name;
    images += c.image ?? '';
  }
  return [names, images];
}

/** printBoolPtr / printBool: `True`, `False`, `<unset>`. */
export function boolPtr(v: boolean | undefined): string {
  return v === undefined ? '<unset>' : v ? 'True' : 'False';
}

/** listWithMoreString: at most `max` items, then ` + N more...`; `<unset>` when empty. */
export function listWithMore(list: readonly string[], count: number, max: number): string {
  const ret = list.join(',');
  if (count > max) return `${ret} + ${count - max} more...`;
  return ret === '' ? '<unset>' : ret;
}

/** net.JoinHostPort: brackets around IPv6 hosts. */
export function joinHostPort(host: string, port: number | string): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

/** A load balancer's ingress points: unique, sorted, clipped to 16 bytes unless wide. */
export function loadBalancerStatus(
  ingress: readonly { ip?: string; hostname?: string }[] | undefined,
  wide: boolean,
): string {
  const set = new Set<string>();
  for (const i of ingress ?? []) {
    if (i.ip) set.add(i.ip);
    else if (i.hostname) set.add(i.hostname);
  }
  const r = [...set].sort().join(',');
  return !wide && r.length > 16 ? r.slice(0, 13) + '...' : r;
}

/** intstr.String(): numbers and strings as written. */
export function intOrString(v: number | string | undefined): string {
  return v === undefined ? '' : String(v);
}
