import type { ObligationStatus } from './obligation.enums';

/**
 * The one Chinese name of each status: the back office, the 台账 and the e-mails all say these
 * (the admin's zh locale reads them from here).
 */
export const STATUS_LABELS_ZH: Record<ObligationStatus, string> = {
  draft: '待确认',
  pending: '已交办',
  acknowledged: '已签收',
  in_progress: '办理中',
  submitted: '已反馈',
  done: '已销号',
  waived: '已豁免',
  discarded: '已作废',
};

/** Names earlier 台账 exports and mails used; a re-imported old 台账 still reads. */
export const LEGACY_STATUS_LABELS_ZH: Record<string, ObligationStatus> = {
  草稿: 'draft',
  待签收: 'pending',
  待复核: 'submitted',
  已免办: 'waived',
  已废弃: 'discarded',
};

export function statusLabelZh(status: string): string {
  return Object.prototype.hasOwnProperty.call(STATUS_LABELS_ZH, status) ? STATUS_LABELS_ZH[status as ObligationStatus] : status;
}
