import { SqlParams } from '../shared/sql';
import { type FilterContext, obligationWhere, scopeSql, scopeTableBody } from './obligation-filter';

const BODY = '11111111-1111-4111-8111-111111111111';
const base = { today: '2026-11-25' as never, yellowUntil: '2026-11-28' as never };
const manager: FilterContext = { ...base, scope: { all: false, bodyId: BODY } };
const admin: FilterContext = { ...base, scope: { all: true } };
const byDue = { field: 'dueDate', order: 'ASC' as const };

describe('obligation list scope', () => {
  it('tests a scoped actor on reach_body_ids (their body or an ancestor of a lead/co body), never drafts', () => {
    const params = new SqlParams();
    expect(scopeSql('o', manager.scope, params)).toBe(`o.status NOT IN ('draft','discarded') AND o.reach_body_ids @> ARRAY[$1::uuid]`);
    expect(params.values).toEqual([BODY]);
    expect(scopeSql('o', admin.scope, new SqlParams())).toBe('TRUE');
    expect(scopeSql('o', { all: false, bodyId: null }, new SqlParams())).toBe('FALSE');
  });

  it('reads a manager’s due-date lists on status and due date from obligation_scopes', () => {
    expect(scopeTableBody({}, byDue, manager)).toBe(BODY);
    expect(scopeTableBody({ overdue: true }, byDue, manager)).toBe(BODY);
    expect(scopeTableBody({ status: ['in_progress'], dueFrom: '2026-01-01', light: 'red' }, byDue, manager)).toBe(BODY);
  });

  it('keeps obligations for admins, other sorts and filters the scope table does not copy', () => {
    expect(scopeTableBody({}, byDue, admin)).toBeNull();
    expect(scopeTableBody({}, { field: 'title', order: 'ASC' }, manager)).toBeNull();
    expect(scopeTableBody({ q: '机制' }, byDue, manager)).toBeNull();
    expect(scopeTableBody({ regulationId: BODY }, byDue, manager)).toBeNull();
    expect(scopeTableBody({ status: 'pending' }, byDue, { ...base, scope: { all: false, bodyId: null } })).toBeNull();
  });

  it('filters obligation_scopes by body with the same status and due-date conditions', () => {
    const params = new SqlParams();
    const where = obligationWhere({ overdue: true, status: 'pending' }, manager, params, BODY);
    expect(where).toBe(
      `o.body_id = $1::uuid AND o.status NOT IN ('draft','discarded') AND (o.status IN ('pending','acknowledged','in_progress','submitted') AND o.due_date < $2::date) AND o.status = $3`,
    );
    expect(params.values).toEqual([BODY, '2026-11-25', 'pending']);
  });

  it('compares a single status with = and a list with ANY', () => {
    expect(obligationWhere({ status: ['done'] }, admin, new SqlParams())).toBe('o.status = $1');
    expect(obligationWhere({ status: ['done', 'waived'] }, admin, new SqlParams())).toBe('o.status = ANY($1::text[])');
  });
});
