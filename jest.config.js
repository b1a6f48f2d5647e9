/** Tests are transpiled by SWC without type checking; `npm run typecheck` checks types. */
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/main.test.ts', '<rootDir>/test/**/*.test.ts'],
  // The package test builds and installs the package: `npm run test:package`.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/package/'],
  // Every test asserts, and prints nothing it does not expect: see test/support/setup.ts.
  setupFilesAfterEnv: ['<rootDir>/test/support/setup.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }],
    // The CEL evaluator ships ES modules only, which Jest cannot require on Node 20: SWC makes them CommonJS.
    '/node_modules/@marcbachmann/cel-js/.+\\.js$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!@marcbachmann/cel-js/)'],
};
