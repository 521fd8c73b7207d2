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
  // ESM-only packages swc compiles for jest: jose 6, openid-client 6, oidc-provider 9, Observable Plot with d3, linkedom and its parsers.
  transformIgnorePatterns: [
    '/node_modules/(?!(@nestjs|jose|openid-client|oauth4webapi|oidc-provider|@observablehq|d3|d3-[a-z-]+|internmap|delaunator|robust-predicates|interval-tree-1d|binary-search-bounds|isoformat|linkedom|css-select|css-what|nth-check|boolbase|htmlparser2|entities|domhandler|domutils|dom-serializer|domelementtype|cssomnom|html-escaper|uhyphen)/)',
  ],
  moduleNameMapper: {
    '^@civic/ideas$': '<rootDir>/libs/ideas/src/index.ts',
    '^@civic/supports$': '<rootDir>/libs/supports/src/index.ts',
    '^@civic/satisfaction$': '<rootDir>/libs/satisfaction/src/index.ts',
    '^@civic/domain$': '<rootDir>/libs/domain/src/index.ts',
    '^@civic/initiatives$': '<rootDir>/libs/initiatives/src/index.ts',
    '^@civic/initiatives/testing$': '<rootDir>/libs/initiatives/src/testing/index.ts',
    '^@civic/event-store$': '<rootDir>/libs/event-store/src/index.ts',
    '^@civic/event-store/testing$': '<rootDir>/libs/event-store/src/testing/index.ts',
    '^@civic/projections$': '<rootDir>/libs/projections/src/index.ts',
    '^@civic/projections/testing$': '<rootDir>/libs/projections/src/testing/index.ts',
    '^@civic/platform$': '<rootDir>/libs/platform/src/index.ts',
    '^@civic/casework$': '<rootDir>/libs/casework/src/index.ts',
    '^@civic/budgets$': '<rootDir>/libs/budgets/src/index.ts',
    '^@civic/platform/startup$': '<rootDir>/libs/platform/src/startup.ts',
    '^@civic/platform/testing$': '<rootDir>/libs/platform/src/testing/index.ts',
  },
  testTimeout: 60000,
};
