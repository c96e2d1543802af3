import type { EntityManager } from 'typeorm';
import type { AppContext } from '../../shared/app-context';
import { loadRegulation } from './version-sources';

/** GET /regulations/:id/versions: every imported text of the regulation, newest first, the current one marked. */
export async function listRegulationVersions(m: EntityManager, regulationId: string): Promise<Record<string, unknown>[]> {
  const current = await loadRegulation(m, regulationId, false);
  const rows: Record<string, unknown>[] = await m.query(
    `SELECT version, title, document_number AS "documentNumber", issuer, to_char(adopted_on, 'YYYY-MM-DD') AS "adoptedOn",
       to_char(published_on, 'YYYY-MM-DD') AS "publishedOn", to_char(effective_date, 'YYYY-MM-DD') AS "effectiveDate",
       source_file_name AS "sourceFileName", source_format AS "sourceFormat", source_sha256 AS "sourceSha256", unit_count AS "unitCount",
       summary, text, created_by AS "createdBy", created_at AS "createdAt",
       (SELECT count(*)::int FROM provisions p WHERE p.regulation_id = v.regulation_id AND p.version = v.version) AS "provisionCount"
     FROM regulation_versions v WHERE regulation_id = $1 ORDER BY version DESC`,
    [regulationId],
  );
  return rows.map((r) => ({ ...r, current: r['version'] === current.version }));
}

/** The versions list for the controller, which holds no data source. */
export class ListRegulationVersionsUseCase {
  constructor(private readonly ctx: AppContext) {}

  execute(regulationId: string): Promise<Record<string, unknown>[]> {
    return listRegulationVersions(this.ctx.ds.manager, regulationId);
  }
}
