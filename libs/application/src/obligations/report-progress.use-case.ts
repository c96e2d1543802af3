import { type Actor, ForbiddenActionError, ReasonRequiredError, canReportProgress } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import { toObligationView } from './obligation.mapper';
import { ObligationRepository } from './obligation.repository';
import type { ObligationRow, ObligationView } from './obligation.types';

/** POST /obligations/:id/progress: a dated note; the latest is kept on the row for lists and the 台账. */
export class ReportProgressUseCase {
  private readonly repo = new ObligationRepository();
  constructor(private readonly ctx: AppContext) {}

  async execute(actor: Actor, id: string, rawNote: string): Promise<ObligationView> {
    const row = await this.ctx.ds.transaction(async (m) => {
      const current = await this.repo.findVisible(m, id, actor, true);
      if (!canReportProgress(current, actor)) throw new ForbiddenActionError('report progress', { status: current.status });
      const note = rawNote?.trim();
      if (!note) throw new ReasonRequiredError('report progress');
      // Progress does not change the duty itself, so it does not need the client's version; the row lock orders writers.
      await this.repo.updateVersioned(m, id, current.version, { latest_progress: note, latest_progress_at: new Date(), latest_progress_by: actor.userId });
      await this.repo.addEvent(m, { obligationId: id, type: 'progress_reported', actorId: actor.userId, note, data: { status: current.status } });
      return (await this.repo.findRow(m, id)) as ObligationRow;
    });
    return toObligationView(row, { actor, today: this.ctx.today(), yellowDays: this.ctx.settings.yellowDays });
  }
}
