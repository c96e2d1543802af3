export * from './reset-database';
export * from './database-roles';
export * from './private-services';
export * from './worker-process';
