// @luyue/domain: pure business rules (no framework, no I/O, no hidden clock).
// Dates are 'YYYY-MM-DD' strings; "now" comes from an injected Clock.

export * from './time/clock';
export * from './time/calendar-day';
export * from './time/today-in';
export * from './errors/domain-error';
export * from './access/actor';
export * from './access/body-scope';
export * from './access/permissions';
export * from './access/obligation-permissions';
export * from './status/status-groups';
export * from './status/transition-table';
export * from './status/plan-transition';
export * from './status/allowed-transitions';
export * from './status/due-status';
export * from './scheduling/recurrence';
export * from './scheduling/timing-hint';
export * from './extensions/plan-extension-request';
export * from './extensions/plan-extension-decision';
export * from './reminders/reminder-rules';
export * from './audit/event-hash';
export * from './audit/chain-verifier';
export * from './audit/field-changes';
export * from './notifications/event-notices';
export * from './notifications/robot-replies';
export * from './bodies/body-registry';
export * from './access/decision-scope';
