#!/usr/bin/env node
// Part of `npm run build`: the generated classes are compiled already (by `npm run import`), so the build copies their
// JavaScript and declarations beside the compiled library, where its `require('../../imports/...')` finds them.
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const from = path.join(ROOT, 'imports');
const to = path.join(ROOT, 'build', 'imports');

fs.mkdirSync(to, { recursive: true });
for (const file of fs.readdirSync(from).filter((name) => /\.(cjs|d\.cts)$/.test(name))) {
  fs.copyFileSync(path.join(from, file), path.join(to, file));
}
