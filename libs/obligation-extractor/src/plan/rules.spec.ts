import type { Obligation } from '../types';
import { headingsAt, isFramingHeading, isFramingParagraph, isFramingSentence } from './framing';
import { leadingModality, mergeSentencePieces } from './merge';
import { splitDatedTargets } from './targets';
import { stripAnnotations } from './strip';

function ob(text: string, modality: Obligation['modality'] = 'must', subjects: string[] = []): Obligation {
  return { article: 3, paragraph: 1, item: null, subitem: null, modality, subjects, co: [], mechanism: false, text, timing: { kind: 'none' }, due: null, confidence: 0.6 };
}

describe('splitDatedTargets', () => {
  it('gives one piece per dated target', () => {
    expect(splitDatedTargets('到2025年，全省县级以上城市建成区海绵城市面积达到40%；到2030年，达到80%。', 2024)).toEqual([
      '到2025年，全省县级以上城市建成区海绵城市面积达到40%；',
      '到2030年，达到80%。',
    ]);
  });

  it('keeps an undated piece with the target before it, and one target whole', () => {
    expect(splitDatedTargets('到2026年，完成A；推进B；2027年底前完成C。', 2025)).toEqual(['到2026年，完成A；推进B；', '2027年底前完成C。']);
    expect(splitDatedTargets('到2026年，完成A；推进B。', 2025)).toEqual(['到2026年，完成A；推进B。']);
  });
});

describe('mergeSentencePieces', () => {
  it('keeps a comma-cut sentence whole unless the modality changes', () => {
    const merged = mergeSentencePieces([ob('贯彻《江苏省物业管理条例》，'), ob('对老旧小区，物业服务企业应当建立维修台账。')], 2025);
    expect(merged.map((o) => o.text)).toEqual(['贯彻《江苏省物业管理条例》，对老旧小区，物业服务企业应当建立维修台账。']);
    const both = mergeSentencePieces([ob('县财政局负责资金保障，', 'must', ['县财政局']), ob('县审计局负责跟踪审计。', 'must', ['县审计局'])], 2025);
    expect(both.map((o) => o.subjects)).toEqual([['县财政局', '县审计局']]);
    const split = mergeSentencePieces([ob('县级审批部门负责审核，'), ob('乡镇可简化办理程序。', 'may')], 2025);
    expect(split).toHaveLength(2);
  });

  it('joins a `；` piece without a cue word of its own, not one with a cue word or a second target', () => {
    expect(mergeSentencePieces([ob('到2027年底，建成示范村50个；'), ob('培育乡村工匠200名。')], 2025)).toHaveLength(1);
    expect(mergeSentencePieces([ob('经评估需要整改的，应当限期整改；'), ob('对拒不整改的，应当通报。')], 2025)).toHaveLength(2);
    expect(mergeSentencePieces([ob('完善补贴办法；'), ob('鼓励社会资本参与运营。', 'encouraged')], 2025)).toHaveLength(2);
    expect(mergeSentencePieces([ob('到2026年，覆盖50%；'), ob('到2028年，覆盖80%。')], 2025)).toHaveLength(2);
  });
});

describe('leadingModality', () => {
  it('labels a plan sentence by its leading verb', () => {
    expect(leadingModality(ob('加大财政投入，统筹各类资金，鼓励社会资本参与。', 'encouraged')).modality).toBe('must');
    expect(leadingModality(ob('鼓励高校开展科普。', 'encouraged')).modality).toBe('encouraged');
    expect(leadingModality(ob('在风险可控的前提下，鼓励保险机构开发新产品。', 'encouraged')).modality).toBe('encouraged');
  });
});

describe('framing', () => {
  it('recognises framing headings, the notice and the purpose sentence', () => {
    expect(isFramingHeading('（三）工作目标')).toBe(true);
    expect(isFramingHeading('一、总体要求')).toBe(true);
    expect(isFramingHeading('二、重点任务')).toBe(false);
    expect(isFramingSentence('现将《四川省数字乡村建设行动方案》印发给你们，请结合实际认真贯彻落实。')).toBe(true);
    expect(isFramingSentence('为推动县域商业体系建设，结合我省实际，制定本工作方案。')).toBe(true);
    expect(isFramingSentence('加快推进县域商业体系建设。')).toBe(false);
  });

  it('finds the headings in force at a paragraph', () => {
    const text = '一、总体要求\n（一）指导思想\n坚持新发展理念。\n（二）主要目标\n到2027年，建成示范县10个。\n二、重点任务\n推进冷链建设。';
    expect(headingsAt(text, text.indexOf('到2027年'))).toEqual(['一、总体要求', '（二）主要目标']);
    expect(headingsAt(text, text.indexOf('推进冷链'))).toEqual(['二、重点任务']);
    const at = (s: string) => ({ text: s, start: text.indexOf(s), end: text.indexOf(s) + s.length, items: [] });
    expect(isFramingParagraph(at('到2027年，建成示范县10个。'), text)).toBe(true);
    expect(isFramingParagraph(at('推进冷链建设。'), text)).toBe(false);
  });
});

describe('stripAnnotations', () => {
  it('drops the responsibility annotation from a task text', () => {
    expect(stripAnnotations('完善收费政策。（牵头单位：省发展改革委；配合单位：省财政厅；完成时限：2026年底前）')).toBe('完善收费政策。');
    expect(stripAnnotations('推进老旧小区改造（县住房城乡建设局牵头，各乡镇配合）。')).toBe('推进老旧小区改造。');
  });
});
