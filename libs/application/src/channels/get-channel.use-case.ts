import { type Actor } from '@luyue/domain';
import { ChannelUseCase } from './channel-use-case';
import { type ChannelView, toChannelView } from './channel-policy';

/** GET /channels/:id */
export class GetChannelUseCase extends ChannelUseCase {
  async execute(actor: Actor, id: string): Promise<ChannelView> {
    return toChannelView(await this.policy.find(this.ctx.data.repositories, actor, id));
  }
}
