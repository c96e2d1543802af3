import { documentSearchTokens, searchTokens, toTsQuery } from './search-tokens';

describe('search tokens', () => {
  it('stores jieba search-mode words plus two-character pieces of longer Chinese words', () => {
    const tokens = searchTokens('自治区口岸主管部门应当建立协调机制').split(' ');
    expect(tokens).toEqual(expect.arrayContaining(['自治区', '口岸', '主管部门', '协调', '机制', '主管', '部门']));
    expect(tokens).not.toContain('，');
  });

  it('gives the same tokens when the texts of a document are segmented once each', () => {
    const provision = '县级以上人民政府应当建立健全口岸工作协调机制，加强口岸经济发展。';
    const tokensOf = documentSearchTokens();
    for (const text of ['建立健全口岸工作协调机制', '加强口岸经济发展', '建立健全口岸工作协调机制']) {
      expect(tokensOf(text, provision)).toBe(searchTokens(text, provision));
    }
    expect(tokensOf(null, undefined, '')).toBe('');
  });

  it('builds an AND tsquery from the query words, quoting each', () => {
    expect(toTsQuery('口岸 协调机制')).toBe("'口岸' & '协调' & '机制'");
    expect(toTsQuery("'; drop")).toBe("'drop'");
    expect(toTsQuery('，。')).toBeNull();
  });
});
