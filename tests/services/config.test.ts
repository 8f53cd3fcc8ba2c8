// Configuration: defaults, and a clear message per problem.
import { ConfigError, loadConfig } from '../../server/src/config';

function problems(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

it('has development defaults', () => {
  const c = loadConfig({});
  expect(c).toMatchObject({
    env: 'development',
    port: 3000,
    databaseUrl: undefined,
    publicUrl: 'http://localhost:3000',
    secureCookies: false,
    demoData: true,
    limits: {
      loginAttempts: 10,
      loginWindowMinutes: 15,
      commandsPerSecond: 10,
      idleEvictionSeconds: 60,
      snapshotDebounceMs: 5000,
      snapshotMaxDelayMs: 60_000,
    },
  });
});

it('treats empty variables as unset and derives Secure cookies from an https PUBLIC_URL', () => {
  const c = loadConfig({ PORT: '', PUBLIC_URL: 'https://kubelab.example.org/', DEMO_DATA: 'false' });
  expect(c).toMatchObject({
    port: 3000,
    publicUrl: 'https://kubelab.example.org',
    secureCookies: true,
    demoData: false,
  });
});

it('requires SESSION_SECRET and DATABASE_URL in production, and never seeds demo data there', () => {
  expect(problems({ NODE_ENV: 'production' })).toEqual([
    'SESSION_SECRET: is required when NODE_ENV=production (try: openssl rand -hex 32)',
    'DATABASE_URL: is required when NODE_ENV=production (the embedded database is for development)',
  ]);
  const c = loadConfig({
    NODE_ENV: 'production',
    SESSION_SECRET: 'x'.repeat(32),
    DATABASE_URL: 'postgresql://db/kubelab',
    DEMO_DATA: 'true',
  });
  expect(c.demoData).toBe(false);
});

it.each([
  [{ PORT: 'eighty' }, 'PORT: must be a number'],
  [{ PORT: '70000' }, 'PORT: must be at most 65535'],
  [
    { DATABASE_URL: 'mysql://x/y' },
    'DATABASE_URL: must be a postgresql:// URL, e.g. postgresql://user:password@host:5432/kubelab',
  ],
  [{ SESSION_SECRET: 'short' }, 'SESSION_SECRET: must be at least 32 characters (try: openssl rand -hex 32)'],
  [
    { PUBLIC_URL: 'kubelab.example.org' },
    'PUBLIC_URL: must be an http:// or https:// URL, e.g. https://kubelab.example.org',
  ],
  [{ NODE_ENV: 'staging' }, 'NODE_ENV: must be development, test or production'],
  [{ TRUST_PROXY: 'maybe' }, 'TRUST_PROXY: must be true, false, or the number of proxies in front of the server'],
  [{ LOGIN_RATE_LIMIT: '0' }, 'LOGIN_RATE_LIMIT: must be at least 1'],
  [{ DEMO_DATA: 'yes' }, 'DEMO_DATA: must be true or false'],
])('%j → %s', (env, message) => {
  expect(problems(env)).toEqual([message]);
});

it('lists every problem in one readable message', () => {
  expect(() => loadConfig({ PORT: 'x', SNAPSHOT_DEBOUNCE_MS: '-1' })).toThrow(
    'Invalid configuration:\n  - PORT: must be a number\n  - SNAPSHOT_DEBOUNCE_MS: must be at least 0\nEvery variable is described in server/src/config.ts.',
  );
});

it('reads the per-user terminal limits, with defaults', () => {
  expect(loadConfig({}).limits).toMatchObject({
    inputMaxBytes: 4096,
    socketsPerLab: 10,
    socketsPerUser: 30,
    resizesPerSecond: 4,
  });
  const c = loadConfig({
    TERMINAL_INPUT_MAX_BYTES: '100',
    TERMINAL_SOCKETS_PER_LAB: '2',
    TERMINAL_SOCKETS_PER_USER: '5',
    TERMINAL_RESIZES_PER_SECOND: '1',
  });
  expect(c.limits).toMatchObject({ inputMaxBytes: 100, socketsPerLab: 2, socketsPerUser: 5, resizesPerSecond: 1 });
  expect(problems({ TERMINAL_SOCKETS_PER_LAB: '0' })).toEqual(['TERMINAL_SOCKETS_PER_LAB: must be at least 1']);
});
