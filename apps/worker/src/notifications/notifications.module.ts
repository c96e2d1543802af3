import { Module } from '@nestjs/common';
import type Redis from 'ioredis';
import { AppContext, FindRobotChannelUseCase, GiveUpNotificationUseCase, RelayOutboxUseCase, SendRobotNotificationUseCase, reminderConfigFrom } from '@luyue/application';
import { EnvironmentVariables } from '@luyue/config';
import { REDIS, ReminderProducer, ReminderQueuesModule, RobotProducer, WebhookRateLimiter } from '@luyue/queue';
import { NotificationWorkersService } from './notification-workers.service';
import { RobotProcessor } from './robot.processor';

/** The vendors' window plus a margin for clocks and network latency between our count and theirs. */
const RATE_MARGIN_MS = 1_000;

/** Issue 17: hand-off notices (outbox relay) and the bodies' group robots. */
@Module({
  imports: [ReminderQueuesModule],
  providers: [
    { provide: RobotProducer, inject: [EnvironmentVariables], useFactory: (env: EnvironmentVariables) => RobotProducer.connect(env) },
    {
      provide: RelayOutboxUseCase,
      inject: [AppContext, ReminderProducer, RobotProducer],
      useFactory: (ctx: AppContext, emails: ReminderProducer, robots: RobotProducer) =>
        new RelayOutboxUseCase(ctx, { enqueueEmails: (rows) => emails.enqueueEmails(rows), enqueueRobots: (rows) => robots.enqueueRobots(rows) }),
    },
    {
      provide: SendRobotNotificationUseCase,
      inject: [AppContext, EnvironmentVariables],
      useFactory: (ctx: AppContext, env: EnvironmentVariables) =>
        new SendRobotNotificationUseCase(ctx, reminderConfigFrom(env), { secretKey: env.CHANNEL_SECRET_KEY, allowedHosts: env.CHANNEL_ALLOWED_HOSTS }),
    },
    {
      provide: WebhookRateLimiter,
      inject: [REDIS, EnvironmentVariables],
      useFactory: (redis: Redis, env: EnvironmentVariables) => new WebhookRateLimiter(redis, env.ROBOT_RATE_MAX, env.ROBOT_RATE_WINDOW_MS + RATE_MARGIN_MS),
    },
    ...[FindRobotChannelUseCase, GiveUpNotificationUseCase].map((useCase) => ({ provide: useCase, inject: [AppContext], useFactory: (ctx: AppContext) => new useCase(ctx) })),
    RobotProcessor,
    NotificationWorkersService,
  ],
})
export class NotificationsModule {}
