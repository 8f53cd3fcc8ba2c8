/**
 * Object shapes shared by the whole simulator. Shapes come from `kubernetes-types`; a stored object
 * always carries the metadata the API server fills in.
 */
import type { ObjectMeta } from 'kubernetes-types/meta/v1';

/** The metadata every stored object has. */
export type StoredMeta = ObjectMeta & {
  name: string;
  uid: string;
  resourceVersion: string;
  creationTimestamp: string;
};

/** Any Kubernetes object as sent by a client: kind and apiVersion are required, the rest is kind-specific. */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata?: ObjectMeta;
  [field: string]: unknown;
}

type FieldOf<T, K extends string> = T extends { [P in K]?: infer V } ? Exclude<V, undefined> : string;

/**
 * An object as the API server returns it. Never mutate one: clone it (`klona`) and write
 * the copy. `Stored<Pod>` is still a `Pod` (its apiVersion stays the literal `'v1'`).
 */
export type Stored<T extends object = KubeObject> = Omit<T, 'metadata' | 'apiVersion' | 'kind'> & {
  apiVersion: FieldOf<T, 'apiVersion'>;
  kind: FieldOf<T, 'kind'>;
  metadata: StoredMeta;
};

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface WatchEvent<T extends object = KubeObject> {
  type: WatchEventType;
  /** The resource, e.g. `pods` or `deployments.apps`. */
  resource: string;
  object: Stored<T>;
  /** The object before this change (absent for ADDED). */
  old?: Stored<T> | undefined;
}

export type WatchListener = (event: WatchEvent) => void;

/** kubernetes-types marks server-owned fields readonly; the API server is the one place that writes them. */
export type Writable<T> = { -readonly [K in keyof T]: T[K] };
