/**
 * Per-kind behaviour of the API server (the `rest.Strategy` of kube-apiserver): defaulting,
 * validation, preparation on create and update, and extra field-selector fields.
 */
import type { Rng } from '../../lib/rng.js';
import type { VirtualClock } from '../clock.js';
import type { StatusCause } from '../errors.js';
import type { ResourceRegistry } from '../resources.js';
import type { Store } from '../store.js';
import type { KubeObject, Stored } from '../types.js';

/** What a strategy may consult while admitting an object. */
export interface AdmissionContext {
  readonly store: Store;
  readonly rng: Rng;
  readonly clock: VirtualClock;
  readonly registry: ResourceRegistry;
  /** The cluster's service CIDR and node-port range allocators' view. */
  readonly network: NetworkConfig;
}

export interface NetworkConfig {
  /** e.g. `10.96.0.0/12`; ClusterIPs are drawn from it. */
  readonly serviceCidr: string;
  readonly nodePortRange: readonly [number, number];
  readonly clusterDomain: string;
}

/** An object being admitted: freshly cloned, so a strategy may change it in place. */
export type Draft = KubeObject & { metadata: NonNullable<KubeObject['metadata']> };

export interface KindStrategy {
  /** Defaulting, as the API server's SetDefaults_* functions do (runs on create and update). */
  defaults?(obj: Draft, ctx: AdmissionContext): void;
  /** Fills server-owned fields on create (status, allocated IPs). */
  prepareForCreate?(obj: Draft, ctx: AdmissionContext): void;
  /** Carries server-owned fields over on update (e.g. a Service keeps its clusterIP). */
  prepareForUpdate?(obj: Draft, old: Stored, ctx: AdmissionContext): void;
  /**
   * Field errors; `old` is set on update (immutable fields). `warn` takes what is reported but not refused (a custom
   * resource's ratcheted rules).
   */
  validate?(
    obj: Draft,
    old: Stored | undefined,
    ctx: AdmissionContext,
    warn?: (warning: string) => void,
  ): StatusCause[];
  /** Field-selector fields beyond metadata.name and metadata.namespace. */
  readonly fields?: Readonly<Record<string, (obj: Stored) => string>>;
}
