// Statements that may outlast the app's statement_timeout (DB_STATEMENT_TIMEOUT_MS) ask for these
// (DataAccess.transaction's statementTimeoutMs; libs/persistence raises the limit for them only).

/** A 台账 export reads up to 50,000 rows with their names: longer than one page. */
export const EXPORT_STATEMENT_TIMEOUT_MS = 60_000;
/** The sweep's selection statements join every open obligation with its recipients. */
export const SWEEP_STATEMENT_TIMEOUT_MS = 120_000;
