import type { Light } from '@luyue/contracts';

export { statusLabelZh as statusLabel } from '@luyue/contracts';

export const LIGHT_LABELS: Record<Exclude<Light, 'none'>, string> = { green: '绿灯', yellow: '黄灯', red: '红灯' };
