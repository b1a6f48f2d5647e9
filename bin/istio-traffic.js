#!/usr/bin/env node
// The compiled command when the package is built; in a checkout, the TypeScript sources through tsx.
const fs = require('node:fs');
const path = require('node:path');

const compiled = path.join(__dirname, '..', 'build', 'lib', 'cli', 'main.js');
const cli = fs.existsSync(compiled) ? require(compiled) : (require('tsx/cjs'), require('../lib/cli/main.ts'));
cli.main(process.argv.slice(2)).then((status) => { process.exitCode = status; }, (error) => {
  console.error(`istio-traffic: ${error.message}`);
  process.exitCode = 2;
});
