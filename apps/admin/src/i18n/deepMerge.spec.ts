import { describe, expect, it } from 'vitest';
import { deepMerge } from './deepMerge';
import { en } from './en';
import { zhApp } from './zh';

const keys = (tree: object, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null
      ? keys(v, `${prefix}${k}.`)
      : [`${prefix}${k}`],
  );

describe('messages', () => {
  it('deep merge keeps untranslated keys from the base', () => {
    expect(
      deepMerge(
        { ra: { action: { save: 'Save', cancel: 'Cancel' } } },
        { ra: { action: { save: '保存' } } },
      ),
    ).toEqual({
      ra: { action: { save: '保存', cancel: 'Cancel' } },
    });
  });

  it('translates every Luyue key into Chinese', () => {
    expect(keys(zhApp).sort()).toEqual(keys(en).sort());
  });
});
