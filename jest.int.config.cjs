// Integration (*.int-spec.ts, real PostgreSQL/Redis/SMTP) and end-to-end (test/**/*.e2e-spec.ts)
// suites. They share one database, so `npm test` runs them in band.
const nxPreset = require('@nx/jest/preset').default;
const { compilerOptions } = require('./tsconfig.base.json');

// The root has no tsconfig.json for the nx resolver to read paths from: map @luyue/* here.
const moduleNameMapper = Object.fromEntries(Object.entries(compilerOptions.paths).map(([name, [target]]) => [`^${name.replace('/', '\\/')}$`, `<rootDir>/${target}`]));

// @fastify/cookie loads `cookie` (ESM) with import(), which jest only allows once both are CommonJS.
const ESM_ONLY = ['content-disposition', '@nestjs/bull-shared', '@fastify/cookie', 'cookie'];

module.exports = {
  ...nxPreset,
  displayName: 'integration',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/{apps,libs}/**/*.int-spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  transform: {
    // Dependencies that ship ESM only (content-disposition via @fastify/static, @nestjs/bull-shared via Bull Board): compile to CommonJS.
    [`node_modules/(${ESM_ONLY.join('|')})/.+\\.js$`]: ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', target: 'es2022' } }],
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.base.json' }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper,
  setupFiles: ['<rootDir>/libs/testing/src/test-env.ts'],
  globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
  testTimeout: 60_000,
  maxWorkers: 1,
  // A suite that fails half-way can leave clients retrying a killed service (fault tests): end
  // the run with its result instead of hanging until CI's time limit.
  forceExit: true,
};
