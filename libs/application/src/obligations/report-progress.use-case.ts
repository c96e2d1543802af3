import { type Actor, ForbiddenActionError, ReasonRequiredError, canReportProgress } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import { toObligationView } from './obligation.mapper';
import { findVisible, reread } from './find-visible';
import type { ObligationView } from './obligation.types';

/** POST /obligations/:id/progress: a dated note; the latest is kept on the row for lists and the 台账. */
export class ReportProgressUseCase {
  constructor(private readonly ctx: AppContext) {}

  async execute(actor: Actor, id: string, rawNote: string): Promise<ObligationView> {
    const row = await this.ctx.data.transaction(async ({ obligations }) => {
      const current = await findVisible(obligations, id, actor, true);
      if (!canReportProgress(current, actor)) throw new ForbiddenActionError('report progress', { status: current.status });
      const note = rawNote?.trim();
      if (!note) throw new ReasonRequiredError('report progress');
      // Progress does not change the duty itself, so it does not need the client's version; the row lock orders writers.
      await obligations.updateVersioned(id, current.version, { latestProgress: note, latestProgressAt: new Date(), latestProgressBy: actor.userId });
      await obligations.addEvent({ obligationId: id, type: 'progress_reported', actorId: actor.userId, note, data: { status: current.status } });
      return reread(obligations, id);
    });
    return toObligationView(row, { actor, today: this.ctx.today(), yellowDays: this.ctx.settings.yellowDays });
  }
}
