import { Extensions1764000000000 } from './1764000000000-extensions';
import { TrackingSchema1764100000000 } from './1764100000000-tracking-schema';

// Every migration, in order. New migrations are appended here (explicit list: works under ts-node and jest alike).
export const ALL_MIGRATIONS = [Extensions1764000000000, TrackingSchema1764100000000];
