import { createHmac } from 'node:crypto';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RobotArrival {
  at: number;
  robot: 'wecom' | 'dingtalk';
  /** The webhook's key (WeCom) or access token (DingTalk). */
  webhook: string;
  title?: string;
  text: string;
}

const WINDOW_MS = 60_000;
const MAX_PER_WINDOW = 20;

/**
 * A local HTTP server speaking both group robots' protocols for the tests:
 * - WeCom   POST /cgi-bin/webhook/send?key=K  {"msgtype":"markdown","markdown":{"content"}}
 * - DingTalk POST /robot/send?access_token=T&timestamp=…&sign=…  {"msgtype":"markdown","markdown":{"title","text"}}
 *   the signature is checked against the secret registered for the token (errcode 310000 if wrong).
 * Like the vendors it accepts 20 messages a minute per webhook: the 21st within 60 s gets the
 * throttling errcode (45009 / 130101). Webhooks can be made invalid (93000 / 300001), throttled
 * on demand, and answers slowed down.
 */
export class RobotServer {
  readonly arrivals: RobotArrival[] = [];
  /** Requests answered with a throttling code, per webhook. */
  readonly throttled = new Map<string, number>();
  readonly requests = new Map<string, number>();
  readonly invalid = new Set<string>();
  readonly secrets = new Map<string, string>();
  private readonly forcedThrottles = new Map<string, number>();
  delayMs = 0;
  private server?: Server;
  port = 0;

  get base(): string {
    return `http://127.0.0.1:${this.port}`;
  }
  wecomUrl(key: string): string {
    return `${this.base}/cgi-bin/webhook/send?key=${key}`;
  }
  dingtalkUrl(token: string): string {
    return `${this.base}/robot/send?access_token=${token}`;
  }
  /** The next `n` messages to this webhook are answered with the throttling code. */
  throttleNext(webhook: string, n: number): void {
    this.forcedThrottles.set(webhook, n);
  }
  received(webhook: string): RobotArrival[] {
    return this.arrivals.filter((a) => a.webhook === webhook);
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const answer = (body: unknown) => {
          const send = () => {
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end(JSON.stringify(body));
          };
          if (this.delayMs) setTimeout(send, this.delayMs);
          else send();
        };
        const url = new URL(req.url ?? '/', this.base);
        let body: { msgtype?: string; markdown?: { content?: string; title?: string; text?: string } };
        try {
          body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
          return answer({ errcode: 40035, errmsg: 'invalid json' });
        }
        if (req.method !== 'POST' || body.msgtype !== 'markdown') return answer({ errcode: 40008, errmsg: 'invalid message type' });
        if (url.pathname === '/cgi-bin/webhook/send') return answer(this.accept('wecom', url.searchParams.get('key') ?? '', body.markdown?.content, undefined, url));
        if (url.pathname === '/robot/send') return answer(this.accept('dingtalk', url.searchParams.get('access_token') ?? '', body.markdown?.text, body.markdown?.title, url));
        res.writeHead(404).end();
      });
    });
    await new Promise<void>((ok) => this.server?.listen(0, '127.0.0.1', ok));
    this.port = (this.server.address() as AddressInfo).port;
  }

  private accept(robot: 'wecom' | 'dingtalk', webhook: string, text: string | undefined, title: string | undefined, url: URL): { errcode: number; errmsg: string } {
    this.requests.set(webhook, (this.requests.get(webhook) ?? 0) + 1);
    if (!webhook || this.invalid.has(webhook)) {
      return robot === 'wecom' ? { errcode: 93000, errmsg: 'invalid webhook url' } : { errcode: 300001, errmsg: 'token is not exist' };
    }
    if (robot === 'dingtalk') {
      const secret = this.secrets.get(webhook);
      if (secret) {
        const timestamp = Number(url.searchParams.get('timestamp'));
        const expected = createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
        // URLSearchParams has already URL-decoded the parameter once.
        if (!timestamp || Math.abs(Date.now() - timestamp) > 3600_000 || url.searchParams.get('sign') !== expected) {
          return { errcode: 310000, errmsg: 'sign not match' };
        }
      }
      if (!title) return { errcode: 40035, errmsg: 'missing title' };
    }
    if (!text) return { errcode: 40035, errmsg: 'missing content' };
    const now = Date.now();
    const forced = this.forcedThrottles.get(webhook) ?? 0;
    const recent = this.arrivals.filter((a) => a.webhook === webhook && now - a.at < WINDOW_MS).length;
    if (forced > 0 || recent >= MAX_PER_WINDOW) {
      if (forced > 0) this.forcedThrottles.set(webhook, forced - 1);
      this.throttled.set(webhook, (this.throttled.get(webhook) ?? 0) + 1);
      return robot === 'wecom' ? { errcode: 45009, errmsg: 'api freq out of limit' } : { errcode: 130101, errmsg: 'send too fast, exceed 20 times per minute' };
    }
    this.arrivals.push({ at: now, robot, webhook, title, text });
    return { errcode: 0, errmsg: 'ok' };
  }

  async stop(): Promise<void> {
    await new Promise<void>((ok) => (this.server ? this.server.close(() => ok()) : ok()));
  }
}
