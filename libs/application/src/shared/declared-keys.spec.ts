import { INHERITED_NAMES, assertNoInheritedKeys, declared } from './declared-keys';

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
});
