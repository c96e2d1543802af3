import { OBLIGATION_STATUSES } from '@luyue/contracts';
import { ACTOR_KINDS, type ActorKind, actors, parties } from '../test-support/actors';
import { obligationPermissions } from './obligation-permissions';

const TODAY = '2026-05-10';
const open = { status: 'in_progress' as const, ...parties, dueDate: '2026-06-01' };

const granted = (kind: ActorKind) => {
  const can = obligationPermissions(open, actors[kind], TODAY);
  return Object.entries(can)
    .filter(([, allowed]) => allowed)
    .map(([name]) => name)
    .sort();
};

describe('obligationPermissions', () => {
  it.each([
    ['admin', ['decideExtension', 'edit', 'reportProgress', 'requestExtension', 'uploadEvidence']],
    ['leadManager', ['decideExtension', 'edit', 'reportProgress', 'uploadEvidence']],
    ['ancestorManager', ['decideExtension', 'edit', 'reportProgress', 'uploadEvidence']],
    ['leadStaff', ['reportProgress', 'requestExtension', 'uploadEvidence']],
    ['coStaff', ['reportProgress', 'uploadEvidence']],
    ['coManager', ['reportProgress', 'uploadEvidence']],
  ] as [ActorKind, string[]][])('an open duty, %s may %j', (kind, expected) => {
    expect(granted(kind)).toEqual(expected);
  });

  it('nobody outside the duty may do anything to it', () => {
    for (const kind of ACTOR_KINDS.filter((k) => !['admin', 'leadManager', 'ancestorManager', 'leadStaff', 'coStaff', 'coManager'].includes(k))) {
      expect(granted(kind)).toEqual([]);
    }
  });

  it.each(['done', 'waived', 'discarded'] as const)('a %s duty is edited by nobody, not even an admin', (status) => {
    for (const kind of ACTOR_KINDS) expect(obligationPermissions({ ...open, status }, actors[kind], TODAY).edit).toBe(false);
  });

  it('an extension is asked for only strictly before the due date, and only with one', () => {
    expect(obligationPermissions({ ...open, dueDate: TODAY }, actors.leadStaff, TODAY).requestExtension).toBe(false);
    expect(obligationPermissions({ ...open, dueDate: null }, actors.leadStaff, TODAY).requestExtension).toBe(false);
    expect(obligationPermissions({ ...open, dueDate: '2026-05-11' }, actors.leadStaff, TODAY).requestExtension).toBe(true);
  });

  it('progress and evidence go together, in every status', () => {
    for (const status of OBLIGATION_STATUSES)
      for (const kind of ACTOR_KINDS) {
        const can = obligationPermissions({ ...open, status }, actors[kind], TODAY);
        expect(can.uploadEvidence).toBe(can.reportProgress);
      }
  });
});
