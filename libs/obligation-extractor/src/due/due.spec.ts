import { findDeadlines, deadlineOf } from './deadline';
import { dueOf } from './due';
import { addMonths, periodEnd } from './period';

const none = { kind: 'none' } as const;

describe('periodEnd', () => {
  it('gives the last day of the named period', () => {
    expect(periodEnd(2026, { month: '6' })).toBe('2026-06-30');
    expect(periodEnd(2028, { month: '二' })).toBe('2028-02-29');
    expect(periodEnd(2026, { month: '十二' })).toBe('2026-12-31');
    expect(periodEnd(2026, { month: '6', day: '15' })).toBe('2026-06-15');
    expect(periodEnd(2026, { half: '上' })).toBe('2026-06-30');
    expect(periodEnd(2026, { quarter: '三' })).toBe('2026-09-30');
    expect(periodEnd(2026, {})).toBe('2026-12-31');
  });
});

describe('deadlineOf', () => {
  it.each([
    ['到2028年底，建成区级智慧停车平台。', '2028-12-31'],
    ['2027年，制定出台全县养老服务设施布局规划。', '2027-12-31'],
    ['2026年6月底前完成全省排查。', '2026-06-30'],
    ['2026年6月前完成摸底。', '2026-06-30'],
    ['2026年三季度完成验收。', '2026-09-30'],
    ['力争2026年第一季度建成投用。', '2026-03-31'],
    ['2026年上半年出台实施细则。', '2026-06-30'],
    ['2025年下半年启动试点。', '2025-12-31'],
    ['于2026年10月15日前报送评估报告。', '2026-10-15'],
    ['2026年年底前实现全覆盖。', '2026-12-31'],
    ['2026年内完成改造。', '2026-12-31'],
    ['2025—2027年，每年培训基层干部。', '2027-12-31'],
    ['2024年至2026年，累计新增就业岗位1万个。', '2026-12-31'],
    ['先在3个乡镇试点，2028年逐步推广至全县。', '2028-12-31'],
    ['在1997年前解决好教师住房困难。', '1997-12-31'],
    ['到2026年6月30日，全面完成清理。', '2026-06-30'],
  ])('%s → %s', (text, due) => expect(deadlineOf(text, 2025)).toBe(due));

  it('dates year-less limits in the plan year', () => {
    expect(deadlineOf('6月底前完成全市摸底排查。', 2026)).toBe('2026-06-30');
    expect(deadlineOf('年内完成方案编制。', 2026)).toBe('2026-12-31');
    expect(deadlineOf('年底前出台配套文件。', 2026)).toBe('2026-12-31');
    expect(deadlineOf('三季度末前完成验收。', 2026)).toBe('2026-09-30');
    expect(deadlineOf('今年6月底前完成摸底。', 2026)).toBe('2026-06-30');
    expect(deadlineOf('明年上半年全面推开。', 2026)).toBe('2027-06-30');
  });

  it('dates a year-less period that opens a clause, but not one inside a recurring phrase', () => {
    expect(deadlineOf('推动网络向乡镇延伸，三季度实现全覆盖。', 2025)).toBe('2025-09-30');
    expect(deadlineOf('到9月底建成区级调度平台。', 2027)).toBe('2027-09-30');
    expect(deadlineOf('下半年启动第二批试点。', 2026)).toBe('2026-12-31');
    expect(findDeadlines('6月底前完成摸底排查。', 2026)).toHaveLength(1);
    expect(deadlineOf('每年6月组织一次应急演练。', 2026)).toBeNull();
    expect(deadlineOf('按季度报送进展，6月的数据单独报送。', 2026)).toBeNull();
  });

  it.each([
    ['《中华人民共和国森林法》（2019年修订）规定的措施落实到位。'],
    ['依据《湖南省实施方案（2024—2026年）》开展工作。'],
    ['截至2025年底已建成的充电桩纳入统一平台。'],
    ['以2025年为基准，逐年降低能耗强度。'],
    ['较2020年下降15%。'],
    ['自2025年1月1日起施行。'],
    ['本方案于2024年9月5日印发。'],
    ['每年6月组织一次应急演练。'],
    ['三年内完成全部改造。'],
    ['按2023年度数据核定补助。'],
    ['2007年3月21日青岛市人民代表大会常务委员会公布的《青岛市客运管理条例》同时废止。'],
    ['（2010年12月23日删除）学校不得聘任未取得资格的人员。'],
    ['按照海牙协定（1999年文本）提出申请。'],
  ])('finds no deadline in %s', (text) => expect(findDeadlines(text, 2026)).toEqual([]));
});

describe('dueOf', () => {
  it('takes the sentence first, then the annotation, then a dated heading', () => {
    expect(dueOf('到2027年，完成改造。', none, { year: 2026, annotation: '2026年底前' })).toBe('2027-12-31');
    expect(dueOf('完善收费政策。', none, { year: 2026, annotation: '2026年9月底前完成' })).toBe('2026-09-30');
    expect(dueOf('完善收费政策。', none, { year: 2026, headings: ['二、工作安排', '（一）2026年4月底前'] })).toBe('2026-04-30');
    expect(dueOf('完善收费政策。', none, { year: 2026 })).toBeNull();
    // A long heading is a title, not a timetable entry.
    expect(dueOf('完善收费政策。', none, { year: 2026, headings: ['二、关于推进2026年全省县域商业体系建设的重点任务安排'] })).toBeNull();
  });

  it('gives a recurring or standing duty no date', () => {
    expect(dueOf('每季度通报工作进展。', none, { year: 2026, annotation: '2026年底前' })).toBeNull();
    expect(dueOf('常态化开展督查。', none, { year: 2026 })).toBeNull();
    expect(dueOf('每日报告雨情水情。', none, { year: 2026, annotation: '5月底前' })).toBeNull();
    expect(dueOf('完善收费政策。', none, { year: 2026, annotation: '长期坚持' })).toBeNull();
    expect(dueOf('到2030年，全省耕地保有量持续稳定在目标以上。', none, { year: 2026 })).toBe('2030-12-31');
  });

  it('dates a regulation duty N months after entry into force', () => {
    const timing = { kind: 'deadline', months: 6, from: 'effective' } as const;
    expect(dueOf('县级人民政府应当自本条例施行之日起六个月内制定实施办法。', timing, { year: null, effectiveDate: '2026-03-01' })).toBe('2026-09-01');
    expect(dueOf('县级人民政府应当自本条例施行之日起六个月内制定实施办法。', timing, { year: null, effectiveDate: null })).toBeNull();
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
  });
});
