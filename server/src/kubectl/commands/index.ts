/** Every kubectl command, in the order cobra lists them (alphabetical). */
import { commandName, type CommandSpec } from '../cli/command.js';
import type { KubeEnv } from '../env.js';
import { applyCommand, diffCommand, replaceCommand } from './apply.js';
import { apiResourcesCommand, apiVersionsCommand } from './apiResources.js';
import { attachCommand } from './attach.js';
import { authCommand } from './auth.js';
import { autoscaleCommand } from './autoscale.js';
import { certificateCommand } from './certificate.js';
import { clusterInfoCommand } from './clusterInfo.js';
import { completionCommand, optionsCommand } from './completion.js';
import { configCommand } from './config.js';
import { cordonCommand, uncordonCommand } from './cordon.js';
import { createCommand } from './create.js';
import { deleteCommand } from './delete.js';
import { describeCommand } from './describe.js';
import { drainCommand } from './drain.js';
import { editCommand } from './edit.js';
import { eventsCommand } from './events.js';
import { execCommand } from './exec.js';
import { explainCommand } from './explain.js';
import { exposeCommand } from './expose.js';
import { getCommand } from './get.js';
import { kustomizeCommand } from './kustomize.js';
import { annotateCommand, labelCommand } from './label.js';
import { logsCommand } from './logs.js';
import { patchCommand } from './patch.js';
import { pluginCommand } from './plugin.js';
import { portForwardCommand } from './portForward.js';
import { rolloutCommand } from './rollout.js';
import { runCommand } from './run.js';
import { scaleCommand } from './scale.js';
import { setCommand } from './set.js';
import { taintCommand } from './taint.js';
import { topCommand } from './top.js';
import { versionCommand } from './version.js';
import { waitCommand } from './wait.js';

export const KUBECTL_COMMANDS: readonly CommandSpec<KubeEnv>[] = [
  annotateCommand,
  apiResourcesCommand,
  apiVersionsCommand,
  applyCommand,
  attachCommand,
  authCommand,
  autoscaleCommand,
  certificateCommand,
  clusterInfoCommand,
  completionCommand,
  configCommand,
  cordonCommand,
  createCommand,
  deleteCommand,
  describeCommand,
  diffCommand,
  drainCommand,
  editCommand,
  eventsCommand,
  execCommand,
  explainCommand,
  exposeCommand,
  getCommand,
  kustomizeCommand,
  labelCommand,
  logsCommand,
  optionsCommand,
  patchCommand,
  pluginCommand,
  portForwardCommand,
  replaceCommand,
  rolloutCommand,
  runCommand,
  scaleCommand,
  setCommand,
  taintCommand,
  topCommand,
  uncordonCommand,
  versionCommand,
  waitCommand,
].sort((a, b) => (commandName(a) < commandName(b) ? -1 : 1));
