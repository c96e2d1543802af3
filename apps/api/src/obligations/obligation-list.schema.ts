import type { FastifySchema } from 'fastify';
import type { ObligationView } from '@luyue/application';

// The response schema of GET /api/obligations: Fastify serialises the list with
// fast-json-stringify instead of JSON.stringify. Fields missing from a schema are dropped from
// the response, so the schema is typed by ObligationView's keys: a new field fails the type check
// until it is added here.

const string = { type: 'string' } as const;
const nullableString = { type: ['string', 'null'] } as const;
const number = { type: 'number' } as const;
const nullableNumber = { type: ['number', 'null'] } as const;
const boolean = { type: 'boolean' } as const;
const strings = { type: 'array', items: string } as const;

const CAN_PROPERTIES: Record<keyof ObligationView['can'], object> = {
  edit: boolean,
  reportProgress: boolean,
  uploadEvidence: boolean,
  requestExtension: boolean,
  decideExtension: boolean,
};

const VIEW_PROPERTIES: Record<keyof ObligationView, object> = {
  id: string,
  version: number,
  status: string,
  light: string,
  overdue: boolean,
  leadBodyIds: strings,
  coBodyIds: strings,
  assigneeId: nullableString,
  dueDate: nullableString,
  regulationId: nullableString,
  regulationTitle: nullableString,
  regulationShortTitle: nullableString,
  provisionId: nullableString,
  article: nullableNumber,
  paragraph: nullableNumber,
  item: nullableNumber,
  subitem: nullableNumber,
  text: string,
  title: string,
  modality: string,
  mechanism: boolean,
  recurrence: string,
  priority: string,
  confidence: nullableNumber,
  origin: string,
  subjects: strings,
  coSubjects: strings,
  unresolvedSubjects: strings,
  previousId: nullableString,
  sourceChanged: boolean,
  sourceRemoved: boolean,
  amendedText: nullableString,
  latestProgress: {
    type: ['object', 'null'],
    properties: { note: string, reportedAt: string, reportedByUserId: string },
    required: ['note', 'reportedAt', 'reportedByUserId'],
  },
  allowedTransitions: {
    type: 'array',
    items: { type: 'object', properties: { action: string, to: string, noteRequired: boolean }, required: ['action', 'to', 'noteRequired'] },
  },
  can: {
    type: 'object',
    properties: CAN_PROPERTIES,
    required: Object.keys(CAN_PROPERTIES),
  },
  createdAt: string,
  updatedAt: string,
};

export const OBLIGATION_VIEW_SCHEMA = {
  type: 'object',
  properties: VIEW_PROPERTIES,
  required: Object.keys(VIEW_PROPERTIES),
} as const;

export const OBLIGATION_LIST_SCHEMA: FastifySchema = {
  response: { 200: { type: 'array', items: OBLIGATION_VIEW_SCHEMA } },
};
