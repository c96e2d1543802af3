import type { ChannelDto, NoticeCategory, RobotKind } from '@luyue/contracts';

/** A channel as stored for the API: the webhook already masked, the secret still encrypted (masked on the way out). */
export type StoredChannel = ChannelDto;

export interface NewChannel {
  bodyId: string;
  kind: RobotKind;
  name: string;
  webhookEncrypted: string;
  webhookMasked: string;
  secretEncrypted: string | null;
  notices: NoticeCategory[];
  active: boolean;
  createdBy: string;
}

export type ChannelChanges = Partial<Pick<NewChannel, 'name' | 'webhookEncrypted' | 'webhookMasked' | 'secretEncrypted' | 'notices' | 'active'>>;

/** A body's robot channels (port). */
export interface ChannelRepository {
  ofBody(bodyId: string): Promise<StoredChannel[]>;
  find(id: string): Promise<StoredChannel | undefined>;
  add(channel: NewChannel): Promise<StoredChannel>;
  update(id: string, changes: ChannelChanges): Promise<StoredChannel>;
  delete(id: string): Promise<void>;
}
