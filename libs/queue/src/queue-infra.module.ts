import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { EnvironmentVariables, redisOptionsFromUrl } from '@luyue/config';

/** BullMQ's shared connection (REDIS_URL, its database index honoured) for producers and processors. */
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [EnvironmentVariables],
      useFactory: (env: EnvironmentVariables) => ({ connection: redisOptionsFromUrl(env.REDIS_URL), prefix: 'luyue' }),
    }),
  ],
  exports: [BullModule],
})
export class QueueInfraModule {}
