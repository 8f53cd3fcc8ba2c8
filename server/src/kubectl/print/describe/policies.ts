/**
 * kubectl v1.32 pkg/describe/describe.go: describePodDisruptionBudgetV1, describePriorityClass and
 * describeNetworkPolicy (with describeNetworkPolicySpec and its ingress/egress printers).
 */
import type { NetworkPolicy, NetworkPolicyPeer, NetworkPolicyPort } from 'kubernetes-types/networking/v1';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import type { PriorityClass } from 'kubernetes-types/scheduling/v1';
import { formatLabels, formatLabelSelector } from '../labels.js';
import { printAnnotationsMultiline, printLabelsMultiline } from './common.js';
import { LEVEL_0, LEVEL_1, LEVEL_2, type PrefixWriter } from './writer.js';

export function describePodDisruptionBudget(w: PrefixWriter, pdb: PodDisruptionBudget): void {
  w.write(LEVEL_0, `Name:\t${pdb.metadata?.name ?? ''}\n`);
  w.write(LEVEL_0, `Namespace:\t${pdb.metadata?.namespace ?? ''}\n`);
  if (pdb.spec?.minAvailable !== undefined) w.write(LEVEL_0, `Min available:\t${String(pdb.spec.minAvailable)}\n`);
  else if (pdb.spec?.maxUnavailable !== undefined)
    w.write(LEVEL_0, `Max unavailable:\t${String(pdb.spec.maxUnavailable)}\n`);
  w.write(LEVEL_0, `Selector:\t${pdb.spec?.selector ? formatLabelSelector(pdb.spec.selector) : '<unset>'}\n`);
  const s = pdb.status;
  w.write(LEVEL_0, 'Status:\n');
  w.write(LEVEL_2, `Allowed disruptions:\t${s?.disruptionsAllowed ?? 0}\n`);
  w.write(LEVEL_2, `Current:\t${s?.currentHealthy ?? 0}\n`);
  w.write(LEVEL_2, `Desired:\t${s?.desiredHealthy ?? 0}\n`);
  w.write(LEVEL_2, `Total:\t${s?.expectedPods ?? 0}\n`);
}

export function describePriorityClass(w: PrefixWriter, pc: PriorityClass): void {
  w.write(LEVEL_0, `Name:\t${pc.metadata?.name ?? ''}\n`);
  w.write(LEVEL_0, `Value:\t${pc.value}\n`);
  w.write(LEVEL_0, `GlobalDefault:\t${pc.globalDefault === true}\n`);
  w.write(LEVEL_0, `PreemptionPolicy:\t${pc.preemptionPolicy ?? 'PreemptLowerPriority'}\n`);
  w.write(LEVEL_0, `Description:\t${pc.description ?? ''}\n`);
  w.write(LEVEL_0, `Annotations:\t${formatLabels(pc.metadata?.annotations)}\n`);
}

/** metav1.Time's %s: Go's time.Time String() for a UTC time. */
function goTimeString(ts: string | undefined): string {
  if (!ts) return '0001-01-01 00:00:00 +0000 UTC';
  return `${ts.replace('T', ' ').replace(/Z$/, '')} +0000 UTC`;
}

