import { describe, expect, it } from 'vitest';
import { labelLines } from './labelLines';

describe('labelLines', () => {
  it('keeps every character, in lines of at most perLine', () => {
    const name = '口岸所在地县级以上人民政府确定的负责口岸管理的部门';
    const lines = labelLines(name, 10);
    expect(lines.join('')).toBe(name);
    expect(lines.map((l) => [...l].length)).toEqual([10, 10, 5]);
    expect(labelLines('自贸办', 10)).toEqual(['自贸办']);
    expect(labelLines('', 10)).toEqual(['']);
  });
});
