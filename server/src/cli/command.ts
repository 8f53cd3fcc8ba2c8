// What a CLI command is: a help text for newcomers and a `run` that returns the exit code.
import type { Readable, Writable } from 'node:stream';

export interface CliIo {
  stdout: Writable;
  stderr: Writable;
  stdin: Readable;
  env: NodeJS.ProcessEnv;
}

export interface CliCommand {
  /** Shown by `--help`: usage line, what it does, options, an example. */
  help: string;
  /** `args` are the words after the command's name. Returns the process exit code. */
  run(args: string[], io: CliIo): Promise<number>;
}

/** Wrong usage (bad flag, missing option): reported with a pointer to `--help`, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function write(stream: Writable, text: string): void {
  stream.write(text.endsWith('\n') ? text : `${text}\n`);
}