export function describeNetworkPolicy(w: PrefixWriter, np: NetworkPolicy): void {
  w.write(LEVEL_0, `Name:\t${np.metadata?.name ?? ''}\n`);
  w.write(LEVEL_0, `Namespace:\t${np.metadata?.namespace ?? ''}\n`);
  w.write(LEVEL_0, `Created on:\t${goTimeString(np.metadata?.creationTimestamp)}\n`);
  printLabelsMultiline(w, 'Labels', np.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', np.metadata?.annotations);
  const spec = np.spec;
  w.write(LEVEL_0, 'Spec:\n');
  w.write(LEVEL_1, 'PodSelector: ');
  const sel = spec?.podSelector;
  if (Object.keys(sel?.matchLabels ?? {}).length === 0 && (sel?.matchExpressions ?? []).length === 0)
    w.write(LEVEL_2, '<none> (Allowing the specific traffic to all pods in this namespace)\n');
  else w.write(LEVEL_2, `${formatLabelSelector(sel)}\n`);
  const types = spec?.policyTypes ?? [];
  if (types.includes('Ingress')) {
    w.write(LEVEL_1, 'Allowing ingress traffic:\n');
    printRules(
      w,
      'ingress',
      (spec?.ingress ?? []).map((r) => ({ ports: r.ports, peers: r.from })),
    );
  } else w.write(LEVEL_1, 'Not affecting ingress traffic\n');
  if (types.includes('Egress')) {
    w.write(LEVEL_1, 'Allowing egress traffic:\n');
    printRules(
      w,
      'egress',
      (spec?.egress ?? []).map((r) => ({ ports: r.ports, peers: r.to })),
    );
  } else w.write(LEVEL_1, 'Not affecting egress traffic\n');
  w.write(LEVEL_1, `Policy Types: ${types.join(', ')}\n`);
}

interface Rule {
  ports: readonly NetworkPolicyPort[] | undefined;
  peers: readonly NetworkPolicyPeer[] | undefined;
}

const INDENT = '    ';

/** printNetworkPolicySpecIngressFrom / printNetworkPolicySpecEgressTo. */
function printRules(w: PrefixWriter, direction: 'ingress' | 'egress', rules: readonly Rule[]): void {
  if (rules.length === 0) {
    w.write(LEVEL_0, `${INDENT}<none> (Selected pods are isolated for ${direction} connectivity)\n`);
    return;
  }
  const peerTitle = direction === 'ingress' ? 'From' : 'To';
  rules.forEach((rule, i) => {
    if (!rule.ports?.length) w.write(LEVEL_0, `${INDENT}To Port: <any> (traffic allowed to all ports)\n`);
    for (const port of rule.ports ?? []) {
      // A missing port is a nil *IntOrString, which fmt prints as <nil>.
      const p = port.port === undefined ? '<nil>' : String(port.port);
      const proto = port.protocol ?? 'TCP';
      if (port.endPort === undefined) w.write(LEVEL_0, `${INDENT}To Port: ${p}/${proto}\n`);
      else w.write(LEVEL_0, `${INDENT}To Port Range: ${p}-${port.endPort}/${proto}\n`);
    }
    if (!rule.peers?.length)
      w.write(
        LEVEL_0,
        `${INDENT}${peerTitle}: <any> (traffic not restricted by ${direction === 'ingress' ? 'source' : 'destination'})\n`,
      );
    for (const peer of rule.peers ?? []) {
      w.write(LEVEL_0, `${INDENT}${peerTitle}:\n`);
      if (peer.podSelector && peer.namespaceSelector) {
        w.write(LEVEL_1, `${INDENT}NamespaceSelector: ${formatLabelSelector(peer.namespaceSelector)}\n`);
        w.write(LEVEL_1, `${INDENT}PodSelector: ${formatLabelSelector(peer.podSelector)}\n`);
      } else if (peer.podSelector) w.write(LEVEL_1, `${INDENT}PodSelector: ${formatLabelSelector(peer.podSelector)}\n`);
      else if (peer.namespaceSelector)
        w.write(LEVEL_1, `${INDENT}NamespaceSelector: ${formatLabelSelector(peer.namespaceSelector)}\n`);
      else if (peer.ipBlock) {
        w.write(LEVEL_1, `${INDENT}IPBlock:\n`);
        w.write(LEVEL_2, `${INDENT}CIDR: ${peer.ipBlock.cidr}\n`);
        w.write(LEVEL_2, `${INDENT}Except: ${(peer.ipBlock.except ?? []).join(', ')}\n`);
      }
    }
    if (i !== rules.length - 1) w.write(LEVEL_0, `${INDENT}----------\n`);
  });
}
