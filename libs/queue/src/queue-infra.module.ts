import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { EnvironmentVariables, redisOptionsFromUrl } from '@luyue/config';
import { QUEUE_PREFIX } from './reminder-queues';
import type { RedisOptions as BullRedisOptions } from 'bullmq';

/** BullMQ's shared connection (REDIS_URL, its database index honoured) for producers and processors. */
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [EnvironmentVariables],
      useFactory: (env: EnvironmentVariables) => ({
        // ioredis options; BullMQ declares its own structural copy of the type.
        connection: redisOptionsFromUrl(env.REDIS_URL) as BullRedisOptions,
        prefix: QUEUE_PREFIX,
      }),
    }),
  ],
  exports: [BullModule],
})
export class QueueInfraModule {}
