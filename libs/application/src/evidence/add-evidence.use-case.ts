import { createHash, randomUUID } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ErrorCode } from '@luyue/contracts';
import { type Actor, DomainError, ForbiddenActionError, canReportProgress } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import { findVisible } from '../obligations/find-visible';
import type { EvidenceView } from './evidence.repository';
import { sniffEvidenceType } from './file-type';

/** POST /obligations/:id/evidence: 佐证材料 under EVIDENCE_DIR/<obligation>/<evidence id>; the client's file name never becomes a path. */
export class AddEvidenceUseCase {
  constructor(private readonly ctx: AppContext) {}

  async execute(actor: Actor, obligationId: string, fileName: string, bytes: Buffer): Promise<EvidenceView> {
    const obligation = await findVisible(this.ctx.data.repositories.obligations, obligationId, actor);
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
    return this.ctx.data.transaction(async ({ evidence, obligations }) => {
      const row = await evidence.add({ id, obligationId, fileName: safeName, contentType, size: bytes.length, sha256, storagePath: relative, uploadedBy: actor.userId });
      await obligations.addEvent({ obligationId, type: 'evidence_added', actorId: actor.userId, data: { evidenceId: id, fileName: safeName, size: bytes.length, sha256 } });
      return row;
    });
  }
}
