import { escapeHtml, headerText } from '../escape';
import { LIGHT_LABELS, statusLabel } from './labels';
import type { DigestMailModel, ObligationMailItem, ReminderFacts, ReminderMailModel, RenderedMail } from './model';

// Every stored value (titles, obligation text, names) goes through escapeHtml in the HTML
// part; the plain-text part carries it verbatim. Subjects are single-line (headerText).

export function obligationUrl(baseUrl: string, obligationId: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/#/obligations/${encodeURIComponent(obligationId)}/show`;
}

/** 《regulation》第N条 */
export function itemSource(item: ObligationMailItem): string {
  return item.article === null ? `《${item.regulationTitle}》` : `《${item.regulationTitle}》第${item.article}条`;
}

/** The rows every message about one obligation shows (mail tables, robot markdown). */
export function itemFacts(item: ObligationMailItem): [string, string][] {
  const due = item.light && item.light !== 'none' ? `${item.dueDate ?? '未设定'}（${LIGHT_LABELS[item.light]}）` : (item.dueDate ?? '未设定');
  return [
    ['事项', item.title],
    ['依据', itemSource(item)],
    ['责任主体', item.leadBodies.join('、') || '—'],
    ['截止日期', due],
    ['当前状态', statusLabel(item.status)],
  ];
}

/** Subject and lead sentence of a reminder; `toGroup` words it for a body's group chat. */
export function reminderHeadline(model: ReminderFacts & { obligation: ObligationMailItem }, toGroup = false): { subject: string; lead: string } {
  const headline = reminderHeadlineForPerson(model);
  return toGroup ? { ...headline, lead: headline.lead.replace(/^您负责的/, '本单位负责的') } : headline;
}

function reminderHeadlineForPerson(model: ReminderFacts & { obligation: ObligationMailItem }): { subject: string; lead: string } {
  const title = headerText(model.obligation.title, 60);
  switch (model.kind) {
    case 'due_soon':
      return {
        subject: `【履约提醒】「${title}」还有 ${model.daysLeft} 天到期`,
        lead: `您负责的以下事项将于 ${model.obligation.dueDate} 到期（还有 ${model.daysLeft} 天），请按时办理并反馈。`,
      };
    case 'overdue':
      return {
        subject: `【逾期提醒】「${title}」已逾期 ${model.daysOverdue} 天`,
        lead: `您负责的以下事项已逾期 ${model.daysOverdue} 天，请尽快办理并反馈。`,
      };
    case 'escalation':
      return {
        subject: `【督办】「${title}」已逾期 ${model.daysOverdue} 天`,
        lead: model.toParent ? `下级单位的以下事项已逾期 ${model.daysOverdue} 天，请督促办理。` : `本单位牵头的以下事项已逾期 ${model.daysOverdue} 天，请督促办理。`,
      };
  }
}

const STYLE_TABLE = 'border-collapse:collapse;font-size:14px';
const STYLE_TH = 'text-align:left;padding:4px 12px 4px 0;color:#555;white-space:nowrap;vertical-align:top';
const STYLE_TD = 'padding:4px 0;vertical-align:top';

function htmlPage(title: string, inner: string): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="font-family:'PingFang SC','Microsoft YaHei',sans-serif;color:#222;line-height:1.6">
${inner}
<p style="color:#888;font-size:12px">此邮件由履约系统自动发送，请勿直接回复。可在个人设置中调整提醒方式。</p>
</body></html>
`;
}

export function renderReminderMail(model: ReminderMailModel): RenderedMail {
  const { subject, lead } = reminderHeadline(model);
  return renderObligationMail({ ...model, subject, lead });
}

/** One obligation's message: greeting, lead sentence, facts (and extra rows), text, link. */
export function renderObligationMail(model: { subject: string; lead: string; recipientName: string; obligation: ObligationMailItem; baseUrl: string; extraRows?: [string, string][] }): RenderedMail {
  const { subject, lead } = model;
  const item = model.obligation;
  const url = obligationUrl(model.baseUrl, item.id);
  const greeting = `${model.recipientName}，您好：`;
  const rows = [...itemFacts(item), ...(model.extraRows ?? [])];

  const text = [greeting, '', lead, '', ...rows.map(([k, v]) => `${k}：${v}`), '', '条文内容：', item.text, '', `查看事项：${url}`, '', '—— 履约系统（自动发送，请勿回复）', ''].join('\n');

  const html = htmlPage(
    subject,
    `<p>${escapeHtml(greeting)}</p>
