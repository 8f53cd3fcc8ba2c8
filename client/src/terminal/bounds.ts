// The terminal bounds the server enforces (server/src/realtime/payloads.ts). A value cannot be imported from the
// server, but the protocol's `TerminalBounds` types each bound as a literal: this copy stops compiling if one changes.
import type { TerminalBounds } from '../protocol';

export const BOUNDS: TerminalBounds = { maxInputChars: 4096, minCols: 20, maxCols: 500, minRows: 5, maxRows: 200 };
