import { type Actor } from '@luyue/domain';
import { ChannelUseCase } from './channel-use-case';
import { type ChannelView, toChannelView } from './channel-policy';

/** GET /bodies/:bodyId/channels */
export class ListChannelsUseCase extends ChannelUseCase {
  async execute(actor: Actor, bodyId: string): Promise<ChannelView[]> {
    const repos = this.ctx.data.repositories;
    await this.policy.assertBody(repos, actor, bodyId);
    return (await repos.channels.ofBody(bodyId)).map(toChannelView);
  }
}
