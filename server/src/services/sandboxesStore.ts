// The sandbox manager's snapshots in PostgreSQL (the lab_sessions table).
import { deleteLabSession, findLabSession, saveLabSession } from '../db/labSessions.js';
import type { PrismaClient } from '../db/client.js';
import type { JsonValue, SandboxStore } from './sandboxesTypes.js';

export function createDbSandboxStore(db: PrismaClient): SandboxStore {
  return {
    async load(userId, labId) {
      const row = await findLabSession(db, userId, labId);
      if (!row) return null;
      return {
        snapshot: { cluster: row.cluster as JsonValue, shell: row.shell as JsonValue },
        scrollback: row.scrollback,
      };
    },
    async save(userId, labId, data) {
      await saveLabSession(db, userId, labId, { ...data.snapshot, scrollback: data.scrollback });
    },
    async delete(userId, labId) {
      await deleteLabSession(db, userId, labId);
    },
  };
}

/** Keeps snapshots in memory: for tests and for `kubelab sim`, which runs without a database. */
export function createMemorySandboxStore(): SandboxStore & { readonly rows: Map<string, unknown> } {
  const rows = new Map<string, string>();
  return {
    rows,
    load(userId, labId) {
      const json = rows.get(`${userId}/${labId}`);
      return Promise.resolve(
        json === undefined ? null : (JSON.parse(json) as Awaited<ReturnType<SandboxStore['load']>>),
      );
    },
    save(userId, labId, data) {
      rows.set(`${userId}/${labId}`, JSON.stringify(data));
      return Promise.resolve();
    },
    delete(userId, labId) {
      rows.delete(`${userId}/${labId}`);
      return Promise.resolve();
    },
  };
}
