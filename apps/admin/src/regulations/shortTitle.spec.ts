import { describe, expect, it } from 'vitest';
import { citation, inQuotes } from './shortTitle';

describe('简称 input', () => {
  it('wraps what the admin typed in 《》 once', () => {
    expect(inQuotes(' 口岸条例 ')).toBe('《口岸条例》');
    expect(inQuotes('《口岸条例》')).toBe('《口岸条例》');
    expect(inQuotes('《口岸条例')).toBe('《口岸条例》');
    expect(inQuotes('  ')).toBe('');
  });
  it('cites an obligation by 简称 and article', () => {
    expect(citation('《口岸条例》', '第4条')).toBe('《口岸条例》第4条');
    expect(citation(null, '第4条')).toBe('第4条');
  });
});
