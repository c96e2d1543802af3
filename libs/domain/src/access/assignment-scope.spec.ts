import { actors, CO, LEAD } from '../test-support/actors';
import { assignmentOutsideScope, canAssignTo } from './permissions';

// Body tree of the fixtures: city ── lead, co; other is unrelated.
const OTHER = 'body-other';
const CITY = 'body-city';

describe('canAssignTo: bodies and assignees a writer sets lie in their subtree', () => {
  it.each([
    // actor, target, allowed
    ['admin', { leadBodyIds: [OTHER], coBodyIds: [LEAD] }, true],
    ['admin', { assigneeBodyId: null }, true],
    ['ancestorManager', { leadBodyIds: [LEAD], coBodyIds: [CO] }, true],
    ['ancestorManager', { leadBodyIds: [CITY] }, true],
    ['ancestorManager', { leadBodyIds: [LEAD, OTHER] }, false],
    ['ancestorManager', { coBodyIds: [OTHER] }, false],
    ['ancestorManager', { assigneeBodyId: CO }, true],
    ['ancestorManager', { assigneeBodyId: OTHER }, false],
    ['ancestorManager', { assigneeBodyId: null }, false],
    ['leadManager', { leadBodyIds: [LEAD] }, true],
    // a manager of a lead body cannot hand the duty to a sibling or parent body
    ['leadManager', { leadBodyIds: [CO] }, false],
    ['leadManager', { leadBodyIds: [CITY] }, false],
    ['leadManager', { assigneeBodyId: LEAD }, true],
    ['coManager', { leadBodyIds: [LEAD] }, false],
    ['outsideManager', { leadBodyIds: [OTHER] }, true],
    ['outsideManager', { coBodyIds: [LEAD] }, false],
    // staff never assign, not even to their own body
    ['leadStaff', { leadBodyIds: [LEAD] }, false],
    ['leadStaff', { assigneeBodyId: LEAD }, false],
    // nothing to assign: allowed for anyone (the caller's other checks decide)
    ['leadManager', {}, true],
    ['leadStaff', {}, true],
  ] as const)('%s sets %j → %s', (kind, target, allowed) => {
    expect(canAssignTo(target, actors[kind])).toBe(allowed);
  });

  it('names the bodies outside the scope', () => {
    expect(assignmentOutsideScope({ leadBodyIds: [LEAD, OTHER], coBodyIds: [CITY] }, actors.leadManager)).toEqual([OTHER, CITY]);
  });
});
