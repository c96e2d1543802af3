/** The api's base path: same origin, under /api (the api serves the back office at `/`). */
export const API_URL = '/api';
