import { NOTICE_CATEGORIES, ROBOT_KINDS, isOneOf } from '@luyue/contracts';
import { type Actor, ValidationError } from '@luyue/domain';
import { ChannelUseCase } from './channel-use-case';
import { type ChannelInput, type ChannelView, toChannelView } from './channel-policy';

/** POST /bodies/:bodyId/channels */
export class CreateChannelUseCase extends ChannelUseCase {
  async execute(actor: Actor, bodyId: string, input: ChannelInput): Promise<ChannelView> {
    const repos = this.ctx.data.repositories;
    await this.policy.assertBody(repos, actor, bodyId);
    if (!input.kind || !isOneOf(ROBOT_KINDS, input.kind)) throw new ValidationError('kind must be wecom or dingtalk', { field: 'kind' });
    if (!input.webhookUrl) throw new ValidationError('webhookUrl is required', { field: 'webhookUrl' });
    const row = await repos.channels.add({
      bodyId,
      kind: input.kind,
      name: (input.name ?? '').trim().slice(0, 100),
      ...this.policy.webhook(input.kind, input.webhookUrl),
      secretEncrypted: this.policy.secret(input.secret ?? null),
      notices: this.policy.notices(input.notices) ?? [...NOTICE_CATEGORIES],
      active: input.active ?? true,
      createdBy: actor.userId,
    });
    return toChannelView(row);
  }
}
