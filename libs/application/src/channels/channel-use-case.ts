import type { AppContext } from '../shared/app-context';
import { ChannelPolicy, type ChannelSettings } from './channel-policy';

/** Bodies → 通知渠道: a body's WeCom / DingTalk robots (admins; managers for their bodies). Each action is a subclass. */
export abstract class ChannelUseCase {
  protected readonly policy: ChannelPolicy;

  constructor(
    protected readonly ctx: AppContext,
    settings: ChannelSettings,
  ) {
    this.policy = new ChannelPolicy(settings);
  }
}
