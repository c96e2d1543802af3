import { parseText } from '../parse-text';

const lines = (...rows: string[]) => rows.join('\n');
const labels = (text: string) => parseText(text).units.map((unit) => unit.label);

describe('plan tasks', () => {
  const provincePlan = lines(
    '某省促进民营经济发展实施方案',
    '为促进民营经济高质量发展，制定本方案。',
    '一、总体要求',
    '（一）指导思想',
    '坚持以人民为中心，推动民营经济发展壮大。',
    '（二）工作目标',
    '到2027年，民营经济增加值占比达到60%。',
    '二、重点任务',
    '（一）优化营商环境',
    '1.清理妨碍公平竞争的政策措施。（牵头单位：省发展改革委；配合单位：省财政厅；完成时限：2027年6月底前）',
    '2．开展涉企收费专项治理。（牵头单位：省市场监管局；完成时限：2026年底前）',
    '（二）强化要素保障',
    '1、完善用地供给政策。（牵头单位：省自然资源厅；配合单位：各设区市人民政府）',
    '2.拓宽融资渠道。（牵头单位：省地方金融管理局；配合单位：人民银行省分行）',
    '三、组织实施',
    '各地各部门要加强组织领导，确保各项措施落地见效。',
  );

  it('numbers restart-numbered tasks 1…N, keeps printed labels and annotations', () => {
    const doc = parseText(provincePlan);
    expect(doc.document.unit).toBe('task');
    expect(doc.units.map((unit) => [unit.number, unit.label])).toEqual([
      [1, '1.'],
      [2, '2．'],
      [3, '1、'],
      [4, '2.'],
    ]);
    expect(doc.units[0].annotation).toBe('（牵头单位：省发展改革委；配合单位：省财政厅；完成时限：2027年6月底前）');
    expect(doc.units[0].paragraphs[0].text).toContain('（牵头单位：省发展改革委');
    expect(doc.units[2].headingPath).toEqual(['二、重点任务', '（二）强化要素保障']);
  });

  it('leaves framing sections out of units, preamble and trailing; unannotated text outside tasks is kept', () => {
    const doc = parseText(provincePlan);
    const loose = [...(doc.preamble ?? []), ...(doc.trailing ?? [])].map((paragraph) => paragraph.text);
    expect(loose).toEqual(['为促进民营经济高质量发展，制定本方案。', '各地各部门要加强组织领导，确保各项措施落地见效。']);
    expect(doc.preamble?.map((paragraph) => paragraph.text)).toEqual(['为促进民营经济高质量发展，制定本方案。']);
  });

  it('makes annotated numbered measures tasks wherever they stand (a guarantee section too)', () => {
    const doc = parseText(
      lines(
        '某自治区数字乡村建设行动方案',
        '一、重点任务',
        '1.建设乡村信息基础设施。推进光纤网络覆盖。（自治区通信管理局牵头，各盟市结合实际落实）',
        '2.发展农村电子商务。（自治区商务厅、自治区农牧厅按职责分工负责）',
        '二、保障措施',
        '（一）加强组织领导。建立工作专班，定期调度进展。（自治区农牧厅牵头）',
        '（二）强化资金保障。统筹各类资金支持项目建设。（自治区财政厅）',
        '（三）营造良好氛围。加大宣传力度。',
      ),
    );
    expect(doc.units.map((unit) => unit.label)).toEqual(['1.', '2.', '（一）', '（二）', '（三）']);
    expect(doc.units.map((unit) => unit.annotation)).toEqual([
      '（自治区通信管理局牵头，各盟市结合实际落实）',
      '（自治区商务厅、自治区农牧厅按职责分工负责）',
      '（自治区农牧厅牵头）',
      '（自治区财政厅）',
      null,
    ]);
  });

  it('gives tasks without their own annotation the annotation of the section heading above them', () => {
    const doc = parseText(
      lines(
        '某县农村人居环境整治方案',
        '一、重点任务',
        '（一）推进厕所革命（县农业农村局牵头，县卫生健康局配合）',
        '1.开展问题厕所摸排整改。',
        '2.完善厕所粪污处理设施。（县住房城乡建设局）',
        '（二）治理生活垃圾',
        '3.健全收运处置体系。（县城市管理局）',
      ),
    );
    expect(doc.units.map((unit) => [unit.label, unit.annotation])).toEqual([
      ['1.', '（县农业农村局牵头，县卫生健康局配合）'],
      ['2.', '（县住房城乡建设局）'],
      ['3.', '（县城市管理局）'],
    ]);
    expect(doc.units[0].headingPath).toEqual(['一、重点任务', '（一）推进厕所革命（县农业农村局牵头，县卫生健康局配合）']);
  });

  it('reads annotations on a line of their own as the task’s', () => {
    const doc = parseText(
      lines(
        '某市公共文化服务提升方案',
        '一、完善设施网络',
        '（一）建设城市书房。到2027年底，建成城市书房50个。',
        '（责任单位：市文化广电旅游局、各区人民政府）',
        '（二）推进场馆免费开放。落实免费开放政策。',
        '（责任单位：市财政局）',
      ),
    );
    expect(doc.units.map((unit) => unit.annotation)).toEqual(['（责任单位：市文化广电旅游局、各区人民政府）', '（责任单位：市财政局）']);
    expect(doc.units[0].paragraphs.map((paragraph) => paragraph.text)).toEqual(['建设城市书房。到2027年底，建成城市书房50个。', '（责任单位：市文化广电旅游局、各区人民政府）']);
  });

  it('reads unbracketed label lines after a task as its annotation', () => {
    const doc = parseText(
      lines(
        '某省制造业数字化转型行动计划',
        '一、重点任务',
        '1.建设工业互联网平台。培育省级平台20个。',
        '牵头单位：省经济和信息化厅',
        '完成时限：2027年底前',
        '2.推进企业上云用数。',
        '责任单位：省经济和信息化厅、省通信管理局',
      ),
    );
    expect(doc.units.map((unit) => unit.annotation)).toEqual(['（牵头单位：省经济和信息化厅；完成时限：2027年底前）', '（责任单位：省经济和信息化厅、省通信管理局）']);
  });

  it('reads 一是…二是… measures as tasks', () => {
    const doc = parseText(
      lines(
        '某市稳就业工作方案',
        '一、拓宽就业渠道',
        '一是开发公益性岗位。（市人力资源社会保障局牵头）',
        '二是支持灵活就业。（市人力资源社会保障局、市总工会按职责分工负责）',
        '二、强化就业服务',
        '一是开展技能培训。（市教育局牵头，各区结合实际落实）',
      ),
    );
    expect(doc.units.map((unit) => [unit.number, unit.label])).toEqual([
      [1, '一是'],
      [2, '二是'],
      [3, '一是'],
    ]);
  });

  it('splits 一是…二是… run into one paragraph when each carries its own annotation', () => {
    const doc = parseText(
      lines(
        '某省人才发展行动方案',
        '一、重点任务',
        '（一）强化人才引进。一是实施高层次人才引进计划（省委组织部牵头）。二是建设人才驿站（省人力资源社会保障厅牵头，各市州结合实际落实）。',
        '（二）优化人才服务。完善人才服务保障体系。（省人力资源社会保障厅）',
      ),
    );
    expect(doc.units.map((unit) => [unit.label, unit.annotation])).toEqual([
      ['一是', '（省委组织部牵头）'],
      ['二是', '（省人力资源社会保障厅牵头，各市州结合实际落实）'],
      ['（二）', '（省人力资源社会保障厅）'],
    ]);
    expect(doc.units[0].headingPath).toEqual(['一、重点任务', '（一）强化人才引进。']);
  });

  it('gives the annotation closing a list to the measure that leads into it', () => {
    const doc = parseText(
      lines(
        '某省职业教育提质方案',
        '一、重点任务',
        '1.完善办学体系：',
        '（1）建设高水平职业院校；',
        '（2）推进产教融合实训基地建设。（省教育厅牵头，省发展改革委配合）',
        '2.深化校企合作。（省人力资源社会保障厅）',
      ),
    );
    expect(doc.units.map((unit) => [unit.label, unit.annotation])).toEqual([
      ['1.', '（省教育厅牵头，省发展改革委配合）'],
      ['2.', '（省人力资源社会保障厅）'],
    ]);
  });

  it('in a plan without annotations keeps 一是…二是… inside the measure they spell out', () => {
    const doc = parseText(lines('某市养老服务提升方案', '一、主要任务', '（一）完善服务网络。', '一是建设社区养老服务中心。', '二是发展老年助餐服务。', '（二）提升服务质量。', '一是开展等级评定。'));
    expect(doc.units.map((unit) => [unit.label, unit.paragraphs.length])).toEqual([
      ['（一）', 3],
      ['（二）', 2],
    ]);
  });

  it('reads half-width (一) and (1) markers and run-in headings like full-width ones', () => {
    const doc = parseText(
      lines(
        '某省林长制实施方案',
        '一、主要任务',
        '(一)加强森林资源保护。严格林地用途管制。(省林业局牵头)',
        '(二)推进国土绿化。科学开展造林。(省林业局、省自然资源厅按职责分工负责)',
        '二、保障措施',
        '(1)完善考核制度。将林长制纳入综合考核。(省委组织部)',
      ),
    );
    expect(doc.units.map((unit) => unit.label)).toEqual(['(一)', '(二)', '(1)']);
    expect(doc.units[0].paragraphs[0].text).toBe('加强森林资源保护。严格林地用途管制。(省林业局牵头)');
  });

  it('keeps dated timetable headings out of tasks but in the heading path', () => {
    const doc = parseText(
      lines(
        '某区垃圾分类三年行动计划',
        '一、工作安排',
        '（一）2026年4月底前',
        '1.完成分类设施摸底。（区城管局牵头）',
        '（二）2026年12月底前',
        '2.实现分类投放全覆盖。（区城管局、各街道办事处按职责分工负责）',
      ),
    );
    expect(doc.units.map((unit) => unit.label)).toEqual(['1.', '2.']);
    expect(doc.units[1].headingPath).toEqual(['一、工作安排', '（二）2026年12月底前']);
  });

  it('in a plan without annotations takes its own numbered measures, and leaves an annex list out', () => {
    const doc = parseText(
      lines(
        '某市智慧交通建设工作方案',
        '一、总体要求',
        '到2026年，基本建成智慧交通体系。',
        '二、主要任务',
        '（一）推进道路设施数字化。完成主干道感知设备布设。',
        '（二）发展智能网联汽车。开放测试道路。',
        '（三）完善出行服务平台。整合公交地铁数据。',
        '三、保障措施',
        '（一）加强组织领导。成立工作专班。',
        '附件：示范场景清单',
        '1.智慧停车示范场景。建设智慧停车场。',
        '2.自动驾驶公交示范场景。开通示范线路。',
      ),
    );
    expect(doc.units.map((unit) => unit.paragraphs[0].text.slice(0, 6))).toEqual(['推进道路设施', '发展智能网联', '完善出行服务', '加强组织领导']);
    expect(doc.trailing?.map((paragraph) => paragraph.text)).toEqual(['1.智慧停车示范场景。建设智慧停车场。', '2.自动驾驶公交示范场景。开通示范线路。']);
  });

  it('takes annotated items of an annexed work plan as tasks', () => {
    expect(
      labels(lines('关于推进某某工作的实施意见', '各地要高度重视，认真抓好落实。', '附件', '重点任务分工', '1.制定配套政策。（省发展改革委牵头）', '2.开展试点示范。（省科技厅牵头，省财政厅配合）')),
    ).toEqual(['1.', '2.']);
  });

  it('leaves the 印发 notice out of a plan written in paragraphs', () => {
    const doc = parseText(
      lines(
        '关于印发《某州生态保护意见》的通知',
        '各县人民政府：',
        '现将《某州生态保护意见》印发给你们，请认真贯彻执行。',
        '某州人民政府',
        '2026年2月1日',
        '某州生态保护意见',
        '各县要落实生态保护红线制度，严格管控开发活动。',
      ),
    );
    expect(doc.document.unit).toBe('paragraph');
    expect(doc.preamble?.map((paragraph) => paragraph.text)).toEqual(['各县要落实生态保护红线制度，严格管控开发活动。']);
  });

  it('reads a notice in paragraphs as paragraphs, not units', () => {
    const doc = parseText(
      lines(
        '关于做好2026年度汛期安全工作的通知',
        '各县（市、区）人民政府，市直有关单位：',
        '为切实做好今年汛期安全工作，现就有关事项通知如下。',
        '各地要压实防汛责任，加强隐患排查，确保安全度汛。',
        '某市人民政府办公室',
        '2026年4月1日',
      ),
    );
    expect(doc).toMatchObject({ unitCount: 0, units: [], document: { unit: 'paragraph', publishedOn: '2026-04-01' } });
    expect(doc.preamble?.map((paragraph) => paragraph.text)).toEqual([
      '各县（市、区）人民政府，市直有关单位：',
      '为切实做好今年汛期安全工作，现就有关事项通知如下。',
      '各地要压实防汛责任，加强隐患排查，确保安全度汛。',
    ]);
  });
});
