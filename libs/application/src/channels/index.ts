export * from './channel-cipher';
export * from './webhook-policy';
export * from './robot-client';
export * from './send-robot-notification.use-case';
export * from './channel-admin.use-cases';
