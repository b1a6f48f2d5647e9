#!/usr/bin/env node
// In a checkout, the TypeScript sources through tsx (so the command never lags behind them); in the
// published package, which ships only the compiled library, the compiled command.
const fs = require('node:fs');
const path = require('node:path');

const source = path.join(__dirname, '..', 'lib', 'cli', 'main.ts');
const cli = fs.existsSync(source) ? (require('tsx/cjs'), require(source)) : require('../build/lib/cli/main.js');
cli.main(process.argv.slice(2)).then((status) => { process.exitCode = status; }, (error) => {
  console.error(`istio-traffic: ${error.message}`);
  process.exitCode = 2;
});
