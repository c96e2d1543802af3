import { type ChannelDto, NOTICE_CATEGORIES, ROBOT_KINDS, type NoticeCategory, type RobotKind, isOneOf } from '@luyue/contracts';
import { type Actor, ForbiddenActionError, NotFoundError, ValidationError, canConfigureChannels } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import { isUuid, rowsOf } from '../shared/sql';
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
export type ChannelView = ChannelDto;

const VIEW = `c.id, c.body_id AS "bodyId", c.kind, c.name, c.webhook_masked AS "webhookUrl", c.secret_encrypted AS secret,
  c.notices, c.active, c.created_at AS "createdAt", c.updated_at AS "updatedAt"`;

const toView = (row: ChannelView): ChannelView => ({ ...row, secret: maskSecret(row.secret) });

export interface ChannelSettings {
  secretKey: string;
  allowedHosts: string;
}

/** Bodies → 通知渠道: a body's WeCom / DingTalk robots (admins; managers for their bodies). */
export class ChannelAdminUseCases {
  private readonly cipher: ChannelCipher;
  private readonly allowedHosts: string[];

  constructor(
    private readonly ctx: AppContext,
    settings: ChannelSettings,
  ) {
    this.cipher = new ChannelCipher(settings.secretKey);
    this.allowedHosts = allowedHostsFrom(settings.allowedHosts);
  }

  async list(actor: Actor, bodyId: string): Promise<ChannelView[]> {
    await this.assertBody(actor, bodyId);
    const rows: ChannelView[] = await this.ctx.ds.query(`SELECT ${VIEW} FROM notification_channels c WHERE c.body_id = $1 ORDER BY c.created_at, c.id`, [bodyId]);
    return rows.map(toView);
  }

  async get(actor: Actor, id: string): Promise<ChannelView> {
    return toView(await this.find(actor, id));
  }

  async create(actor: Actor, bodyId: string, input: ChannelInput): Promise<ChannelView> {
    await this.assertBody(actor, bodyId);
    if (!input.kind || !isOneOf(ROBOT_KINDS, input.kind)) throw new ValidationError('kind must be wecom or dingtalk', { field: 'kind' });
    if (!input.webhookUrl) throw new ValidationError('webhookUrl is required', { field: 'webhookUrl' });
    const webhook = checkWebhook(input.kind, input.webhookUrl, this.allowedHosts);
    const notices = this.notices(input.notices) ?? [...NOTICE_CATEGORIES];
    const [row]: ChannelView[] = await this.ctx.ds.query(
      `INSERT INTO notification_channels AS c (body_id, kind, name, webhook_encrypted, webhook_masked, secret_encrypted, notices, active, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${VIEW}`,
      [bodyId, input.kind, (input.name ?? '').trim().slice(0, 100), this.cipher.encrypt(webhook.toString()), maskWebhook(input.kind, webhook),
        input.secret ? this.cipher.encrypt(input.secret) : null, notices, input.active ?? true, actor.userId],
    );
    return toView(row);
  }

  async update(actor: Actor, id: string, input: ChannelInput): Promise<ChannelView> {
    const current = await this.find(actor, id);
    if (input.kind !== undefined && input.kind !== current.kind) throw new ValidationError('kind cannot change; add a new channel', { field: 'kind' });
    const set: string[] = [];
    const params: unknown[] = [id];
    const put = (column: string, value: unknown) => {
      params.push(value);
      set.push(`${column} = $${params.length}`);
    };
    if (input.name !== undefined) put('name', input.name.trim().slice(0, 100));
    if (input.webhookUrl !== undefined) {
      const webhook = checkWebhook(current.kind, input.webhookUrl, this.allowedHosts);
      put('webhook_encrypted', this.cipher.encrypt(webhook.toString()));
      put('webhook_masked', maskWebhook(current.kind, webhook));
    }
    if (input.secret !== undefined) put('secret_encrypted', input.secret ? this.cipher.encrypt(input.secret) : null);
    const notices = this.notices(input.notices);
    if (notices) put('notices', notices);
    if (input.active !== undefined) put('active', input.active === true);
    if (!set.length) return toView(current);
    const [row] = rowsOf<ChannelView>(await this.ctx.ds.query(`UPDATE notification_channels c SET ${set.join(', ')}, updated_at = now() WHERE c.id = $1 RETURNING ${VIEW}`, params));
    return toView(row);
  }

  async remove(actor: Actor, id: string): Promise<ChannelView> {
    const current = await this.find(actor, id);
    await this.ctx.ds.query('DELETE FROM notification_channels WHERE id = $1', [id]);
    return toView(current);
  }

  private notices(value: unknown): NoticeCategory[] | undefined {
    if (value === undefined) return undefined;
    if (!Array.isArray(value) || !value.every((v) => isOneOf(NOTICE_CATEGORIES, v))) {
      throw new ValidationError(`notices must be a list of ${NOTICE_CATEGORIES.join(', ')}`, { field: 'notices' });
    }
    return [...new Set(value as NoticeCategory[])];
  }

  private async find(actor: Actor, id: string): Promise<ChannelView> {
    const [row]: ChannelView[] = isUuid(id) ? await this.ctx.ds.query(`SELECT ${VIEW} FROM notification_channels c WHERE c.id = $1`, [id]) : [];
    // Another body's channel does not exist for the actor.
    if (!row || !canConfigureChannels(actor, row.bodyId)) throw new NotFoundError('Channel', id);
    return row;
  }

  private async assertBody(actor: Actor, bodyId: string): Promise<void> {
    const [body] = isUuid(bodyId) ? await this.ctx.ds.query('SELECT id FROM bodies WHERE id = $1', [bodyId]) : [];
    if (!body) throw new NotFoundError('Body', bodyId);
    if (!canConfigureChannels(actor, bodyId)) throw new ForbiddenActionError('configure the channels of this body', { bodyId });
  }
}
