import { createHash, randomUUID } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ErrorCode, type EvidenceDto } from '@luyue/contracts';
import { type Actor, DomainError, ForbiddenActionError, NotFoundError, canReportProgress } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import { ObligationRepository } from '../obligations/obligation.repository';
import { isUuid } from '../shared/sql';
import { sniffEvidenceType } from './file-type';

/** A stored evidence file's metadata (the shared contract). */
export type EvidenceView = EvidenceDto;

const COLUMNS = `id, obligation_id AS "obligationId", file_name AS "fileName", content_type AS "contentType", size, sha256, uploaded_by AS "uploadedBy", created_at AS "createdAt"`;

/** 佐证材料 under EVIDENCE_DIR/<obligation>/<evidence id>: the client's file name never becomes a path. */
export class EvidenceUseCases {
  private readonly repo = new ObligationRepository();
  constructor(private readonly ctx: AppContext) {}

  async add(actor: Actor, obligationId: string, fileName: string, bytes: Buffer): Promise<EvidenceView> {
    const obligation = await this.repo.findVisible(this.ctx.ds.manager, obligationId, actor);
    if (!canReportProgress(obligation, actor)) throw new ForbiddenActionError('add evidence', { status: obligation.status });
    if (bytes.length > this.ctx.settings.evidenceMaxBytes) {
      throw new DomainError(ErrorCode.PayloadTooLarge, `The file is over the ${this.ctx.settings.evidenceMaxBytes}-byte limit`);
    }
    const safeName = fileName.replace(/[\\/\0]/g, '_').slice(-200);
    const contentType = sniffEvidenceType(safeName, bytes);
    const id = randomUUID();
    const relative = join(obligationId, id);
    const target = resolve(this.ctx.settings.evidenceDir, relative);
    await mkdir(resolve(this.ctx.settings.evidenceDir, obligationId), { recursive: true });
    // Write then rename: a crash never leaves a half file under the final name.
    await writeFile(`${target}.part`, bytes);
    await rename(`${target}.part`, target);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return this.ctx.ds.transaction(async (m) => {
      const [row]: EvidenceView[] = await m.query(
        `INSERT INTO evidence (id, obligation_id, file_name, content_type, size, sha256, storage_path, uploaded_by) VALUES ($1,$2,$3,$4,$5,$6,$7,$8) RETURNING ${COLUMNS}`,
        [id, obligationId, safeName, contentType, bytes.length, sha256, relative, actor.userId],
      );
      await this.repo.addEvent(m, { obligationId, type: 'evidence_added', actorId: actor.userId, data: { evidenceId: id, fileName: safeName, size: bytes.length, sha256 } });
      return row;
    });
  }

  async list(actor: Actor, obligationId: string): Promise<EvidenceView[]> {
    await this.repo.findVisible(this.ctx.ds.manager, obligationId, actor);
    return this.ctx.ds.query(`SELECT ${COLUMNS} FROM evidence WHERE obligation_id = $1 ORDER BY created_at DESC`, [obligationId]);
  }

  /** Metadata plus the absolute path of the stored bytes. */
  async get(actor: Actor, obligationId: string, evidenceId: string): Promise<EvidenceView & { path: string }> {
    await this.repo.findVisible(this.ctx.ds.manager, obligationId, actor);
    const rows: (EvidenceView & { storagePath: string })[] = isUuid(evidenceId)
      ? await this.ctx.ds.query(`SELECT ${COLUMNS}, storage_path AS "storagePath" FROM evidence WHERE id = $1 AND obligation_id = $2`, [evidenceId, obligationId])
      : [];
    if (!rows[0]) throw new NotFoundError('Evidence', evidenceId);
    const { storagePath, ...view } = rows[0];
    return { ...view, path: resolve(this.ctx.settings.evidenceDir, storagePath) };
  }
}
