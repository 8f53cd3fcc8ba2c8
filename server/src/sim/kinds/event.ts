import type { Event } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../types.js';
import type { KindStrategy } from './strategy.js';

const event = (o: KubeObject) => o as unknown as Event;

/** The field selectors kube-apiserver offers on Events (EventToSelectableFields), e.g. `involvedObject.name=web`. */
export const eventStrategy: KindStrategy = {
  fields: {
    'involvedObject.kind': (o) => event(o).involvedObject.kind ?? '',
    'involvedObject.namespace': (o) => event(o).involvedObject.namespace ?? '',
    'involvedObject.name': (o) => event(o).involvedObject.name ?? '',
    'involvedObject.uid': (o) => event(o).involvedObject.uid ?? '',
    'involvedObject.apiVersion': (o) => event(o).involvedObject.apiVersion ?? '',
    'involvedObject.resourceVersion': (o) => event(o).involvedObject.resourceVersion ?? '',
    'involvedObject.fieldPath': (o) => event(o).involvedObject.fieldPath ?? '',
    reason: (o) => event(o).reason ?? '',
    reportingComponent: (o) => event(o).reportingComponent ?? '',
    source: (o) => event(o).source?.component ?? '',
    type: (o) => event(o).type ?? '',
  },
};
