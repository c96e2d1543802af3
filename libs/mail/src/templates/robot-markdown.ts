import type { EventMailModel, ObligationMailItem, ReminderFacts } from './model';
import { eventHeadline } from './event-notice';
import { itemFacts, itemSource, obligationUrl, reminderHeadline } from './render';

/** A group-robot message: DingTalk needs a title, both take the markdown text. */
export interface RobotMessage {
  title: string;
  text: string;
}

// Group chats render a small markdown subset; stored text must not break out of it (a title
// with `[x](y)` or a leading `#` would become a link or a heading), so markup characters are
// escaped and line breaks flattened.
export function markdownText(value: string, maxLength = 200): string {
  const flat = value.replace(/[\r\n\t]+/g, ' ').trim();
  const cut = flat.length > maxLength ? `${flat.slice(0, maxLength - 1)}…` : flat;
  return cut.replace(/([\\`*_[\]()#>!|~<])/g, '\\$1');
}

function itemMarkdown(subject: string, lead: string, item: ObligationMailItem, baseUrl: string, note?: string | null): RobotMessage {
  const lines = [
    `#### ${markdownText(subject, 120)}`,
    markdownText(lead, 300),
    '',
    ...itemFacts(item).map(([k, v]) => `> ${k}：${markdownText(v)}`),
    ...(note ? [`> 说明：${markdownText(note, 300)}`] : []),
    '',
    `[查看事项](${obligationUrl(baseUrl, item.id)})`,
  ];
  return { title: subject.slice(0, 64), text: lines.join('\n') };
}

export function reminderMarkdown(model: ReminderFacts & { obligation: ObligationMailItem; baseUrl: string }): RobotMessage {
  const { subject, lead } = reminderHeadline(model, true);
  return itemMarkdown(subject, lead, model.obligation, model.baseUrl);
}

export function eventMarkdown(model: Omit<EventMailModel, 'recipientName'>): RobotMessage {
  const { subject, lead } = eventHeadline(model);
  return itemMarkdown(subject, lead, model.obligation, model.baseUrl, model.note);
}

/** The weekly digest of one body, grouped by section, each item linked. */
export function digestMarkdown(model: { bodyName: string; day: string; baseUrl: string; sections: { label: string; total: number; items: ObligationMailItem[] }[] }): RobotMessage {
  const title = `【履约周报】${model.bodyName} ${model.day}`;
  const lines = [`#### ${markdownText(title, 120)}`];
  for (const section of model.sections) {
    if (!section.total) continue;
    lines.push('', `**${section.label}（${section.total} 项）**`);
    for (const i of section.items) {
      lines.push(`- [${markdownText(i.title, 60)}](${obligationUrl(model.baseUrl, i.id)})｜${markdownText(itemSource(i), 60)}｜截止 ${i.dueDate ?? '未设定'}`);
    }
    if (section.total > section.items.length) lines.push(`- 另有 ${section.total - section.items.length} 项未列出`);
  }
  return { title: title.slice(0, 64), text: lines.join('\n') };
}
