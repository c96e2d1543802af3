import type { BodyKind, BodyLevel } from '@luyue/contracts';
import type { BodyNode } from '@luyue/domain';
import type { BodyRef } from './body-resolution';

export interface BodyRow extends BodyRef {
  level: string;
  kind: string;
  parentId: string | null;
  contactEmail: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The fields an administrator sets on a body (the audit event records them old → new). */
export type BodyAdminState = {
  name: string;
  aliases: string[];
  jurisdiction: string;
  level: BodyLevel;
  kind: BodyKind;
  parentId: string | null;
  contactEmail: string | null;
};

/** What resolving a regulation's subjects needs of a body (no dates: parsing them cost a second per corpus). */
export interface ResolvableBody extends BodyRef {
  kind: string;
  parentId: string | null;
}

/** Bodies (port; the SQL adapter is libs/persistence's SqlBodyRepository). */
export interface BodyRepository {
  inJurisdiction(jurisdiction: string): Promise<ResolvableBody[]>;
  /** The registry's change counter: it moves with every write to bodies (see ChangeCache). */
  changeVersion(): Promise<string>;
  /** Every body, as name resolution needs it. */
  all(): Promise<BodyRef[]>;
  /** The body, or NotFoundError (404). */
  get(id: string): Promise<BodyRow>;
  /** Throws 404 naming the first id that is not a body. */
  assertExist(ids: readonly string[]): Promise<void>;
  /** Every body with its parent: the tree actors' scopes are computed from. */
  tree(): Promise<BodyNode[]>;
  /** Adds `alias` to the body's aliases (a mapped subject). */
  addAlias(id: string, alias: string): Promise<void>;
  /** A taken (jurisdiction, name) is a DuplicateError (409). Answers the id and the state as stored. */
  create(body: BodyAdminState): Promise<{ id: string; state: BodyAdminState }>;
  /** The state, locked for the update that follows. */
  adminState(id: string): Promise<BodyAdminState | undefined>;
  /** Writes the given fields; a taken (jurisdiction, name) is a DuplicateError (409). */
  update(id: string, changes: Partial<BodyAdminState>): Promise<void>;
  /** Whether obligations, users, child bodies or regulations still refer to the body. */
  isReferenced(id: string): Promise<boolean>;
  /** Deletes the body; answers the state it had. */
  delete(id: string): Promise<BodyAdminState>;
}
