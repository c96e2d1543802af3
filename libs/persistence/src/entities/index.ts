import { BodyEntity } from './body.entity';
import { EvidenceEntity } from './evidence.entity';
import { ExtensionRequestEntity } from './extension-request.entity';
import { NotificationEntity } from './notification.entity';
import { ObligationEventEntity } from './obligation-event.entity';
import { ObligationEntity } from './obligation.entity';
import { ProvisionEntity } from './provision.entity';
import { RegulationEntity } from './regulation.entity';
import { UserEntity } from './user.entity';

export {
  BodyEntity,
  EvidenceEntity,
  ExtensionRequestEntity,
  NotificationEntity,
  ObligationEventEntity,
  ObligationEntity,
  ProvisionEntity,
  RegulationEntity,
  UserEntity,
};

// Every TypeORM entity. New entities are appended here.
export const ALL_ENTITIES: (new (...args: never[]) => object)[] = [
  BodyEntity,
  UserEntity,
  RegulationEntity,
  ProvisionEntity,
  ObligationEntity,
  ObligationEventEntity,
  ExtensionRequestEntity,
  EvidenceEntity,
  NotificationEntity,
];
