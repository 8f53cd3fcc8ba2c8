/** Shared by the Pod Security Standards checks: results, and the wording helpers of policy/helpers.go. */
import type { Container, PodSpec } from 'kubernetes-types/core/v1';
import type { ObjectMeta } from 'kubernetes-types/meta/v1';

export interface CheckResult {
  reason: string;
  detail: string;
}

export type CheckFn = (meta: ObjectMeta, spec: PodSpec) => CheckResult | undefined;

export interface VersionedCheck {
  /** Minor version of 1.x from which this version of the check applies. */
  readonly min: number;
  readonly fn: CheckFn;
  readonly overrides?: readonly string[];
}

export interface Check {
  readonly id: string;
  readonly level: 'baseline' | 'restricted';
  readonly versions: readonly VersionedCheck[];
}

export const joinQuote = (items: readonly string[]) => (items.length === 0 ? '' : `"${items.join('", "')}"`);
export const plural = (one: string, many: string, n: number) => (n === 1 ? one : many);
export const containers = (names: readonly string[]) =>
  `${plural('container', 'containers', names.length)} ${joinQuote(names)}`;
/** Go's sets.String List(): sorted, distinct. */
export const sortedSet = (values: Iterable<string>) => [...new Set(values)].sort();

/** policy/visitor.go visitContainers: init containers, containers, ephemeral containers. */
export function eachContainer(spec: PodSpec): Container[] {
  return [
    ...(spec.initContainers ?? []),
    ...(spec.containers ?? []),
    ...((spec.ephemeralContainers ?? []) as Container[]),
  ];
}

export const windows = (spec: PodSpec) => spec.os?.name === 'windows';
/** The 1.25 versions of several restricted checks skip Windows pods. */
export const linuxOnly =
  (fn: CheckFn): CheckFn =>
  (meta, spec) =>
    windows(spec) ? undefined : fn(meta, spec);

/** "pod and containers "a"" lists of explicit setters, as the checks join them. */
export function setters(pod: boolean, names: readonly string[]): string[] {
  return [...(pod ? ['pod'] : []), ...(names.length ? [containers(names)] : [])];
}
