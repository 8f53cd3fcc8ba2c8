/** Every bound the shell enforces, in one place so hosts can see (and tests can shrink) them. */
export interface ShellLimits {
  /** Longest line the editor accepts, in code points; further input rings the bell. */
  readonly maxLineLength: number;
  /** Bytes a single command may print; the rest is dropped with a note. */
  readonly maxOutputBytes: number;
  /** Commands in one pipeline. */
  readonly maxPipelineLength: number;
  /** Alias expansions while parsing one line. */
  readonly maxAliasExpansions: number;
  /** Bytes in one here-document body. */
  readonly maxHeredocBytes: number;
  /** Nesting of `$(...)`. */
  readonly maxSubstitutionDepth: number;
  /** Simple commands executed for one line, including those in `$(...)`. */
  readonly maxCommandsPerLine: number;
  /** Lines kept in history (the oldest is dropped). */
  readonly maxHistory: number;
  /** Bytes of pending continuation input (open quote or heredoc). */
  readonly maxScriptBytes: number;
}

export const DEFAULT_LIMITS: ShellLimits = {
  maxLineLength: 16 * 1024,
  maxOutputBytes: 1024 * 1024,
  maxPipelineLength: 32,
  maxAliasExpansions: 64,
  maxHeredocBytes: 256 * 1024,
  maxSubstitutionDepth: 8,
  maxCommandsPerLine: 1000,
  maxHistory: 1000,
  maxScriptBytes: 512 * 1024,
};
