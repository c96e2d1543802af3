import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { REDIS } from '@luyue/queue';

export const MAX_FAILED_LOGINS = 10;
export const FAILED_LOGIN_WINDOW_SECONDS = 15 * 60;

/**
 * Sign-in counters in Redis (so every api process shares them): per email and per IP, each in a
 * 15-minute window from its first attempt. An attempt is counted before its password is checked
 * (one atomic MULTI), so parallel guesses cannot all pass a check made before any was counted;
 * a successful sign-in takes its count back. From the 11th counted attempt on, 429.
 */
@Injectable()
export class LoginThrottle {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  private keys(email: string, ip: string): [string, string] {
    return [`luyue:login-fail:email:${email.trim().toLowerCase()}`, `luyue:login-fail:ip:${ip}`];
  }

  /** Counts the attempt; 429 when the email or the IP is past its allowance. */
  async countAttempt(email: string, ip: string): Promise<void> {
    const pipeline = this.redis.multi();
    for (const key of this.keys(email, ip)) {
      pipeline.incr(key);
      pipeline.expire(key, FAILED_LOGIN_WINDOW_SECONDS, 'NX');
    }
    const results = (await pipeline.exec()) ?? [];
    const counts = [results[0]?.[1], results[2]?.[1]].map(Number);
    if (counts.some((c) => c > MAX_FAILED_LOGINS)) {
      throw new HttpException({ code: 'throttled', message: 'Too many failed sign-in attempts; try again later' }, HttpStatus.TOO_MANY_REQUESTS);
    }
  }

  /** A successful sign-in clears the account's counter and takes back its IP count (the IP may be guessing other accounts). */
  async recordSuccess(email: string, ip: string): Promise<void> {
    const [emailKey, ipKey] = this.keys(email, ip);
    await this.redis.multi().del(emailKey).decr(ipKey).exec();
  }
}
