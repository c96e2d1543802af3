import type {
  BodyRegistryDto,
  ChannelDto,
  DashboardDto,
  NoticeCategory,
  NotificationPreferencesDto,
  NotificationRetryDto,
  RobotKind,
  WorkDashboardDto,
} from '@luyue/contracts';
import { apiCall } from './http';

// Dashboards, the body registry's clean-up, group robots and notification settings.

const bodyPath = (id: string) => `/bodies/${encodeURIComponent(id)}`;
const data = async <T>(answer: Promise<T>) => ({ data: await answer });

export interface ChannelInput {
  kind: RobotKind;
  name: string;
  webhookUrl: string;
  secret?: string;
  notices: NoticeCategory[];
}

export const backOfficeActions = {
  dashboard: () => data(apiCall<DashboardDto>('/dashboard')),
  workDashboard: () => data(apiCall<WorkDashboardDto>('/dashboard/work')),
  bodyRegistry: () => data(apiCall<BodyRegistryDto>('/body-registry')),
  mergeBody: (id: string, intoId: string) =>
    data(
      apiCall(`${bodyPath(id)}/merge`, { method: 'POST', body: { intoId } }),
    ),
  renameBody: (id: string, name: string) =>
    data(apiCall(`${bodyPath(id)}/rename`, { method: 'POST', body: { name } })),
  markNotABody: (id: string) =>
    data(
      apiCall<{ returnedToReview: number }>(`${bodyPath(id)}/not-a-body`, {
        method: 'POST',
      }),
    ),
  channels: (bodyId: string) =>
    data(apiCall<ChannelDto[]>(`${bodyPath(bodyId)}/channels`)),
  createChannel: (bodyId: string, input: ChannelInput) =>
    data(
      apiCall<ChannelDto>(`${bodyPath(bodyId)}/channels`, {
        method: 'POST',
        body: input,
      }),
    ),
  deleteChannel: (id: string) =>
    data(
      apiCall<ChannelDto>(`/channels/${encodeURIComponent(id)}`, {
        method: 'DELETE',
      }),
    ),
  notificationPreferences: () =>
    data(apiCall<NotificationPreferencesDto>('/me/notification-preferences')),
  saveNotificationPreferences: (
    preferences: Partial<NotificationPreferencesDto>,
  ) =>
    data(
      apiCall<NotificationPreferencesDto>('/me/notification-preferences', {
        method: 'PUT',
        body: preferences,
      }),
    ),
  retryNotification: (id: string) =>
    data(
      apiCall<NotificationRetryDto>(
        `/notifications/${encodeURIComponent(id)}/retry`,
        { method: 'POST' },
      ),
    ),
};
