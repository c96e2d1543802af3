import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { REDIS } from '@luyue/queue';

export const MAX_FAILED_LOGINS = 10;
export const FAILED_LOGIN_WINDOW_SECONDS = 15 * 60;

/**
 * Failed-login counters in Redis (so every api process shares them): per email and per IP, each in a
 * 15-minute window from its first failure. From the 11th attempt on, 429 with a generic message.
 */
@Injectable()
export class LoginThrottle {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  private keys(email: string, ip: string): [string, string] {
    return [`luyue:login-fail:email:${email.trim().toLowerCase()}`, `luyue:login-fail:ip:${ip}`];
  }

  async assertAllowed(email: string, ip: string): Promise<void> {
    const counts = await this.redis.mget(...this.keys(email, ip));
    if (counts.some((c) => Number(c ?? 0) >= MAX_FAILED_LOGINS)) {
      throw new HttpException({ code: 'throttled', message: 'Too many failed sign-in attempts; try again later' }, HttpStatus.TOO_MANY_REQUESTS);
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const pipeline = this.redis.multi();
    for (const key of this.keys(email, ip)) {
      pipeline.incr(key);
      pipeline.expire(key, FAILED_LOGIN_WINDOW_SECONDS, 'NX');
    }
    await pipeline.exec();
  }

  /** A successful sign-in clears the account's counter (not the IP's: it may be guessing other accounts). */
  async recordSuccess(email: string): Promise<void> {
    await this.redis.del(this.keys(email, '')[0]);
  }
}
