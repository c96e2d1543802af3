import { sweepBatches } from './run-reminder-sweep.use-case';

describe('sweepBatches', () => {
  it('cuts a small first batch, then full ones, covering every item once in order', () => {
    const items = Array.from({ length: 23 }, (_, i) => i);
    const batches = [...sweepBatches(items, 3, 8)];
    expect(batches.map((b) => b.length)).toEqual([3, 8, 8, 4]);
    expect(batches.flat()).toEqual(items);
  });

  it('yields nothing for no items and one short batch for few', () => {
    expect([...sweepBatches([], 3, 8)]).toEqual([]);
    expect([...sweepBatches([1, 2], 3, 8)]).toEqual([[1, 2]]);
  });
});
