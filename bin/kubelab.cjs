#!/usr/bin/env node
// Installed entry point: runs the compiled CLI (`npm run build` first), or the TypeScript source through tsx.
const path = require('node:path');
const fs = require('node:fs');
const compiled = path.join(__dirname, '..', 'dist', 'server', 'src', 'cli', 'main.js');
if (fs.existsSync(compiled)) require(compiled);
else {
  require('tsx/cjs');
  require(path.join(__dirname, '..', 'server', 'src', 'cli', 'main.ts'));
}
