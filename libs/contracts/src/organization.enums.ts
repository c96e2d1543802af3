// Users and government bodies (机构).

export const ROLES = ['admin', 'manager', 'staff'] as const;
export type Role = (typeof ROLES)[number];

/** Administrative level of a body, top to bottom. */
export const BODY_LEVELS = ['自治区', '州市', '县市区', '园区'] as const;
export type BodyLevel = (typeof BODY_LEVELS)[number];

export const BODY_KINDS = ['government', 'department', 'zone_administration', 'committee', 'external'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];
