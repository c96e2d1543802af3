import type { BodyRegistryDto } from '@luyue/contracts';
import { apiCall } from '../../api/http';

export type { BodyRegistryDto as BodyRegistry, RegistryBodyDto as RegistryBody } from '@luyue/contracts';

export const fetchRegistry = () => apiCall<BodyRegistryDto>('/body-registry');

export const mergeBody = (id: string, intoId: string) =>
  apiCall(`/bodies/${encodeURIComponent(id)}/merge`, { method: 'POST', body: { intoId } });

export const renameBody = (id: string, name: string) =>
  apiCall(`/bodies/${encodeURIComponent(id)}/rename`, { method: 'POST', body: { name } });

export const markNotBody = (id: string) =>
  apiCall<{ returnedToReview: number }>(`/bodies/${encodeURIComponent(id)}/not-a-body`, { method: 'POST' });
