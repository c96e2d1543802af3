import { MODALITIES, PRIORITIES, RECURRENCES, isOneOf, type ObligationEditFields } from '@luyue/contracts';
import {
  type Actor,
  ForbiddenActionError,
  canEditObligation,
  LeadBodyRequiredError,
  NotFoundError,
  ValidationError,
  canReassign,
  isIsoDate,
  assignmentOutsideScope,
  type AssignmentTarget,
  fieldChanges,
  hasChanges,
} from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import type { Repositories } from '../shared/repositories';
import { searchTokens } from '../search/search-tokens';
import { toObligationView } from './obligation.mapper';
import { writeEventNotices } from '../notifications/event-notifications';
import { findVisible, reread } from './find-visible';
import type { ObligationChanges } from './obligation.repository';
import type { ObligationRow, ObligationView } from './obligation.types';

/** PUT /obligations/:id: the fields to change and the version the client saw. */
export type UpdateObligationCommand = ObligationEditFields & { version: number };

const same = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** PUT /obligations/:id: admin or a manager over a lead body edits the duty; each kind of change leaves its event. */
export class UpdateObligationUseCase {
  constructor(private readonly ctx: AppContext) {}

  async execute(actor: Actor, id: string, command: UpdateObligationCommand): Promise<ObligationView> {
    const row = await this.ctx.data.transaction((repos) => this.applyIn(repos, actor, id, command));
    return toObligationView(row, { actor, today: this.ctx.today(), yellowDays: this.ctx.settings.yellowDays });
  }

  /** The edit inside the caller's transaction (the bulk edit applies it to many obligations in one); the row locked and re-read. */
  async applyIn(repos: Repositories, actor: Actor, id: string, command: UpdateObligationCommand): Promise<ObligationRow> {
    const { obligations, bodies } = repos;
    const current = await findVisible(obligations, id, actor, true);
    if (!canEditObligation(current, actor)) {
      throw new ForbiddenActionError(canReassign(current, actor) ? 'edit a closed obligation' : 'edit the obligation', { status: current.status });
    }
    const set: ObligationChanges = {};
    const events: { type: 'updated' | 'due_date_changed' | 'assigned'; data: Record<string, unknown> }[] = [];

    if (command.modality !== undefined && !isOneOf(MODALITIES, command.modality)) throw new ValidationError('modality is invalid', { field: 'modality' });
    if (command.priority !== undefined && !isOneOf(PRIORITIES, command.priority)) throw new ValidationError('priority is invalid', { field: 'priority' });
    if (command.recurrence !== undefined && !isOneOf(RECURRENCES, command.recurrence)) throw new ValidationError('recurrence is invalid', { field: 'recurrence' });
    // Content fields (columns of the same name) are written only when they differ, and recorded old → new in one `updated` event.
    const content = fieldChanges(
      { title: current.title, text: current.text, modality: current.modality, priority: current.priority, recurrence: current.recurrence, subjects: current.subjects },
      { title: command.title?.trim(), text: command.text?.trim(), modality: command.modality, priority: command.priority, recurrence: command.recurrence, subjects: command.subjects },
    );
    Object.assign(set, Object.fromEntries(Object.entries(content).map(([field, change]) => [field, change.to])));
    if (content['text'] && command.text !== undefined) set.searchTokens = searchTokens(command.text);
    if (hasChanges(content)) events.push({ type: 'updated', data: { changes: content } });
    if (command.dueDate !== undefined && command.dueDate !== current.dueDate) {
      if (command.dueDate !== null && !isIsoDate(command.dueDate)) throw new ValidationError('dueDate must be YYYY-MM-DD', { field: 'dueDate' });
      set.dueDate = command.dueDate;
      events.push({ type: 'due_date_changed', data: { from: current.dueDate, to: command.dueDate } });
    }
    const assignment: Record<string, unknown> = {};
    if (command.leadBodyIds !== undefined && !same(command.leadBodyIds, current.leadBodyIds)) {
      await bodies.assertExist(command.leadBodyIds);
      if (!command.leadBodyIds.length && current.status !== 'draft') throw new LeadBodyRequiredError();
      set.leadBodyIds = command.leadBodyIds;
      assignment['leadBodyIds'] = { from: current.leadBodyIds, to: command.leadBodyIds };
    }
    if (command.coBodyIds !== undefined && !same(command.coBodyIds, current.coBodyIds)) {
      await bodies.assertExist(command.coBodyIds);
      set.coBodyIds = command.coBodyIds;
      assignment['coBodyIds'] = { from: current.coBodyIds, to: command.coBodyIds };
    }
    if (command.assigneeId !== undefined && command.assigneeId !== current.assigneeId) {
      if (command.assigneeId !== null) assertMayAssign(actor, { assigneeBodyId: await assertActiveUser(repos, command.assigneeId) });
      set.assigneeId = command.assigneeId;
      assignment['assigneeId'] = { from: current.assigneeId, to: command.assigneeId };
    }
    // Only bodies the write adds are checked: ones already assigned (by an admin) may stay.
    assertMayAssign(actor, { leadBodyIds: added(command.leadBodyIds, current.leadBodyIds), coBodyIds: added(command.coBodyIds, current.coBodyIds) });
    if (Object.keys(assignment).length) events.push({ type: 'assigned', data: assignment });

    await obligations.updateVersioned(id, command.version, set);
    const recorded = await obligations.addEvents(events.map((e) => ({ obligationId: id, type: e.type, actorId: actor.userId, data: e.data })));
    await writeEventNotices(repos.eventNotices, this.ctx, recorded);
    return reread(obligations, id);
  }
}

const added = (next: readonly string[] | undefined, current: readonly string[]) => (next ?? []).filter((id) => !current.includes(id));

/** 403 unless every body (and the assignee's body) of `target` lies in the actor's subtree. */
export function assertMayAssign(actor: Actor, target: AssignmentTarget): void {
  const outside = assignmentOutsideScope(target, actor);
  if (outside.length) throw new ForbiddenActionError('assign outside your bodies', { bodyIds: outside });
}

/** 404 unless the user exists and is active; answers the user's body. */
export async function assertActiveUser({ users }: Pick<Repositories, 'users'>, userId: string): Promise<string | null> {
  const user = await users.activeUserBody(userId);
  if (!user) throw new NotFoundError('User', userId);
  return user.bodyId;
}
