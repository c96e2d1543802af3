import { SqlParams } from '../shared/sql';
import { BUMP_VERSION, insertColumnsAndValues, setClauses } from './obligation-columns';

const REG = '11111111-1111-4111-8111-111111111111';

describe('obligation columns', () => {
  it('inserts every writable column; what a row leaves out takes the default, jsonb gets its text', () => {
    const params = new SqlParams();
    const { columns, values } = insertColumnsAndValues(
      [
        { regulationId: REG, text: 't', title: 'a', modality: 'must', status: 'draft', origin: 'extracted', timing: { kind: 'none' } },
        { regulationId: REG, text: 'u', title: 'b', modality: 'may', status: 'pending', origin: 'manual', dueDate: null },
      ],
      params,
    );
    const names = columns.split(', ');
    expect(names).toEqual(expect.arrayContaining(['regulation_id', 'lead_body_ids', 'due_date', 'previous_id', 'search_tokens', 'timing']));
    const [first, second] = values
      .slice(1, -1)
      .split('), (')
      .map((row) => row.split(', '));
    expect(first).toHaveLength(names.length);
    expect(second).toHaveLength(names.length);
    expect(first[names.indexOf('due_date')]).toBe('DEFAULT');
    expect(second[names.indexOf('due_date')]).toMatch(/^\$\d+$/);
    expect(params.values).toContain(JSON.stringify({ kind: 'none' }));
    expect(params.values).toContain(null);
  });

  it('updates only the given fields, by their columns, and always moves the version', () => {
    const params = new SqlParams();
    expect(setClauses({ dueDate: '2026-12-01', assigneeId: null, title: undefined, sourceChanged: false }, params)).toBe(`due_date = $1, assignee_id = $2, source_changed = $3, ${BUMP_VERSION}`);
    expect(params.values).toEqual(['2026-12-01', null, false]);
    expect(setClauses({}, new SqlParams())).toBe(BUMP_VERSION);
  });
});