<p>${escapeHtml(lead)}</p>
<table style="${STYLE_TABLE}">
${rows.map(([k, v]) => `<tr><th style="${STYLE_TH}">${escapeHtml(k)}</th><td style="${STYLE_TD}">${escapeHtml(v)}</td></tr>`).join('\n')}
</table>
<p style="margin-top:12px"><b>条文内容：</b></p>
<blockquote style="margin:0 0 12px;padding:8px 12px;background:#f6f6f6;white-space:pre-wrap">${escapeHtml(item.text)}</blockquote>
<p><a href="${escapeHtml(url)}">在履约系统中查看</a></p>`,
  );
  return { subject, html, text };
}

export const DIGEST_SECTIONS = [
  ['overdue', '已逾期'],
  ['dueSoon', '14 天内到期'],
  ['awaitingVerification', '待您复核'],
] as const;

export function renderDigestMail(model: DigestMailModel): RenderedMail {
  const { totals } = model;
  const subject = headerText(`【履约周报】${model.day}：逾期 ${totals.overdue} 项，14 天内到期 ${totals.dueSoon} 项，待复核 ${totals.awaitingVerification} 项`);
  const greeting = `${model.recipientName}，您好：`;
  const lead = `以下是${model.bodyName}截至 ${model.day} 的履约事项汇总。`;

  const textSections: string[] = [];
  const htmlSections: string[] = [];
  for (const [key, label] of DIGEST_SECTIONS) {
    const items = model[key];
    const total = totals[key];
    if (!total) continue;
    const more = total > items.length ? `另有 ${total - items.length} 项未列出。` : '';
    textSections.push(
      [`■ ${label}（${total} 项）`, ...items.map((i) => `- ${i.title}｜${itemSource(i)}｜截止 ${i.dueDate ?? '未设定'}｜${statusLabel(i.status)}\n  ${obligationUrl(model.baseUrl, i.id)}`), more]
        .filter(Boolean)
        .join('\n'),
    );
    htmlSections.push(`<h3 style="margin:16px 0 4px">${escapeHtml(label)}（${total} 项）</h3>
<table style="${STYLE_TABLE}">
<tr><th style="${STYLE_TH}">事项</th><th style="${STYLE_TH}">依据</th><th style="${STYLE_TH}">截止日期</th><th style="${STYLE_TH}">状态</th></tr>
${items
  .map(
    (i) =>
      `<tr><td style="${STYLE_TD};padding-right:12px"><a href="${escapeHtml(obligationUrl(model.baseUrl, i.id))}">${escapeHtml(i.title)}</a></td><td style="${STYLE_TD};padding-right:12px">${escapeHtml(itemSource(i))}</td><td style="${STYLE_TD};padding-right:12px">${escapeHtml(i.dueDate ?? '未设定')}</td><td style="${STYLE_TD}">${escapeHtml(statusLabel(i.status))}</td></tr>`,
  )
  .join('\n')}
</table>${more ? `\n<p style="color:#555">${escapeHtml(more)}</p>` : ''}`);
  }

  const text = [greeting, '', lead, '', textSections.join('\n\n'), '', '—— 履约系统（自动发送，请勿回复）', ''].join('\n');
  const html = htmlPage(subject, `<p>${escapeHtml(greeting)}</p>\n<p>${escapeHtml(lead)}</p>\n${htmlSections.join('\n')}`);
  return { subject, html, text };
}
