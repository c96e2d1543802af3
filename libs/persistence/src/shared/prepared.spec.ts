import { PreparedStatementNames } from './prepared';

describe('PreparedStatementNames', () => {
  it('names a text the same each time, within PostgreSQL’s 63-byte identifiers, and different texts differently', () => {
    const names = new PreparedStatementNames();
    const a = names.nameOf('SELECT 1');
    expect(a).toMatch(/^luyue_[0-9a-f]{24}$/);
    expect(names.nameOf('SELECT 1')).toBe(a);
    expect(names.nameOf('SELECT 2')).not.toBe(a);
    expect(new PreparedStatementNames().nameOf('SELECT 1')).toBe(a);
  });

  it('names no more texts than its cap, and keeps the names it gave', () => {
    const names = new PreparedStatementNames(2);
    const first = names.nameOf('SELECT 1');
    names.nameOf('SELECT 2');
    expect(names.nameOf('SELECT 3')).toBeUndefined();
    expect(names.nameOf('SELECT 1')).toBe(first);
    expect(names.nameOf('__proto__')).toBeUndefined();
  });
});
