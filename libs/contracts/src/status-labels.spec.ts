import { OBLIGATION_STATUSES } from './obligation.enums';
import { LEGACY_STATUS_LABELS_ZH, STATUS_LABELS_ZH, statusLabelZh } from './status-labels';

describe('status labels', () => {
  it('names every status once, with no two statuses sharing a name', () => {
    expect(Object.keys(STATUS_LABELS_ZH).sort()).toEqual([...OBLIGATION_STATUSES].sort());
    expect(new Set(Object.values(STATUS_LABELS_ZH)).size).toBe(OBLIGATION_STATUSES.length);
  });

  it('keeps legacy names apart from the current ones', () => {
    for (const legacy of Object.keys(LEGACY_STATUS_LABELS_ZH)) expect(Object.values(STATUS_LABELS_ZH)).not.toContain(legacy);
  });

  it('answers an unknown or inherited key as itself', () => {
    expect(statusLabelZh('waived')).toBe('已豁免');
    expect(statusLabelZh('constructor')).toBe('constructor');
    expect(statusLabelZh('toString')).toBe('toString');
  });
});
