// Lint rules, including the one architecture rule: dependencies point down (see ARCHITECTURE.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

const src = './server/src';
// Each zone: files in `target` may not import from `from`.
const layerZones = [
  {
    target: `${src}/lib`,
    from: [
      `${src}/sim`,
      `${src}/kubectl`,
      `${src}/kubeapi`,
      `${src}/shell`,
      `${src}/labs`,
      `${src}/db`,
      `${src}/services`,
      `${src}/http`,
      `${src}/realtime`,
      `${src}/cli`,
    ],
  },
  {
    target: `${src}/sim`,
    from: [
      `${src}/kubectl`,
      `${src}/kubeapi`,
      `${src}/shell`,
      `${src}/labs`,
      `${src}/db`,
      `${src}/services`,
      `${src}/http`,
      `${src}/realtime`,
      `${src}/cli`,
    ],
  },
  // kubectl and minikube are commands of the shell (they use its files, editor and programs), so
  // kubectl/ sits above shell/; the shell itself knows nothing of Kubernetes.
  {
    target: `${src}/kubectl`,
    from: [
      `${src}/kubeapi`,
      `${src}/labs`,
      `${src}/db`,
      `${src}/services`,
      `${src}/http`,
      `${src}/realtime`,
      `${src}/cli`,
    ],
  },
  // The Kubernetes REST API over one cluster: it serves kubectl's printers as Tables, so it sits above kubectl/.
  {
    target: `${src}/kubeapi`,
    from: [`${src}/labs`, `${src}/db`, `${src}/services`, `${src}/http`, `${src}/realtime`, `${src}/cli`],
  },
  {
    target: `${src}/shell`,
    from: [
      `${src}/kubectl`,
      `${src}/kubeapi`,
      `${src}/sim`,
      `${src}/labs`,
      `${src}/db`,
      `${src}/services`,
      `${src}/http`,
      `${src}/realtime`,
      `${src}/cli`,
    ],
  },
  {
    target: `${src}/labs`,
    from: [`${src}/kubeapi`, `${src}/db`, `${src}/services`, `${src}/http`, `${src}/realtime`, `${src}/cli`],
  },
  { target: `${src}/db`, from: [`${src}/services`, `${src}/http`, `${src}/realtime`, `${src}/cli`] },
  { target: `${src}/services`, from: [`${src}/http`, `${src}/realtime`, `${src}/cli`] },
  { target: `${src}/http`, from: [`${src}/realtime`, `${src}/db`, `${src}/cli`] },
  { target: `${src}/realtime`, from: [`${src}/http`, `${src}/db`, `${src}/cli`] },
  // Outside sim/, the cluster is used only through its public entry point.
  { target: [`${src}/!(sim)/**`], from: `${src}/sim`, except: ['./index.ts'] },
];

const pureLayers = ['lib', 'sim', 'kubectl', 'kubeapi', 'shell', 'labs'].map((l) => `server/src/${l}/**/*.ts`);
const moduleState = 'No module-level mutable state in services/: keep it in a service object built by main.ts.';
const impure = 'Pure layers take time from the cluster clock and randomness from a seeded generator.';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'server/src/generated/**',
      'client/dist/**',
      'coverage/**',
      '.data/**',
      'bin/**',
      '*.config.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.mjs'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    plugins: { 'import-x': importX },
    // Without a resolver no-restricted-paths cannot see where `../x.js` (a .ts file) leads, and passes everything.
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: ['./tsconfig.json'] })] },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
    },
  },
  {
    files: pureLayers,
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'setTimeout', message: impure },
        { name: 'setInterval', message: impure },
        { name: 'setImmediate', message: impure },
        { name: 'fetch', message: impure },
        { name: 'process', message: impure },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: impure },
        { object: 'Math', property: 'random', message: impure },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: impure },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'node:fs',
                'fs',
                'node:net',
                'net',
                'node:http',
                'http',
                'node:child_process',
                'child_process',
                'pg',
                '@prisma/*',
                'express',
                'socket.io',
              ],
              message: impure,
            },
          ],
        },
      ],
    },
  },
  {
    // Services are built in the composition root (main.ts) with their dependencies passed in: module state would be
    // shared by every server in a process (tests start several) and hide start-up order.
    files: ['server/src/services/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'Program > VariableDeclaration[kind!="const"]', message: moduleState },
        { selector: 'Program > ExportNamedDeclaration > VariableDeclaration[kind!="const"]', message: moduleState },
        {
          selector: `Program VariableDeclarator[init.type='NewExpression'][init.callee.name=/^(Map|Set|WeakMap|WeakSet|Array)$/]:not(:function VariableDeclarator)`,
          message: moduleState,
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
      // expect.objectContaining() and friends are typed `any`.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: false, project: './client/tsconfig.json', tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
  },
);
