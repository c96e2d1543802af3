import { Module, type OnApplicationShutdown } from '@nestjs/common';
import { AppContext, ChannelAdminUseCases, NotificationPreferencesUseCases } from '@luyue/application';
import { EnvironmentVariables } from '@luyue/config';
import { ReminderQueuesModule, RobotProducer } from '@luyue/queue';
import { ChannelsController, NotificationPreferencesController } from './notification-settings.controller';

/** Issue 17: channels, preferences, retry. */
@Module({
  imports: [ReminderQueuesModule],
  controllers: [ChannelsController, NotificationPreferencesController],
  providers: [
    {
      provide: ChannelAdminUseCases,
      inject: [AppContext, EnvironmentVariables],
      useFactory: (ctx: AppContext, env: EnvironmentVariables) => new ChannelAdminUseCases(ctx, { secretKey: env.CHANNEL_SECRET_KEY, allowedHosts: env.CHANNEL_ALLOWED_HOSTS }),
    },
    { provide: NotificationPreferencesUseCases, inject: [AppContext], useFactory: (ctx: AppContext) => new NotificationPreferencesUseCases(ctx) },
    { provide: RobotProducer, inject: [EnvironmentVariables], useFactory: (env: EnvironmentVariables) => RobotProducer.connect(env) },
  ],
})
export class NotificationSettingsModule implements OnApplicationShutdown {
  constructor(private readonly robots: RobotProducer) {}
  async onApplicationShutdown(): Promise<void> {
    await this.robots.close();
  }
}
