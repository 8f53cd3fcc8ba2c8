/**
 * Containers that run a program (`sh -c 'while true; do echo hi; sleep 5; done'`, `printenv`): the
 * simulator asks a ProgramHost to start one per container run and advances it on the virtual clock.
 * The host is the student's shell interpreter in the container's flavour (kubectl/containerPrograms.ts);
 * the simulator cannot import it (it sits above), so the cluster is handed one (`setProgramHost`).
 * Without a host, containers behave as the timeline of kubelet/script.ts predicts.
 *
 * Processes are not snapshotted: after a restore the kubelet starts each running container's program
 * again from its start time and lets it catch up, a bounded number of wake-ups at a time.
 */
import type { Pod, Volume } from 'kubernetes-types/core/v1';
import type { SimRuntime } from '../runtime.js';
import type { Stored } from '../types.js';
import type { Userland } from '../images/index.js';
import { hostPathFile } from './nodeFiles.js';

/** Writable storage (an emptyDir shared by a pod's containers, a claim's volume, a node's hostPath): files by path inside it. */
export interface SharedVolume {
  /** JSON, kept in the cluster's runtime: the files outlive a restore (bounded by VOLUME_MAX_BYTES). */
  files: Record<string, string>;
  /** Bumped on every change, so a container copies the files in only when another wrote them. */
  version: number;
}

export interface ProgramSpec {
  readonly pod: { readonly namespace: string; readonly name: string };
  readonly container: string;
  /** command and args after `$(VAR)` expansion (or the image's default command). */
  readonly argv: readonly string[];
  /** Which shell and utilities the image has (busybox sh, alpine ash, Debian bash). */
  readonly userland: Userland;
  readonly hostname: string;
  readonly binaries: readonly string[];
  /** The image's server program (serverProgram): the script that starts it runs on, serving, until stopped. */
  readonly servers: readonly string[];
  readonly env: readonly (readonly [string, string])[];
  readonly dirs: readonly string[];
  readonly files: Readonly<Record<string, string>>;
  /** Writable mounts by mount path (what the program writes there, the pod's other containers read). */
  readonly shared: ReadonlyMap<string, SharedVolume>;
  /** The container's terminationMessagePath: a file the program may write, which the kubelet reads when it ends. */
  readonly terminationLog: string;
  /** Bytes `vol` may hold: VOLUME_MAX_BYTES, less when the cluster's other volumes use most of CLUSTER_VOLUMES_MAX_BYTES. */
  room(vol: SharedVolume): number;
  /** Virtual epoch ms the process started. */
  readonly startedAt: number;
}

export interface ContainerProcess {
  /**
   * Runs the program on until the virtual time `until`, until it exits, or until it has woken
   * `maxWakes` times (then it lags behind and carries on at the next call).
   */
  advance(until: number, maxWakes: number): void;
  /** When the sleeping program wakes next; undefined once it exited or when it waits for nothing. */
  readonly wakeAt: number | undefined;
  readonly exit: { readonly at: number; readonly code: number } | undefined;
  readonly log: ContainerLog;
  /**
   * Runs a command beside the program, over the container's files as they are now (an exec probe): what it
   * printed, stdout and stderr together as the kubelet's exec prober reads them, and its exit code.
   */
  exec(argv: readonly string[]): { readonly exitCode: number; readonly output: string };
  /** A file of the container as the program left it (the termination message), undefined when there is none. */
  file(path: string): string | undefined;
  /** Drops what the process holds (its shell session); called when the run is forgotten. */
  dispose(): void;
}

export type ProgramHost = (spec: ProgramSpec) => ContainerProcess | undefined;

/** The kubelet's containerLogMaxSize: past it the log file is rotated and `kubectl logs` starts afresh. */
export const CONTAINER_LOG_MAX_BYTES = 10 * 1024 * 1024;

export interface LogLine {
  readonly at: number;
  readonly text: string;
}

/** What a container printed, line by line with the time each line began (as the CRI log file keeps it). */
export class ContainerLog {
  private readonly done: LogLine[] = [];
  private partial: { at: number; text: string } | undefined;
  private bytes = 0;

  constructor(private readonly maxBytes = CONTAINER_LOG_MAX_BYTES) {}

  write(at: number, data: string): void {
    let rest = data;
    while (rest !== '') {
      const nl = rest.indexOf('\n');
      const piece = nl < 0 ? rest : rest.slice(0, nl);
      this.partial = this.partial ? { at: this.partial.at, text: this.partial.text + piece } : { at, text: piece };
      if (nl < 0) break;
      this.push(this.partial);
      this.partial = undefined;
      rest = rest.slice(nl + 1);
    }
  }

