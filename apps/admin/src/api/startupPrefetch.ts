import { dataProvider } from './dataProvider';
import { prefetch } from './prefetch';
import { getToken } from './session';
import {
  OBLIGATION_LIST_PER_PAGE,
  OBLIGATION_LIST_SORT,
} from '../obligations/listDefaults';

/**
 * Requests the data of the page the app opens on before React starts (see prefetch.ts): the
 * dashboard's two calls, or the obligations list's first page when it opens with its defaults
 * (react-admin restores a list's last filter and sort from its store, which would ask otherwise).
 */
export function prefetchStartPage(hash: string): void {
  if (!getToken()) return;
  const route = hash.replace(/^#/, '') || '/';
  if (route === '/') {
    prefetch(() => dataProvider.dashboard());
    prefetch(() => dataProvider.workDashboard());
  } else if (
    route === '/obligations' &&
    localStorage.getItem('RaStore.obligations.listParams') === null
  ) {
    prefetch(() =>
      dataProvider.getList('obligations', {
        pagination: { page: 1, perPage: OBLIGATION_LIST_PER_PAGE },
        sort: OBLIGATION_LIST_SORT,
        filter: {},
      }),
    );
  }
}
