import { bodyResolver } from './body-resolution';
import { classifyBody, deriveBodyRegistry, isBodyName } from './derive-body-registry';

const XJ = '新疆维吾尔自治区';
const NM = '内蒙古自治区';
const bodies = [
  { id: 'xj-gov', name: '自治区人民政府', aliases: [], jurisdiction: XJ },
  { id: 'nm-gov', name: '自治区人民政府', aliases: [], jurisdiction: NM },
  { id: 'gwh', name: '阿拉山口综合保税区管理委员会', aliases: ['综保区管委会'], jurisdiction: XJ },
  { id: 'port', name: '自治区口岸主管部门', aliases: ['口岸办'], jurisdiction: XJ },
];

describe('bodyResolver', () => {
  it('resolves by name or alias within the jurisdiction only', () => {
    expect(bodyResolver(bodies, XJ).resolve(['自治区人民政府', '口岸办'])).toEqual({ bodyIds: ['xj-gov', 'port'], unresolved: [] });
    expect(bodyResolver(bodies, NM).resolve(['自治区人民政府', '口岸办'])).toEqual({ bodyIds: ['nm-gov'], unresolved: ['口岸办'] });
  });

  it("applies the regulation's own alias table first", () => {
    const resolver = bodyResolver(bodies, XJ, [{ alias: '管委会', full: '阿拉山口综合保税区管理委员会' }]);
    expect(resolver.resolveOne('管委会')).toBe('gwh');
    expect(bodyResolver(bodies, XJ).resolveOne('管委会')).toBeUndefined();
  });

  it('deduplicates and keeps unresolved subjects once, ignoring whitespace', () => {
    expect(bodyResolver(bodies, XJ).resolve(['自治区 人民政府', '自治区人民政府', '有关部门', '有关部门'])).toEqual({ bodyIds: ['xj-gov'], unresolved: ['有关部门'] });
  });
});

describe('deriveBodyRegistry', () => {
  it('turns extracted subjects into bodies per jurisdiction, aliases kept, non-bodies dropped', () => {
    const registry = deriveBodyRegistry([
      {
        jurisdiction: XJ,
        aliases: [
          { alias: '综保区', full: '阿拉山口综合保税区' },
          { alias: '管委会', full: '综保区管理委员会' },
        ],
        subjects: ['管委会', '自治州人民政府', '企业', '有关部门', '自治区商务部门'],
      },
      { jurisdiction: NM, aliases: [], subjects: ['自治区人民政府', '旗县级以上商务部门'] },
    ]);
    const byName = Object.fromEntries(registry.map((b) => [`${b.jurisdiction}/${b.name}`, b]));
    expect(Object.keys(byName).sort()).toEqual(
      [`${XJ}/自治区人民政府`, `${XJ}/阿拉山口综合保税区管理委员会`, `${XJ}/自治州人民政府`, `${XJ}/自治区商务部门`, `${NM}/自治区人民政府`, `${NM}/旗县级以上商务部门`].sort(),
    );
    expect(byName[`${XJ}/阿拉山口综合保税区管理委员会`]).toMatchObject({ aliases: ['管委会'], level: '园区', kind: 'zone_administration', parentName: '自治区人民政府' });
    expect(byName[`${NM}/自治区人民政府`]).toMatchObject({ parentName: null, kind: 'government', level: '自治区' });
    expect(registry.findIndex((b) => b.parentName === null)).toBe(0); // parents first
  });

  it('classifies names', () => {
    expect(isBodyName('企业')).toBe(false);
    expect(isBodyName('有关部门')).toBe(false);
    expect(classifyBody('口岸所在地县级以上人民政府')).toEqual({ level: '县市区', kind: 'government' });
    expect(classifyBody('自治区口岸主管部门')).toEqual({ level: '自治区', kind: 'department' });
  });
});
