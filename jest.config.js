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
/    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
/    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
T    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
c    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
m    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
p    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
i    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
l    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
C    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
m    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
m    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
n    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
J    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
S    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
w    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
i    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
h    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
S    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
W    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
C    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
(    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
f    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
;    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
y    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
p    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
-    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
c    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
h    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
c    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
k    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
i    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
n    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
g    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
i    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
`    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
n    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
p    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
m    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
r    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
u    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
n    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
y    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
p    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
c    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
h    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
c    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
k    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
`    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
)    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
.    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
c    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
n    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
r    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
n    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
f    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
r    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
m    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
=    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
{    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
'    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
^    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
.    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
+    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
\    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
\    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
.    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
x    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
?    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
$    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
'    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
:    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
[    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
'    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
@    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
w    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
c    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
/    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
j    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
'    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
,    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
{    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
j    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
c    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
:    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
{    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
p    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
r    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
r    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
:    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
{    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
y    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
n    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
x    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
:    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
'    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
y    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
p    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
c    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
r    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
i    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
p    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
'    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
}    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
,    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
r    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
g    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
:    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
'    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
2    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
0    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
2    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
2    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
'    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
}    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
,    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
m    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
d    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
u    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
l    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
:    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
{    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
y    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
p    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
:    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
'    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
c    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
m    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
m    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
n    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
j    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
'    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
}    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
}    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
,    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
]    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
,    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
}    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
;    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
c    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
n    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
c    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
m    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
m    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
n    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
=    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
{    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
r    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
n    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
f    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
r    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
m    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
,    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
m    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
d    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
u    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
l    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
N    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
m    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
M    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
p    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
p    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
r    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
:    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
{    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
'    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
^    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
(    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
\    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
\    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
.    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
{    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
1    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
,    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
2    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
}    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
/    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
.    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
*    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
)    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
\    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
\    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
.    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
j    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
$    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
'    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
:    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
'    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
$    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
1    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
'    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
}    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
,    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
E    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
n    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
v    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
i    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
r    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
n    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
m    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
n    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
:    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
'    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
n    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
d    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
'    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
,    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
u    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
p    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
F    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
i    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
l    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
:    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
[    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
'    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
<    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
r    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
D    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
i    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
r    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
>    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
/    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
/    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
u    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
p    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
p    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
r    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
/    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
f    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
c    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
h    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
c    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
k    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
.    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
'    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
]    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
,    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
}    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
;    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
/    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
*    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
*    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
@    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
y    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
p    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
{    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
i    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
m    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
p    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
r    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
(    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
'    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
j    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
'    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
)    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
.    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
C    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
n    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
f    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
i    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
g    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
}    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
*    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
/    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
m    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
d    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
u    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
l    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
.    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
x    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
p    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
r    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
=    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
{    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
p    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
r    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
j    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
c    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
:    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
[    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
/    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
/    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
P    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
u    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
r    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
l    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
y    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
r    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
:    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
n    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
d    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
b    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
,    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
n    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
n    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
w    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
r    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
k    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
.    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
{    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
.    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
.    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
.    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
c    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
m    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
m    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
n    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
,    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
d    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
i    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
p    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
l    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
y    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
N    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
m    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
:    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
'    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
u    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
n    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
i    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
'    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
,    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
M    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
c    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
h    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
:    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
[    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
'    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
<    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
r    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
D    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
i    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
r    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
>    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
/    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
/    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
{    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
l    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
i    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
b    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
,    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
i    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
m    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
,    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
k    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
u    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
b    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
c    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
l    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
,    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
h    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
l    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
l    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
,    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
l    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
b    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
,    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
g    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
l    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
d    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
n    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
,    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
l    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
i    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
n    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
,    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
c    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
l    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
i    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
n    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
,    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
d    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
p    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
l    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
y    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
,    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
f    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
u    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
z    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
z    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
}    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
/    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
*    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
*    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
/    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
*    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
.    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
.    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
'    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
]    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
,    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
}    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
,    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
/    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
/    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
D    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
b    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
-    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
b    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
c    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
k    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
d    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
,    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
c    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
k    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
,    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
c    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
h    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
i    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
l    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
d    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
p    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
r    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
c    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
n    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
d    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
h    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
b    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
r    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
w    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
r    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
.    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
{    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
.    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
.    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
.    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
c    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
m    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
m    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
n    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
,    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
d    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
i    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
p    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
l    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
y    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
N    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
m    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
:    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
'    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
i    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
n    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
g    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
r    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
i    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
n    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
'    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
,    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
M    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
c    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
h    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
:    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
[    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
'    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
<    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
r    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
D    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
i    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
r    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
>    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
/    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
/    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
{    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
d    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
b    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
,    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
r    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
v    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
i    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
c    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
,    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
h    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
p    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
,    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
r    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
l    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
i    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
m    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
,    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
c    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
l    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
i    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
,    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
2    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
,    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
y    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
m    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
}    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
/    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
*    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
*    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
/    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
*    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
.    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
.    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
'    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
]    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
,    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
g    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
l    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
b    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
l    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
S    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
u    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
p    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
:    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
'    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
<    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
r    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
D    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
i    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
r    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
>    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
/    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
/    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
u    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
p    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
p    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
r    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
/    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
g    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
l    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
b    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
l    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
S    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
u    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
p    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
.    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
'    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
,    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
}    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
,    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
/    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
/    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
I    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
u    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
1    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
1    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
'    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
c    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
k    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
g    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
i    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
n    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
h    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
r    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
l    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
r    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
v    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
r    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
i    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
n    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
c    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
h    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
i    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
l    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
d    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
p    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
r    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
c    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
:    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
l    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
n    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
c    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
y    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
i    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
m    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
u    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
r    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
d    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
,    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
h    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
/    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
/    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
f    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
i    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
l    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
r    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
u    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
n    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
n    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
i    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
m    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
,    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
n    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
b    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
i    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
d    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
c    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
h    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
h    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
r    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
.    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
{    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
.    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
.    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
.    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
c    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
m    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
m    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
n    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
,    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
d    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
i    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
p    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
l    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
y    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
N    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
m    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
:    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
'    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
b    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
u    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
'    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
,    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
M    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
c    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
h    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
:    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
[    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
'    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
<    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
r    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
D    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
i    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
r    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
>    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
/    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
/    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
b    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
u    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
/    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
*    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
*    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
/    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
*    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
.    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
.    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
'    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
]    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
,    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
g    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
l    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
b    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
l    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
S    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
u    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
p    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
:    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
'    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
<    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
r    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
D    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
i    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
r    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
>    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
/    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
/    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
u    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
p    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
p    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
r    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
/    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
g    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
l    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
o    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
b    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
a    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
l    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
S    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
e    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
u    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
p    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
.    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
t    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
s    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
'    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
,    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
}    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
,    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
]    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
,    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
}    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
;    // Issue 11's attacks against the real server in a child process (`npm run test:abuse`): they measure latency,
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
