export * from './reset-database';
