export * from './reset-database';
export * from './private-services';
