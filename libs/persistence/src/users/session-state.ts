import type { SessionCheck } from '@luyue/application';
import type { SqlParams } from '../shared/sql';
import { changeVersionSql } from '../shared/change-version';

/** Columns that read the session's state in the same snapshot as the rest of the statement. */
export function sessionStateColumns(check: SessionCheck, params: SqlParams): string {
  return `(SELECT u.active AND u.token_version = ${params.add(check.tokenVersion)}::int FROM users u WHERE u.id = ${params.add(check.userId)}::uuid) AS "sessionLive",
    ${changeVersionSql('bodies')} AS "bodiesVersion"`;
}
