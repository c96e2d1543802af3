import { validateEnv } from '@luyue/config';
import { reminderConfigFrom } from './reminder-config';

describe('reminderConfigFrom', () => {
  it('reads offsets, escalation and zone from the environment', () => {
    const config = reminderConfigFrom(validateEnv({ REMINDER_OFFSETS: '14,7,7,1', ESCALATION_AFTER_DAYS: '3', APP_TIME_ZONE: 'Asia/Urumqi' }));
    expect(config.rules).toEqual({ dueSoonOffsets: [14, 7, 1], escalateAfterDays: 3, repeatEveryDays: 7 });
    expect(config.timeZone).toBe('Asia/Urumqi');
    expect(config.digestHorizonDays).toBe(14);
  });

  it('defaults to 7/3/1 and 7 days', () => {
    expect(reminderConfigFrom(validateEnv({})).rules).toEqual({ dueSoonOffsets: [7, 3, 1], escalateAfterDays: 7, repeatEveryDays: 7 });
  });
});
