import { Module, type OnApplicationShutdown } from '@nestjs/common';
import {
  AppContext,
  CreateChannelUseCase,
  GetChannelUseCase,
  GetNotificationPreferencesUseCase,
  ListChannelsUseCase,
  RemoveChannelUseCase,
  RetryNotificationUseCase,
  UpdateChannelUseCase,
  UpdateNotificationPreferencesUseCase,
} from '@luyue/application';
import { EnvironmentVariables } from '@luyue/config';
import { ReminderQueuesModule, RobotProducer } from '@luyue/queue';
import { ChannelsController, NotificationPreferencesController } from './notification-settings.controller';

/** Issue 17: channels, preferences, retry. */
@Module({
  imports: [ReminderQueuesModule],
  controllers: [ChannelsController, NotificationPreferencesController],
  providers: [
    ...[ListChannelsUseCase, GetChannelUseCase, CreateChannelUseCase, UpdateChannelUseCase, RemoveChannelUseCase].map((useCase) => ({
      provide: useCase,
      inject: [AppContext, EnvironmentVariables],
      useFactory: (ctx: AppContext, env: EnvironmentVariables) => new useCase(ctx, { secretKey: env.CHANNEL_SECRET_KEY, allowedHosts: env.CHANNEL_ALLOWED_HOSTS }),
    })),
    ...[GetNotificationPreferencesUseCase, UpdateNotificationPreferencesUseCase, RetryNotificationUseCase].map((useCase) => ({
      provide: useCase,
      inject: [AppContext],
      useFactory: (ctx: AppContext) => new useCase(ctx),
    })),
    { provide: RobotProducer, inject: [EnvironmentVariables], useFactory: (env: EnvironmentVariables) => RobotProducer.connect(env) },
  ],
})
export class NotificationSettingsModule implements OnApplicationShutdown {
  constructor(private readonly robots: RobotProducer) {}
  async onApplicationShutdown(): Promise<void> {
    await this.robots.close();
  }
}
