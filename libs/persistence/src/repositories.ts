import type { EntityManager } from 'typeorm';
import type { Repositories } from '@luyue/application';
import { SqlObligationRepository } from './obligations/obligation.sql-repository';
import { SqlExtensionRepository } from './extensions/extension.sql-repository';
import { SqlEventNoticeRepository } from './notifications/event-notice.sql-repository';
import { SqlAdminEventRepository } from './audit/admin-event.sql-repository';
import { SqlBodyRepository } from './bodies/body.sql-repository';
import { SqlSessionRepository } from './users/session.sql-repository';
import { SqlUserRepository } from './users/user.sql-repository';
import { SqlEvidenceRepository } from './evidence/evidence.sql-repository';
import { SqlLedgerExportReads } from './ledger/ledger-export.sql-reads';
import { SqlResourceReads } from './resources/resource.sql-reads';
import { SqlNotificationRepository } from './notifications/notification.sql-repository';
import { SqlChannelRepository } from './channels/channel.sql-repository';
import { SqlRegulationRepository } from './regulations/regulation.sql-repository';
import { SqlDeliveryRepository } from './notifications/delivery.sql-repository';
import { SqlBodyRegistryRepository } from './bodies/body-registry.sql-repository';
import { SqlAuditChainReads } from './audit/audit-chain.sql-reads';
import { SqlDemoSeedRepository } from './seed/demo-seed.sql-repository';

/** Every repository, bound to one connection or transaction (cheap: plain objects over `m`). */
export function createRepositories(m: EntityManager): Repositories {
  return {
    obligations: new SqlObligationRepository(m),
    extensions: new SqlExtensionRepository(m),
    eventNotices: new SqlEventNoticeRepository(m),
    adminEvents: new SqlAdminEventRepository(m),
    bodies: new SqlBodyRepository(m),
    sessions: new SqlSessionRepository(m),
    users: new SqlUserRepository(m),
    evidence: new SqlEvidenceRepository(m),
    ledgerExport: new SqlLedgerExportReads(m),
    resources: new SqlResourceReads(m),
    notifications: new SqlNotificationRepository(m),
    channels: new SqlChannelRepository(m),
    regulations: new SqlRegulationRepository(m),
    deliveries: new SqlDeliveryRepository(m),
    bodyRegistry: new SqlBodyRegistryRepository(m),
    auditChain: new SqlAuditChainReads(m),
    demoSeed: new SqlDemoSeedRepository(m),
  };
}
