import { Extensions1764000000000 } from './1764000000000-extensions';
import { TrackingSchema1764100000000 } from './1764100000000-tracking-schema';
import { ApiAdditions1764200000000 } from './1764200000000-api-additions';
import { ListPerformance1764300000000 } from './1764300000000-list-performance';
import { ObligationReach1764400000000 } from './1764400000000-obligation-reach';
import { AppRole1764500000000 } from './1764500000000-app-role';
import { SessionVersion1764700000000 } from './1764700000000-session-version';
import { AuditChain1764600000000 } from './1764600000000-audit-chain';
import { RegulationVersions1764800000000 } from './1764800000000-regulation-versions';
import { RegulationShortTitle1764850000000 } from './1764850000000-regulation-short-title';
import { NotificationChannels1764920000000 } from './1764920000000-notification-channels';
import { DashboardLeadRows1764960000000 } from './1764960000000-dashboard-lead-rows';
import { OutboxReferenceGuards1764970000000 } from './1764970000000-outbox-reference-guards';
import { AuditChainRowLock1764980000000 } from './1764980000000-audit-chain-row-lock';

// Every migration, in order. New migrations are appended here (explicit list: works under ts-node and jest alike).
export const ALL_MIGRATIONS = [
  Extensions1764000000000,
  TrackingSchema1764100000000,
  ApiAdditions1764200000000,
  ListPerformance1764300000000,
  ObligationReach1764400000000,
  AppRole1764500000000,
  AuditChain1764600000000,
  SessionVersion1764700000000,
  RegulationVersions1764800000000,
  RegulationShortTitle1764850000000,
  NotificationChannels1764920000000,
  DashboardLeadRows1764960000000,
  OutboxReferenceGuards1764970000000,
  AuditChainRowLock1764980000000,
];
