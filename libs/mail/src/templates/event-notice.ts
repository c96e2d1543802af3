import { headerText } from '../escape';
import type { EventMailModel, RenderedMail } from './model';
import { renderObligationMail } from './render';

/** Subject and lead sentence of a hand-off notice. */
export function eventHeadline(model: Omit<EventMailModel, 'recipientName' | 'baseUrl'>): { subject: string; lead: string } {
  const title = headerText(model.obligation.title, 60);
  const who = model.actorName;
  switch (model.kind) {
    case 'submitted':
      return { subject: `【待复核】「${title}」已反馈，请复核`, lead: `${who} 已反馈以下事项的办理结果，请复核（销号或退回）。` };
    case 'returned':
      return { subject: `【复核退回】「${title}」已退回办理`, lead: `${who} 复核后退回了以下事项，请按意见继续办理并重新反馈。` };
    case 'verified':
      return { subject: `【已销号】「${title}」复核通过`, lead: `${who} 已复核通过以下事项，予以销号。` };
    case 'waived':
      return { subject: `【已豁免】「${title}」`, lead: `${who} 已将以下事项设为豁免，无需继续办理。` };
    case 'reopened':
      return { subject: `【重新办理】「${title}」已重新打开`, lead: `${who} 重新打开了以下已销号事项，请继续办理。` };
    case 'assigned':
      return { subject: `【交办】「${title}」已交办给您`, lead: `${who} 将以下事项交办给您（或您所在单位），请及时签收办理。` };
    case 'extension_requested':
      return {
        subject: `【延期申请】「${title}」申请延期至 ${model.proposedDueDate ?? '—'}`,
        lead: `${who} 申请将以下事项的截止日期延至 ${model.proposedDueDate ?? '—'}，请审批。`,
      };
    case 'extension_decided':
      return model.approved
        ? { subject: `【延期已批准】「${title}」截止日期延至 ${model.proposedDueDate ?? '—'}`, lead: `${who} 批准了您的延期申请，新的截止日期为 ${model.proposedDueDate ?? '—'}。` }
        : { subject: `【延期未批准】「${title}」`, lead: `${who} 未批准您的延期申请，请按原截止日期办理。` };
  }
}

export function renderEventMail(model: EventMailModel): RenderedMail {
  const { subject, lead } = eventHeadline(model);
  const extraRows: [string, string][] = model.note ? [['说明', model.note]] : [];
  return renderObligationMail({ ...model, subject, lead, extraRows });
}
