import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { REDIS, WORKER_HEARTBEAT_KEY } from '@luyue/queue';
import type Redis from 'ioredis';

@Injectable()
export class RedisHealthIndicator {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly indicators: HealthIndicatorService,
  ) {}

  async ping(key = 'redis') {
    const check = this.indicators.check(key);
    try {
      await withTimeout(this.redis.ping(), 1500);
      return check.up();
    } catch (err) {
      return check.down({ message: `Redis unreachable: ${(err as Error).message}` });
    }
  }

  /** The worker refreshes its heartbeat key every few seconds; a missing key means no worker runs. */
  async worker(key = 'worker') {
    const check = this.indicators.check(key);
    try {
      const beat = await withTimeout(this.redis.get(WORKER_HEARTBEAT_KEY), 1500);
      return beat ? check.up({ lastBeat: beat }) : check.down({ message: 'no worker heartbeat' });
    } catch (err) {
      return check.down({ message: `worker heartbeat unreadable: ${(err as Error).message}` });
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms).unref())]);
}
