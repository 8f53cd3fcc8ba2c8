/** `minikube profile list`. */
import type { CommandOutcome } from '../../shell/command.js';
import { RawError } from '../errors.js';
import { boxTable } from './table.js';
import type { Inv } from './command.js';

export function profileList(inv: Inv): CommandOutcome {
  const c = inv.env.cluster;
  if (c.state === 'Absent') {
    throw new RawError(
      `\n🤹  Exiting due to MK_USAGE_NO_PROFILE: No minikube profile was found.\n\n💡  Suggestion: \n\n    You can create one using 'minikube start'.\n\n`,
      14,
    );
  }
  const header = [
    'Profile',
    'VM Driver',
    'Runtime',
    'IP',
    'Port',
    'Version',
    'Status',
    'Nodes',
    'Active Profile',
    'Active Kubecontext',
  ];
  const nodes = c.store.list('nodes').length;
  const row = [
    c.profile,
    'docker',
    'docker',
    '192.168.49.2',
    '8443',
    c.settings.kubernetesVersion,
    c.state === 'Running' ? 'OK' : 'Stopped',
    String(nodes),
    '*',
    '*',
  ];
  return { stdout: boxTable(header, [row], { numeric: [4, 7] }), stderr: '', exitCode: 0 };
}
