import { DIGEST_WEEKDAYS, type NotificationPreferencesDto } from '@luyue/contracts';
import { type Actor, ForbiddenActionError, NotFoundError, ValidationError, canChooseDigestDay } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';

const SWITCHES = ['dueSoon', 'overdue', 'escalation', 'digest', 'events'] as const;

/** GET /me/notification-preferences */
export class GetNotificationPreferencesUseCase {
  constructor(private readonly ctx: AppContext) {}

  async execute(actor: Actor): Promise<NotificationPreferencesDto> {
    const row = await this.ctx.data.repositories.users.notificationPreferences(actor.userId);
    if (!row) throw new NotFoundError('User', actor.userId);
    return row;
  }
}

/** PUT /me/notification-preferences: e-mail on or off per kind; managers also choose their digest's weekday. */
export class UpdateNotificationPreferencesUseCase {
  private readonly read: GetNotificationPreferencesUseCase;

  constructor(private readonly ctx: AppContext) {
    this.read = new GetNotificationPreferencesUseCase(ctx);
  }

  async execute(actor: Actor, input: Partial<NotificationPreferencesDto>): Promise<NotificationPreferencesDto> {
    const changes: Partial<NotificationPreferencesDto> = {};
    for (const key of SWITCHES) {
      const value = input[key];
      if (value === undefined) continue;
      if (typeof value !== 'boolean') throw new ValidationError(`${key} must be true or false`, { field: key });
      changes[key] = value;
    }
    if (input.digestWeekday !== undefined) {
      if (!canChooseDigestDay(actor)) throw new ForbiddenActionError('choose the digest day (managers receive the digest)');
      if (!(DIGEST_WEEKDAYS as readonly number[]).includes(input.digestWeekday)) throw new ValidationError('digestWeekday must be 1 (Monday) to 7 (Sunday)', { field: 'digestWeekday' });
      changes.digestWeekday = input.digestWeekday;
    }
    await this.ctx.data.repositories.users.setNotificationPreferences(actor.userId, changes);
    return this.read.execute(actor);
  }
}
