export * from './event-notifications';
export * from './notification-content';
export * from './outbox-relay';
export * from './notification-preferences.use-cases';
