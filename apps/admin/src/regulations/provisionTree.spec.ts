import { describe, expect, it } from 'vitest';
import { buildTree, type Provision } from './provisionTree';

const row = (
  ordinal: number,
  level: Provision['level'],
  article: number,
  text: string,
  extra: Partial<Provision> = {},
): Provision => ({
  id: String(ordinal),
  ordinal,
  level,
  article,
  text,
  heading: null,
  ...extra,
});

describe('buildTree', () => {
  it('groups units under their chapter and shows each text once', () => {
    const tree = buildTree([
      row(3, 'paragraph', 1, '甲应当：（一）做A；', { paragraph: 1 }),
      row(1, 'unit', 1, '第一条 甲应当：（一）做A；', {
        heading: '第一章 总则',
      }),
      row(4, 'item', 1, '做A；', { paragraph: 1, item: 1 }),
      row(5, 'unit', 2, '第二条 乙可以做B。', { heading: '第二章 附则' }),
      row(6, 'paragraph', 2, '乙可以做B。', { paragraph: 1 }),
    ]);
    expect(tree.map((c) => c.heading)).toEqual(['第一章 总则', '第二章 附则']);
    expect(tree[0].articles[0].rows.map((r) => r.text)).toEqual([
      '甲应当：（一）做A；',
    ]); // item already in the paragraph
    expect(tree[1].articles[0].rows.map((r) => r.id)).toEqual(['6']);
  });

  it('keeps a unit without paragraphs as its own row', () => {
    const tree = buildTree([
      row(1, 'unit', 7, '第七条 本条例自公布之日起施行。'),
    ]);
    expect(tree[0]).toMatchObject({
      heading: null,
      articles: [{ article: 7 }],
    });
    expect(tree[0].articles[0].rows).toHaveLength(1);
  });
});
