import { MAX_PAGE_ROWS, contentRange, parseListQuery } from './list-query';

const rules = { sortFields: ['dueDate', 'id'], defaultSort: { field: 'dueDate', order: 'ASC' as const } };

describe('parseListQuery', () => {
  it('applies defaults', () => {
    expect(parseListQuery({}, rules)).toEqual({ filter: {}, sort: { field: 'dueDate', order: 'ASC' }, start: 0, end: 24 });
  });

  it('parses filter, sort and range', () => {
    expect(parseListQuery({ filter: '{"status":["pending"]}', sort: '["id","desc"]', range: '[10,19]' }, rules)).toEqual({
      filter: { status: ['pending'] },
      sort: { field: 'id', order: 'DESC' },
      start: 10,
      end: 19,
    });
  });

  it.each([
    [{ filter: '{bad' }, 'filter'],
    [{ filter: '[1]' }, 'filter'],
    [{ sort: '["text","ASC"]' }, 'sort'],
    [{ sort: '["id","UP"]' }, 'sort'],
    [{ sort: '"id"' }, 'sort'],
    [{ range: '[5,1]' }, 'range'],
    [{ range: '[-1,3]' }, 'range'],
    [{ range: `[0,${MAX_PAGE_ROWS}]` }, 'range'],
  ])('refuses %j with a 400 naming %s', (raw, field) => {
    expect(() => parseListQuery(raw, rules)).toThrow(expect.objectContaining({ httpStatus: 400, details: expect.objectContaining({ field }) }));
  });

  it('accepts exactly 1000 rows', () => {
    expect(parseListQuery({ range: `[0,${MAX_PAGE_ROWS - 1}]` }, rules).end).toBe(999);
  });
});

describe('contentRange', () => {
  it('formats start-end/total', () => {
    expect(contentRange('obligations', { start: 10 }, 5, 42)).toBe('obligations 10-14/42');
    expect(contentRange('obligations', { start: 0 }, 0, 0)).toBe('obligations 0-0/0');
  });
});
