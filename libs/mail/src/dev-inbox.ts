import { mkdir, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { escapeHtml } from './escape';

export interface InboxMessage {
  seq: number;
  receivedAt: Date;
  envelopeFrom: string;
  envelopeTo: string[];
  messageId: string;
  subject: string;
  text: string;
  file: string;
  raw: Buffer;
}

export interface DevInboxOptions {
  smtpPort: number;
  httpPort: number;
  /** Directory for the .eml files (created if missing). */
  dir: string;
  host?: string;
  /** Oldest messages are dropped from memory beyond this (files stay). */
  keep?: number;
}

/**
 * Development inbox: an SMTP server that accepts everything, keeps it in memory and as
 * .eml files, and lists it on a small web page. Never for production.
 */
export class DevInbox {
  readonly messages: InboxMessage[] = [];
  private seq = 0;
  private smtp?: SMTPServer;
  private http?: Server;

  constructor(private readonly options: DevInboxOptions) {}

  get dir(): string {
    return resolve(this.options.dir);
  }

  async start(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const host = this.options.host ?? '127.0.0.1';
    this.smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      size: 25 * 1024 * 1024,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          this.store(Buffer.concat(chunks), session.envelope).then(() => callback(), callback);
        });
      },
    });
    const smtp = this.smtp;
    await new Promise<void>((ok, fail) => {
      smtp.once('error', fail);
      smtp.listen(this.options.smtpPort, host, () => ok());
    });
    this.http = createServer((req, res) => {
      const page = this.page(req.url ?? '/');
      res.writeHead(page.status, { 'content-type': page.type, 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" });
      res.end(page.body);
    });
    const http = this.http;
    await new Promise<void>((ok, fail) => {
      http.once('error', fail);
      http.listen(this.options.httpPort, host, () => ok());
    });
  }

  async stop(): Promise<void> {
    await Promise.all([new Promise<void>((ok) => (this.smtp ? this.smtp.close(() => ok()) : ok())), new Promise<void>((ok) => (this.http ? this.http.close(() => ok()) : ok()))]);
  }

  private async store(raw: Buffer, envelope: { mailFrom: false | { address: string }; rcptTo: { address: string }[] }): Promise<void> {
    const parsed = await simpleParser(raw);
    const seq = ++this.seq;
    const receivedAt = new Date();
    const file = join(this.dir, `${receivedAt.toISOString().replace(/[:.]/g, '-')}-${String(seq).padStart(5, '0')}.eml`);
    await writeFile(file, raw);
    this.messages.push({
      seq,
      receivedAt,
      envelopeFrom: envelope.mailFrom ? envelope.mailFrom.address : '',
      envelopeTo: envelope.rcptTo.map((r) => r.address),
      messageId: parsed.messageId ?? '',
      subject: parsed.subject ?? '',
      text: parsed.text ?? '',
      file,
      raw,
    });
    const keep = this.options.keep ?? 1000;
    if (this.messages.length > keep) this.messages.splice(0, this.messages.length - keep);
  }

  private page(url: string): { status: number; type: string; body: string | Buffer } {
    const html = (title: string, inner: string) => ({
      status: 200,
      type: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body style="font-family:sans-serif;margin:24px">${inner}</body></html>`,
    });
    const eml = /^\/messages\/(\d+)\.eml$/.exec(url);
    const one = /^\/messages\/(\d+)$/.exec(url);
    const seq = eml?.[1] ?? one?.[1];
    if (seq) {
      const message = this.messages.find((m) => m.seq === Number(seq));
      if (!message) return { status: 404, type: 'text/plain; charset=utf-8', body: 'not found' };
      if (eml) return { status: 200, type: 'message/rfc822', body: message.raw };
      return html(
        message.subject,
        `<p><a href="/">← 收件箱</a> · <a href="/messages/${message.seq}.eml">原始邮件 (.eml)</a></p>
<h2>${escapeHtml(message.subject)}</h2>
<p>收件人：${escapeHtml(message.envelopeTo.join(', '))}<br>Message-ID：${escapeHtml(message.messageId)}<br>时间：${escapeHtml(message.receivedAt.toISOString())}</p>
<pre style="white-space:pre-wrap;background:#f6f6f6;padding:12px">${escapeHtml(message.text)}</pre>`,
      );
    }
    if (url !== '/') return { status: 404, type: 'text/plain; charset=utf-8', body: 'not found' };
    const rows = [...this.messages]
      .reverse()
      .map(
        (m) =>
          `<tr><td>${escapeHtml(m.receivedAt.toISOString())}</td><td>${escapeHtml(m.envelopeTo.join(', '))}</td><td><a href="/messages/${m.seq}">${escapeHtml(m.subject || '(无主题)')}</a></td></tr>`,
      )
      .join('\n');
    return html(
      '开发收件箱',
      `<h1>开发收件箱（${this.messages.length} 封）</h1><p>文件目录：${escapeHtml(this.dir)}</p>
<table cellpadding="4" style="border-collapse:collapse"><tr><th align="left">时间</th><th align="left">收件人</th><th align="left">主题</th></tr>
${rows}</table>`,
    );
  }
}
