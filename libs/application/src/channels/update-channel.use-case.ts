import { type Actor, ValidationError } from '@luyue/domain';
import { ChannelUseCase } from './channel-use-case';
import { type ChannelInput, type ChannelView, toChannelView } from './channel-policy';

/** PUT /channels/:id: the kind stays; an omitted secret is kept, an empty one cleared. */
export class UpdateChannelUseCase extends ChannelUseCase {
  async execute(actor: Actor, id: string, input: ChannelInput): Promise<ChannelView> {
    const repos = this.ctx.data.repositories;
    const current = await this.policy.find(repos, actor, id);
    if (input.kind !== undefined && input.kind !== current.kind) throw new ValidationError('kind cannot change; add a new channel', { field: 'kind' });
    const changes = {
      name: input.name?.trim().slice(0, 100),
      ...(input.webhookUrl !== undefined ? this.policy.webhook(current.kind, input.webhookUrl) : {}),
      secretEncrypted: input.secret !== undefined ? this.policy.secret(input.secret) : undefined,
      notices: this.policy.notices(input.notices),
      active: input.active !== undefined ? input.active === true : undefined,
    };
    if (Object.values(changes).every((v) => v === undefined)) return toChannelView(current);
    return toChannelView(await repos.channels.update(id, changes));
  }
}
