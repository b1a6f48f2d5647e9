#!/usr/bin/env node
// In a checkout, the TypeScript sources through tsx (so the command never lags behind them); in the
// published package, which ships only the compiled library, the compiled command.
const fs = require('node:fs');
const path = require('node:path');

const source = path.join(__dirname, '..', 'lib', 'cli', 'main.ts');
const cli = fs.existsSync(source) ? (require('tsx/cjs'), require(source)) : require('../build/lib/cli/main.js');
// The exit status is the one main returns (0, 1 findings, 2 bad usage); a failure it did not expect is one line
// on stderr, without a stack trace, and status 2.
cli.main(process.argv.slice(2)).then((status) => { process.exitCode = status; }, (error) => {
  process.stderr.write(`istio-traffic: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
