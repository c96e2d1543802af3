import type { DataSource } from 'typeorm';
import { type Clock, addDays, systemClock, todayIn } from '@luyue/domain';
import type { IsoDate } from '@luyue/contracts';

export interface AppSettings {
  timeZone: string;
  yellowDays: number;
  evidenceDir: string;
  evidenceMaxBytes: number;
}

/** What every use case needs: the database, the settings and the clock ("today" is always in APP_TIME_ZONE). */
export class AppContext {
  constructor(
    readonly ds: DataSource,
    readonly settings: AppSettings,
    readonly clock: Clock = systemClock,
  ) {}

  today(): IsoDate {
    return todayIn(this.settings.timeZone, this.clock);
  }

  /** Last day still shown yellow. */
  yellowUntil(today: IsoDate = this.today()): IsoDate {
    return addDays(today, this.settings.yellowDays);
  }
}
