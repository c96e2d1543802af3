import { type Actor, NotFoundError, canView } from '@luyue/domain';
import type { ObligationRepository } from './obligation.repository';
import type { ObligationRow } from './obligation.types';

/** The obligation if the actor may see it; 404 otherwise (another body's record is "not found"). */
export async function findVisible(obligations: ObligationRepository, id: string, actor: Actor, lock = false): Promise<ObligationRow> {
  const row = await obligations.findRow(id, lock);
  if (!row || !canView(row, actor)) throw new NotFoundError('Obligation', id);
  return row;
}

/** A row just written, read back in the same transaction. */
export async function reread(obligations: ObligationRepository, id: string): Promise<ObligationRow> {
  return (await obligations.findRow(id)) as ObligationRow;
}
