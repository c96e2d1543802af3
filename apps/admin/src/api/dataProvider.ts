import simpleRestProvider from 'ra-data-simple-rest';
import { type DataProvider, useDataProvider } from 'react-admin';
import { API_URL, httpClient } from './http';
import { bulkEditObligations, obligationActions } from './obligationActions';
import { regulationActions } from './regulationActions';
import { backOfficeActions } from './backOfficeActions';

// ra-data-simple-rest for CRUD (filter / sort / range query params and Content-Range totals), the
// bulk edit of obligations as one request, and the api's other endpoints as custom methods.
const rest = simpleRestProvider(API_URL, httpClient);

const updateMany: DataProvider['updateMany'] = (resource, params) =>
  resource === 'obligations'
    ? bulkEditObligations(params)
    : rest.updateMany(resource, params);

export const dataProvider = {
  ...rest,
  updateMany,
  ...obligationActions,
  ...regulationActions,
  ...backOfficeActions,
};

export type LuyueDataProvider = typeof dataProvider;

/** The data provider with its custom methods (react-admin's wrapper: an auth error logs out). */
export const useLuyueDataProvider = () => useDataProvider<LuyueDataProvider>();
