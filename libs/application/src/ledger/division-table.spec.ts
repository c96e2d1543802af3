import type { ObligationRow } from '../obligations/obligation.types';
import { divisionTable, documentName } from './division-table';

const row = (id: string, over: Partial<ObligationRow>): ObligationRow =>
  ({ id, regulationId: 'r1', article: 1, paragraph: 1, item: null, subitem: null, text: id, leadBodyIds: [], coBodyIds: [], dueDate: null, recurrence: 'none', ...over }) as ObligationRow;

describe('divisionTable', () => {
  const names = {
    regulations: new Map([
      ['r1', '关于印发《某市口岸实施方案》的通知'],
      ['r2', '某条例'],
    ]),
    bodies: new Map([
      ['b1', '市商务委'],
      ['b2', '市交通委'],
    ]),
    places: new Map([
      ['a', { headings: ['一、重点任务', '（一）通关'], offset: 1 }],
      ['b', { headings: ['一、重点任务', '（一）通关'], offset: 30 }],
      ['c', { headings: ['一、重点任务', '（二）物流'], offset: 1 }],
      ['d', { headings: ['二、保障措施'], offset: 1 }],
    ]),
  };

  it('numbers rows in document order per regulation and opens a heading row where the section changes', () => {
    const rows = [
      row('d', { article: 4, dueDate: '2026-03-05' }),
      row('b', { article: 1, leadBodyIds: ['b1'], coBodyIds: ['b2', 'gone'] }),
      row('x', { regulationId: 'r2', article: null, recurrence: 'yearly' }),
      row('c', { article: 2 }),
      row('a', { article: 1 }),
    ];
    const [plan, regulation] = divisionTable(rows, names);
    expect(plan.title).toBe('《某市口岸实施方案》重点任务分工');
    expect(plan.lines).toEqual([
      { kind: 'heading', depth: 0, text: '一、重点任务' },
      { kind: 'heading', depth: 1, text: '（一）通关' },
      { kind: 'task', no: 1, task: 'a', lead: '', co: '', due: '' },
      { kind: 'task', no: 2, task: 'b', lead: '市商务委', co: '市交通委、gone', due: '' },
      { kind: 'heading', depth: 1, text: '（二）物流' },
      { kind: 'task', no: 3, task: 'c', lead: '', co: '', due: '' },
      { kind: 'heading', depth: 0, text: '二、保障措施' },
      { kind: 'task', no: 4, task: 'd', lead: '', co: '', due: '2026年3月5日' },
    ]);
    expect(regulation).toEqual({ regulationId: 'r2', title: '《某条例》重点任务分工', lines: [{ kind: 'task', no: 1, task: 'x', lead: '', co: '', due: '每年' }] });
  });

  it('with no rows, still one titled (empty) table per regulation asked for', () => {
    expect(divisionTable([], { ...names, regulations: new Map([['r2', '某条例']]) })).toEqual([{ regulationId: 'r2', title: '《某条例》重点任务分工', lines: [] }]);
    expect(divisionTable([], { ...names, regulations: new Map() })).toEqual([]);
  });

  it('names the document inside 《》 or as titled', () => {
    expect(documentName('《A条例》')).toBe('A条例');
    expect(documentName(' B方案 ')).toBe('B方案');
  });
});
