import type { SqlParams } from './sql';

/** `column = $n` for each field of `changes` that is not undefined, named by `columns`; `value` may convert what is sent. */
export function assignments<F extends string>(
  changes: Partial<Record<F, unknown>>,
  columns: Record<F, string>,
  params: SqlParams,
  value: (field: F, v: unknown) => unknown = (_field, v) => v,
): string[] {
  return (Object.entries(changes) as [F, unknown][]).filter(([, v]) => v !== undefined).map(([field, v]) => `${columns[field]} = ${params.add(value(field, v))}`);
}
