import { actorFor, bodyWithDescendants } from './body-scope';

const tree = [
  { id: 'xj', parentId: null },
  { id: 'bz', parentId: 'xj' },
  { id: 'bz-fgw', parentId: 'bz' },
  { id: 'alsk', parentId: 'bz' },
  { id: 'alsk-zone', parentId: 'alsk' },
  { id: 'kash', parentId: 'xj' },
];

describe('body scope', () => {
  it('collects a body and all its descendants', () => {
    expect(bodyWithDescendants('bz', tree).sort()).toEqual(['alsk', 'alsk-zone', 'bz', 'bz-fgw'].sort());
    expect(bodyWithDescendants('kash', tree)).toEqual(['kash']);
  });

  it('survives a cycle in bad data', () => {
    const cyclic = [
      { id: 'a', parentId: 'b' },
      { id: 'b', parentId: 'a' },
    ];
    expect(bodyWithDescendants('a', cyclic).sort()).toEqual(['a', 'b']);
  });

  it('builds an actor', () => {
    expect(actorFor({ id: 'u1', role: 'manager', bodyId: 'alsk' }, tree)).toEqual({
      userId: 'u1',
      role: 'manager',
      bodyId: 'alsk',
      scopeBodyIds: ['alsk', 'alsk-zone'],
    });
    expect(actorFor({ id: 'u0', role: 'admin', bodyId: null }, tree).scopeBodyIds).toEqual([]);
  });
});
