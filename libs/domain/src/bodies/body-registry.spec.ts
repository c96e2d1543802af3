import type { Actor } from '../access/actor';
import { assertMergeable, bareBodyName, canCleanBodyRegistry, mergeAssignment, mergedAliases, renamedAliases, withoutBody } from './body-registry';

const actor = (role: Actor['role']): Actor => ({ userId: 'u', role, bodyId: role === 'admin' ? null : 'b', scopeBodyIds: ['b'] });

describe('body registry rules', () => {
  it('only admins clean the registry', () => {
    expect(canCleanBodyRegistry(actor('admin'))).toBe(true);
    expect(canCleanBodyRegistry(actor('manager'))).toBe(false);
    expect(canCleanBodyRegistry(actor('staff'))).toBe(false);
  });

  it('refuses merging a body into itself or into its own descendant, allows into its parent or a stranger', () => {
    const tree = [
      { id: 'root', parentId: null },
      { id: 'a', parentId: 'root' },
      { id: 'a1', parentId: 'a' },
      { id: 'a11', parentId: 'a1' },
      { id: 'b', parentId: 'root' },
    ];
    expect(() => assertMergeable('a', 'a', tree)).toThrow('into itself');
    expect(() => assertMergeable('a', 'a11', tree)).toThrow('descendants');
    expect(() => assertMergeable('a', 'root', tree)).not.toThrow();
    expect(() => assertMergeable('a', 'b', tree)).not.toThrow();
    expect(() => assertMergeable('a11', 'a', tree)).not.toThrow();
  });

  it('moves names to aliases on merge and rename', () => {
    expect(mergedAliases({ name: '交通运输部门', aliases: ['交通部门', '市交通局'] }, { name: '市交通局', aliases: ['交通部门'] })).toEqual(['交通部门', '交通运输部门']);
    expect(renamedAliases({ name: '交通运输部门', aliases: ['交通部门'] }, '阿拉山口市交通运输局')).toEqual(['交通部门', '交通运输部门']);
    expect(renamedAliases({ name: 'A', aliases: ['B'] }, 'B')).toEqual(['A']);
  });

  it('replaces the merged body in lead and co, never leaving a body in both', () => {
    expect(mergeAssignment({ lead: ['s', 'x'], co: ['t', 'y'] }, 's', 't')).toEqual({ lead: ['t', 'x'], co: ['y'] });
    expect(mergeAssignment({ lead: ['t'], co: ['s'] }, 's', 't')).toEqual({ lead: ['t'], co: [] });
    expect(mergeAssignment({ lead: ['s', 't'], co: [] }, 's', 't')).toEqual({ lead: ['t'], co: [] });
  });

  it('strikes a name: the default lead body takes over what it led alone, and those duties go back to review', () => {
    expect(withoutBody({ lead: ['n'], co: ['d', 'x'] }, 'n', 'd')).toEqual({ lead: ['d'], co: ['x'], review: true });
    expect(withoutBody({ lead: ['n', 'y'], co: [] }, 'n', 'd')).toEqual({ lead: ['y'], co: [], review: true });
    expect(withoutBody({ lead: ['y'], co: ['n'] }, 'n', 'd')).toEqual({ lead: ['y'], co: [], review: false });
    expect(withoutBody({ lead: ['n'], co: [] }, 'n', null)).toEqual({ lead: [], co: [], review: true });
  });

  it.each([
    ['自治区交通运输部门', '交通运输部门'],
    ['口岸所在地县级以上交通运输部门', '交通运输部门'],
    ['交通运输部门', '交通运输部门'],
    ['口岸所在地县级以上人民政府发展改革主管部门', '发展改革部门'],
    ['自治区发展改革部门', '发展改革部门'],
    ['口岸所在地的州口岸主管部门', '口岸部门'],
    ['旗县级以上商务部门', '商务部门'],
    ['自治区人民政府', '人民政府'],
    ['制定机关', '制定机关'],
    ['__proto__', '__proto__'],
  ])('bare name of %s is %s', (name, bare) => expect(bareBodyName(name)).toBe(bare));
});
