/**
 * `kubectl certificate approve|deny` (kubectl/pkg/cmd/certificates): adds the Approved or Denied condition to each
 * named CertificateSigningRequest through its status, unless it already has it (`--force` writes it again); a request
 * already decided the other way is refused.
 */
import type { CertificateSigningRequest } from 'kubernetes-types/certificates/v1';
import type { CommandOutcome } from '../../shell/command.js';
import type { Stored } from '../../sim/index.js';
import { flagList } from '../cli/flags.js';
import { KubectlError } from '../errors.js';
import { api, now } from '../env.js';
import { f, outputSpec } from './common.js';
import { defineCommand, type CommandInv } from './globals.js';
import { emit, fromInputFiles, inputObjects } from './write.js';

const RESOURCE = 'certificatesigningrequests.certificates.k8s.io';

function certificateFlags(verb: 'approved' | 'denied') {
  return flagList(
    f.filename('the resource to update'),
    { name: 'force', type: 'bool', usage: `Update the CSR even if it is already ${verb}.` },
    f.kustomize(),
    f.output(),
    f.recursive(),
    f.showManagedFields(),
    f.template(),
  );
}

const approveFlags = certificateFlags('approved');

type Decision = {
  verb: 'approved' | 'denied';
  type: 'Approved' | 'Denied';
  opposite: 'Approved' | 'Denied';
  reason: string;
  message: string;
};

const APPROVE: Decision = {
  verb: 'approved',
  type: 'Approved',
  opposite: 'Denied',
  reason: 'KubectlApprove',
  message: 'This CSR was approved by kubectl certificate approve.',
};
const DENY: Decision = {
  verb: 'denied',
  type: 'Denied',
  opposite: 'Approved',
  reason: 'KubectlDeny',
  message: 'This CSR was denied by kubectl certificate deny.',
};

function decide(inv: CommandInv<typeof approveFlags>, d: Decision): CommandOutcome {
  const names = fromInputFiles(inv)
    ? inputObjects(inv).map(({ object }) => {
        if (object.kind !== 'CertificateSigningRequest')
          throw new KubectlError(
            `can only handle CertificateSigningRequest.certificates.k8s.io objects, got ${object.kind}`,
          );
        return object.metadata?.name ?? '';
      })
    : [...inv.args];
  if (names.length === 0) throw new KubectlError('one or more CSRs must be specified as <name> or -f <filename>');
  const server = api(inv);
  const spec = outputSpec(inv);
  const stamp = new Date(now(inv)).toISOString().replace(/\.\d{3}Z$/, 'Z');
  for (const name of names) {
    const csr = server.get<CertificateSigningRequest>(RESOURCE, undefined, name);
    const conditions = csr.status?.conditions ?? [];
    if (conditions.some((c) => c.type === d.opposite))
      throw new KubectlError(`certificate signing request "${name}" is already ${d.opposite}`);
    let result: Stored<CertificateSigningRequest> = csr;
    if (!conditions.some((c) => c.type === d.type) || inv.flags.bool('force')) {
      const added = conditions.some((c) => c.type === d.type)
        ? conditions
        : [
            ...conditions,
            {
              type: d.type,
              status: 'True',
              reason: d.reason,
              message: d.message,
              lastUpdateTime: stamp,
              lastTransitionTime: stamp,
            },
          ];
      result = server.update<CertificateSigningRequest>(
        { ...csr, status: { ...csr.status, conditions: added } },
        { subresource: 'status' },
      );
    }
    emit(inv, [{ object: result, verb: d.verb }], spec, true);
  }
  return { stdout: '', stderr: '', exitCode: 0 };
}

export const certificateCommand = defineCommand({
  use: 'certificate SUBCOMMAND',
  short: 'Modify certificate resources',
  group: 'Cluster Management Commands',
  sub: [
    defineCommand({
      use: 'approve (-f FILENAME | NAME)',
      short: 'Approve a certificate signing request',
      flags: approveFlags,
      run: (inv) => decide(inv, APPROVE),
    }),
    defineCommand({
      use: 'deny (-f FILENAME | NAME)',
      short: 'Deny a certificate signing request',
      flags: certificateFlags('denied'),
      run: (inv) => decide(inv, DENY),
    }),
  ],
});
