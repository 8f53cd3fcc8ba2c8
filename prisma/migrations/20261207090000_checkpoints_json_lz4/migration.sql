-- Checkpoints are written whole and read back as text, never queried inside: json (kept as text, only checked)
-- costs PostgreSQL a quarter of what jsonb (parsed into a tree) costs per write.
ALTER TABLE "lab_sessions" ALTER COLUMN "cluster_snapshot" SET DATA TYPE JSON USING "cluster_snapshot"::json,
ALTER COLUMN "shell_snapshot" SET DATA TYPE JSON USING "shell_snapshot"::json;

-- lz4 compresses large values several times faster than the default pglz; a server built without lz4 keeps pglz.
DO $$
BEGIN
  ALTER TABLE "lab_sessions" ALTER COLUMN "cluster_snapshot" SET COMPRESSION lz4,
    ALTER COLUMN "shell_snapshot" SET COMPRESSION lz4,
    ALTER COLUMN "scrollback" SET COMPRESSION lz4;
  ALTER TABLE "lab_journal" ALTER COLUMN "data" SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
  RAISE NOTICE 'lz4 is not available: checkpoints stay compressed with pglz';
END $$;
