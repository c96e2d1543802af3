import type { IsoDateTime } from './iso-date';
import type { AdminEventType } from './obligation.enums';
import type { ObligationEventDto } from './obligation.dto';
import type { NotificationDto } from './notification.dto';
import type { BodyDto, UserAccountDto } from './organization.dto';
import type { ProvisionDto, RegulationDto } from './regulation.dto';

/** GET /admin-events (admins): a user, body or regulation change of the audit trail. */
export interface AdminEventDto {
  id: string;
  type: AdminEventType;
  actorId: string | null;
  entity: 'user' | 'body' | 'regulation' | null;
  entityId: string | null;
  /** Field → { from, to }. */
  changes: Record<string, { from: unknown; to: unknown }> | null;
  createdAt: IsoDateTime;
}

/** The row each read-only list resource (GET /api/<name>, ra-data-simple-rest) answers. */
export interface ResourceDtos {
  regulations: RegulationDto;
  provisions: ProvisionDto;
  bodies: BodyDto;
  users: UserAccountDto;
  'obligation-events': ObligationEventDto;
  'admin-events': AdminEventDto;
  notifications: NotificationDto;
}
