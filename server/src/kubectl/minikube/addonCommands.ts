/** `minikube addons list|enable|disable`. */
import { RawError } from '../errors.js';
import { timedProgram, type TimedStep } from '../program.js';
import { ADDONS, addonEnableLines, addonsTable } from './addons.js';
import { defineCommand, notFound, requireRunning } from './command.js';

export const addonCommands = [
  defineCommand({
    use: 'list',
    short: 'Lists all available minikube addons as well as their current statuses (enabled/disabled)',
    flags: [
      {
        name: 'output',
        short: 'o',
        type: 'string',
        default: 'list',
        usage: 'minikube addons list --output OUTPUT. json, list',
      },
    ],
    run: (inv) => {
      const c = inv.env.cluster;
      if (c.state === 'Absent') throw notFound(c.profile);
      return { stdout: addonsTable(c.profile, c.settings.addons), stderr: '', exitCode: 0 };
    },
  }),
  defineCommand({
    use: 'enable ADDON_NAME',
    short: 'Enables the addon w/ADDON_NAME within minikube. For a list of available addons use: minikube addons list ',
    run: (inv) => {
      requireRunning(inv);
      const name = inv.args[0] ?? '';
      if (!ADDONS.some((a) => a.name === name)) {
        throw new RawError(`\n❌  Exiting due to MK_ADDON_ENABLE: run callbacks: ${name} is not a valid addon\n`, 10);
      }
      const c = inv.env.cluster;
      if (c.settings.addons.includes(name))
        return { stdout: `🌟  The '${name}' addon is enabled\n`, stderr: '', exitCode: 0 };
      const lines = addonEnableLines(name);
      const steps: TimedStep[] = lines.map((text, i) => ({ after: i === 0 ? 0 : 300, text }));
      steps.push({
        after: name === 'ingress' ? 8000 : 1000,
        text: `🌟  The '${name}' addon is enabled\n`,
        action: () => c.setAddon(name, true),
      });
      return { program: timedProgram(steps) };
    },
  }),
  defineCommand({
    use: 'disable ADDON_NAME',
    short:
      'Disables the addon w/ADDON_NAME within minikube (example: minikube addons disable dashboard). For a list of available addons use: minikube addons list ',
    run: (inv) => {
      requireRunning(inv);
      const name = inv.args[0] ?? '';
      if (!ADDONS.some((a) => a.name === name))
        throw new RawError(`\n❌  Exiting due to MK_ADDON_DISABLE: run callbacks: ${name} is not a valid addon\n`, 10);
      inv.env.cluster.setAddon(name, false);
      return { stdout: `🌑  "The '${name}' addon is disabled"\n`, stderr: '', exitCode: 0 };
    },
  }),
];