  /** Complete lines, then an unfinished last line (the runtime logs it as a partial entry). */
  lines(): LogLine[] {
    return this.partial ? [...this.done, this.partial] : this.done;
  }

  private push(line: LogLine): void {
    this.bytes += line.text.length + 1;
    this.done.push(line);
    if (this.bytes > this.maxBytes) {
      // Rotated: the current file starts empty (the old one is compressed away).
      this.done.length = 0;
      this.bytes = 0;
    }
  }
}

/** Bytes of files a writable volume keeps for the pods (and in snapshots); a program's further files stay its own. */
export const VOLUME_MAX_BYTES = 256 * 1024;
/** Bytes all writable volumes of a cluster keep: they are saved with the student's sandbox. */
export const CLUSTER_VOLUMES_MAX_BYTES = 1024 * 1024;

const volumeBytes = (vol: SharedVolume) =>
  Object.entries(vol.files).reduce((n, [path, content]) => n + path.length + content.length, 0);

/** What `vol` may hold (see ProgramSpec.room). */
export function volumeRoom(table: ProgramTable, vol: SharedVolume): number {
  let others = 0;
  for (const v of Object.values(table.volumes())) if (v !== vol) others += volumeBytes(v);
  return Math.max(0, Math.min(VOLUME_MAX_BYTES, CLUSTER_VOLUMES_MAX_BYTES - others));
}

/** The programs of one cluster's containers (never snapshotted) and the writable volumes' files (in the runtime). */
export interface ProgramTable {
  /** By `uid/container/startedAt`. */
  readonly processes: Map<string, ContainerProcess>;
  /** By storageKey: `runtime.extra.volumes`, snapshotted with the cluster. */
  volumes(): Record<string, SharedVolume>;
  /** Programs that are behind the clock, and when the kubelet gives them their next slice. */
  readonly lagging: WeakMap<ContainerProcess, number>;
}

export function newProgramTable(runtime: SimRuntime): ProgramTable {
  return {
    processes: new Map(),
    lagging: new WeakMap(),
    volumes: () => (runtime.extra.volumes ??= {}) as Record<string, SharedVolume>,
  };
}

/** A run of a container is known by its start time (`kubectl logs` finds it from the status's startedAt). */
export function processKey(uid: string, container: string, startedAt: number): string {
  return `${uid}/${container}/${startedAt}`;
}

/** The process of the run of `container` started within the second `startedAt` (status times are in seconds). */
export function processStartedAt(
  table: ProgramTable,
  uid: string,
  container: string,
  startedAt: number,
): ContainerProcess | undefined {
  const prefix = `${uid}/${container}/`;
  for (const [key, proc] of table.processes)
    if (key.startsWith(prefix) && Math.floor(Number(key.slice(prefix.length)) / 1000) * 1000 === startedAt) return proc;
  return undefined;
}

/**
 * Where a writable volume's files live: an emptyDir with its pod, a claim's volume beyond any pod
 * (the data outlives the pod, as on the provisioned disk), a hostPath on its node. Undefined: a
 * volume the container cannot write (configMap, secret, downwardAPI, projected).
 */
export function storageKey(pod: Stored<Pod>, vol: Volume): string | undefined {
  if (vol.emptyDir) return `pod:${pod.metadata.uid}/${vol.name}`;
  if (vol.persistentVolumeClaim)
    return `pvc:${pod.metadata.namespace ?? 'default'}/${vol.persistentVolumeClaim.claimName}`;
  // A hostPath naming a file of the node is mounted as that file (nodeFiles.ts), not shared storage.
  if (vol.hostPath && hostPathFile(pod.spec?.nodeName ?? '', vol.hostPath) === undefined)
    return `host:${pod.spec?.nodeName ?? ''}:${vol.hostPath.path}`;
  return undefined;
}

/** The storage behind `key`, created empty on first use. */
export function sharedVolume(table: ProgramTable, key: string): SharedVolume {
  const volumes = table.volumes();
  return (volumes[key] ??= { files: {}, version: 0 });
}

/** A pod is gone: its processes and volumes go with it. */
export function forgetPod(table: ProgramTable, uid: string): void {
  const volumes = table.volumes();
  for (const key of Object.keys(volumes)) if (key.startsWith(`pod:${uid}/`)) delete volumes[key];
  for (const [key, proc] of table.processes)
    if (key.startsWith(`${uid}/`)) {
      proc.dispose();
      table.processes.delete(key);
    }
}
