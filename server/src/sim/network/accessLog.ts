/**
 * Requests a pod served, kept (bounded) in the simulation runtime so the kubelet's log simulation
 * can print access lines (`kubectl logs` of an nginx pod shows who called it).
 */
import type { SimRuntime } from '../runtime.js';
import { wellFormed } from '../wellFormed.js';

export interface AccessEntry {
  /** Virtual time, epoch ms. */
  at: number;
  clientIP: string;
  method: string;
  path: string;
  status: number;
  bytes: number;
  userAgent: string;
}

const KEY = 'accessLog';
const MAX_PER_POD = 200;

function logs(runtime: SimRuntime): Record<string, AccessEntry[]> {
  const existing = runtime.extra[KEY] as Record<string, AccessEntry[]> | undefined;
  if (existing) return existing;
  const created: Record<string, AccessEntry[]> = {};
  runtime.extra[KEY] = created;
  return created;
}

export function recordAccess(runtime: SimRuntime, podUid: string, entry: AccessEntry): void {
  const all = logs(runtime);
  const list = (all[podUid] ??= []);
  // The request line and user agent are the student's own text, saved with the cluster: storable strings only.
  list.push({
    ...entry,
    method: wellFormed(entry.method),
    path: wellFormed(entry.path),
    userAgent: wellFormed(entry.userAgent),
  });
  if (list.length > MAX_PER_POD) list.splice(0, list.length - MAX_PER_POD);
}

export function accessLog(runtime: SimRuntime, podUid: string): readonly AccessEntry[] {
  return (runtime.extra[KEY] as Record<string, AccessEntry[]> | undefined)?.[podUid] ?? [];
}

/** Forgets the log of pods that are gone (called when a pod is removed). */
export function dropAccessLog(runtime: SimRuntime, podUid: string): void {
  const all = runtime.extra[KEY] as Record<string, AccessEntry[]> | undefined;
  if (all) delete all[podUid];
}
