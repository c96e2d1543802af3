// @luyue/mail: SMTP transport, reminder templates (Chinese, HTML + text, escaped) and the
// development inbox.
export * from './escape';
export * from './message-id';
export * from './transport';
export * from './templates/model';
export * from './templates/labels';
export * from './templates/render';
export * from './templates/event-notice';
export * from './templates/robot-markdown';
export * from './dev-inbox';
