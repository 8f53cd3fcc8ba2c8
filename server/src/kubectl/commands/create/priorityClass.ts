/** `kubectl create priorityclass` (kubectl/pkg/cmd/create/create_priorityclass.go). */
import { meta } from '../../generators.js';
import { defineCommand } from '../globals.js';
import { gen, genericFlags, oneName } from './generator.js';

export const createPriorityClass = defineCommand({
  use: 'priorityclass NAME --value=VALUE --global-default=BOOL [--dry-run=server|client|none]',
  aliases: ['pc'],
  short: 'Create a priority class with the specified name',
  long: 'Create a priority class with the specified name, value, globalDefault and description.',
  flags: [
    ...genericFlags,
    { name: 'value', type: 'int', default: '0', usage: 'the value of this priority class.' },
    {
      name: 'global-default',
      type: 'bool',
      usage: 'global-default specifies whether this PriorityClass should be considered as the default priority.',
    },
    {
      name: 'description',
      type: 'string',
      usage:
        'description is an arbitrary string that usually provides guidelines on when this priority class should be used.',
    },
    {
      name: 'preemption-policy',
      type: 'string',
      default: 'PreemptLowerPriority',
      usage: 'preemption-policy is the policy for preempting pods with lower priority.',
    },
  ],
  run: (inv) => {
    const name = oneName(inv);
    const description = inv.flags.str('description');
    // The typed object's field order (value, globalDefault, description, preemptionPolicy), empty ones omitted.
    return gen(inv, {
      kind: 'PriorityClass',
      apiVersion: 'scheduling.k8s.io/v1',
      metadata: meta(name),
      value: inv.flags.int('value'),
      ...(inv.flags.bool('global-default') ? { globalDefault: true } : {}),
      ...(description ? { description } : {}),
      preemptionPolicy: inv.flags.str('preemption-policy'),
    });
  },
});
