// The back-office browser suites' own database and Redis index (issue 20), read by startStack
// (@luyue/testing/browser) when the suite starts; values given on the command line win.
process.env['BROWSER_DATABASE_URL'] ??= 'postgres://postgres@127.0.0.1:5432/luyue_test_bo_browser';
process.env['BROWSER_REDIS_URL'] ??= 'redis://127.0.0.1:6379/1';

export {};
