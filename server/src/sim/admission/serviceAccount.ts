/**
 * The ServiceAccount admission plugin's lookup (kubernetes v1.32 plugin/pkg/admission/serviceaccount/admission.go):
 * a pod names a service account (`default` when it names none) that must exist in its namespace, else the pod is
 * refused: `pods "NAME" is forbidden: error looking up service account NS/SA: serviceaccount "SA" not found`. It
 * runs before the name is generated, so a pod with only a generateName is named by it (admission.NewForbidden).
 * kube-apiserver waits a moment for `default`, which the service account controller is about to create, so the
 * simulator refuses only other names. Mirror pods are not checked.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import { forbidden } from '../errors.js';
import type { Draft } from '../kinds/strategy.js';
import type { Store } from '../store.js';

const MIRROR_ANNOTATION = 'kubernetes.io/config.mirror';

export function admitServiceAccount(pod: Draft & Pod, store: Store): void {
  const meta = pod.metadata;
  if (meta.annotations?.[MIRROR_ANNOTATION] !== undefined) return;
  const account = pod.spec?.serviceAccountName || pod.spec?.serviceAccount || 'default';
  if (account === 'default') return;
  const namespace = meta.namespace ?? 'default';
  // NamespaceLifecycle, before this plugin, refuses a pod of a missing namespace (the create's namespace check).
  if (!store.get('namespaces', undefined, namespace)) return;
  if (store.get('serviceaccounts', namespace, account)) return;
  const name = meta.name || meta.generateName || 'Unknown';
  throw forbidden(
    `pods "${name}" is forbidden: error looking up service account ${namespace}/${account}: serviceaccount "${account}" not found`,
  );
}
