import type { ObligationStatus } from '@luyue/contracts';
import { type Actor, nextDueDate, planTransition } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import type { Repositories } from '../shared/repositories';
import { writeEventNotices } from '../notifications/event-notifications';
import { toObligationView } from './obligation.mapper';
import { findVisible, reread } from './find-visible';
import type { ObligationRow, ObligationView } from './obligation.types';

export interface TransitionCommand {
  to: ObligationStatus;
  note?: string | null;
  version: number;
}

/** POST /obligations/:id/transitions: one status change, its event and (for a recurring duty reaching done) the next instance, in one transaction. */
export class TransitionObligationUseCase {
  constructor(private readonly ctx: AppContext) {}

  async execute(actor: Actor, id: string, command: TransitionCommand): Promise<ObligationView> {
    const row = await this.ctx.data.transaction((repos) => this.apply(repos, actor, id, command));
    return toObligationView(row, { actor, today: this.ctx.today(), yellowDays: this.ctx.settings.yellowDays });
  }

  /** Also used by the seed, inside its own transaction. */
  async apply(repos: Repositories, actor: Actor, id: string, command: TransitionCommand): Promise<ObligationRow> {
    const { obligations } = repos;
    const row = await findVisible(obligations, id, actor);
    const plan = planTransition({ obligation: row, to: command.to, actor, note: command.note, expectedVersion: command.version });
    await obligations.updateVersioned(id, command.version, { status: plan.to });
    const event = await obligations.addEvent({
      obligationId: id,
      type: plan.eventType,
      fromStatus: plan.from,
      toStatus: plan.to,
      actorId: plan.actorUserId,
      note: plan.note,
      data: { action: plan.action },
    });
    await writeEventNotices(repos.eventNotices, this.ctx, [event]);
    if (plan.to === 'done') await this.scheduleNext(repos, row, actor);
    return reread(obligations, id);
  }

  /** A recurring obligation signed off: the next instance opens on the next date of its schedule. */
  private async scheduleNext({ obligations }: Repositories, row: ObligationRow, actor: Actor): Promise<void> {
    if (row.recurrence === 'none' || !row.dueDate) return;
    const due = nextDueDate(row.recurrence, row.dueDate);
    const id = await obligations.insertNextInstance(row.id, due);
    if (!id) return;
    await obligations.addEvent({ obligationId: id, type: 'created', toStatus: 'pending', actorId: actor.userId, data: { recurrenceOf: row.id, dueDate: due } });
  }
}
