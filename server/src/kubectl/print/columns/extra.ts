/**
 * Less common built-in kinds students still list: component statuses, priority classes, runtime
 * classes, controller revisions, pod templates, webhook configurations (printers.go) and API services
 * (kube-aggregator's printer).
 */
import type { ComponentStatus, PodTemplate } from 'kubernetes-types/core/v1';
import type { ControllerRevision } from 'kubernetes-types/apps/v1';
import type { CertificateSigningRequest } from 'kubernetes-types/certificates/v1';
import type { PriorityClass } from 'kubernetes-types/scheduling/v1';
import type { RuntimeClass } from 'kubernetes-types/node/v1';
import { humanDuration } from '../duration.js';
import { formatLabels } from '../labels.js';
import type { HasMeta } from './common.js';
import type { TablePrinter } from '../types.js';
import { groupOf } from './group.js';
import { age, col, containerCells, NAME } from './common.js';

export const componentStatusPrinter: TablePrinter<ComponentStatus> = {
  columns: [NAME, col('Status'), col('Message'), col('Error')],
  row: (cs) => {
    const healthy = cs.conditions?.find((c) => c.type === 'Healthy');
    const status = healthy ? (healthy.status === 'True' ? 'Healthy' : 'Unhealthy') : 'Unknown';
    return [cs.metadata?.name ?? '', status, healthy?.message ?? '', healthy?.error ?? ''];
  },
};

export const priorityClassPrinter: TablePrinter<PriorityClass> = {
  columns: [NAME, col('Value'), col('Global-Default'), col('Age'), col('PreemptionPolicy', 1)],
  row: (pc, ctx) => [
    pc.metadata?.name ?? '',
    pc.value,
    pc.globalDefault ?? false,
    age(pc, ctx),
    pc.preemptionPolicy ?? '',
  ],
};

export const runtimeClassPrinter: TablePrinter<RuntimeClass> = {
  columns: [NAME, col('Handler'), col('Age')],
  row: (rc, ctx) => [rc.metadata?.name ?? '', rc.handler, age(rc, ctx)],
};

export const controllerRevisionPrinter: TablePrinter<ControllerRevision> = {
  columns: [NAME, col('Controller'), col('Revision'), col('Age')],
  row: (cr, ctx) => {
    const owner = cr.metadata?.ownerReferences?.find((o) => o.controller);
    const group = owner ? groupOf(owner.apiVersion) : '';
    const controller = owner
      ? `${(group ? `${owner.kind}.${group}` : owner.kind).toLowerCase()}/${owner.name}`
      : '<none>';
    return [cr.metadata?.name ?? '', controller, cr.revision, age(cr, ctx)];
  },
};

export const podTemplatePrinter: TablePrinter<PodTemplate> = {
  columns: [NAME, col('Containers'), col('Images'), col('Pod Labels')],
  row: (pt) => [
    pt.metadata?.name ?? '',
    ...containerCells(pt.template?.spec?.containers),
    formatLabels(pt.template?.metadata?.labels),
  ],
};

interface WebhookConfiguration extends HasMeta {
  readonly webhooks?: readonly unknown[];
}

export const webhookConfigurationPrinter: TablePrinter<WebhookConfiguration> = {
  columns: [NAME, col('Webhooks'), col('Age')],
  row: (w, ctx) => [w.metadata?.name ?? '', w.webhooks?.length ?? 0, age(w, ctx)],
};

interface APIService extends HasMeta {
  readonly spec?: { readonly service?: { readonly namespace?: string; readonly name?: string } | null };
  readonly status?: { readonly conditions?: readonly { type: string; status: string; reason?: string }[] };
}

/** kube-aggregator: SERVICE is namespace/name or Local; AVAILABLE the Available condition. */
export const apiServicePrinter: TablePrinter<APIService> = {
  columns: [NAME, col('Service'), col('Available'), col('Age')],
  row: (a, ctx) => {
    const svc = a.spec?.service;
    const service = svc ? `${svc.namespace ?? ''}/${svc.name ?? ''}` : 'Local';
    const cond = a.status?.conditions?.find((c) => c.type === 'Available');
    let available = 'Unknown';
    if (cond) available = cond.status === 'True' ? 'True' : `${cond.status}${cond.reason ? ` (${cond.reason})` : ''}`;
    return [a.metadata?.name ?? '', service, available, age(a, ctx)];
  },
};

/** extractCSRStatus (printers.go and describe.go): Denied over Approved over Pending, then Failed and Issued. */
export function csrCondition(csr: CertificateSigningRequest): string {
  const has = (type: string) => (csr.status?.conditions ?? []).some((c) => c.type === type);
  let condition = has('Denied') ? 'Denied' : has('Approved') ? 'Approved' : 'Pending';
  if (has('Failed')) condition += ',Failed';
  if (csr.status?.certificate) condition += ',Issued';
  return condition;
}

/** printCertificateSigningRequest. */
export const certificateSigningRequestPrinter: TablePrinter<CertificateSigningRequest> = {
  columns: [NAME, col('Age'), col('SignerName'), col('Requestor'), col('RequestedDuration'), col('Condition')],
  row: (csr, ctx) => {
    const condition = csrCondition(csr);
    const seconds = csr.spec.expirationSeconds;
    return [
      csr.metadata?.name ?? '',
      age(csr, ctx),
      csr.spec.signerName || '<none>',
      csr.spec.username ?? '',
      seconds === undefined ? '<none>' : humanDuration(seconds * 1000),
      condition,
    ];
  },
};
