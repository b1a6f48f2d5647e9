/**
 * The package test: packs the library (prepack builds it with tsc, which type-checks the generated imports), installs
 * the tarball into a copy of examples/consumer and synthesizes it. Too slow for every `npm test`; run it with
 * `npx jest -c jest.package.config.js`.
 */
const base = require('./jest.config.js');

module.exports = {
  testEnvironment: base.testEnvironment,
  setupFilesAfterEnv: base.setupFilesAfterEnv,
  transform: base.transform,
  testMatch: ['<rootDir>/test/package/**/*.test.ts'],
  testTimeout: 180000,
};
