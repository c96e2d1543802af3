import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  at: number;
  to: string[];
  messageId: string;
  notificationKey: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * A real SMTP server for the integration tests (smtp-server): records what it accepts,
 * rejects chosen recipients with 550, can be slowed down, stopped and restarted on the same port.
 */
export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  private server?: SMTPServer;
  port = 0;

  /** Mutable between cases: the suite shares one sink (and one worker pointed at it). */
  constructor(public options: { rejectRecipients?: string[]; delayMs?: number } = {}) {}

  reset(options: { rejectRecipients?: string[]; delayMs?: number } = {}): void {
    this.options = options;
    this.received.length = 0;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(port = this.port): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      maxClients: 100,
      onRcptTo: (address, _session, callback) => {
        if ((this.options.rejectRecipients ?? []).some((a) => a.toLowerCase() === address.address.toLowerCase())) {
          const err = Object.assign(new Error(`5.1.1 <${address.address}>: mailbox unavailable`), { responseCode: 550 });
          return callback(err);
        }
        callback();
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', async () => {
          try {
            const parsed = await simpleParser(Buffer.concat(chunks));
            if (this.options.delayMs) await new Promise((r) => setTimeout(r, this.options.delayMs));
            this.received.push({
              at: Date.now(),
              to: session.envelope.rcptTo.map((r) => r.address),
              messageId: parsed.messageId ?? '',
              notificationKey: String(parsed.headers.get('x-luyue-notification') ?? ''),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
            });
            callback();
          } catch (err) {
            callback(err as Error);
          }
        });
      },
    });
    await new Promise<void>((ok, fail) => {
      server.once('error', fail);
      server.listen(port, '127.0.0.1', () => ok());
    });
    server.on('error', () => undefined);
    this.server = server;
    this.port = (server.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((ok) => server.close(() => ok()));
  }
}
