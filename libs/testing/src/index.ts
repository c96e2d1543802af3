// @luyue/testing: the helpers of the integration and end-to-end suites (the browser's are
// @luyue/testing/browser). One file per job; see docs/architecture.md, "Test helpers".

// Processes, ports and the repository
export * from './repo-root';
export * from './child-process';
export * from './free-port';
export * from './wait-for';
export * from './api-process';
export * from './worker-process';
export * from './private-services';

// Databases
export * from './database-roles';
export * from './pg-client';
export * from './reset-database';
export * from './own-database';
export * from './seeded-database';
export * from './seeded-rows';
export * from './demo-logins';

// The api in process (its own integration suites) and over HTTP (child processes)
export * from './api-harness';
export * from './fixture-tree';
export * from './http-client';
export * from './security-suite';

// The worker's suites: rows, SMTP, robots, Redis
export * from './row-fixtures';
export * from './notification-suite';
export * from './worker-redis';
export * from './smtp-sink';
export * from './robot-server';

// Payloads and files
export * from './sample-files';
export * from './hostile-payloads';
export * from './docx-reader';
