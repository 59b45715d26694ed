'use strict';
// Two projects: fast unit tests beside the code, and integration tests that run the real
// services through PnPjs against the local tenant (started by the tests themselves).

const tsJest = ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json', diagnostics: false }];

const shared = {
  rootDir: __dirname,
  transform: {
    // SPFx loc files are AMD modules (define([], function () { return {...}; })): a web part's loc/
    // and the shared src/loc/common.
    '/loc/(common/)?[^/]+\\.js$': '<rootDir>/tests/mocks/amdTransform.js',
    '^.+\\.(ts|tsx)$': tsJest,
    // @pnp/* v4 ships ES modules only.
    '^.+\\.m?js$': tsJest
  },
  transformIgnorePatterns: ['/node_modules/(?!(@pnp)/)'],
  moduleNameMapper: {
    // SPFx runtime modules are mapped to small mocks so web part classes can be unit tested.
    '^@microsoft/sp-core-library$': '<rootDir>/tests/mocks/sp-core-library.ts',
    '^@microsoft/sp-webpart-base$': '<rootDir>/tests/mocks/sp-webpart-base.ts',
    '^@microsoft/sp-property-pane$': '<rootDir>/tests/mocks/sp-property-pane.ts',
    '^@microsoft/sp-component-base$': '<rootDir>/tests/mocks/sp-component-base.ts',
    // Localized strings: SPFx resolves 'XWebPartStrings' to loc/{locale}.js; tests use Swedish.
    // What every web part says alike (src/loc/common).
    '^CommonStrings$': '<rootDir>/src/loc/common/sv-se.js',
    '^TargetedNewsWebPartStrings$': '<rootDir>/src/webparts/targetedNews/loc/sv-se.js',
    '^PersonalDashboardWebPartStrings$': '<rootDir>/src/webparts/personalDashboard/loc/sv-se.js',
    '^ContentHealthWebPartStrings$': '<rootDir>/src/webparts/contentHealth/loc/sv-se.js',
    '^SearchWebPartStrings$': '<rootDir>/src/webparts/search/loc/sv-se.js',
    '^ContentReuseWebPartStrings$': '<rootDir>/src/webparts/contentReuse/loc/sv-se.js',
    '^MustReadApplicationCustomizerStrings$': '<rootDir>/src/extensions/mustRead/loc/sv-se.js',
    '^GuideEditorWebPartStrings$': '<rootDir>/src/webparts/guideEditor/loc/sv-se.js',
    '\\.(css|scss)$': '<rootDir>/tests/mocks/styleMock.ts'
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json']
};

module.exports = {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testEnvironment: 'node',
      // setup/: the plan-then-run logic of `npm run setup` (issue 7); bench/: the naive baseline it compares with;
      // workbench/: who the workbench signs in as.
      testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/setup/**/*.test.ts', '<rootDir>/bench/**/*.test.ts', '<rootDir>/workbench/src/**/*.test.ts']
    },
    {
      ...shared,
      displayName: 'unit-dom',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/src/**/*.test.tsx'],
      setupFilesAfterEnv: ['<rootDir>/tests/mocks/setupDom.ts']
    },
    {
      ...shared,
      displayName: 'integration',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts']
    }
  ]
};
