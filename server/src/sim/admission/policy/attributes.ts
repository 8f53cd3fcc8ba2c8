/** The attributes of one admission request, as admission.Attributes carries them to the policies. */
import type { ResourceType } from '../../resources.js';
import type { KubeObject, Stored } from '../../types.js';

export type AdmissionOperation = 'CREATE' | 'UPDATE' | 'DELETE';

export interface AdmissionAttributes {
  readonly operation: AdmissionOperation;
  readonly type: ResourceType;
  readonly name: string;
  readonly namespace: string | undefined;
  readonly subresource?: string | undefined;
  /** The new object (absent on DELETE). */
  readonly object: KubeObject | undefined;
  /** The stored object (absent on CREATE). */
  readonly oldObject: KubeObject | undefined;
  /** The request's namespace, for namespaceSelector and `namespaceObject`. */
  readonly namespaceObject: Stored | undefined;
  readonly dryRun: boolean;
}
