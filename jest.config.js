// Tests compile to CommonJS with SWC (fast; type-checking is `npm run typecheck`).
const transform = {
  '^.+\\.tsx?$': [
    '@swc/jest',
    { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
  ],
};
const common = {
  transform,
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testEnvironment: 'node',
  setupFiles: ['<rootDir>/tests/support/fastcheck.ts'],
};
/** @type {import('jest').Config} */
module.exports = {
  // Setting up a database, an app and a world of users takes a second or two, more on a busy machine: a hook or test
  // that hangs still fails, but a slow one is not taken for a hang. (A global option: projects cannot set it.)
  testTimeout: 30_000,
  projects: [
    // Pure layers: no database, no network.
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/tests/{lib,sim,kubectl,shell,labs,golden,lint,client,deploy,fuzz}/**/*.test.ts'],
    },
    // Database-backed, sockets, child processes and the browser.
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/{db,services,http,realtime,cli,e2e,system,kubeapi}/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/globalSetup.ts',
    },
    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
    // so they run on their own, one file at a time, not inside `npm test` on a machine busy with other suites.
    ...(process.env.KUBELAB_ABUSE
      ? [
          {
            ...common,
            displayName: 'abuse',
            testMatch: ['<rootDir>/tests/abuse/**/*.test.ts'],
            globalSetup: '<rootDir>/tests/support/globalSetup.ts',
          },
        ]
      : []),
    // The Kubernetes website's example manifests (`npm run test:examples`): the corpus is not ours to commit, so it
    // lives in a directory outside the repository, named by KUBELAB_K8S_EXAMPLES (tests/k8s-examples/README.md).
    ...(process.env.KUBELAB_K8S_EXAMPLES
      ? [{ ...common, displayName: 'examples', testMatch: ['<rootDir>/tests/k8s-examples/**/*.test.ts'] }]
      : []),
  ],
};
