/** Nest tokens for the reminder wiring (use cases are plain classes built by factories). */
export const MAILER = Symbol('MAILER');
export const CLOCK = Symbol('CLOCK');
export const REMINDER_CONFIG = Symbol('REMINDER_CONFIG');
