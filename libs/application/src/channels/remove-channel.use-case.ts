import { type Actor } from '@luyue/domain';
import { ChannelUseCase } from './channel-use-case';
import { type ChannelView, toChannelView } from './channel-policy';

/** DELETE /channels/:id */
export class RemoveChannelUseCase extends ChannelUseCase {
  async execute(actor: Actor, id: string): Promise<ChannelView> {
    const repos = this.ctx.data.repositories;
    const current = await this.policy.find(repos, actor, id);
    await repos.channels.delete(id);
    return toChannelView(current);
  }
}
