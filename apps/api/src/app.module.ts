import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EnvironmentVariables, LuyueConfigModule } from '@luyue/config';
import { appDataSourceOptions } from '@luyue/persistence';
import { RedisModule } from '@luyue/queue';
import { ApplicationModule } from './application.module';
import { AuthModule } from './auth/auth.module';
import { LoggingModule } from './common/logging.module';
import { HealthModule } from './health/health.module';
import { NotificationSettingsModule } from './notifications/notification-settings.module';
import { ObligationsModule } from './obligations/obligations.module';
import { QueuesBoardModule } from './queues-board/queues-board.module';
import { ResourcesModule } from './resources/resources.module';

@Module({
  imports: [
    LuyueConfigModule,
    LoggingModule,
    // As the least-privileged luyue_app role (APP_DATABASE_URL); DATABASE_URL, the owner, only migrates.
    TypeOrmModule.forRootAsync({
      inject: [EnvironmentVariables],
      useFactory: (env: EnvironmentVariables) => ({ ...appDataSourceOptions(env), retryAttempts: 3, retryDelay: 1000 }),
    }),
    RedisModule,
    HealthModule,
    ApplicationModule,
    AuthModule,
    ObligationsModule,
    ResourcesModule,
    QueuesBoardModule,
    NotificationSettingsModule,
  ],
})
export class AppModule {}
