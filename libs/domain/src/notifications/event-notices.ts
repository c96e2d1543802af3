import type { EventNotificationKind, EventType, ObligationStatus } from '@luyue/contracts';

/**
 * Who hears of a hand-off:
 * - lead_managers: the managers of the lead bodies (they verify and decide extensions);
 * - workers: the lead bodies' staff and the assignee (they do the work);
 * - newcomers: the new assignee and the staff of bodies the change added;
 * - requester: who asked for the extension.
 * The actor is never told of their own action (left out by the writer).
 */
export type NoticeAudience = 'lead_managers' | 'workers' | 'newcomers' | 'requester';

export interface EventNotice {
  kind: EventNotificationKind;
  audience: NoticeAudience;
  /** newcomers: users and bodies the change brought in. */
  userIds: string[];
  bodyIds: string[];
}

export interface NoticeSourceEvent {
  type: EventType;
  toStatus?: ObligationStatus | null;
  data?: Record<string, unknown>;
}

const ACTION_KINDS: Partial<Record<string, EventNotificationKind>> = {
  submit: 'submitted',
  return: 'returned',
  verify: 'verified',
  waive: 'waived',
  reopen: 'reopened',
};

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** Values a `{ from, to }` change adds (the whole `to` when there was nothing before). */
function addedBy(change: unknown): string[] {
  if (!change || typeof change !== 'object') return [];
  const { from, to } = change as { from?: unknown; to?: unknown };
  const before = strings(from);
  return strings(to).filter((id) => !before.includes(id));
}

function newAssignee(type: EventType, data: Record<string, unknown>): string[] {
  if (type === 'reassigned') return typeof data['toUserId'] === 'string' ? [data['toUserId']] : [];
  const change = data['assigneeId'] as { to?: unknown } | undefined;
  return typeof change?.to === 'string' ? [change.to] : [];
}

/**
 * The notice an obligation event calls for, or null (evidence, progress, edits of the text…:
 * they are in the timeline). Pure: recipients are resolved from the audience by the writer.
 */
export function noticeForEvent(event: NoticeSourceEvent): EventNotice | null {
  const data = event.data ?? {};
  const none = { userIds: [], bodyIds: [] };
  switch (event.type) {
    case 'status_changed': {
      const kind = ACTION_KINDS[String(data['action'] ?? '')];
      if (!kind) return null;
      return { kind, audience: kind === 'submitted' ? 'lead_managers' : 'workers', ...none };
    }
    case 'assigned':
    case 'reassigned': {
      const userIds = newAssignee(event.type, data);
      const bodyIds = [...new Set([...addedBy(data['leadBodyIds']), ...addedBy(data['coBodyIds'])])];
      if (!userIds.length && !bodyIds.length) return null;
      return { kind: 'assigned', audience: 'newcomers', userIds, bodyIds };
    }
    case 'extension_requested':
      return { kind: 'extension_requested', audience: 'lead_managers', ...none };
    case 'extension_decided':
      return { kind: 'extension_decided', audience: 'requester', ...none };
    default:
      return null;
  }
}
