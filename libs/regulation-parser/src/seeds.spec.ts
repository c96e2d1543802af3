import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedDocument } from './document';
import { parseText } from './parse-text';
import { GOLD_DIR, SEED_DIR } from './testing/repo-paths';

interface GoldObligation {
  article: number | null;
  item: number | null;
  text: string;
}

const seedFiles = readdirSync(SEED_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort();
const parsed = new Map<string, ParsedDocument>(seedFiles.map((name) => [name.slice(0, 3), parseText(readFileSync(join(SEED_DIR, name), 'utf8'), { fileName: name })]));
const seed = (prefix: string) => parsed.get(prefix) as ParsedDocument;
const squash = (text: string) => text.replace(/\s+/g, '');

describe('seed regulations (golden)', () => {
  it.each([
    ['000', 43, '新疆维吾尔自治区口岸经济发展促进条例', '2025-07-01', 'article'],
    ['001', 62, '中国（新疆）自由贸易试验区条例', '2025-07-01', 'article'],
    ['002', 30, '博尔塔拉蒙古自治州阿拉山口综合保税区管理条例', '2026-01-01', 'article'],
    ['003', 25, '中国（新疆）自由贸易试验区总体方案', null, 'task'],
    ['004', 86, '内蒙古自治区建设国家向北开放重要桥头堡促进条例', '2023-09-01', 'article'],
  ])('%s: %i units, title, effective date, unit kind', (prefix, count, title, effectiveDate, unit) => {
    const doc = seed(prefix);
    expect(doc.unitCount).toBe(count);
    expect(doc.units).toHaveLength(count);
    expect(doc.document.title).toBe(title);
    expect(doc.document.effectiveDate).toBe(effectiveDate);
    expect(doc.document.unit).toBe(unit);
    expect(doc.warnings).toEqual([]);
  });

  it('numbers every seed 1..N in order', () => {
    for (const doc of parsed.values()) {
      expect(doc.units.map((unit) => unit.number)).toEqual(doc.units.map((_, index) => index + 1));
    }
  });

  it('001: the last article stops before the promulgation notice and newspaper text', () => {
    const last = seed('001').units[61];
    expect(last.paragraphs).toHaveLength(1);
    expect(squash(last.paragraphs[0].text)).toBe('本条例自2025年7月1日起施行。');
    expect(seed('001').text.slice(last.start, last.end)).not.toMatch(/公告|声明|人民银行/);
  });

  it('001: takes title, adoption and publication from the promulgation block', () => {
    expect(seed('001').document).toMatchObject({
      adoptedOn: '2025-05-28',
      publishedOn: '2025-06-03',
      issuer: '新疆维吾尔自治区人民代表大会常务委员会',
    });
  });

  it('001: rejoins hard-wrapped lines and page breaks inside items', () => {
    const tenth = seed('001').units[9];
    expect(tenth.paragraphs).toHaveLength(2);
    expect(tenth.paragraphs[1].items.map((item) => item.number)).toEqual([1, 2, 3, 4, 5]);
    expect(tenth.paragraphs[1].items[3].text).toContain('对外宣传');
  });

  it('000: rejoins a word split across a blank line and keeps chapter headings', () => {
    const second = seed('000').units[1];
    expect(second.paragraphs[0].text).toBe('自治区行政区域内促进口岸经济发展工作以及相关活动，适用本条例。');
    expect(second.heading).toBe('第一章 总则');
    expect(seed('000').units[42].heading).toBe('第六章 附则');
  });

  it('002: article 4 has one paragraph with 5 items and a second paragraph', () => {
    const fourth = seed('002').units[3];
    expect(fourth.paragraphs).toHaveLength(2);
    expect(fourth.paragraphs[0].items.map((item) => item.number)).toEqual([1, 2, 3, 4, 5]);
    expect(fourth.paragraphs[0].text).toContain('（一）组织编制综保区专项规划');
    expect(seed('002').document).toMatchObject({ publishedOn: '2025-11-07', adoptedOn: '2025-08-27' });
  });

  it('003: tasks 1..25 sit under their part headings; text outside tasks is preamble/trailing', () => {
    const plan = seed('003');
    expect(plan.units.map((unit) => unit.number)).toEqual(Array.from({ length: 25 }, (_, index) => index + 1));
    expect(plan.units[0].heading).toBe('（一）加快转变政府职能');
    expect(plan.units[0].headingPath).toEqual(['三、主要任务和措施', '（一）加快转变政府职能']);
    expect(plan.document).toMatchObject({ documentNumber: '国发〔2023〕17号', issuer: '国务院', publishedOn: '2023-10-21' });
    expect(plan.preamble?.some((p) => p.text.startsWith('自贸试验区的开发利用须遵守'))).toBe(true);
    expect(plan.trailing?.[0].text.startsWith('坚持把加强党的全面领导')).toBe(true);
    expect(plan.text.slice(plan.units[24].start, plan.units[24].end)).not.toContain('保障机制');
  });

  it('004: ignores the editor bookmark and joins the two-line title', () => {
    const doc = seed('004');
    expect(doc.text).not.toContain('bookmark');
    expect(doc.units[63].paragraphs[0].text.startsWith('深化国际人文交流工作')).toBe(true);
    expect(doc.document.adoptedOn).toBe('2023-07-31');
  });

  it('offsets address the cleaned text, and paragraph text carries no markdown', () => {
    for (const doc of parsed.values()) {
      for (const unit of doc.units) {
        expect(doc.text.slice(unit.start, unit.end).length).toBeGreaterThan(0);
        for (const paragraph of unit.paragraphs) {
          expect(doc.text.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);
          expect(paragraph.start).toBeGreaterThanOrEqual(unit.start);
          expect(paragraph.end).toBeLessThanOrEqual(unit.end);
          expect(paragraph.text).not.toMatch(/\*\*|^[->#] |\n[->#] /);
        }
      }
    }
  });

  it('every gold obligation text lies inside one paragraph (or item) of its unit', () => {
    for (const name of seedFiles) {
      const doc = seed(name.slice(0, 3));
      const gold = JSON.parse(readFileSync(join(GOLD_DIR, `${name}.gold.json`), 'utf8')) as { obligations: GoldObligation[] };
      const missing = gold.obligations.filter((obligation) => {
        const paragraphs =
          obligation.article === null ? [...(doc.preamble ?? []), ...(doc.trailing ?? [])] : doc.units.filter((unit) => unit.number === obligation.article).flatMap((unit) => unit.paragraphs);
        const texts = obligation.item ? paragraphs.flatMap((p) => p.items.filter((item) => item.number === obligation.item).map((item) => item.text)) : paragraphs.map((p) => p.text);
        return !texts.some((text) => squash(text).includes(squash(obligation.text)));
      });
      expect({ name, missing }).toEqual({ name, missing: [] });
    }
  });
});
