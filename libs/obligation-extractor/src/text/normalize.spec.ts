import { normalizePunctuation, stripEnumerator, stripMarkup } from './normalize';

describe('half-width punctuation', () => {
  it('reads ( ) ; , : as full-width', () => {
    expect(normalizePunctuation('省交通运输厅(以下简称运输厅)负责;市、县,区:')).toBe('省交通运输厅（以下简称运输厅）负责；市、县，区：');
  });
  it('leaves numbers and times alone', () => {
    expect(normalizePunctuation('罚款1,000元,8:30前')).toBe('罚款1,000元，8:30前');
  });
  it('lets an item marker written half-width be stripped', () => {
    expect(stripEnumerator(stripMarkup('(三) 建立 台账'))).toBe('建立台账');
  });
});
