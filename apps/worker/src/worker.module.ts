import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { EnvironmentVariables, LuyueConfigModule } from '@luyue/config';
import { appDataSourceOptions } from '@luyue/persistence';
import { QueueInfraModule, RedisModule } from '@luyue/queue';
import { HeartbeatService } from './heartbeat.service';
import { NotificationsModule } from './notifications/notifications.module';
import { OcrModule } from './ocr/ocr.module';
import { RemindersModule } from './reminders/reminders.module';
import { WorkerContextModule } from './worker-context.module';

/** The worker: BullMQ processors and job schedulers, no HTTP. */
@Module({
  imports: [
    LuyueConfigModule,
    LoggerModule.forRootAsync({
      inject: [EnvironmentVariables],
      useFactory: (env: EnvironmentVariables) => ({
        pinoHttp: { level: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'warn' : 'info'), base: { app: 'worker' } },
      }),
    }),
    // As the least-privileged luyue_app role (APP_DATABASE_URL), like the api.
    TypeOrmModule.forRootAsync({
      inject: [EnvironmentVariables],
      useFactory: (env: EnvironmentVariables) => ({ ...appDataSourceOptions(env), retryAttempts: 10, retryDelay: 1000 }),
    }),
    WorkerContextModule,
    RedisModule,
    QueueInfraModule,
    RemindersModule,
    NotificationsModule,
    OcrModule,
  ],
  providers: [HeartbeatService],
})
export class WorkerModule {}
