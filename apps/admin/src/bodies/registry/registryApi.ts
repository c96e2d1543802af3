import { apiCall } from '../../api/http';

/** GET /api/body-registry: one row per body (see BodyRegistryUseCases in the api). */
export interface RegistryBody {
  id: string;
  name: string;
  aliases: string[];
  jurisdiction: string;
  level: string;
  kind: string;
  parentId: string | null;
  ledCount: number;
  coCount: number;
  userCount: number;
  sources: { id: string; title: string }[];
  manual: boolean;
  bareName: string;
}

export interface BodyRegistry {
  bodies: RegistryBody[];
  duplicates: { jurisdiction: string; bareName: string; ids: string[] }[];
}

export const fetchRegistry = () => apiCall<BodyRegistry>('/body-registry');

export const mergeBody = (id: string, intoId: string) =>
  apiCall(`/bodies/${encodeURIComponent(id)}/merge`, { method: 'POST', body: { intoId } });

export const renameBody = (id: string, name: string) =>
  apiCall(`/bodies/${encodeURIComponent(id)}/rename`, { method: 'POST', body: { name } });

export const markNotBody = (id: string) =>
  apiCall<{ returnedToReview: number }>(`/bodies/${encodeURIComponent(id)}/not-a-body`, { method: 'POST' });
