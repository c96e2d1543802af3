import type { RobotKind } from '@luyue/contracts';
import { ValidationError } from '@luyue/domain';

/** The query parameter that carries each vendor's credential (masked when shown). */
const CREDENTIAL_PARAM: Record<RobotKind, string> = { wecom: 'key', dingtalk: 'access_token' };

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export const allowedHostsFrom = (setting: string): string[] =>
  setting
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);

/**
 * A webhook the server may post to: http(s) without user info, host (and port, when the entry
 * names one) on CHANNEL_ALLOWED_HOSTS, https unless on loopback (the test robots), and the
 * vendor's credential parameter present. Anything else would make the server a forwarder.
 */
export function checkWebhook(kind: RobotKind, raw: string, allowedHosts: readonly string[]): URL {
  const fail = (why: string) => new ValidationError(`webhookUrl ${why}`, { field: 'webhookUrl' });
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw fail('must be a URL');
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) throw fail('must use https');
  if (url.username || url.password) throw fail('must not carry user info');
  const host = url.hostname.toLowerCase();
  const allowed = allowedHosts.some((entry) => entry === host || entry === `${host}:${url.port}`);
  if (!allowed) throw fail(`host ${host} is not allowed (CHANNEL_ALLOWED_HOSTS)`);
  if (!url.searchParams.get(CREDENTIAL_PARAM[kind])) throw fail(`must carry the robot's ${CREDENTIAL_PARAM[kind]} parameter`);
  url.hash = '';
  return url;
}

/** The webhook as shown after saving: the credential cut to its first and last 4 characters. */
export function maskWebhook(kind: RobotKind, url: URL): string {
  const masked = new URL(url.toString());
  const param = CREDENTIAL_PARAM[kind];
  const value = masked.searchParams.get(param) ?? '';
  masked.searchParams.set(param, value.length > 12 ? `${value.slice(0, 4)}****${value.slice(-4)}` : '****');
  return decodeURIComponent(masked.toString());
}

/** A secret as shown: never its value. */
export const maskSecret = (secret: string | null | undefined): string | null => (secret ? '******' : null);
