/**
 * kube-controller-manager's tokens controller: a Secret of type `kubernetes.io/service-account-token` naming a
 * service account (annotation `kubernetes.io/service-account.name`) gets a token, the cluster CA and the namespace,
 * and the account's uid; a token Secret whose account does not exist, or is deleted, is deleted.
 */
import type { Stored } from '../../types.js';
import { legacyToken } from '../../tokens.js';
import type { Controller } from '../controller.js';

const TOKEN_TYPE = 'kubernetes.io/service-account-token';
const NAME_ANNOTATION = 'kubernetes.io/service-account.name';
const UID_ANNOTATION = 'kubernetes.io/service-account.uid';

type Secret = Stored & { type?: string; data?: Record<string, string> };

function b64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

export const tokensController: Controller = {
  name: 'serviceaccount-token',
  watches: ['secrets', 'serviceaccounts'],
  keysFor(event) {
    const { namespace = '', name } = event.object.metadata;
    if (event.resource === 'serviceaccounts') return event.type === 'DELETED' ? [`sa:${namespace}/${name}`] : [];
    if (event.type === 'DELETED' || (event.object as Secret).type !== TOKEN_TYPE) return [];
    return [`${namespace}/${name}`];
  },
  reconcile(key, ctx) {
    if (key.startsWith('sa:')) {
      const [namespace = '', account = ''] = key.slice(3).split('/');
      for (const s of ctx.store.list('secrets', namespace) as Secret[])
        if (s.type === TOKEN_TYPE && s.metadata.annotations?.[NAME_ANNOTATION] === account)
          ctx.api.delete('secrets', namespace, s.metadata.name);
      return;
    }
    const [namespace = '', name = ''] = key.split('/');
    const secret = ctx.store.get('secrets', namespace, name) as Secret | undefined;
    if (!secret || secret.type !== TOKEN_TYPE || secret.metadata.deletionTimestamp) return;
    const account = secret.metadata.annotations?.[NAME_ANNOTATION] ?? '';
    const sa = ctx.store.get('serviceaccounts', namespace, account);
    if (!sa) {
      ctx.api.delete('secrets', namespace, name);
      return;
    }
    if (secret.data?.token && secret.metadata.annotations?.[UID_ANNOTATION] === sa.metadata.uid) return;
    const ca = (
      ctx.store.get('configmaps', 'kube-system', 'kube-root-ca.crt') as
        (Stored & { data?: Record<string, string> }) | undefined
    )?.data?.['ca.crt'];
    const token = legacyToken(ctx.rng, namespace, name, account, sa.metadata.uid);
    ctx.api.update({
      ...secret,
      metadata: {
        ...secret.metadata,
        annotations: { ...secret.metadata.annotations, [UID_ANNOTATION]: sa.metadata.uid },
      },
      data: { ...secret.data, ...(ca ? { 'ca.crt': b64(ca) } : {}), namespace: b64(namespace), token: b64(token) },
    });
  },
};
