import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { EnvironmentVariables, redisOptionsFromUrl } from '@luyue/config';
import Redis from 'ioredis';

export const REDIS = Symbol('REDIS');

/** Closes the shared Redis connection with the application. */
@Injectable()
class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}
  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/** One ioredis client for ad-hoc commands (health, heartbeat, throttling), from REDIS_URL. */
@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [EnvironmentVariables],
      useFactory: (env: EnvironmentVariables) => new Redis({ ...redisOptionsFromUrl(env.REDIS_URL), maxRetriesPerRequest: 1, lazyConnect: false, enableOfflineQueue: false }),
    },
    RedisCloser,
  ],
  exports: [REDIS],
})
export class RedisModule {}
