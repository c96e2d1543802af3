import type { EnvironmentVariables } from '@luyue/config';
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from '@luyue/domain';

/** Everything the reminder use cases read from the configuration. */
export interface ReminderConfig {
  timeZone: string;
  rules: ReminderSettings;
  mailFrom: string;
  baseUrl: string;
  /** The digest lists items due within this many days. */
  digestHorizonDays: number;
  /** The digest e-mail shows at most this many items per section (the counts are complete). */
  digestListLimit: number;
  /** YELLOW_DAYS: the light shown next to a due date in messages. */
  yellowDays: number;
}

export function reminderConfigFrom(env: EnvironmentVariables): ReminderConfig {
  return {
    timeZone: env.APP_TIME_ZONE,
    rules: {
      ...DEFAULT_REMINDER_SETTINGS,
      dueSoonOffsets: [...new Set(env.REMINDER_OFFSETS.split(',').map(Number))].filter((n) => Number.isInteger(n) && n >= 0),
      escalateAfterDays: env.ESCALATION_AFTER_DAYS,
    },
    mailFrom: env.MAIL_FROM,
    baseUrl: env.APP_BASE_URL,
    digestHorizonDays: 14,
    digestListLimit: 50,
    yellowDays: env.YELLOW_DAYS,
  };
}
