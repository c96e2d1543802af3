import { actors, parties } from '../test-support/actors';
import { allowedTransitions } from './allowed-transitions';

const actions = (status: Parameters<typeof allowedTransitions>[0]['status'], kind: keyof typeof actors) => allowedTransitions({ status, ...parties }, actors[kind]).map((r) => `${r.action}:${r.to}`);

describe('allowedTransitions (UI action buttons)', () => {
  it.each([
    ['pending', 'leadStaff', ['acknowledge:acknowledged', 'start:in_progress']],
    // managers supervise: no acknowledge/start/submit buttons, only waive etc.
    ['pending', 'leadManager', ['waive:waived']],
    ['pending', 'ancestorManager', ['waive:waived']],
    ['pending', 'admin', ['acknowledge:acknowledged', 'start:in_progress', 'waive:waived']],
    ['acknowledged', 'leadStaff', ['start:in_progress', 'submit:submitted']],
    ['acknowledged', 'leadManager', ['waive:waived']],
    ['in_progress', 'leadStaff', ['submit:submitted']],
    ['in_progress', 'leadManager', ['waive:waived']],
    ['submitted', 'leadStaff', []],
    ['submitted', 'leadManager', ['verify:done', 'return:in_progress', 'waive:waived']],
    ['submitted', 'ancestorManager', ['verify:done', 'return:in_progress', 'waive:waived']],
    ['draft', 'admin', ['confirm:pending', 'discard:discarded']],
    ['draft', 'leadManager', []],
    ['in_progress', 'coStaff', []],
    ['done', 'admin', ['reopen:in_progress']],
    ['waived', 'admin', []],
  ] as const)('%s for %s', (status, kind, expected) => {
    expect(actions(status, kind)).toEqual(expected);
  });

  it('flags the actions that need a note', () => {
    const submit = allowedTransitions({ status: 'in_progress', ...parties }, actors.leadStaff).find((r) => r.action === 'submit');
    expect(submit?.noteRequired).toBe(true);
  });
});
