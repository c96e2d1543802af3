import type { EnvironmentVariables } from '@luyue/config';
import type { DataAccess } from './data-access';
import { type Clock, addDays, systemClock, todayIn } from '@luyue/domain';
import type { IsoDate } from '@luyue/contracts';
import { ActorLoader } from '../access/actor.loader';
import { ChangeCache } from './change-cache';
import { PageAnchors } from './page-anchors';
import type { ListCaches } from '../obligations/obligation.repository';
import { JurisdictionBodies } from '../bodies/jurisdiction-bodies';

export interface AppSettings {
  timeZone: string;
  yellowDays: number;
  evidenceDir: string;
  evidenceMaxBytes: number;
  /** MAIL_FROM: its domain ends the Message-IDs of the notices written with a transition. */
  mailFrom?: string;
}

/** The settings as the environment gives them (api, worker and CLI alike). */
export function appSettingsFrom(env: EnvironmentVariables): AppSettings {
  return { timeZone: env.APP_TIME_ZONE, yellowDays: env.YELLOW_DAYS, evidenceDir: env.EVIDENCE_DIR, evidenceMaxBytes: env.EVIDENCE_MAX_BYTES, mailFrom: env.MAIL_FROM };
}

/** What every use case needs: the data access port, the settings and the clock ("today" is always in APP_TIME_ZONE). */
export class AppContext {
  /** Actors per request without re-reading the body tree (see ActorLoader). */
  readonly actors = new ActorLoader();
  /** Exact list totals (Content-Range), recounted once obligations change or after 30 s, and the deep pages' anchors on the same terms. */
  readonly listCaches: ListCaches = { totals: new ChangeCache<number>(30_000, 5_000), anchors: new PageAnchors(30_000, 1_000) };
  /** The body registry by jurisdiction, for resolving imported subjects. */
  readonly jurisdictionBodies = new JurisdictionBodies();

  constructor(
    readonly data: DataAccess,
    readonly settings: AppSettings,
    readonly clock: Clock = systemClock,
  ) {}

  private todayCache = { second: NaN, day: '' as IsoDate };

  today(): IsoDate {
    // Several times a request: formatting the date in the zone is the costly part, so once a second.
    const second = Math.floor(this.clock.now().getTime() / 1000);
    if (second !== this.todayCache.second) this.todayCache = { second, day: todayIn(this.settings.timeZone, this.clock) };
    return this.todayCache.day;
  }

  /** Last day still shown yellow. */
  yellowUntil(today: IsoDate = this.today()): IsoDate {
    return addDays(today, this.settings.yellowDays);
  }
}
