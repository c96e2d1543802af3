// @luyue/contracts: framework-free types and constants shared by the API,
// worker, CLI and admin UI. No runtime dependencies.

export * from './one-of';
export * from './iso-date';
export * from './obligation.enums';
export * from './organization.enums';
export * from './regulation.enums';
export * from './notification.enums';
export * from './queue';
export * from './error-codes';
export * from './error-response';
export * from './auth.dto';
export * from './obligation.dto';
export * from './status-labels';
export * from './backoffice.dto';
export * from './amendment-report.dto';
export * from './regulation.dto';
export * from './organization.dto';
export * from './notification.dto';
export * from './dashboard.dto';
export * from './resources.dto';
