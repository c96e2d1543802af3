export * from './reminder-config';
export * from './run-reminder-sweep.use-case';
export * from './send-notification.use-case';
export * from './sweep-progress';
