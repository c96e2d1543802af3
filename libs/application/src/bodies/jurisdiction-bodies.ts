import { ChangeCache } from '../shared/change-cache';
import type { BodyRepository, ResolvableBody } from './body.repository';

/**
 * A jurisdiction's bodies for resolving a regulation's subjects, read once per change of the body
 * registry (its change counter) rather than once per imported document: the read was a sixth of
 * a corpus import. A body created or renamed moves the counter, so the next import sees it.
 */
export class JurisdictionBodies {
  private readonly cache = new ChangeCache<readonly ResolvableBody[]>(60_000, 64);

  async in(bodies: Pick<BodyRepository, 'inJurisdiction' | 'changeVersion'>, jurisdiction: string): Promise<readonly ResolvableBody[]> {
    return this.cache.get(jurisdiction, await bodies.changeVersion(), () => bodies.inJurisdiction(jurisdiction));
  }
}
