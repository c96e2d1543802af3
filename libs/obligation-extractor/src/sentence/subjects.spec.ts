import { AliasTable } from '../aliases';
import { expandSubject } from './subjects';

const none = new AliasTable([]);

describe('expandSubject', () => {
  it('distributes a shared suffix over a list of levels (rule 3)', () => {
    expect(expandSubject('自治州、阿拉山口市人民政府', none)).toEqual(['自治州人民政府', '阿拉山口市人民政府']);
    expect(expandSubject('区、县公安部门', none)).toEqual(['区公安部门', '县公安部门']);
    expect(expandSubject('市和区、县人民政府', none)).toEqual(['市人民政府', '区人民政府', '县人民政府']);
  });

  it('carries a place prefix to later bare levels', () => {
    expect(expandSubject('口岸所在地的州、市（地）人民政府（行政公署）', none)).toEqual(['口岸所在地的州人民政府', '口岸所在地的市（地）人民政府（行政公署）']);
  });

  it('gives departments after a government its level, without 人民政府 (rule 4)', () => {
    expect(expandSubject('县级以上人民政府及交通运输、发展改革等部门和单位', none)).toEqual(['县级以上人民政府', '县级以上交通运输部门', '县级以上发展改革部门']);
    expect(expandSubject('自治区人民政府发展改革、口岸主管部门', none)).toEqual(['自治区发展改革主管部门', '自治区口岸主管部门']);
    expect(expandSubject('自治州人民政府及其有关部门', none)).toEqual(['自治州人民政府', '自治州有关部门']);
  });

  it('adds no level when several governments share the departments', () => {
    expect(expandSubject('自治州、阿拉山口市人民政府及其有关部门', none)).toEqual(['自治州人民政府', '阿拉山口市人民政府', '有关部门']);
  });

  it('lists levels before one department', () => {
    expect(expandSubject('自治区、口岸所在地的州、市（地）人民政府（行政公署）口岸主管部门', none)).toEqual(['自治区口岸主管部门', '口岸所在地的州口岸主管部门', '口岸所在地的市（地）口岸主管部门']);
  });

  it('reads A、B等C: a class noun alone, a generic head distributed (rule 1)', () => {
    expect(expandSubject('海关、边防检查等口岸检查检验机构', none)).toEqual(['口岸检查检验机构']);
    expect(expandSubject('财政、商务、海关等部门', none)).toEqual(['财政部门', '商务部门', '海关']);
    expect(expandSubject('高等学校、科研院所等', none)).toEqual(['高等学校', '科研院所']);
  });

  it('splits conjunctions only between complete bodies', () => {
    expect(expandSubject('企业、高等学校、科研机构以及其他组织和个人', none)).toEqual(['企业', '高等学校', '科研机构', '其他组织', '个人']);
    expect(expandSubject('文化和旅游部门', none)).toEqual(['文化和旅游部门']);
  });

  it('writes aliases for full names and for alias definitions (rule 2)', () => {
    const aliases = new AliasTable([{ alias: '综保区', full: '阿拉山口综合保税区' }]);
    expect(expandSubject('阿拉山口综合保税区', aliases)).toEqual(['综保区']);
    expect(expandSubject('综保区管理委员会（以下简称管委会）', aliases)).toEqual(['管委会']);
  });

  it('drops a leading 由', () => {
    expect(expandSubject('由管委会', none)).toEqual(['管委会']);
  });
});
