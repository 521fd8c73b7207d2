// NestJS 12 is ESM-only: swc compiles it (and our TS) to CommonJS for jest.
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
};
const swcJs = { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } };

module.exports = {
  testEnvironment: 'node',
  rootDir: '.',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
  testRegex: '.*\\.(spec|int-spec|e2e-spec)\\.ts$',
  transform: {
    '^.+\\.ts$': ['@swc/jest', swc],
    '^.+\\.m?js$': ['@swc/jest', swcJs],
  },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|jose)/)'], // jose 6 is ESM-only too
  moduleNameMapper: {
    '^@civic/ideas$': '<rootDir>/libs/ideas/src/index.ts',
    '^@civic/event-store$': '<rootDir>/libs/event-store/src/index.ts',
    '^@civic/event-store/testing$': '<rootDir>/libs/event-store/src/testing/index.ts',
    '^@civic/projections$': '<rootDir>/libs/projections/src/index.ts',
    '^@civic/platform$': '<rootDir>/libs/platform/src/index.ts',
    '^@civic/casework$': '<rootDir>/libs/casework/src/index.ts',
    '^@civic/budgets$': '<rootDir>/libs/budgets/src/index.ts',
    '^@civic/platform/startup$': '<rootDir>/libs/platform/src/startup.ts',
    '^@civic/platform/testing$': '<rootDir>/libs/platform/src/testing/index.ts',
  },
  testTimeout: 60000,
};
