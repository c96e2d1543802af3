import { Extensions1764000000000 } from './1764000000000-extensions';
import { TrackingSchema1764100000000 } from './1764100000000-tracking-schema';
import { ApiAdditions1764200000000 } from './1764200000000-api-additions';
import { ListPerformance1764300000000 } from './1764300000000-list-performance';
import { ObligationReach1764400000000 } from './1764400000000-obligation-reach';

// Every migration, in order. New migrations are appended here (explicit list: works under ts-node and jest alike).
export const ALL_MIGRATIONS = [Extensions1764000000000, TrackingSchema1764100000000, ApiAdditions1764200000000, ListPerformance1764300000000, ObligationReach1764400000000];
