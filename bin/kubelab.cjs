#!/usr/bin/env node
// Installed entry point: runs the compiled CLI when `npm run build` has made one, otherwise the
// TypeScript source through tsx (as a child process, so the CLI's lazy imports resolve).
const path = require('node:path');
const fs = require('node:fs');
const { spawnSync } = require('node:child_process');

const compiled = path.join(__dirname, '..', 'dist', 'server', 'src', 'cli', 'main.js');
if (fs.existsSync(compiled)) {
  require(compiled);
} else {
  const source = path.join(__dirname, '..', 'server', 'src', 'cli', 'main.ts');
  const result = spawnSync(process.execPath, [require.resolve('tsx/cli'), source, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  process.exit(result.status ?? 1);
}
