import type { Light, ObligationStatus } from '@luyue/contracts';

export const STATUS_LABELS: Record<ObligationStatus, string> = {
  draft: '草稿',
  pending: '待签收',
  acknowledged: '已签收',
  in_progress: '办理中',
  submitted: '待复核',
  done: '已销号',
  waived: '已免办',
  discarded: '已废弃',
};

export function statusLabel(status: string): string {
  return STATUS_LABELS[status as ObligationStatus] ?? status;
}

export const LIGHT_LABELS: Record<Exclude<Light, 'none'>, string> = { green: '绿灯', yellow: '黄灯', red: '红灯' };
