import type { RobotKind } from '@luyue/contracts';

/**
 * What a robot's answer means for the message:
 * - sent: errcode 0;
 * - throttled: the vendor's frequency limit (WeCom 45009, DingTalk 130101, HTTP 429) — retry later;
 * - invalid: the webhook is wrong (invalid key/token, group dissolved, signature/keyword/IP check
 *   failed, or any other 4xx) — retrying cannot help, the notification fails at once;
 * - retry: the vendor or the network is having trouble (5xx, unreadable answer, other errcodes).
 */
export type RobotOutcome = 'sent' | 'throttled' | 'invalid' | 'retry';

const THROTTLED: Record<RobotKind, readonly number[]> = { wecom: [45009], dingtalk: [130101] };
const INVALID: Record<RobotKind, readonly number[]> = {
  // invalid webhook url / key, invalid credential
  wecom: [93000, 40001, 40014, 93004],
  // token does not exist, robot disabled/security check failed (sign, keyword, ip), group dissolved
  dingtalk: [300001, 300005, 310000, 400013, 400101, 400102],
};

export function classifyRobotReply(kind: RobotKind, httpStatus: number, body: unknown): { outcome: RobotOutcome; reason: string } {
  const errcode = body && typeof body === 'object' ? (body as { errcode?: unknown }).errcode : undefined;
  const errmsg = body && typeof body === 'object' ? String((body as { errmsg?: unknown }).errmsg ?? '') : '';
  const reason = `HTTP ${httpStatus}${typeof errcode === 'number' ? ` errcode ${errcode}` : ''}${errmsg ? ` ${errmsg}` : ''}`.slice(0, 300);
  if (httpStatus === 429) return { outcome: 'throttled', reason };
  if (httpStatus >= 400 && httpStatus < 500) return { outcome: 'invalid', reason };
  if (httpStatus >= 500 || typeof errcode !== 'number') return { outcome: 'retry', reason };
  if (errcode === 0) return { outcome: 'sent', reason };
  if (THROTTLED[kind].includes(errcode)) return { outcome: 'throttled', reason };
  if (INVALID[kind].includes(errcode)) return { outcome: 'invalid', reason };
  return { outcome: 'retry', reason };
}
