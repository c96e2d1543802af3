import type { BodySeed } from '../bodies/derive-body-registry';

/** The demo data's own reads and bulk writes (port; libs/persistence's SqlDemoSeedRepository). */
export interface DemoSeedRepository {
  /** Whether users, bodies or regulations exist already (the seed loads an empty database only). */
  anyData(): Promise<boolean>;
  /** The registry in two statements: the top governments, then every other body under its jurisdiction's top. */
  insertRegistry(registry: readonly BodySeed[]): Promise<void>;
  /** The first body (by jurisdiction) that has this alias. */
  bodyByAlias(alias: string): Promise<{ id: string; name: string } | undefined>;
  insertUser(user: { email: string; name: string; passwordHash: string; role: string; bodyId: string | null }): Promise<string>;
  /** Every draft, in document order. */
  draftIds(): Promise<string[]>;
  /** Undated obligations get a spread of future due dates (today + 14 … 183 days); answers them. */
  spreadUndatedDueDates(today: string): Promise<{ id: string; due: string }[]>;
  /** Pending obligations led by the body, in document order. */
  pendingLedBy(bodyId: string, limit: number): Promise<{ id: string; version: number }[]>;
  /** Pending duties its regulations' default lead body holds, which the body could take over. */
  defaultLedNear(bodyId: string, limit: number): Promise<{ id: string; version: number }[]>;
  /** The hand-off notices of the demo's made-up history (nobody lived it, so none goes out). */
  dropEventNotices(): Promise<void>;
}
