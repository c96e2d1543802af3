import { diffVersions } from './diff-versions';
import type { NewObligationInput, OldObligationInput, ProvisionInput } from './types';

// Pairs built by hand: an inserted article, a changed duty, a deleted article, a duty moved far.

const art = (article: number, body: string): ProvisionInput => ({ article, text: `第${article}条 ${body}` });
const old = (id: string, article: number | null, text: string): OldObligationInput => ({ id, article, text });
const duty = (article: number | null, text: string): NewObligationInput => ({ article, text });

const A1 = '为了规范边境贸易，促进口岸发展，制定本办法。';
const A2 = '州人民政府应当建立口岸联席会议制度，每季度召开一次会议。';
const A3 = '口岸管理部门应当公布通关时限和收费标准。';
const A4 = '海关、边检应当优化查验流程，提高通关效率。';
const INSERTED = '商务主管部门应当建立边民互市贸易统计制度，按月向社会公布。';

describe('diffVersions', () => {
  it('calls a duty pushed down by an inserted article moved, not changed', () => {
    const diff = diffVersions(
      { provisions: [art(1, A1), art(2, A2), art(3, A3)], obligations: [old('a', 2, A2), old('b', 3, A3)] },
      { provisions: [art(1, A1), art(2, INSERTED), art(3, A2), art(4, A3)], obligations: [duty(2, INSERTED), duty(3, A2), duty(4, A3)] },
    );
    expect(diff.counts).toEqual({ unchanged: 1, renumbered: 2, modified: 0, added: 1, removed: 0 });
    expect(diff.obligations.map((c) => [c.change, c.toProvision, c.toObligation])).toEqual([
      ['moved', 2, 1],
      ['moved', 3, 2],
    ]);
    expect(diff.added).toEqual([0]);
  });

  it('flags a duty whose article is still there with other words as modified, and claims the new wording', () => {
    const changed = '口岸管理部门应当在门户网站公布通关时限、收费标准和投诉渠道。';
    const diff = diffVersions(
      { provisions: [art(1, A1), art(2, A3), art(3, A4)], obligations: [old('a', 2, A3), old('b', 3, A4)] },
      { provisions: [art(1, A1), art(2, changed), art(3, A4)], obligations: [duty(2, changed), duty(3, A4)] },
    );
    expect(diff.counts).toMatchObject({ unchanged: 2, modified: 1 });
    expect(diff.obligations.map((c) => c.change)).toEqual(['modified', 'unchanged']);
    expect(diff.obligations[0]).toMatchObject({ toProvision: 1, toObligation: 0 });
    expect(diff.added).toEqual([]);
  });

  it('reports a duty of a deleted article removed', () => {
    const diff = diffVersions(
      { provisions: [art(1, A1), art(2, A2), art(3, A3)], obligations: [old('a', 2, A2), old('b', 3, A3)] },
      { provisions: [art(1, A1), art(2, A3)], obligations: [duty(2, A3)] },
    );
    expect(diff.counts).toEqual({ unchanged: 1, renumbered: 1, modified: 0, added: 0, removed: 1 });
    expect(diff.obligations.map((c) => c.change)).toEqual(['removed', 'moved']);
  });

  it('finds a duty verbatim wherever it now stands, even inside a rewritten article', () => {
    const rewritten = `各级人民政府应当加强组织领导。${A4}具体办法由自治区人民政府制定。`;
    const diff = diffVersions(
      { provisions: [art(1, A1), art(2, A4)], obligations: [old('a', 2, A4)] },
      { provisions: [art(1, A1), art(2, A2), art(3, A3), art(4, rewritten)], obligations: [duty(4, '各级人民政府应当加强组织领导。'), duty(4, A4)] },
    );
    expect(diff.obligations[0]).toMatchObject({ change: 'moved', toProvision: 3, toObligation: 1 });
    expect(diff.added).toEqual([0]);
  });

  it('compares after normalisation (full-width forms, spaces, markdown)', () => {
    const diff = diffVersions(
      { provisions: [art(1, A2)], obligations: [old('a', 1, '州人民政府应当建立口岸联席会议制度，每季度召开一次会议。')] },
      { provisions: [art(1, `**州人民政府** 应当建立口岸联席会议制度，每季度召开一次会议。`)], obligations: [] },
    );
    expect(diff.obligations[0].change).toBe('unchanged');
  });

  it('leaves an obligation without an article unchanged and says how much of the old version aligned', () => {
    const diff = diffVersions(
      { provisions: [art(1, A1), art(2, A2)], obligations: [old('hand', null, '每年年底前报送口岸工作总结。')] },
      { provisions: [art(1, '本条例所称边境旅游，是指旅游者经边境口岸出入境的旅游活动。')], obligations: [] },
    );
    expect(diff.obligations[0]).toMatchObject({ change: 'unchanged', toProvision: null });
    expect(diff.alignedShare).toBe(0);
  });
});
