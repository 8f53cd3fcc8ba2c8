/** Checks on what the student did in the shell: commands run, files written. */
import { parseAllDocuments } from 'yaml';
import { recordMatches } from '../commands.js';
import type { Check } from '../format.js';
import { plural } from './resolve.js';
import { fail, pass, type CheckEnvironment, type CheckResult } from './types.js';

export function commandRun(check: Extract<Check, { type: 'commandRun' }>, env: CheckEnvironment): CheckResult {
  const times = check.times ?? 1;
  const matching = env.commands.filter((c) => recordMatches(check.command, c));
  const counted =
    (check.outcome ?? 'success') === 'success'
      ? matching.filter((c) => c.exitCode === 0)
      : matching.filter((c) => c.exitCode !== null);
  if (counted.length >= times) return pass(`you ran ${check.command}${times > 1 ? ` ${times} times` : ''}`);
  if (matching.length > counted.length && counted.length === 0)
    return fail(
      `${check.command} was run but did not succeed (exit code ${matching[matching.length - 1]?.exitCode ?? 'unknown'})`,
    );
  if (counted.length === 0) return fail(`${check.command} has not been run yet`);
  return fail(`${check.command} has been run ${plural(counted.length, 'time')}; the step asks for ${times}`);
}

export function homePath(env: CheckEnvironment, path: string): string {
  return path.startsWith('/') ? path : `${env.home.replace(/\/$/, '')}/${path}`;
}

export function fileYaml(check: Extract<Check, { type: 'fileYaml' }>, env: CheckEnvironment): CheckResult {
  const path = homePath(env, check.path);
  const shown = check.path.startsWith('/') ? check.path : `~/${check.path}`;
  const text = env.readFile(path);
  if (text === undefined) return fail(`there is no file ${shown}`);
  if (text.trim() === '') return fail(`${shown} is empty`);
  const docs = parseAllDocuments(text);
  if (!Array.isArray(docs)) return fail(`${shown} is not valid YAML`);
  const broken = docs.find((d) => d.errors.length > 0);
  if (broken) {
    const e = broken.errors[0]!;
    return fail(`${shown} is not valid YAML (line ${e.linePos?.[0]?.line ?? '?'}: ${e.message.split('\n')[0] ?? ''})`);
  }
  const objects = docs.map((d) => d.toJS() as unknown).flatMap((o) => (isList(o) ? o.items : [o]));
  const fits = objects.filter(
    (o) =>
      isObject(o) &&
      (!check.kind || o.kind === check.kind) &&
      (!check.name || (isObject(o.metadata) && o.metadata.name === check.name)),
  );
  if (fits.length === 0) {
    const kinds = objects.filter(isObject).map((o) => `${typeof o.kind === 'string' ? o.kind : '(no kind)'}`);
    const want = `${check.kind ?? 'an object'}${check.name ? ` named ${check.name}` : ''}`;
    return fail(
      `${shown} is valid YAML but holds ${kinds.length ? kinds.join(', ') : 'no object'}; the step asks for ${want}`,
    );
  }
  return pass(`${shown} holds ${check.kind ?? 'YAML'}${check.name ? ` ${check.name}` : ''}`);
}

function isObject(o: unknown): o is Record<string, unknown> {
  return typeof o === 'object' && o !== null && !Array.isArray(o);
}

function isList(o: unknown): o is { items: unknown[] } {
  return isObject(o) && o.kind === 'List' && Array.isArray(o.items);
}

export function clusterState(check: Extract<Check, { type: 'clusterState' }>, env: CheckEnvironment): CheckResult {
  const state = env.cluster.state.toLowerCase();
  if (state !== check.state) {
    const now = state === 'absent' ? 'there is no cluster yet' : `the cluster is ${state}`;
    return fail(`${now}; the step asks for it to be ${check.state}`);
  }
  if (check.state === 'running' && check.nodes !== undefined) {
    const nodes = env.cluster.api.list('nodes').items.length;
    if (nodes !== check.nodes)
      return fail(`the cluster has ${plural(nodes, 'node')}; the step asks for ${check.nodes}`);
  }
  return pass(
    check.state === 'absent'
      ? 'there is no cluster'
      : `the cluster is ${check.state}${check.nodes ? ` with ${plural(check.nodes, 'node')}` : ''}`,
  );
}
