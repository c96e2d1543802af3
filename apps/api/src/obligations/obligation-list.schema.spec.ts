import fastJson from 'fast-json-stringify';
import { toObligationView, type ObligationRow } from '@luyue/application';
import { OBLIGATION_LIST_SCHEMA } from './obligation-list.schema';

// The list's response schema must keep every field of every item exactly as JSON.stringify would.

const row = (over: Partial<ObligationRow>): ObligationRow => ({
  id: '00000000-0000-4000-8000-000000000001',
  version: 3,
  status: 'in_progress',
  regulationId: '00000000-0000-4000-8000-000000000002',
  regulationTitle: '新疆维吾尔自治区口岸管理条例',
  regulationShortTitle: '口岸管理条例',
  provisionId: null,
  article: 12,
  paragraph: 2,
  item: null,
  subitem: null,
  text: '县级以上人民政府应当建立健全"协调"机制\n第二行',
  title: '第12条第2款 县级以上人民政府应当…',
  modality: 'must',
  mechanism: true,
  subjects: ['县级以上人民政府'],
  coSubjects: [],
  unresolvedSubjects: ['某部门'],
  leadBodyIds: ['00000000-0000-4000-8000-000000000003'],
  coBodyIds: [],
  assigneeId: null,
  dueDate: '2026-12-01',
  recurrence: 'none',
  priority: 'normal',
  confidence: 0.875,
  timing: null,
  origin: 'extracted',
  previousId: null,
  latestProgress: null,
  latestProgressAt: null,
  latestProgressBy: null,
  sourceChanged: false,
  sourceRemoved: false,
  amendedText: null,
  createdAt: '2026-11-01T08:00:00.000Z',
  updatedAt: '2026-11-02T08:00:00.123Z',
  ...over,
});

describe('GET /obligations response schema', () => {
  const stringify = fastJson((OBLIGATION_LIST_SCHEMA.response as Record<number, object>)[200]);
  const actor = { userId: '00000000-0000-4000-8000-000000000009', role: 'staff' as const, bodyId: '00000000-0000-4000-8000-000000000003', scopeBodyIds: ['00000000-0000-4000-8000-000000000003'] };
  const views = [
    row({}),
    row({
      id: '00000000-0000-4000-8000-000000000004',
      status: 'pending',
      provisionId: '00000000-0000-4000-8000-000000000005',
      item: 3,
      subitem: 1,
      assigneeId: '00000000-0000-4000-8000-000000000009',
      dueDate: null,
      confidence: null,
      regulationTitle: null,
      regulationShortTitle: null,
      latestProgress: '已完成 50%',
      latestProgressAt: '2026-11-20T01:02:03.000Z',
      latestProgressBy: '00000000-0000-4000-8000-000000000009',
      previousId: '00000000-0000-4000-8000-000000000006',
      sourceChanged: true,
      amendedText: '修订后的文字',
    }),
  ].map((r) => toObligationView(r, { actor, today: '2026-11-25', yellowDays: 3 }));

  it('serialises every field of every item as JSON.stringify does', () => {
    expect(views[1].allowedTransitions.length).toBeGreaterThan(0);
    expect(JSON.parse(stringify(views))).toEqual(JSON.parse(JSON.stringify(views)));
  });

  it('serialises an empty page', () => {
    expect(stringify([])).toBe('[]');
  });
});
