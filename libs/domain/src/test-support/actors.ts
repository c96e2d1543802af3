import type { Actor } from '../access/actor';

// Test fixtures (not exported). Body tree:
//   province
//   └── city ── lead, co        other (unrelated)

export const LEAD = 'body-lead';
export const CO = 'body-co';

export const parties = { leadBodyIds: [LEAD], coBodyIds: [CO] };

const actor = (userId: string, role: Actor['role'], bodyId: string | null, scopeBodyIds: string[] = []): Actor => ({
  userId,
  role,
  bodyId,
  scopeBodyIds: scopeBodyIds.length ? scopeBodyIds : bodyId ? [bodyId] : [],
});

/** Every kind of actor the permission rules distinguish. */
export const actors = {
  admin: actor('u-admin', 'admin', null),
  leadStaff: actor('u-lead-staff', 'staff', LEAD),
  leadManager: actor('u-lead-manager', 'manager', LEAD),
  ancestorManager: actor('u-city-manager', 'manager', 'body-city', ['body-city', LEAD, CO]),
  coStaff: actor('u-co-staff', 'staff', CO),
  coManager: actor('u-co-manager', 'manager', CO),
  outsideManager: actor('u-other-manager', 'manager', 'body-other'),
  outsideStaff: actor('u-other-staff', 'staff', 'body-other'),
} satisfies Record<string, Actor>;

export type ActorKind = keyof typeof actors;
export const ACTOR_KINDS = Object.keys(actors) as ActorKind[];
