/**
 * describeCertificateSigningRequest (kubectl/pkg/describe/describe.go): the request's subject, read from the PKCS#10
 * request in spec.request with a small DER reader (the subject is all the describer shows of it).
 */
import type { CertificateSigningRequest } from 'kubernetes-types/certificates/v1';
import { csrCondition } from '../columns/extra.js';
import { humanDuration, formatRFC1123Z } from '../duration.js';
import { formatLabels } from '../labels.js';
import { LEVEL_0, type PrefixWriter } from './writer.js';

interface Der {
  readonly tag: number;
  readonly body: Uint8Array;
  readonly end: number;
}

/** One DER element at `at`: tag, contents and where the next one starts. Bounded by the buffer. */
function readDer(buf: Uint8Array, at: number): Der | undefined {
  if (at + 2 > buf.length) return undefined;
  const tag = buf[at]!;
  let len = buf[at + 1]!;
  let start = at + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 3 || start + n > buf.length) return undefined;
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + buf[start + i]!;
    start += n;
  }
  if (start + len > buf.length) return undefined;
  return { tag, body: buf.subarray(start, start + len), end: start + len };
}

function children(body: Uint8Array): Der[] {
  const out: Der[] = [];
  for (let at = 0; at < body.length;) {
    const d = readDer(body, at);
    if (!d) break;
    out.push(d);
    at = d.end;
  }
  return out;
}

function oid(body: Uint8Array): string {
  if (body.length === 0) return '';
  const parts = [Math.floor(body[0]! / 40), body[0]! % 40];
  let value = 0;
  for (const b of body.subarray(1)) {
    value = value * 128 + (b & 0x7f);
    if (!(b & 0x80)) {
      parts.push(value);
      value = 0;
    }
  }
  return parts.join('.');
}

/** Subject attribute OIDs, as Go's pkix.Name fills its fields. */
const NAME_FIELDS: Readonly<Record<string, string>> = {
  '2.5.4.3': 'CommonName',
  '2.5.4.5': 'SerialNumber',
  '2.5.4.6': 'Country',
  '2.5.4.7': 'Locality',
  '2.5.4.8': 'Province',
  '2.5.4.9': 'StreetAddress',
  '2.5.4.10': 'Organization',
  '2.5.4.11': 'OrganizationalUnit',
  '2.5.4.17': 'PostalCode',
};

/** The subject of a base64 PEM CERTIFICATE REQUEST, field name → values; empty when it cannot be read. */
export function requestSubject(request: string | undefined): Map<string, string[]> {
  const subject = new Map<string, string[]>();
  const pem = Buffer.from(request ?? '', 'base64').toString('utf8');
  const b64 = /-----BEGIN CERTIFICATE REQUEST-----([\s\S]*?)-----END CERTIFICATE REQUEST-----/.exec(pem)?.[1];
  if (!b64) return subject;
  const der = new Uint8Array(Buffer.from(b64.replace(/\s+/g, ''), 'base64'));
  const info = readDer(der, 0) && children(readDer(der, 0)!.body)[0];
  const name = info ? children(info.body)[1] : undefined;
  for (const rdn of name ? children(name.body) : []) {
    for (const attr of children(rdn.body)) {
      const [type, value] = children(attr.body);
      const field = type ? NAME_FIELDS[oid(type.body)] : undefined;
      if (!field || !value) continue;
      subject.set(field, [...(subject.get(field) ?? []), Buffer.from(value.body).toString('utf8')]);
    }
  }
  return subject;
}

export function describeCertificateSigningRequest(w: PrefixWriter, csr: CertificateSigningRequest): void {
  const list = (name: string, values: readonly string[] | undefined) => {
    if (!values || values.length === 0) return;
    w.write(LEVEL_0, `\t${name}:\t${values.join('\n\t\t')}\n`);
  };
  w.write(LEVEL_0, `Name:\t${csr.metadata?.name ?? ''}\n`);
  w.write(LEVEL_0, `Labels:\t${formatLabels(csr.metadata?.labels)}\n`);
  w.write(LEVEL_0, `Annotations:\t${formatLabels(csr.metadata?.annotations)}\n`);
  w.write(LEVEL_0, `CreationTimestamp:\t${formatRFC1123Z(csr.metadata?.creationTimestamp)}\n`);
  w.write(LEVEL_0, `Requesting User:\t${csr.spec.username ?? ''}\n`);
  if (csr.spec.signerName) w.write(LEVEL_0, `Signer:\t${csr.spec.signerName}\n`);
  if (csr.spec.expirationSeconds !== undefined)
    w.write(LEVEL_0, `Requested Duration:\t${humanDuration(csr.spec.expirationSeconds * 1000)}\n`);
  w.write(LEVEL_0, `Status:\t${csrCondition(csr)}\n`);
  const subject = requestSubject(csr.spec.request);
  w.write(LEVEL_0, 'Subject:\n');
  w.write(LEVEL_0, `\tCommon Name:\t${subject.get('CommonName')?.[0] ?? ''}\n`);
  w.write(LEVEL_0, `\tSerial Number:\t${subject.get('SerialNumber')?.[0] ?? ''}\n`);
  list('Organization', subject.get('Organization'));
  list('Organizational Unit', subject.get('OrganizationalUnit'));
  list('Country', subject.get('Country'));
  list('Locality', subject.get('Locality'));
  list('Province', subject.get('Province'));
  list('StreetAddress', subject.get('StreetAddress'));
  list('PostalCode', subject.get('PostalCode'));
}
