export { statusLabelZh as statusLabel } from '@luyue/contracts';
