import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DevInbox } from './dev-inbox';
import { createMailer } from './transport';

describe('DevInbox', () => {
  const dir = mkdtempSync(join(tmpdir(), 'luyue-inbox-'));
  const smtpPort = 21000 + Math.floor(Math.random() * 2000);
  const httpPort = smtpPort + 2000;
  const inbox = new DevInbox({ smtpPort, httpPort, dir });

  beforeAll(() => inbox.start());
  afterAll(async () => {
    await inbox.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps mail in memory and as .eml, and lists it escaped on the web view', async () => {
    const mailer = createMailer(`smtp://127.0.0.1:${smtpPort}`);
    await mailer.sendMail({
      from: '履约 <noreply@luyue.test>',
      to: 'a@example.test',
      subject: '提醒 <script>alert(1)</script>',
      text: '正文 <b>x</b>',
      messageId: '<k.1@luyue.test>',
    });
    mailer.close();

    expect(inbox.messages).toHaveLength(1);
    const [m] = inbox.messages;
    expect(m).toMatchObject({ envelopeTo: ['a@example.test'], messageId: '<k.1@luyue.test>', subject: '提醒 <script>alert(1)</script>' });
    expect(existsSync(m.file)).toBe(true);
    expect(readFileSync(m.file, 'utf8')).toContain('Message-ID: <k.1@luyue.test>');

    const list = await (await fetch(`http://127.0.0.1:${httpPort}/`)).text();
    expect(list).toContain('提醒 &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(list).not.toContain('<script>');
    const one = await (await fetch(`http://127.0.0.1:${httpPort}/messages/${m.seq}`)).text();
    expect(one).toContain('正文 &lt;b&gt;x&lt;/b&gt;');
    expect((await fetch(`http://127.0.0.1:${httpPort}/messages/999`)).status).toBe(404);
  });
});
