import simpleRestProvider from 'ra-data-simple-rest';
import { API_URL, httpClient } from './http';

// Plain ra-data-simple-rest: filter / sort / range query params and Content-Range totals.
export const dataProvider = simpleRestProvider(API_URL, httpClient);
