import { INHERITED_NAMES } from '@luyue/application';
import { listResourceDeclarations } from './resource.sql-reads';

describe('list resource declarations', () => {
  it('no list resource declares an inherited name as a filter key or sort field', () => {
    const resources = listResourceDeclarations();
    expect(resources.map((r) => r.name)).toEqual(expect.arrayContaining(['regulations', 'provisions', 'obligations', 'bodies', 'users', 'obligation-events', 'notifications']));
    for (const r of resources) {
      expect([r.name, r.filters.filter((k) => INHERITED_NAMES.includes(k) && k !== 'name' && k !== 'length')]).toEqual([r.name, []]);
      expect([r.name, r.sortFields.filter((k) => INHERITED_NAMES.includes(k) && k !== 'name' && k !== 'length')]).toEqual([r.name, []]);
    }
  });
});
