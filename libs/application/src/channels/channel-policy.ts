import { NOTICE_CATEGORIES, type NoticeCategory, type RobotKind, isOneOf } from '@luyue/contracts';
import { type Actor, ForbiddenActionError, NotFoundError, ValidationError, canConfigureChannels } from '@luyue/domain';
import type { Repositories } from '../shared/repositories';
import type { StoredChannel } from './channel.repository';
import { ChannelCipher } from './channel-cipher';
import { allowedHostsFrom, checkWebhook, maskSecret, maskWebhook } from './webhook-policy';

export interface ChannelInput {
  kind?: RobotKind;
  name?: string;
  webhookUrl?: string;
  /** DingTalk 加签 secret; empty string clears it; omitted keeps it. */
  secret?: string | null;
  notices?: NoticeCategory[];
  active?: boolean;
}

/** A channel as the API shows it: the webhook masked, the secret never. */
export type ChannelView = StoredChannel;

export interface ChannelSettings {
  secretKey: string;
  allowedHosts: string;
}

export const toChannelView = (row: StoredChannel): ChannelView => ({ ...row, secret: maskSecret(row.secret) });

/** What every channel action shares: the cipher, the webhook allow-list, who may see which channel. */
export class ChannelPolicy {
  private readonly cipher: ChannelCipher;
  private readonly allowedHosts: string[];

  constructor(settings: ChannelSettings) {
    this.cipher = new ChannelCipher(settings.secretKey);
    this.allowedHosts = allowedHostsFrom(settings.allowedHosts);
  }

  /** The allow-listed webhook, encrypted and masked. */
  webhook(kind: RobotKind, url: string): { webhookEncrypted: string; webhookMasked: string } {
    const webhook = checkWebhook(kind, url, this.allowedHosts);
    return { webhookEncrypted: this.cipher.encrypt(webhook.toString()), webhookMasked: maskWebhook(kind, webhook) };
  }

  secret(secret: string | null): string | null {
    return secret ? this.cipher.encrypt(secret) : null;
  }

  notices(value: unknown): NoticeCategory[] | undefined {
    if (value === undefined) return undefined;
    if (!Array.isArray(value) || !value.every((v) => isOneOf(NOTICE_CATEGORIES, v))) {
      throw new ValidationError(`notices must be a list of ${NOTICE_CATEGORIES.join(', ')}`, { field: 'notices' });
    }
    return [...new Set(value as NoticeCategory[])];
  }

  /** The channel; another body's channel does not exist for the actor (404). */
  async find({ channels }: Pick<Repositories, 'channels'>, actor: Actor, id: string): Promise<StoredChannel> {
    const row = await channels.find(id);
    if (!row || !canConfigureChannels(actor, row.bodyId)) throw new NotFoundError('Channel', id);
    return row;
  }

  /** 404 for an unknown body, 403 when the actor may not configure its channels. */
  async assertBody({ bodies }: Pick<Repositories, 'bodies'>, actor: Actor, bodyId: string): Promise<void> {
    await bodies.get(bodyId);
    if (!canConfigureChannels(actor, bodyId)) throw new ForbiddenActionError('configure the channels of this body', { bodyId });
  }
}
