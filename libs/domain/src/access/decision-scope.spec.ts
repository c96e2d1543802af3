import type { Actor } from './actor';
import { decisionScope } from './decision-scope';
import { canDecideExtension } from './permissions';
import { allowedTransitions } from '../status/allowed-transitions';

const actors: Actor[] = [
  { userId: 'a', role: 'admin', bodyId: null, scopeBodyIds: [] },
  { userId: 'm', role: 'manager', bodyId: 'p', scopeBodyIds: ['p', 'c'] },
  { userId: 's', role: 'staff', bodyId: 'p', scopeBodyIds: ['p', 'c'] },
];
const duties = [
  { leadBodyIds: ['p'], coBodyIds: [], assigneeId: null },
  { leadBodyIds: ['c'], coBodyIds: [], assigneeId: null },
  { leadBodyIds: ['x'], coBodyIds: ['p'], assigneeId: null },
  { leadBodyIds: ['x', 'c'], coBodyIds: [], assigneeId: null },
];

describe('decisionScope', () => {
  it.each(actors.map((a) => [a.role, a] as const))('%s: the set agrees with canDecideExtension and the verify rule, duty by duty', (_, actor) => {
    const scope = decisionScope(actor);
    for (const duty of duties) {
      const inScope = scope.all || duty.leadBodyIds.some((id) => scope.leadBodyIds.includes(id));
      expect(inScope).toBe(canDecideExtension(duty, actor));
      expect(inScope).toBe(allowedTransitions({ ...duty, status: 'submitted' }, actor).some((t) => t.action === 'verify'));
    }
  });
});
