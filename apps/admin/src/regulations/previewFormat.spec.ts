import { describe, expect, it } from 'vitest';
import { dueLabel, partyEntries, unitLabel } from './previewFormat';

const bodies = [
  { id: 'a', name: '市发展改革委' },
  { id: 'b', name: '市财政局' },
];

describe('preview formatting', () => {
  it('lists resolved bodies then unresolved names', () => {
    expect(
      partyEntries(
        ['a', 'x'],
        ['发改委', '管委会', '管委会'],
        ['管委会'],
        bodies,
      ),
    ).toEqual([
      { name: '市发展改革委', resolved: true },
      { name: 'x', resolved: true },
      { name: '管委会', resolved: false },
    ]);
    expect(partyEntries(undefined, undefined, undefined, bodies)).toEqual([]);
  });

  it('shows the due day or a dash', () => {
    expect(dueLabel('2026-12-31')).toBe('2026-12-31');
    expect(dueLabel(null)).toBe('—');
    expect(dueLabel(undefined)).toBe('—');
  });

  it('labels articles, tasks and paragraphs', () => {
    expect(unitLabel('article', 3)).toEqual({
      key: 'luyue.division.article',
      args: { number: 3 },
    });
    expect(unitLabel(undefined, 3, 1)).toEqual({
      key: 'luyue.division.article_suffix',
      args: { number: 3, suffix: 1 },
    });
    expect(unitLabel('task', 7)).toEqual({
      key: 'luyue.division.task',
      args: { number: 7 },
    });
    expect(unitLabel('paragraph', 2)).toBeNull();
    expect(unitLabel('article', null)).toBeNull();
  });
});
