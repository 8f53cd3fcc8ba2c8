/**
 * kubectl v1.32 pkg/describe/describe.go describeHorizontalPodAutoscalerV2 and printDirectionBehavior:
 * every metric source type with its current / target, the scaling behaviour, replicas and conditions.
 * An autoscaling/v1 object is described through its v2 form, as kubectl reads it from the v2 API.
 */
import type {
  HorizontalPodAutoscaler,
  HPAScalingRules,
  MetricSpec,
  MetricStatus,
} from 'kubernetes-types/autoscaling/v2';
import { canonicalQuantity } from '../../../lib/quantity.js';
import { hpaMetrics } from '../columns/policy.js';
import { formatRFC1123Z } from '../duration.js';
import { printAnnotationsMultiline, printLabelsMultiline } from './common.js';
import { LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3, type PrefixWriter } from './writer.js';

/** A Quantity's String(); a nil one prints as Go's zero Quantity, "0". */
const q = (v: string | number | undefined) => (v === undefined ? '0' : canonicalQuantity(String(v)));
const UNKNOWN = '<unknown>';

function describeMetric(w: PrefixWriter, m: MetricSpec, st: MetricStatus | undefined): void {
  switch (m.type) {
    case 'External': {
      const ext = m.external;
      if (!ext) break;
      if (ext.target.averageValue !== undefined) {
        const cur = st?.external?.current.averageValue;
        w.write(
          LEVEL_1,
          `"${ext.metric.name}" (target average value):\t${cur !== undefined ? q(cur) : UNKNOWN} / ${q(ext.target.averageValue)}\n`,
        );
      } else {
        const cur = st?.external ? q(st.external.current.value) : UNKNOWN;
        w.write(LEVEL_1, `"${ext.metric.name}" (target value):\t${cur} / ${q(ext.target.value)}\n`);
      }
      return;
    }
    case 'Pods': {
      const pods = m.pods;
      if (!pods) break;
      const cur = st?.pods ? q(st.pods.current.averageValue) : UNKNOWN;
      w.write(LEVEL_1, `"${pods.metric.name}" on pods:\t${cur} / ${q(pods.target.averageValue)}\n`);
      return;
    }
    case 'Object': {
      const obj = m.object;
      if (!obj) break;
      w.write(LEVEL_1, `"${obj.metric.name}" on ${obj.describedObject.kind}/${obj.describedObject.name} `);
      if (obj.target.type === 'AverageValue') {
        const cur = st?.object ? q(st.object.current.averageValue) : UNKNOWN;
        w.write(LEVEL_0, `(target average value):\t${cur} / ${q(obj.target.averageValue)}\n`);
      } else {
        const cur = st?.object ? q(st.object.current.value) : UNKNOWN;
        w.write(LEVEL_0, `(target value):\t${cur} / ${q(obj.target.value)}\n`);
      }
      return;
    }
    case 'Resource':
    case 'ContainerResource': {
      const res = m.type === 'Resource' ? m.resource : m.containerResource;
      if (!res) break;
      const cur = m.type === 'Resource' ? st?.resource?.current : st?.containerResource?.current;
      const what =
        m.type === 'Resource'
          ? `resource ${res.name} on pods`
          : `resource ${res.name} of container "${m.containerResource?.container ?? ''}" on pods`;
      w.write(LEVEL_1, what);
      if (res.target.averageValue !== undefined) {
        w.write(LEVEL_0, `:\t${cur ? q(cur.averageValue) : UNKNOWN} / ${q(res.target.averageValue)}\n`);
      } else {
        const current =
          cur?.averageUtilization !== undefined ? `${cur.averageUtilization}% (${q(cur.averageValue)})` : UNKNOWN;
        const target = res.target.averageUtilization !== undefined ? `${res.target.averageUtilization}%` : '<auto>';
        w.write(LEVEL_1, `(as a percentage of request):\t${current} / ${target}\n`);
      }
      return;
    }
  }
  w.write(LEVEL_1, `<unknown metric type "${m.type}">\n`);
}

function describeBehavior(w: PrefixWriter, direction: string, rules: HPAScalingRules | undefined): void {
  if (!rules) return;
  w.write(LEVEL_1, `${direction}:\n`);
  if (rules.stabilizationWindowSeconds !== undefined)
    w.write(LEVEL_2, `Stabilization Window: ${rules.stabilizationWindowSeconds} seconds\n`);
  if (rules.policies?.length) {
    w.write(LEVEL_2, `Select Policy: ${rules.selectPolicy ?? 'Max'}\n`);
    w.write(LEVEL_2, 'Policies:\n');
    for (const p of rules.policies)
      w.write(LEVEL_3, `- Type: ${p.type}\tValue: ${p.value}\tPeriod: ${p.periodSeconds} seconds\n`);
  }
}

export function describeHorizontalPodAutoscaler(w: PrefixWriter, hpa: HorizontalPodAutoscaler): void {
  w.write(LEVEL_0, `Name:\t${hpa.metadata?.name ?? ''}\n`);
  w.write(LEVEL_0, `Namespace:\t${hpa.metadata?.namespace ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', hpa.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', hpa.metadata?.annotations);
  w.write(LEVEL_0, `CreationTimestamp:\t${formatRFC1123Z(hpa.metadata?.creationTimestamp)}\n`);
  const ref = hpa.spec?.scaleTargetRef;
  w.write(LEVEL_0, `Reference:\t${ref?.kind ?? ''}/${ref?.name ?? ''}\n`);
  w.write(LEVEL_0, 'Metrics:\t( current / target )\n');
  const [specs, statuses] = hpaMetrics(hpa);
  specs.forEach((m, i) => describeMetric(w, m, statuses[i]));
  w.write(LEVEL_0, `Min replicas:\t${hpa.spec?.minReplicas !== undefined ? hpa.spec.minReplicas : '<unset>'}\n`);
  w.write(LEVEL_0, `Max replicas:\t${hpa.spec?.maxReplicas ?? 0}\n`);
  const behavior = hpa.apiVersion?.endsWith('/v1') ? undefined : hpa.spec?.behavior;
  if (behavior) {
    w.write(LEVEL_0, 'Behavior:\n');
    describeBehavior(w, 'Scale Up', behavior.scaleUp);
    describeBehavior(w, 'Scale Down', behavior.scaleDown);
  }
  w.write(LEVEL_0, `${ref?.kind ?? ''} pods:\t`);
  w.write(LEVEL_0, `${hpa.status?.currentReplicas ?? 0} current / ${hpa.status?.desiredReplicas ?? 0} desired\n`);
  const conds = hpa.status?.conditions ?? [];
  if (conds.length > 0) {
    w.write(LEVEL_0, 'Conditions:\n');
    w.write(LEVEL_1, 'Type\tStatus\tReason\tMessage\n');
    w.write(LEVEL_1, '----\t------\t------\t-------\n');
    for (const c of conds) w.write(LEVEL_1, `${c.type}\t${c.status}\t${c.reason ?? ''}\t${c.message ?? ''}\n`);
  }
}
