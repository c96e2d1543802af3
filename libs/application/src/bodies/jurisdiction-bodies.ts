import type { EntityManager } from 'typeorm';
import { ChangeCache, changeVersionSql } from '../shared/change-cache';
import { BodyRepository, type ResolvableBody } from './body.repository';

/**
 * A jurisdiction's bodies for resolving a regulation's subjects, read once per change of the body
 * registry (its change counter) rather than once per imported document: the read was a sixth of
 * a corpus import. A body created or renamed moves the counter, so the next import sees it.
 */
export class JurisdictionBodies {
  private readonly bodies = new BodyRepository();
  private readonly cache = new ChangeCache<readonly ResolvableBody[]>(60_000, 64);

  async in(m: EntityManager, jurisdiction: string): Promise<readonly ResolvableBody[]> {
    const [{ version }]: { version: string }[] = await m.query(`SELECT ${changeVersionSql('bodies')} AS version`);
    return this.cache.get(jurisdiction, version, () => this.bodies.inJurisdiction(m, jurisdiction));
  }
}
