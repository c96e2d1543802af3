import { describe, expect, it } from 'vitest';
import { actionFor, transitionOptions } from './transitions';

describe('transition options', () => {
  it('names the action of each edge', () => {
    expect(actionFor('pending', 'acknowledged')).toBe('acknowledge');
    expect(actionFor('submitted', 'in_progress')).toBe('return');
    expect(actionFor('done', 'in_progress')).toBe('reopen');
    expect(actionFor('acknowledged', 'in_progress')).toBe('start');
    expect(actionFor('submitted', 'done')).toBe('verify');
  });

  it('passes the api objects through and upgrades bare statuses', () => {
    const fromApi = {
      to: 'done' as const,
      action: 'verify' as const,
      noteRequired: false,
    };
    expect(transitionOptions('submitted', [fromApi])).toEqual([fromApi]);
    expect(transitionOptions('in_progress', ['submitted'])).toEqual([
      { to: 'submitted', action: 'submit', noteRequired: true },
    ]);
    expect(transitionOptions('pending', undefined)).toEqual([]);
  });
});
