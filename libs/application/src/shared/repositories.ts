import type { ObligationRepository } from '../obligations/obligation.repository';
import type { ExtensionRepository } from '../extensions/extension.repository';
import type { EventNoticeRepository } from '../notifications/event-notice.repository';
import type { AdminEventRepository } from '../audit/admin-events';
import type { BodyRepository } from '../bodies/body.repository';
import type { SessionRepository } from '../access/session.repository';
import type { UserRepository } from '../users/user.repository';
import type { EvidenceRepository } from '../evidence/evidence.repository';
import type { LedgerExportReads } from '../ledger/ledger-export.reads';
import type { ResourceReads } from '../resources/resource.reads';
import type { NotificationRepository } from '../notifications/notification.repository';
import type { ChannelRepository } from '../channels/channel.repository';
import type { RegulationRepository } from '../regulations/regulation.repository';
import type { DeliveryRepository } from '../notifications/delivery.repository';
import type { BodyRegistryRepository } from '../bodies/body-registry.repository';
import type { AuditChainReads } from '../audit/verify-audit-trail';
import type { DemoSeedRepository } from '../seed/demo-seed.repository';

/** One repository per aggregate (ports; the SQL adapters are in libs/persistence). */
export interface Repositories {
  readonly obligations: ObligationRepository;
  readonly extensions: ExtensionRepository;
  readonly eventNotices: EventNoticeRepository;
  readonly adminEvents: AdminEventRepository;
  readonly bodies: BodyRepository;
  readonly sessions: SessionRepository;
  readonly users: UserRepository;
  readonly evidence: EvidenceRepository;
  readonly ledgerExport: LedgerExportReads;
  readonly resources: ResourceReads;
  readonly notifications: NotificationRepository;
  readonly channels: ChannelRepository;
  readonly regulations: RegulationRepository;
  readonly deliveries: DeliveryRepository;
  readonly bodyRegistry: BodyRegistryRepository;
  readonly auditChain: AuditChainReads;
  readonly demoSeed: DemoSeedRepository;
}
