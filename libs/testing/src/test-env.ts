// Loaded by jest before every integration suite: point the app at the test database and a
// Redis database index of its own, unless the caller chose others.
process.env['NODE_ENV'] = 'test';
process.env['DATABASE_URL'] ??= 'postgres://postgres@127.0.0.1:5432/luyue_test';
process.env['REDIS_URL'] ??= 'redis://127.0.0.1:6379/5';
process.env['LOG_LEVEL'] ??= 'warn';
process.env['EVIDENCE_DIR'] ??= 'tmp/test-evidence';

export {};
