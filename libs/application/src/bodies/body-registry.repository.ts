import type { ObligationStatus, RegistryBodyDto } from '@luyue/contracts';

/** A body locked for a registry change. */
export interface LockedBody {
  id: string;
  name: string;
  aliases: string[];
  jurisdiction: string;
  parentId: string | null;
  contactEmail: string | null;
}

/** An obligation led or co-led by a body, locked, with its regulation's default lead body. */
export interface AssignedObligation {
  id: string;
  status: ObligationStatus;
  lead: string[];
  co: string[];
  defaultLeadId: string | null;
}

/** The registry cleaning's reads and moves (port; libs/persistence's SqlBodyRegistryRepository). */
export interface BodyRegistryRepository {
  /** Every body with its duties led and partnered, users, and the regulations whose text named it. */
  overview(): Promise<Omit<RegistryBodyDto, 'bareName'>[]>;
  /** The bodies found among `ids`, locked (in id order). */
  lock(ids: readonly string[]): Promise<LockedBody[]>;
  /** The obligations that name the body as lead or co body, locked. */
  assignedTo(bodyId: string): Promise<AssignedObligation[]>;
  userCount(bodyId: string): Promise<number>;
  /** Each answers how many rows moved. */
  moveUsers(fromBodyId: string, toBodyId: string): Promise<number>;
  moveChildren(fromBodyId: string, toBodyId: string | null): Promise<number>;
  moveDefaultLead(fromBodyId: string, toBodyId: string | null): Promise<number>;
  /** The merged body's aliases; its contact e-mail unless it has one. */
  absorb(bodyId: string, aliases: string[], contactEmail: string | null): Promise<void>;
}
