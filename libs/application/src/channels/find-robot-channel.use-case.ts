import type { AppContext } from '../shared/app-context';

/** The channel of a pending robot row (the robot processor rate-limits on it), or null when there is nothing to send. */
export class FindRobotChannelUseCase {
  constructor(private readonly ctx: AppContext) {}

  execute(notificationId: string): Promise<string | null> {
    return this.ctx.data.repositories.deliveries.pendingRobotChannel(notificationId);
  }
}
