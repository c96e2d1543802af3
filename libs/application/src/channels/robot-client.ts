import { createHmac } from 'node:crypto';
import type { RobotKind } from '@luyue/contracts';
import { type RobotOutcome, classifyRobotReply } from '@luyue/domain';
import type { RobotMessage } from '@luyue/mail';

/** DingTalk's signature: base64(HMAC-SHA256(secret, `${timestamp}\n${secret}`)), URL-encoded. */
export function dingtalkSign(timestamp: number, secret: string): string {
  return encodeURIComponent(createHmac('sha256', secret).update(`${timestamp}\n${secret}`, 'utf8').digest('base64'));
}

/** The request each vendor expects for a markdown message. */
export function robotRequest(kind: RobotKind, webhook: string, secret: string | null, message: RobotMessage, now: number): { url: string; body: unknown } {
  if (kind === 'wecom') return { url: webhook, body: { msgtype: 'markdown', markdown: { content: message.text } } };
  const url = secret ? `${webhook}&timestamp=${now}&sign=${dingtalkSign(now, secret)}` : webhook;
  return { url, body: { msgtype: 'markdown', markdown: { title: message.title, text: message.text } } };
}

const TIMEOUT_MS = 10_000;

/**
 * Posts one message. No redirects (a webhook must not bounce the server elsewhere), a timeout,
 * and the answer classified (sent / throttled / invalid / retry).
 */
export async function postToRobot(kind: RobotKind, webhook: string, secret: string | null, message: RobotMessage, now = Date.now()): Promise<{ outcome: RobotOutcome; reason: string }> {
  const request = robotRequest(kind, webhook, secret, message, now);
  let response: Response;
  try {
    response = await fetch(request.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(request.body),
      redirect: 'error',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (err) {
    return { outcome: 'retry', reason: `network: ${err instanceof Error ? err.message : String(err)}`.slice(0, 300) };
  }
  const text = await response.text().catch(() => '');
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: classified as such
  }
  return classifyRobotReply(kind, response.status, body);
}
