/**
 * CertificateSigningRequest (certificates.k8s.io/v1): the requester's identity recorded on create, the request and
 * signer validated as pkg/apis/certificates/validation does, and conditions stamped on approval.
 */
import type { CertificateSigningRequest } from 'kubernetes-types/certificates/v1';
import { fieldErrors, type StatusCause } from '../errors.js';
import { ADMIN_USER } from '../rbac.js';
import type { Stored } from '../types.js';
import type { Draft, KindStrategy } from './strategy.js';

type Csr = Draft & CertificateSigningRequest;

const USAGES = [
  'signing',
  'digital signature',
  'content commitment',
  'key encipherment',
  'key agreement',
  'data encipherment',
  'cert sign',
  'crl sign',
  'encipher only',
  'decipher only',
  'any',
  'server auth',
  'client auth',
  'code signing',
  'email protection',
  's/mime',
  'ipsec end system',
  'ipsec tunnel',
  'ipsec user',
  'timestamping',
  'ocsp signing',
  'microsoft sgc',
  'netscape sgc',
] as const;

/** Go's %#v of a []byte, as the API server echoes an invalid request. */
function goBytes(text: string): string {
  const bytes = [...Buffer.from(text, 'utf8')];
  return bytes.length === 0 ? 'nil' : `{${bytes.map((b) => `0x${b.toString(16)}`).join(', ')}}`;
}

/** The request must hold a PEM block of type CERTIFICATE REQUEST (the field is base64 of the PEM text). */
function requestError(request: string | undefined): StatusCause | undefined {
  const pem = request ? Buffer.from(request, 'base64').toString('utf8') : '';
  if (/-----BEGIN CERTIFICATE REQUEST-----\s+[A-Za-z0-9+/=\s]+-----END CERTIFICATE REQUEST-----/.test(pem))
    return undefined;
  return {
    reason: 'FieldValueInvalid',
    field: 'spec.request',
    message: `Invalid value: []byte${goBytes(pem)}: PEM block type must be CERTIFICATE REQUEST`,
  };
}

const SIGNER_NAME = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)+)\/[A-Za-z0-9][-A-Za-z0-9_.]*$/;

export const csrStrategy: KindStrategy = {
  prepareForCreate(obj) {
    const csr = obj as Csr;
    // Who asked is the authenticated user of the request; a sandbox's kubectl is the cluster admin.
    csr.spec = { ...csr.spec, username: ADMIN_USER.name, groups: [...ADMIN_USER.groups] };
    delete csr.spec.uid;
    (csr as { status?: unknown }).status = {};
  },
  prepareForUpdate(obj, old) {
    const csr = obj as Csr;
    const prev = old as unknown as Stored<CertificateSigningRequest>;
    csr.spec = prev.spec;
  },
  validate(obj) {
    const csr = obj as Csr;
    const spec = csr.spec ?? ({} as Csr['spec']);
    const out: StatusCause[] = [];
    const bad = requestError(spec.request);
    if (bad) out.push(bad);
    const usages = spec.usages ?? [];
    if (usages.length === 0) out.push(fieldErrors.required('spec.usages'));
    usages.forEach((u, i) => {
      if (!(USAGES as readonly string[]).includes(u))
        out.push(fieldErrors.notSupported(`spec.usages[${i}]`, u, USAGES));
      else if (usages.indexOf(u) !== i) out.push(fieldErrors.duplicate(`spec.usages[${i}]`, u));
    });
    if (!spec.signerName) out.push(fieldErrors.required('spec.signerName'));
    else if (!SIGNER_NAME.test(spec.signerName))
      out.push(
        fieldErrors.invalid(
          'spec.signerName',
          spec.signerName,
          "must be a fully qualified domain and path of the form 'example.com/signer-name'",
        ),
      );
    if (spec.expirationSeconds !== undefined && spec.expirationSeconds < 600)
      out.push(
        fieldErrors.invalid(
          'spec.expirationSeconds',
          spec.expirationSeconds,
          'may not specify a duration less than 600 seconds (10 minutes)',
        ),
      );
    return out;
  },
  fields: { 'spec.signerName': (obj) => (obj as unknown as Stored<CertificateSigningRequest>).spec.signerName },
};
