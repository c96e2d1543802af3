import { BODY_KINDS, BODY_LEVELS, isOneOf, type BodyKind, type BodyLevel } from '@luyue/contracts';
import { type Actor, ForbiddenActionError, ValidationError, canMapBodies } from '@luyue/domain';

export interface BodyInput {
  name?: string;
  aliases?: string[];
  jurisdiction?: string;
  level?: BodyLevel;
  kind?: BodyKind;
  parentId?: string | null;
  contactEmail?: string | null;
}

/** 403 unless the actor maintains the registry; 400 for a bad level or kind. */
export function checkBodyInput(actor: Actor, input: BodyInput): void {
  if (!canMapBodies(actor)) throw new ForbiddenActionError('manage bodies');
  if (input.level !== undefined && !isOneOf(BODY_LEVELS, input.level)) throw new ValidationError('level is invalid', { field: 'level' });
  if (input.kind !== undefined && !isOneOf(BODY_KINDS, input.kind)) throw new ValidationError('kind is invalid', { field: 'kind' });
}
