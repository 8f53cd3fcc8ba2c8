// When a busy lab writes a checkpoint: by the journal's length in entries, or in bytes at least a snapshot's size.
import {
  CHECKPOINT_JOURNAL_BYTES,
  CHECKPOINT_JOURNAL_ENTRIES,
  journalIsLong,
  type Entry,
} from '../../server/src/services/sandboxesEntry';

const MB = 1024 * 1024;

function entry(snapshotBytes: number, journaledBytes: number, journaledEntries = 1): Entry {
  return {
    sandbox: { snapshotBytes: () => snapshotBytes },
    journaled: { entries: journaledEntries, bytes: journaledBytes },
    checkpointed: { entries: 0, bytes: 0 },
  } as unknown as Entry;
}

it('a small lab checkpoints once its journal passes CHECKPOINT_JOURNAL_BYTES', () => {
  expect(journalIsLong(entry(100 * 1024, CHECKPOINT_JOURNAL_BYTES - 1))).toBe(false);
  expect(journalIsLong(entry(100 * 1024, CHECKPOINT_JOURNAL_BYTES))).toBe(true);
});

it('a lab near its storage quota checkpoints once its journal holds a snapshot’s worth, not after each big object', () => {
  // An 8 MB cluster taking 1 MB objects: rewriting 8 MB after each would cost eight times the journal it replaces.
  expect(journalIsLong(entry(8 * MB, 1 * MB))).toBe(false);
  expect(journalIsLong(entry(8 * MB, 7 * MB))).toBe(false);
  expect(journalIsLong(entry(8 * MB, 8 * MB))).toBe(true);
});

it('many small entries still make a checkpoint, whatever the size', () => {
  expect(journalIsLong(entry(8 * MB, 1024, CHECKPOINT_JOURNAL_ENTRIES))).toBe(true);
});

it('a sandbox that cannot tell its size keeps the fixed rule', () => {
  const e = entry(0, CHECKPOINT_JOURNAL_BYTES);
  (e.sandbox as { snapshotBytes?: unknown }).snapshotBytes = undefined;
  expect(journalIsLong(e)).toBe(true);
});
