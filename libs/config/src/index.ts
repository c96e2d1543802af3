export * from './env.schema';
export * from './database-urls';
export * from './validate-env';
export * from './redis-options';
export * from './config.module';
