import { describe, expect, it } from 'vitest';
import { splitAround } from './highlight';

describe('splitAround', () => {
  it('splits the provision around the clause', () => {
    expect(
      splitAround('第三条　甲应当做A。乙应当做B。', '乙应当做B。'),
    ).toEqual({
      before: '第三条　甲应当做A。',
      match: '乙应当做B。',
      after: '',
    });
  });

  it('keeps markup as plain text (it is rendered as React children)', () => {
    expect(
      splitAround('x<script>alert(1)</script>y', '<script>alert(1)</script>')
        ?.match,
    ).toBe('<script>alert(1)</script>');
  });

  it('answers null when the clause is not in the text or blank', () => {
    expect(splitAround('甲应当做A。', '丙')).toBeNull();
    expect(splitAround('甲应当做A。', '  ')).toBeNull();
  });
});
