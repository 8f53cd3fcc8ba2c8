/**
 * Rooms across server processes: socket.io's PostgreSQL adapter (LISTEN/NOTIFY, large payloads through the
 * socket_io_attachments table), so `nsp.to(room).emit()` reaches every process's sockets in the room and PostgreSQL
 * stays kubelab's only dependency. An instructor's dashboard on one process gets the step events of students whose
 * sandboxes another process holds; each event is emitted once, by the process where the step was checked.
 */
import { createAdapter } from '@socket.io/postgres-adapter';
import { Pool } from 'pg';
import type { Server } from 'socket.io';

export interface ClusterAdapter {
  close(): Promise<void>;
}

export function attachClusterAdapter(io: Server, connectionString: string): ClusterAdapter {
  // One connection listens; the others publish (and clean up old attachments).
  const pool = new Pool({ connectionString, max: 3 });
  pool.on('error', () => undefined);
  io.adapter(
    createAdapter(pool, { tableName: 'socket_io_attachments', heartbeatInterval: 2000, heartbeatTimeout: 6000 }),
  );
  return {
    close: async () => {
      await pool.end().catch(() => undefined);
    },
  };
}
