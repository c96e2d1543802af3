import type { EntityManager } from 'typeorm';
import type { ObligationStatus } from '@luyue/contracts';
import { type Actor, nextDueDate, planTransition } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import { writeEventNotices } from '../notifications/event-notifications';
import { toObligationView } from './obligation.mapper';
import { ObligationRepository } from './obligation.repository';
import type { ObligationRow, ObligationView } from './obligation.types';

export interface TransitionCommand {
  to: ObligationStatus;
  note?: string | null;
  version: number;
}

/** POST /obligations/:id/transitions: one status change, its event and (for a recurring duty reaching done) the next instance, in one transaction. */
export class TransitionObligationUseCase {
  private readonly repo = new ObligationRepository();
  constructor(private readonly ctx: AppContext) {}

  async execute(actor: Actor, id: string, command: TransitionCommand): Promise<ObligationView> {
    const row = await this.ctx.ds.transaction((m) => this.apply(m, actor, id, command));
    return toObligationView(row, { actor, today: this.ctx.today(), yellowDays: this.ctx.settings.yellowDays });
  }

  /** Also used by bulk confirmation and the seed, inside their own transaction. */
  async apply(m: EntityManager, actor: Actor, id: string, command: TransitionCommand): Promise<ObligationRow> {
    const row = await this.repo.findVisible(m, id, actor);
    const plan = planTransition({ obligation: row, to: command.to, actor, note: command.note, expectedVersion: command.version });
    await this.repo.updateVersioned(m, id, command.version, { status: plan.to });
    const event = await this.repo.addEvent(m, {
      obligationId: id,
      type: plan.eventType,
      fromStatus: plan.from,
      toStatus: plan.to,
      actorId: plan.actorUserId,
      note: plan.note,
      data: { action: plan.action },
    });
    await writeEventNotices(m, this.ctx, [event]);
    if (plan.to === 'done') await this.scheduleNext(m, row, actor);
    return (await this.repo.findRow(m, id)) as ObligationRow;
  }

  /** A recurring obligation signed off: the next instance opens on the next date of its schedule. */
  private async scheduleNext(m: EntityManager, row: ObligationRow, actor: Actor): Promise<void> {
    if (row.recurrence === 'none' || !row.dueDate) return;
    // Only once per instance, even if it is reopened and verified again.
    const [existing] = await m.query('SELECT id FROM obligations WHERE previous_id = $1 LIMIT 1', [row.id]);
    if (existing) return;
    const due = nextDueDate(row.recurrence, row.dueDate);
    const [{ id }] = await m.query(
      `INSERT INTO obligations (regulation_id, provision_id, article, paragraph, item, subitem, text, title, modality, mechanism,
         subjects, co_subjects, unresolved_subjects, lead_body_ids, co_body_ids, assignee_id, status, due_date, recurrence, priority,
         confidence, timing, origin, previous_id, search_tokens)
       SELECT regulation_id, provision_id, article, paragraph, item, subitem, text, title, modality, mechanism,
         subjects, co_subjects, unresolved_subjects, lead_body_ids, co_body_ids, assignee_id, 'pending', $2::date, recurrence, priority,
         confidence, timing, origin, id, search_tokens
       FROM obligations WHERE id = $1 RETURNING id`,
      [row.id, due],
    );
    await this.repo.addEvent(m, { obligationId: id, type: 'created', toStatus: 'pending', actorId: actor.userId, data: { recurrenceOf: row.id, dueDate: due } });
  }
}
