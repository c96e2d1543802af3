import type { AppContext } from '../../shared/app-context';

/** GET /regulations/:id/versions: every imported text of the regulation, newest first, the current one marked. */
export class ListRegulationVersionsUseCase {
  constructor(private readonly ctx: AppContext) {}

  async execute(regulationId: string): Promise<Record<string, unknown>[]> {
    const { regulations } = this.ctx.data.repositories;
    const current = await regulations.current(regulationId, false);
    const rows = await regulations.versions(regulationId);
    return rows.map((r) => ({ ...r, current: r['version'] === current.version }));
  }
}
