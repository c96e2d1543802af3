export * from './types';
export { normalizeText, unitBody } from './normalize';
export { bigrams, dice } from './similarity';
export { alignProvisions, DUTY_MIN_SIMILARITY, PAIR_MIN_SIMILARITY, SHIFT_MIN_SIMILARITY } from './align-provisions';
export { diffVersions, MODIFIED_DUTY_MIN_SIMILARITY } from './diff-versions';
export { diffChars, type DiffSegment } from './char-diff';
