// Test support: the regression floors of the evaluation specs, one check for all of them.
import type { OverallScore } from './report';

export type Floor = Partial<Record<'detectionF1' | 'subjectF1' | 'modalityAcc' | 'aliasRecall' | 'coF1' | 'dueAcc', number>>;

/** Every document scored, every unit count right, and each figure named in the floor at or above it. */
export function expectAboveFloor(overall: OverallScore, floor: Floor): void {
  expect(overall.notScored).toBe(0);
  const below = (Object.entries(floor) as Array<[keyof Floor, number]>).filter(([measure, min]) => !(overall[measure] >= min)).map(([measure, min]) => `${measure} ${overall[measure]} < ${min}`);
  expect(below).toEqual([]);
  expect(overall.unitsOk).toBe(overall.documents);
}
