import type { DataAccess } from '../shared/data-access';

/** The channel of a pending robot row (the robot processor rate-limits on it), or null when there is nothing to send. */
export class FindRobotChannelUseCase {
  constructor(private readonly data: DataAccess) {}

  execute(notificationId: string): Promise<string | null> {
    return this.data.repositories.deliveries.pendingRobotChannel(notificationId);
  }
}
