/** The JSON form of a shell session, validated on the way back in (it comes from the database). */
import { z } from 'zod';

export const shellSnapshotSchema = z.object({
  version: z.literal(1),
  user: z.string().min(1).max(64),
  hostname: z.string().min(1).max(253),
  cwd: z.string().max(4096),
  vars: z.array(z.tuple([z.string().max(256), z.string().max(65536)])).max(1000),
  exported: z.array(z.string().max(256)).max(1000),
  aliases: z.array(z.tuple([z.string().max(256), z.string().max(4096)])).max(1000),
  lastExitCode: z.number().int().min(0).max(255),
  history: z.object({ entries: z.array(z.string().max(65536)).max(100000), base: z.number().int().min(0) }),
  log: z
    .array(
      z.object({
        line: z.string().max(1048576),
        exitCode: z.number().int().nullable(),
        startedAt: z.number(),
        endedAt: z.number().nullable(),
        /** Absent in sessions saved before commands were recorded. */
        argv: z
          .array(z.array(z.string().max(65536)).max(10000))
          .max(1000)
          .optional(),
      }),
    )
    .max(100000),
  vfs: z.object({
    entries: z
      .array(
        z.object({
          path: z.string().max(4096),
          type: z.enum(['file', 'dir']),
          content: z.string().optional(),
          mtime: z.number(),
        }),
      )
      .max(100000),
  }),
});

export type ShellSnapshot = z.infer<typeof shellSnapshotSchema>;

/** A line the student ran, with its exit code (null while it is still running) and the argv of what it ran. */
export type CommandRecord = ShellSnapshot['log'][number];
