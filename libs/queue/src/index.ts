export * from './redis.provider';
export * from './heartbeat';
export * from './queue-infra.module';
export * from './reminder-queues';
export * from './reminder-producer';
export * from './reminder-queues.module';
export * from './robot-queue';
export * from './webhook-rate-limiter';
