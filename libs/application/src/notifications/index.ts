export * from './event-notifications';
export * from './notification-content';
export * from './outbox-relay';
export * from './notification-preferences.use-case';
export * from './retry-notification.use-case';
export * from './notification.repository';
export * from './delivery.repository';
export * from './event-notice.repository';
