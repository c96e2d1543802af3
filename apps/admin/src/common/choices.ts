import {
  LIGHTS,
  MODALITIES,
  NOTIFICATION_CHANNELS,
  NOTIFICATION_KINDS,
  NOTIFICATION_STATUSES,
  OBLIGATION_STATUSES,
  PRIORITIES,
  RECURRENCES,
  ROLES,
} from '@luyue/contracts';

// Choice lists for SelectInput & co, built from the shared contracts so the UI never
// drifts from the api's vocabulary. Names are i18n keys (react-admin translates them).
const choicesOf = (values: readonly string[], group: string) =>
  values.map((id) => ({ id, name: `luyue.${group}.${id}` }));

export const statusChoices = choicesOf(OBLIGATION_STATUSES, 'status');
export const modalityChoices = choicesOf(MODALITIES, 'modality');
export const lightChoices = choicesOf(LIGHTS, 'light');
export const roleChoices = choicesOf(ROLES, 'role');
export const recurrenceChoices = choicesOf(RECURRENCES, 'recurrence');
export const priorityChoices = choicesOf(PRIORITIES, 'priority');
export const notificationStatusChoices = choicesOf(
  NOTIFICATION_STATUSES,
  'notificationStatus',
);
export const notificationKindChoices = choicesOf(
  NOTIFICATION_KINDS,
  'notificationKind',
);
export const notificationChannelChoices = choicesOf(
  NOTIFICATION_CHANNELS,
  'notify.channel',
);
