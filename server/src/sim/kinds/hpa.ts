/**
 * autoscaling/v2 HorizontalPodAutoscaler: defaulting (the 80% CPU metric, minReplicas, the default
 * scaling behavior) and validation in the API server's wording.
 */
import { klona } from 'klona/json';
import type { HorizontalPodAutoscaler, HPAScalingRules } from 'kubernetes-types/autoscaling/v2';
import { fieldErrors, type StatusCause } from '../errors.js';
import type { Draft, KindStrategy } from './strategy.js';

const SCALE_UP: HPAScalingRules = {
  stabilizationWindowSeconds: 0,
  selectPolicy: 'Max',
  policies: [
    { type: 'Pods', value: 4, periodSeconds: 15 },
    { type: 'Percent', value: 100, periodSeconds: 15 },
  ],
};
const SCALE_DOWN: HPAScalingRules = {
  stabilizationWindowSeconds: 300,
  selectPolicy: 'Max',
  policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }],
};

export const hpaStrategy: KindStrategy = {
  defaults(obj) {
    const hpa = obj as Draft & HorizontalPodAutoscaler;
    const spec = (hpa.spec ??= { maxReplicas: 0, scaleTargetRef: { kind: '', name: '' } });
    spec.minReplicas ??= 1;
    if (!spec.metrics || spec.metrics.length === 0) {
      spec.metrics = [
        { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 80 } } },
      ];
    }
    spec.behavior = {
      scaleUp: { ...klona(SCALE_UP), ...spec.behavior?.scaleUp },
      scaleDown: { ...klona(SCALE_DOWN), ...spec.behavior?.scaleDown },
    };
  },
  prepareForCreate(obj) {
    (obj as Draft & { status?: unknown }).status = { currentReplicas: 0, desiredReplicas: 0 };
  },
  validate(obj) {
    const spec = (obj as Draft & HorizontalPodAutoscaler).spec;
    const out: StatusCause[] = [];
    if (!spec) return [fieldErrors.required('spec')];
    if (!spec.scaleTargetRef.kind) out.push(fieldErrors.required('spec.scaleTargetRef.kind'));
    if (!spec.scaleTargetRef.name) out.push(fieldErrors.required('spec.scaleTargetRef.name'));
    const min = spec.minReplicas ?? 1;
    if (min < 1) out.push(fieldErrors.invalid('spec.minReplicas', min, 'must be greater than or equal to 1'));
    if (!spec.maxReplicas || spec.maxReplicas < 1)
      out.push(fieldErrors.invalid('spec.maxReplicas', spec.maxReplicas ?? 0, 'must be greater than 0'));
    else if (spec.maxReplicas < min)
      out.push(
        fieldErrors.invalid('spec.maxReplicas', spec.maxReplicas, 'must be greater than or equal to `minReplicas`'),
      );
    (spec.metrics ?? []).forEach((m, i) => {
      const types = ['ContainerResource', 'External', 'Object', 'Pods', 'Resource'];
      if (!types.includes(m.type)) out.push(fieldErrors.notSupported(`spec.metrics[${i}].type`, m.type, types));
      const u = m.resource?.target.averageUtilization;
      if (u !== undefined && u < 1)
        out.push(
          fieldErrors.invalid(`spec.metrics[${i}].resource.target.averageUtilization`, u, 'must be greater than 0'),
        );
    });
    return out;
  },
};
