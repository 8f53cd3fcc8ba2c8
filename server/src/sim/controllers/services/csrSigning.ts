/**
 * kube-controller-manager's csrsigning controller as minikube runs it (with the cluster CA configured): an approved,
 * not denied CertificateSigningRequest for one of the built-in kubernetes.io signers gets `status.certificate`.
 * Requests for other signers wait for a signer the cluster does not have, as on a real cluster.
 */
import type { CertificateSigningRequest } from 'kubernetes-types/certificates/v1';
import type { Controller } from '../controller.js';

const RESOURCE = 'certificatesigningrequests.certificates.k8s.io';

const BUILT_IN_SIGNERS = new Set([
  'kubernetes.io/kube-apiserver-client',
  'kubernetes.io/kube-apiserver-client-kubelet',
  'kubernetes.io/kubelet-serving',
  'kubernetes.io/legacy-unknown',
]);

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * A PEM certificate block. The simulator signs nothing cryptographically: the body is drawn from the cluster's seeded
 * generator, so it has the shape (and size) of a real client certificate but proves nothing.
 */
function certificatePem(next: () => number): string {
  let body = '';
  for (let i = 0; i < 1096; i++) body += BASE64[Math.floor(next() * 64)] ?? 'A';
  const lines = body.match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

export const csrSigningController: Controller = {
  name: 'csrsigning',
  watches: [RESOURCE],
  keysFor(event) {
    return [event.object.metadata.name];
  },
  reconcile(name, ctx) {
    const csr = ctx.api.find<CertificateSigningRequest>(RESOURCE, undefined, name);
    if (!csr || csr.status?.certificate) return;
    const conditions = csr.status?.conditions ?? [];
    const approved = conditions.some((c) => c.type === 'Approved' && c.status === 'True');
    const settled = conditions.some((c) => (c.type === 'Denied' || c.type === 'Failed') && c.status === 'True');
    if (!approved || settled || !BUILT_IN_SIGNERS.has(csr.spec.signerName)) return;
    const certificate = Buffer.from(
      certificatePem(() => ctx.rng.next()),
      'utf8',
    ).toString('base64');
    ctx.api.update({ ...csr, status: { ...csr.status, certificate } }, { subresource: 'status' });
  },
};
