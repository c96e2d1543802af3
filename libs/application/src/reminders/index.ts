export * from './reminder-config';
export * from './run-reminder-sweep.use-case';
export * from './reminder-sweep.repository';
export * from './send-notification.use-case';
export * from './sweep-progress';
