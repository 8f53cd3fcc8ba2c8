/**
 * JSON text of a sandbox's checkpoints and journal entries, as it travels to PostgreSQL. Small text stays a string;
 * large text is checked for PostgreSQL (lib/storableJson) and encoded where the sandbox runs, and a sandbox worker
 * moves its buffer to the main thread instead of copying it. An 8 MB snapshot sent as a string was copied onto the
 * main thread's heap, scanned, measured and encoded there, and its garbage made that heap's collections long: every
 * student's keystrokes waited.
 */
import type { JsonText } from '../db/labSessions.js';
import { jsonPieces } from '../lib/jsonPieces.js';
import { storableJsonBytes } from '../lib/storableJson.js';

/** JSON text from this size on travels as storable UTF-8 bytes. */
export const WIRE_BYTES_FROM_CHARS = 16 * 1024;

/** How long a serialisation runs before the event loop may turn (the other students' input on the same thread). */
export const SERIALISE_SLICE_MS = 4;

const encoder = new TextEncoder();

/**
 * `value` serialised a few milliseconds at a time (lib/jsonPieces): in one go, a checkpoint or journal entry of a
 * lab near its storage quota held its thread for 30 to 70 ms, while its other students' keystrokes waited. Large
 * text comes as storable bytes in a buffer of their own.
 */
export async function jsonInSlices(value: unknown): Promise<JsonText> {
  const chunks: Uint8Array[] = [];
  let batch = '';
  let sliceStart = performance.now();
  let sinceLook = 0;
  for (const piece of jsonPieces(value)) {
    batch += piece;
    sinceLook += piece.length;
    if (batch.length >= WIRE_BYTES_FROM_CHARS) {
      chunks.push(encoder.encode(batch));
      batch = '';
    }
    // The clock is read every 16 KB or so of text (a small snapshot never reads it).
    if (sinceLook < WIRE_BYTES_FROM_CHARS) continue;
    sinceLook = 0;
    if (performance.now() - sliceStart >= SERIALISE_SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
  if (chunks.length === 0) return batch;
  chunks.push(encoder.encode(batch));
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/**
 * `json` as a worker sends it: a large string as storable bytes; the buffer of bytes (this module's own, never a
 * pooled one) added to `transfer`, to be moved.
 */
export function wireJson(json: JsonText, transfer: ArrayBuffer[]): JsonText {
  const bytes = typeof json === 'string' && json.length >= WIRE_BYTES_FROM_CHARS ? storableJsonBytes(json) : json;
  if (typeof bytes !== 'string') transfer.push(bytes.buffer as ArrayBuffer);
  return bytes;
}
