import type { BodyRegistryDto } from '@luyue/contracts';
import { type Actor, bareBodyName } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import { assertMayCleanRegistry } from './locked-bodies';

/** GET /body-registry: every body with its use, and the names of one jurisdiction that differ only by level or place. */
export class GetBodyRegistryUseCase {
  constructor(private readonly ctx: AppContext) {}

  async execute(actor: Actor): Promise<BodyRegistryDto> {
    assertMayCleanRegistry(actor);
    const bodies = await this.ctx.data.repositories.bodyRegistry.overview();
    const rows = bodies.map((b) => ({ ...b, bareName: bareBodyName(b.name) }));
    const groups = new Map<string, { jurisdiction: string; bareName: string; ids: string[] }>();
    for (const b of rows) {
      const key = JSON.stringify([b.jurisdiction, b.bareName]);
      const group = groups.get(key);
      if (group) group.ids.push(b.id);
      else groups.set(key, { jurisdiction: b.jurisdiction, bareName: b.bareName, ids: [b.id] });
    }
    return { bodies: rows, duplicates: [...groups.values()].filter((g) => g.ids.length > 1) };
  }
}
