import type { IsoDateTime } from './iso-date';
import type { BodyKind, BodyLevel, Role } from './organization.enums';

// Shapes of the bodies and users resources (GET /bodies, GET /users and their :id).

/** A body (单位) of the registry: a tree by parentId within a jurisdiction. */
export interface BodyDto {
  id: string;
  name: string;
  /** Other names it is known by (an old name after 改名, a 简称). */
  aliases: string[];
  jurisdiction: string;
  level: BodyLevel;
  kind: BodyKind;
  parentId: string | null;
  contactEmail: string | null;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

/** A user account as an administrator sees it (GET /users); the signed-in user is a UserDto. */
export interface UserAccountDto {
  id: string;
  email: string;
  name: string;
  role: Role;
  bodyId: string | null;
  active: boolean;
  notifyDueSoon: boolean;
  digestOnly: boolean;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

/** POST /obligations/reassign: every open obligation of one user handed to another. */
export interface ReassignResultDto {
  reassigned: number;
}
