// Source documents obligations are extracted from.

export const REGULATION_KINDS = ['law', 'local_regulation', 'plan', 'notice'] as const;
export type RegulationKind = (typeof REGULATION_KINDS)[number];

/** Validity as published: in force / amended / repealed. */
export const REGULATION_STATUSES = ['有效', '已修改', '已废止'] as const;
export type RegulationStatus = (typeof REGULATION_STATUSES)[number];
