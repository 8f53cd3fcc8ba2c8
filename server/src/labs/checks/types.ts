/** What a check sees: the student's cluster, the lines they ran, the files in their home directory. */
import type { Cluster } from '../../sim/index.js';

/** A line the student ran and how it ended (null while still running). */
export interface CommandRecordLike {
  readonly line: string;
  readonly exitCode: number | null;
  /** The argv of each command the line ran, as the shell ran them (absent in logs saved before). */
  readonly argv?: readonly (readonly string[])[] | undefined;
}

export interface CheckEnvironment {
  readonly cluster: Cluster;
  /** Every line run in the shell, oldest first. */
  readonly commands: readonly CommandRecordLike[];
  /** Absolute path of the home directory (`/home/student`). */
  readonly home: string;
  /** A file's text, or undefined when it does not exist (or is a directory). */
  readFile(path: string): string | undefined;
}

export interface CheckResult {
  readonly passed: boolean;
  /** What was found, for the student: the check's description when it passes, the reason when it fails. */
  readonly message: string;
}

export const pass = (message: string): CheckResult => ({ passed: true, message });
export const fail = (message: string): CheckResult => ({ passed: false, message });
