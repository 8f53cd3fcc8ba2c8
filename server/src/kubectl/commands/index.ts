/** Every kubectl command, in the order cobra lists them (alphabetical). */
import { commandName, type CommandSpec } from '../cli/command.js';
import type { KubeEnv } from '../env.js';
import { applyCommand, diffCommand, replaceCommand } from './apply.js';
import {
  apiResourcesCommand,
  apiVersionsCommand,
  authCommand,
  clusterInfoCommand,
  completionCommand,
  cordonCommand,
  drainCommand,
  eventsCommand,
  optionsCommand,
  taintCommand,
  topCommand,
  uncordonCommand,
  versionCommand,
  waitCommand,
} from './cluster.js';
import { configCommand } from './config.js';
import { createCommand } from './create.js';
import { deleteCommand } from './delete.js';
import { describeCommand } from './describe.js';
import { explainCommand } from './explain.js';
import { getCommand } from './get.js';
import { annotateCommand, editCommand, labelCommand, patchCommand } from './meta.js';
import { attachCommand, execCommand, logsCommand, portForwardCommand, runCommand } from './pods.js';
import { autoscaleCommand, exposeCommand, rolloutCommand, scaleCommand, setCommand } from './workloads.js';

export const KUBECTL_COMMANDS: readonly CommandSpec<KubeEnv>[] = [
  annotateCommand,
  apiResourcesCommand,
  apiVersionsCommand,
  applyCommand,
  attachCommand,
  authCommand,
  autoscaleCommand,
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
  labelCommand,
  logsCommand,
  optionsCommand,
  patchCommand,
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
