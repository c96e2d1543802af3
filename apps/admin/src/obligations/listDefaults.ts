import type { SortPayload } from 'react-admin';

/** The obligations list's default order and page size (the list and its start-up prefetch). */
export const OBLIGATION_LIST_SORT: SortPayload = {
  field: 'dueDate',
  order: 'ASC',
};
export const OBLIGATION_LIST_PER_PAGE = 25;
