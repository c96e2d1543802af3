import type { ParsedDocument } from '@luyue/regulation-parser';
import { planYear } from './plan-year';

function doc(title: string | null, publishedOn: string | null, text = ''): ParsedDocument {
  return {
    document: { title, documentNumber: null, issuer: null, adoptedOn: null, publishedOn, effectiveDate: null, unit: 'task' },
    text,
    unitCount: 0,
    units: [],
    warnings: [],
  };
}

describe('planYear', () => {
  it('takes the year in the title first', () => {
    expect(planYear(doc('湖北省数字经济发展工作要点（2026年）', '2025-12-30'))).toBe(2026);
  });
  it('else the issue date, else the date under the notice', () => {
    expect(planYear(doc('湖北省数字经济发展实施方案', '2025-12-30'))).toBe(2025);
    expect(planYear(doc('湖北省数字经济发展实施方案', null, '现将方案印发给你们。\n湖北省人民政府办公厅\n2024年3月8日\n'))).toBe(2024);
    expect(planYear(doc(null, null, '推进数字经济发展。'))).toBeNull();
  });
});
