export * from './redis.provider';
export * from './heartbeat';
export * from './queue-infra.module';
