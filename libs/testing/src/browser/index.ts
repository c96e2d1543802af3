// @luyue/testing/browser: the browser suites' helpers, apart from the main entry so that other
// suites load no playwright-core (and its `login` does not meet the api harness's).
export * from './browser-stack';
export * from './browser-session';
export * from './browser-suite';
