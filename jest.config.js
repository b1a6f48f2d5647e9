/** Tests are transpiled by SWC without type checking; `npm run typecheck` checks types. */
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/main.test.ts', '<rootDir>/test/**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }] },
};
