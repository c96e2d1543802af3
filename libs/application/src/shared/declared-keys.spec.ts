import { INHERITED_NAMES, assertNoInheritedKeys, declared } from './declared-keys';
import { listResourceDeclarations } from '../resources/simple-list';

describe('declared keys', () => {
  const table = { status: 'o.status', name: 'b.name' };

  it.each(INHERITED_NAMES)('does not resolve the inherited name %s', (key) => {
    if (key === 'name') return;
    expect(declared(table, key)).toBeUndefined();
  });

  it('resolves own keys', () => {
    expect(declared(table, 'status')).toBe('o.status');
    expect(declared(table, 'name')).toBe('b.name');
  });

  it('does not resolve a JSON-parsed __proto__ key', () => {
    const key = Object.keys(JSON.parse('{"__proto__": 1}'))[0];
    expect(key).toBe('__proto__');
    expect(declared(table, key)).toBeUndefined();
  });

  it('refuses a table that declares an inherited name, but allows name and length', () => {
    expect(() => assertNoInheritedKeys('t', { constructor: 1 } as Record<string, unknown>)).toThrow(/constructor/);
    expect(() => assertNoInheritedKeys('t', JSON.parse('{"toString": 1, "valueOf": 2}'))).toThrow(/toString, valueOf/);
    expect(() => assertNoInheritedKeys('t', { name: 1, length: 2 })).not.toThrow();
  });

  it('no list resource declares an inherited name as a filter key or sort field', () => {
    const resources = listResourceDeclarations();
    expect(resources.map((r) => r.name)).toEqual(expect.arrayContaining(['regulations', 'provisions', 'obligations', 'bodies', 'users', 'obligation-events', 'notifications']));
    for (const r of resources) {
      expect([r.name, r.filters.filter((k) => INHERITED_NAMES.includes(k) && k !== 'name' && k !== 'length')]).toEqual([r.name, []]);
      expect([r.name, r.sortFields.filter((k) => INHERITED_NAMES.includes(k) && k !== 'name' && k !== 'length')]).toEqual([r.name, []]);
    }
  });
});
