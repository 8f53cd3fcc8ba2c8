/**
 * kubectl v1.32 pkg/describe/describe.go: describeIngressClassV1, describeEndpointSliceV1 and
 * describeReplicationController.
 */
import type { ReplicationController } from 'kubernetes-types/core/v1';
import type { Pod } from 'kubernetes-types/core/v1';
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import type { IngressClass } from 'kubernetes-types/networking/v1';
import { formatLabels } from '../labels.js';
import { printAnnotationsMultiline, printLabelsMultiline } from './common.js';
import { describePodTemplate } from './containers.js';
import { podPhaseCounts } from './kinds.js';
import { LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3, type PrefixWriter } from './writer.js';

export function describeIngressClass(w: PrefixWriter, ic: IngressClass): void {
  w.write(LEVEL_0, `Name:\t${ic.metadata?.name ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', ic.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', ic.metadata?.annotations);
  w.write(LEVEL_0, `Controller:\t${ic.spec?.controller ?? ''}\n`);
  const params = ic.spec?.parameters;
  if (params) {
    w.write(LEVEL_0, 'Parameters:\n');
    if (params.apiGroup !== undefined) w.write(LEVEL_1, `APIGroup:\t${params.apiGroup}\n`);
    w.write(LEVEL_1, `Kind:\t${params.kind}\n`);
    w.write(LEVEL_1, `Name:\t${params.name}\n`);
  }
}

export function describeEndpointSlice(w: PrefixWriter, eps: EndpointSlice): void {
  w.write(LEVEL_0, `Name:\t${eps.metadata?.name ?? ''}\n`);
  w.write(LEVEL_0, `Namespace:\t${eps.metadata?.namespace ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', eps.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', eps.metadata?.annotations);
  w.write(LEVEL_0, `AddressType:\t${eps.addressType}\n`);
  if (!eps.ports?.length) w.write(LEVEL_0, 'Ports: <unset>\n');
  else {
    w.write(LEVEL_0, 'Ports:\n');
    w.write(LEVEL_1, 'Name\tPort\tProtocol\n');
    w.write(LEVEL_1, '----\t----\t--------\n');
    for (const p of eps.ports)
      w.write(
        LEVEL_1,
        `${p.name || '<unset>'}\t${p.port === undefined ? '<unset>' : p.port}\t${p.protocol ?? 'TCP'}\n`,
      );
  }
  if (!eps.endpoints?.length) w.write(LEVEL_0, 'Endpoints: <none>\n');
  else {
    w.write(LEVEL_0, 'Endpoints:\n');
    for (const e of eps.endpoints) {
      w.write(LEVEL_1, `- Addresses:\t${e.addresses.join(', ') || '<none>'}\n`);
      w.write(LEVEL_2, 'Conditions:\n');
      w.write(LEVEL_3, `Ready:\t${e.conditions?.ready === undefined ? '<unset>' : String(e.conditions.ready)}\n`);
      w.write(LEVEL_2, `Hostname:\t${e.hostname ?? '<unset>'}\n`);
      if (e.targetRef) w.write(LEVEL_2, `TargetRef:\t${e.targetRef.kind ?? ''}/${e.targetRef.name ?? ''}\n`);
      w.write(LEVEL_2, `NodeName:\t${e.nodeName ?? '<unset>'}\n`);
      w.write(LEVEL_2, `Zone:\t${e.zone ?? '<unset>'}\n`);
    }
  }
}

export function describeReplicationController(w: PrefixWriter, rc: ReplicationController, pods: readonly Pod[]): void {
  w.write(LEVEL_0, `Name:\t${rc.metadata?.name ?? ''}\n`);
  w.write(LEVEL_0, `Namespace:\t${rc.metadata?.namespace ?? ''}\n`);
  w.write(LEVEL_0, `Selector:\t${formatLabels(rc.spec?.selector)}\n`);
  printLabelsMultiline(w, 'Labels', rc.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', rc.metadata?.annotations);
  w.write(LEVEL_0, `Replicas:\t${rc.status?.replicas ?? 0} current / ${rc.spec?.replicas ?? 1} desired\n`);
  const [running, waiting, succeeded, failed] = podPhaseCounts(pods, rc.metadata?.uid);
  w.write(
    LEVEL_0,
    `Pods Status:\t${running} Running / ${waiting} Waiting / ${succeeded} Succeeded / ${failed} Failed\n`,
  );
  describePodTemplate(w, rc.spec?.template);
  const conds = rc.status?.conditions ?? [];
  if (conds.length > 0) {
    w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tReason\n');
    w.write(LEVEL_1, '----\t------\t------\n');
    for (const c of conds) w.write(LEVEL_1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`);
  }
}
