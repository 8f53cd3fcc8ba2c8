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
/** Entries kept across the cluster: the log is saved with it, so its size is bounded whatever a student sends. */
const MAX_ENTRIES = 2000;
/** The longest path or user agent kept (a log line needs no more; nginx refuses request lines past 8 KB). */
const MAX_TEXT = 1024;

/** The student's own text, saved with the cluster: bounded, and storable strings only. */
const storable = (s: string) => wellFormed(s.length > MAX_TEXT ? s.slice(0, MAX_TEXT) : s);

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
  list.push({
    ...entry,
    method: storable(entry.method),
    path: storable(entry.path),
    userAgent: storable(entry.userAgent),
  });
  if (list.length > MAX_PER_POD) list.splice(0, list.length - MAX_PER_POD);
  dropOldestPast(all, MAX_ENTRIES);
}

export function accessLog(runtime: SimRuntime, podUid: string): readonly AccessEntry[] {
  return (runtime.extra[KEY] as Record<string, AccessEntry[]> | undefined)?.[podUid] ?? [];
}

/** Forgets the log of pods that are gone (called when a pod is removed). */
export function dropAccessLog(runtime: SimRuntime, podUid: string): void {
  const all = runtime.extra[KEY] as Record<string, AccessEntry[]> | undefined;
  if (all) delete all[podUid];
}

/** Drops the cluster's oldest entries (whichever pod served them) until at most `max` are left. */
function dropOldestPast(all: Record<string, AccessEntry[]>, max: number): void {
  let total = 0;
  for (const list of Object.values(all)) total += list.length;
  for (; total > max; total--) {
    let oldest: AccessEntry[] | undefined;
    for (const list of Object.values(all)) if (list[0] && (!oldest || list[0].at < oldest[0]!.at)) oldest = list;
    oldest!.shift();
  }
}
