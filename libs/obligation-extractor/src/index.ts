export * from './types';
export { extractObligations } from './extract';
export { findAliases, AliasTable } from './aliases';
export { findTiming } from './sentence/timing';
export { isMechanism } from './sentence/mechanism';
export { expandSubject } from './sentence/subjects';
export { splitSentences, splitClauses } from './text/segment';
export { scoreDocument as scoreExtraction, sameBody, type GoldDocument, type PredictedDocument, type DocumentScore } from './eval/score';
export { evaluate, overallLine, type EvalCase, type EvalReport, type OverallScore } from './eval/report';
