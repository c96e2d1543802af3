/** Scalar subquery reading a table's change counter (see ChangeCache); 0 before the first change. */
export const changeVersionSql = (table: 'obligations' | 'bodies'): string => `(SELECT (CASE WHEN is_called THEN last_value ELSE 0 END)::text FROM ${table}_change_seq)`;
