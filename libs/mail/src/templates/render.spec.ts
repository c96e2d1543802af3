import { messageIdFor, mailDomain } from '../message-id';
import { escapeHtml, headerText } from '../escape';
import { isPermanentSmtpError } from '../transport';
import type { ObligationMailItem } from './model';
import { obligationUrl, renderDigestMail, renderReminderMail } from './render';

const item: ObligationMailItem = {
  id: '0b6f3c1e-8a2d-4c5e-9f10-1a2b3c4d5e6f',
  title: '建立<b>制度</b>',
  text: '应当<script>alert("x")</script> & 公开。\n第二行',
  regulationTitle: '某某条例<img src=x onerror=alert(1)>',
  article: 12,
  dueDate: '2026-12-01',
  status: 'in_progress',
  leadBodies: ['甲局 & 乙局'],
};

describe('reminder templates', () => {
  it('escapes every stored value in the HTML part and keeps it verbatim in the text part', () => {
    const mail = renderReminderMail({ kind: 'overdue', daysOverdue: 8, recipientName: '张三<i>', obligation: item, baseUrl: 'https://luyue.gov.cn/' });
    expect(mail.html).not.toMatch(/<script|<img|<b>制度|<i>/);
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 公开。');
    expect(mail.html).toContain('某某条例&lt;img src=x onerror=alert(1)&gt;');
    expect(mail.html).toContain('甲局 &amp; 乙局');
    expect(mail.html).toContain('张三&lt;i&gt;');
    expect(mail.text).toContain('应当<script>alert("x")</script> & 公开。\n第二行');
    expect(mail.text).toContain('依据：《某某条例<img src=x onerror=alert(1)>》第12条');
    expect(mail.text).toContain('截止日期：2026-12-01');
    expect(mail.text).toContain('当前状态：办理中');
    expect(mail.text).toContain(`https://luyue.gov.cn/#/obligations/${item.id}/show`);
    expect(mail.html).toContain(`href="https://luyue.gov.cn/#/obligations/${item.id}/show"`);
  });

  it.each([
    [{ kind: 'due_soon' as const, daysLeft: 3 }, '【履约提醒】「建立<b>制度</b>」还有 3 天到期'],
    [{ kind: 'overdue' as const, daysOverdue: 1 }, '【逾期提醒】「建立<b>制度</b>」已逾期 1 天'],
    [{ kind: 'escalation' as const, daysOverdue: 8, toParent: true }, '【督办】「建立<b>制度</b>」已逾期 8 天'],
  ])('subject for %j', (kind, subject) => {
    expect(renderReminderMail({ ...kind, recipientName: '李四', obligation: item, baseUrl: 'http://x' }).subject).toBe(subject);
  });

  it('keeps subjects on one line', () => {
    const mail = renderReminderMail({ kind: 'due_soon', daysLeft: 1, recipientName: 'a', obligation: { ...item, title: '第一行\r\nBcc: evil@example.com' }, baseUrl: 'http://x' });
    expect(mail.subject).not.toMatch(/[\r\n]/);
  });

  it('digest: sections with counts, truncated lists say how many more, escaped', () => {
    const mail = renderDigestMail({
      recipientName: '王五',
      bodyName: '甲局<script>',
      day: '2026-11-23',
      baseUrl: 'http://x',
      overdue: [item],
      dueSoon: [],
      awaitingVerification: [item],
      totals: { overdue: 3, dueSoon: 0, awaitingVerification: 1 },
    });
    expect(mail.subject).toBe('【履约周报】2026-11-23：逾期 3 项，14 天内到期 0 项，待复核 1 项');
    expect(mail.text).toContain('■ 已逾期（3 项）');
    expect(mail.text).toContain('另有 2 项未列出。');
    expect(mail.text).not.toContain('14 天内到期（');
    expect(mail.html).toContain('甲局&lt;script&gt;');
    expect(mail.html).not.toMatch(/<script|<b>制度/);
  });

  it('obligation links', () => {
    expect(obligationUrl('https://a.b/', 'id-1')).toBe('https://a.b/#/obligations/id-1/show');
  });
});

describe('message ids and escaping helpers', () => {
  const key = 'due_soon:0b6f3c1e-8a2d-4c5e-9f10-1a2b3c4d5e6f:2026-11-25:7c9e6679-7425-40de-944b-e07fc1f90ae7';

  it('derives the same RFC 5322 Message-ID from the same key', () => {
    const id = messageIdFor(key, '履约 <noreply@Luyue.Local>');
    expect(id).toBe('<due_soon.0b6f3c1e-8a2d-4c5e-9f10-1a2b3c4d5e6f.2026-11-25.7c9e6679-7425-40de-944b-e07fc1f90ae7@luyue.local>');
    expect(messageIdFor(key, '履约 <noreply@luyue.local>')).toBe(id);
    expect(id.slice(1, id.indexOf('@'))).not.toContain(':');
  });

  it('mailDomain reads plain and named addresses', () => {
    expect(mailDomain('noreply@gov.cn')).toBe('gov.cn');
    expect(mailDomain('履约 <a@b.c>')).toBe('b.c');
  });

  it('escapeHtml and headerText', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(headerText('a\r\nb\tc')).toBe('a b c');
  });

  it('classifies SMTP errors: 5xx recipient/message rejections are permanent, the rest retry', () => {
    expect(isPermanentSmtpError({ code: 'EENVELOPE', responseCode: 550 })).toBe(true);
    expect(isPermanentSmtpError({ code: 'EMESSAGE', responseCode: 554 })).toBe(true);
    expect(isPermanentSmtpError({ code: 'EENVELOPE', responseCode: 451 })).toBe(false);
    expect(isPermanentSmtpError({ code: 'ECONNECTION' })).toBe(false);
    expect(isPermanentSmtpError({ code: 'EAUTH', responseCode: 535 })).toBe(false);
    expect(isPermanentSmtpError(new Error('connect ECONNREFUSED'))).toBe(false);
  });
});
