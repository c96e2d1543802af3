// The client the suites use against an api child process (ApiProcess), and multipart upload bodies.
import { randomUUID } from 'node:crypto';
import { type ClientRequest, type IncomingHttpHeaders, request as httpRequest } from 'node:http';
import { DEMO_PASSWORD } from './demo-logins';

function toReply(status: number, raw: IncomingHttpHeaders, buf: Buffer): Reply {
  const headers = new Headers();
  for (const [k, v] of Object.entries(raw)) for (const value of Array.isArray(v) ? v : v === undefined ? [] : [v]) headers.append(k, value);
  const text = buf.toString('utf8');
  let parsed: unknown = text;
  if ((headers.get('content-type') ?? '').includes('json')) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = text;
    }
  }
  return { status, headers, body: parsed, text };
}

export interface Reply {
  status: number;
  headers: Headers;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  text: string;
}

/**
 * Minimal HTTP client for the api under test, on node:http rather than fetch: the server may answer
 * (413) and close while a large body is still being sent, and fetch then fails with EPIPE instead of
 * giving the status. Here the response is read as soon as it arrives; a write error after it is ignored.
 */
export class Http {
  constructor(readonly baseUrl: string) {}

  request(method: string, path: string, options: { token?: string; json?: unknown; body?: string | Buffer; headers?: Record<string, string>; timeoutMs?: number } = {}): Promise<Reply> {
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    if (options.token) headers['authorization'] = `Bearer ${options.token}`;
    let body = options.body;
    if (options.json !== undefined) {
      headers['content-type'] ??= 'application/json';
      body = typeof options.json === 'string' ? options.json : JSON.stringify(options.json);
    }
    const payload = body === undefined ? undefined : Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
    if (payload) headers['content-length'] = String(payload.length);
    return new Promise<Reply>((resolve, reject) => {
      let answered = false;
      let markAnswered = (): void => undefined;
      const answer = new Promise<void>((done) => (markAnswered = done));
      const req = httpRequest(new URL(this.baseUrl + path), { method, headers, timeout: options.timeoutMs ?? 30_000 }, (res) => {
        answered = true;
        markAnswered();
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => resolve(toReply(res.statusCode ?? 0, res.headers, Buffer.concat(chunks))));
      });
      req.on('timeout', () => req.destroy(new Error(`${method} ${path}: no answer within ${options.timeoutMs ?? 30_000} ms`)));
      // EPIPE / ECONNRESET while still sending, once the server has answered, is the early answer's close.
      req.on('error', (err) => {
        if (!answered) reject(err);
      });
      void writeUnlessAnswered(req, payload, answer);
    });
  }

  async login(email: string, password = DEMO_PASSWORD): Promise<string> {
    const r = await this.request('POST', '/api/auth/login', {
      json: { email, password },
      headers: { 'x-forwarded-for': `10.99.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` },
    });
    if (r.status !== 200) throw new Error(`login ${email}: ${r.status} ${r.text}`);
    return r.body.accessToken as string;
  }
}

// Bodies above this are held back until the server has had time to refuse them by their headers.
const LARGE_BODY = 1024 * 1024;
const EARLY_ANSWER_WAIT_MS = 2000;

/**
 * Sends a large body only if the server has not answered its headers within a moment (the
 * manual form of `Expect: 100-continue`, which node's server would grant at once): a 413 decided
 * on Content-Length is then read whole, never cut off by a write into the closing socket.
 */
async function writeUnlessAnswered(req: ClientRequest, payload: Buffer | undefined, answered: Promise<void>): Promise<void> {
  if (!payload || payload.length <= LARGE_BODY) {
    req.end(payload);
    return;
  }
  req.flushHeaders();
  const early = await Promise.race([answered.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), EARLY_ANSWER_WAIT_MS).unref())]);
  if (!early && !req.destroyed) req.end(payload);
}

/** A multipart/form-data body with one `file` part (plus optional text fields). */
export function multipart(fileName: string, content: Buffer, fields: Record<string, string> = {}, contentType = 'application/octet-stream'): { body: Buffer; headers: Record<string, string> } {
  const boundary = `----luyue${randomUUID().replace(/-/g, '')}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`, 'utf8'));
  parts.push(content);
  parts.push(Buffer.from(`\r\n--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
