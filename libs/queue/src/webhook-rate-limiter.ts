import type Redis from 'ioredis';

// A sliding window per webhook in one Redis sorted set (times from Redis, so every worker
// agrees): a send is reserved when fewer than `max` were reserved within the window, else the
// script answers how long to wait for the oldest to leave it.
const RESERVE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[2]) then
  redis.call('ZADD', KEYS[1], now, ARGV[3] .. ':' .. now)
  redis.call('PEXPIRE', KEYS[1], window)
  return 0
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return math.max(1, tonumber(oldest[2]) + window - now)`;

/**
 * Per-webhook rate limit for the robot queue. BullMQ's own limiter is per queue (group keys are
 * BullMQ Pro), so the processor reserves a slot here and, when the webhook is full, moves the job
 * back to delayed for the time answered (job.moveToDelayed + DelayedError: no attempt spent).
 */
export class WebhookRateLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly max: number,
    /** The vendor's window plus a margin for clock skew and network latency. */
    private readonly windowMs: number,
  ) {}

  /** 0 when the send may go now (and is counted), else the milliseconds to wait. */
  async reserve(webhookId: string, sendId: string): Promise<number> {
    const wait = await this.redis.eval(RESERVE, 1, `luyue:robot-rate:${webhookId}`, String(this.windowMs), String(this.max), sendId);
    return Number(wait);
  }
}
