// THE authorization matrix (issue 9): every API route × every principal × the body the record belongs to.
// Tests are generated from this table (authorization-matrix.e2e-spec.ts); nothing else holds expectations.
//
// Principals: anonymous (no token), staff = staff.gwh (管委会), manager = manager.gwh, admin.
// Targets (for routes on one record): own = a record of 管委会; other = a record of 自贸办 (not related);
// child = a record of a body created in the test whose parent is 管委会;
// co = an obligation led by 自贸办 with 管委会 as co-body (fresh bodies/users for this column sit under 自贸办).
// Columns in each row: [anonymous, staff, manager, admin].
//
// Each cell that mutates gets a fresh record made for it (`fixture`), so cells never depend on each other.
// Path placeholders: :oid obligation, :eid evidence of it, :rid pending extension request on it,
// :evid an event of it, :bid body (own/other/child body itself, or a fresh one), :uid a user,
// :regid a regulation, :provid a provision, :nid a notification.

export const PRINCIPALS = ['anonymous', 'staff', 'manager', 'admin'] as const;
export type Principal = (typeof PRINCIPALS)[number];
export const TARGETS = ['own', 'other', 'child', 'co'] as const;
export type Target = (typeof TARGETS)[number];
export type Row = readonly [anonymous: number, staff: number, manager: number, admin: number];

/** What a cell needs made before its request. */
export type Fixture =
  | { kind: 'none' }
  | { kind: 'shared' } // the target's long-lived in_progress obligation (with evidence, an event, an extension request list)
  | { kind: 'obligation'; status: 'draft' | 'pending' | 'acknowledged' | 'in_progress' | 'submitted' | 'done' }
  | { kind: 'extension' } // fresh in_progress obligation with a pending extension request
  | { kind: 'freshBody' } // a new unused body under the target's body
  | { kind: 'freshUser' }; // a new staff user of the target's body

export interface FixtureValues {
  oid?: string;
  version?: number;
  eid?: string;
  rid?: string;
  evid?: string;
  bid?: string;
  uid?: string;
  regid?: string;
  provid?: string;
  nid?: string;
  /** manager.gwh's id (a valid reassignment target) */
  toUid?: string;
  /** A body outside manager.gwh's tree and a user of it (only admins may assign there). */
  outsideBid?: string;
  outsideUid?: string;
  /** The test body under 管委会 (inside manager.gwh's tree). */
  childBid?: string;
  unique: string;
}

export interface RouteCase {
  /** Unique name: "METHOD /path — what". */
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  fixture: Fixture;
  /** JSON body (or multipart upload when `upload` is set). */
  json?: (fx: FixtureValues) => unknown;
  upload?: { fileName: string; kind: 'pdf' | 'xlsx-bad-columns' | 'regulation-txt' };
  /** How the principal authenticates: bearer token (default) or only the session cookie (Bull Board). */
  auth?: 'bearer' | 'cookie';
  /** Either one row (route not about one body's record) or one row per target. */
  expect: Row | Record<Target, Row>;
}

const DUE_LATER = () => new Date(Date.now() + 60 * 86400_000).toISOString().slice(0, 10);
const NOT_VISIBLE: Row = [401, 404, 404, 200];

export const MATRIX: readonly RouteCase[] = [
  // ---- public and session ----
  { name: 'GET /api/health', method: 'GET', path: '/api/health', fixture: { kind: 'none' }, expect: [200, 200, 200, 200] },
  { name: 'GET /api/docs', method: 'GET', path: '/api/docs', fixture: { kind: 'none' }, expect: [200, 200, 200, 200] },
  { name: 'POST /api/auth/login (own credentials)', method: 'POST', path: '/api/auth/login', fixture: { kind: 'none' }, expect: [200, 200, 200, 200] },
  { name: 'GET /api/auth/me', method: 'GET', path: '/api/auth/me', fixture: { kind: 'none' }, expect: [401, 200, 200, 200] },
  { name: 'POST /api/auth/logout', method: 'POST', path: '/api/auth/logout', fixture: { kind: 'none' }, expect: [204, 204, 204, 204] },

  // ---- regulations, provisions (not scoped: everyone signed in reads the law) ----
  { name: 'GET /api/regulations', method: 'GET', path: '/api/regulations', fixture: { kind: 'none' }, expect: [401, 200, 200, 200] },
  { name: 'GET /api/regulations/:id', method: 'GET', path: '/api/regulations/:regid', fixture: { kind: 'none' }, expect: [401, 200, 200, 200] },
  {
    name: 'POST /api/regulations/import (JSON text)',
    method: 'POST',
    path: '/api/regulations/import',
    fixture: { kind: 'none' },
    json: (fx) => ({
      text: `安全测试条例${fx.unique}\n\n第一条 为了测试，制定本条例。\n第二条 管委会应当于每年十二月三十一日前报送工作情况。${fx.unique}\n`,
      fileName: `sec-${fx.unique}.txt`,
      jurisdiction: '新疆维吾尔自治区',
      kind: 'local_regulation',
    }),
    expect: [401, 403, 403, 201],
  },
  {
    name: 'POST /api/regulations/import (multipart file)',
    method: 'POST',
    path: '/api/regulations/import',
    fixture: { kind: 'none' },
    upload: { fileName: 'sec-upload.txt', kind: 'regulation-txt' },
    expect: [401, 403, 403, 201],
  },
  { name: 'GET /api/provisions', method: 'GET', path: '/api/provisions', fixture: { kind: 'none' }, expect: [401, 200, 200, 200] },
  { name: 'GET /api/provisions/:id', method: 'GET', path: '/api/provisions/:provid', fixture: { kind: 'none' }, expect: [401, 200, 200, 200] },

  // ---- obligations: reads ----
  { name: 'GET /api/obligations', method: 'GET', path: '/api/obligations', fixture: { kind: 'none' }, expect: [401, 200, 200, 200] },
  {
    name: 'GET /api/obligations/:id',
    method: 'GET',
    path: '/api/obligations/:oid',
    fixture: { kind: 'shared' },
    // Contract: staff/managers see obligations where their body OR A DESCENDANT is lead or co.
    expect: { own: [401, 200, 200, 200], other: NOT_VISIBLE, child: [401, 200, 200, 200], co: [401, 200, 200, 200] },
  },
  {
    name: 'GET /api/obligations/:id (draft)',
    method: 'GET',
    path: '/api/obligations/:oid',
    fixture: { kind: 'obligation', status: 'draft' },
    expect: { own: NOT_VISIBLE, other: NOT_VISIBLE, child: NOT_VISIBLE, co: NOT_VISIBLE },
  },
  { name: 'GET /api/obligations/export?format=csv', method: 'GET', path: '/api/obligations/export?format=csv', fixture: { kind: 'none' }, expect: [401, 200, 200, 200] },
  { name: 'GET /api/obligations/export?format=xlsx', method: 'GET', path: '/api/obligations/export?format=xlsx', fixture: { kind: 'none' }, expect: [401, 200, 200, 200] },
  { name: 'GET /api/dashboard', method: 'GET', path: '/api/dashboard', fixture: { kind: 'none' }, expect: [401, 200, 200, 200] },
  { name: 'GET /api/dashboard/work', method: 'GET', path: '/api/dashboard/work', fixture: { kind: 'none' }, expect: [401, 200, 200, 200] },

  // ---- obligations: edits and workflow ----
  {
    name: 'PUT /api/obligations/:id (priority)',
    method: 'PUT',
    path: '/api/obligations/:oid',
    fixture: { kind: 'obligation', status: 'in_progress' },
    json: (fx) => ({ version: fx.version, priority: 'high' }),
    expect: { own: [401, 403, 200, 200], other: NOT_VISIBLE, child: [401, 403, 200, 200], co: [401, 403, 403, 200] },
  },
  // The bulk edit checks each id as the single edit does (a refused id fails the whole request).
  {
    name: 'PUT /api/obligations (bulk priority)',
    method: 'PUT',
    path: '/api/obligations',
    fixture: { kind: 'obligation', status: 'in_progress' },
    json: (fx) => ({ ids: [fx.oid], data: { priority: 'high' }, versions: { [fx.oid as string]: fx.version } }),
    expect: { own: [401, 403, 200, 200], other: NOT_VISIBLE, child: [401, 403, 200, 200], co: [401, 403, 403, 200] },
  },
  // Finding 3 of the security review: lead/co bodies and assignees a manager sets lie in the manager's tree.
  ...(
    [
      ["lead body outside the manager's tree", (fx: FixtureValues) => ({ leadBodyIds: [fx.outsideBid] })],
      ["co body outside the manager's tree", (fx: FixtureValues) => ({ coBodyIds: [fx.outsideBid] })],
      ["assignee outside the manager's tree", (fx: FixtureValues) => ({ assigneeId: fx.outsideUid })],
    ] as const
  ).map(
    ([what, change]): RouteCase => ({
      name: `PUT /api/obligations/:id (${what})`,
      method: 'PUT',
      path: '/api/obligations/:oid',
      fixture: { kind: 'obligation', status: 'in_progress' },
      json: (fx) => ({ version: fx.version, ...change(fx) }),
      expect: { own: [401, 403, 403, 200], other: NOT_VISIBLE, child: [401, 403, 403, 200], co: [401, 403, 403, 200] },
    }),
  ),
  {
    name: "PUT /api/obligations/:id (co body inside the manager's tree)",
    method: 'PUT',
    path: '/api/obligations/:oid',
    fixture: { kind: 'obligation', status: 'in_progress' },
    json: (fx) => ({ version: fx.version, coBodyIds: [fx.childBid] }),
    expect: { own: [401, 403, 200, 200], other: NOT_VISIBLE, child: [401, 403, 200, 200], co: [401, 403, 403, 200] },
  },
  {
    name: 'POST /api/obligations/:id/transitions acknowledge',
    method: 'POST',
    path: '/api/obligations/:oid/transitions',
    fixture: { kind: 'obligation', status: 'pending' },
    json: (fx) => ({ to: 'acknowledged', version: fx.version }),
    // SECURITY.md role table: acknowledge/submit/request an extension — staff of a lead body and admins; managers "–"
    expect: { own: [401, 200, 403, 200], other: NOT_VISIBLE, child: [401, 403, 403, 200], co: [401, 403, 403, 200] },
  },
  {
    name: 'POST /api/obligations/:id/transitions submit',
    method: 'POST',
    path: '/api/obligations/:oid/transitions',
    fixture: { kind: 'obligation', status: 'in_progress' },
    json: (fx) => ({ to: 'submitted', note: '已完成，请复核', version: fx.version }),
    expect: { own: [401, 200, 403, 200], other: NOT_VISIBLE, child: [401, 403, 403, 200], co: [401, 403, 403, 200] },
  },
  {
    name: 'POST /api/obligations/:id/transitions verify',
    method: 'POST',
    path: '/api/obligations/:oid/transitions',
    fixture: { kind: 'obligation', status: 'submitted' },
    json: (fx) => ({ to: 'done', version: fx.version }),
    expect: { own: [401, 403, 200, 200], other: NOT_VISIBLE, child: [401, 403, 200, 200], co: [401, 403, 403, 200] },
  },
  {
    name: 'POST /api/obligations/:id/transitions return',
    method: 'POST',
    path: '/api/obligations/:oid/transitions',
    fixture: { kind: 'obligation', status: 'submitted' },
    json: (fx) => ({ to: 'in_progress', note: '材料不全', version: fx.version }),
    expect: { own: [401, 403, 200, 200], other: NOT_VISIBLE, child: [401, 403, 200, 200], co: [401, 403, 403, 200] },
  },
  {
    name: 'POST /api/obligations/:id/transitions waive',
    method: 'POST',
    path: '/api/obligations/:oid/transitions',
    fixture: { kind: 'obligation', status: 'in_progress' },
    json: (fx) => ({ to: 'waived', note: '不再适用', version: fx.version }),
    expect: { own: [401, 403, 200, 200], other: NOT_VISIBLE, child: [401, 403, 200, 200], co: [401, 403, 403, 200] },
  },
  {
    name: 'POST /api/obligations/:id/transitions reopen',
    method: 'POST',
    path: '/api/obligations/:oid/transitions',
    fixture: { kind: 'obligation', status: 'done' },
    json: (fx) => ({ to: 'in_progress', note: '重新办理', version: fx.version }),
    expect: { own: [401, 403, 200, 200], other: NOT_VISIBLE, child: [401, 403, 200, 200], co: [401, 403, 403, 200] },
  },
  {
    name: 'POST /api/obligations/:id/transitions discard (draft)',
    method: 'POST',
    path: '/api/obligations/:oid/transitions',
    fixture: { kind: 'obligation', status: 'draft' },
    json: (fx) => ({ to: 'discarded', version: fx.version }),
    // drafts are invisible to non-admins (404); only admins discard
    expect: { own: NOT_VISIBLE, other: NOT_VISIBLE, child: NOT_VISIBLE, co: NOT_VISIBLE },
  },
  {
    name: 'POST /api/obligations/:id/progress',
    method: 'POST',
    path: '/api/obligations/:oid/progress',
    fixture: { kind: 'obligation', status: 'in_progress' },
    json: () => ({ note: '本周已完成调研' }),
    expect: { own: [401, 200, 200, 200], other: NOT_VISIBLE, child: [401, 403, 200, 200], co: [401, 200, 200, 200] },
  },
  {
    name: 'POST /api/obligations/:id/extension-requests',
    method: 'POST',
    path: '/api/obligations/:oid/extension-requests',
    fixture: { kind: 'obligation', status: 'in_progress' },
    json: () => ({ reason: '需要更多时间', proposedDueDate: DUE_LATER() }),
    // SECURITY.md: staff of a lead body and admins request extensions; managers decide them.
    expect: { own: [401, 201, 403, 201], other: [401, 404, 404, 201], child: [401, 403, 403, 201], co: [401, 403, 403, 201] },
  },
  {
    name: 'GET /api/obligations/:id/extension-requests',
    method: 'GET',
    path: '/api/obligations/:oid/extension-requests',
    fixture: { kind: 'shared' },
    expect: { own: [401, 200, 200, 200], other: NOT_VISIBLE, child: [401, 200, 200, 200], co: [401, 200, 200, 200] },
  },
  {
    name: 'POST /api/obligations/extension-requests/:rid/decision',
    method: 'POST',
    path: '/api/obligations/extension-requests/:rid/decision',
    fixture: { kind: 'extension' },
    json: () => ({ approve: true, note: '同意' }),
    expect: { own: [401, 403, 200, 200], other: NOT_VISIBLE, child: [401, 403, 200, 200], co: [401, 403, 403, 200] },
  },
  {
    name: 'POST /api/obligations/:id/evidence',
    method: 'POST',
    path: '/api/obligations/:oid/evidence',
    fixture: { kind: 'obligation', status: 'in_progress' },
    upload: { fileName: '佐证材料.pdf', kind: 'pdf' },
    expect: { own: [401, 201, 201, 201], other: [401, 404, 404, 201], child: [401, 403, 201, 201], co: [401, 201, 201, 201] },
  },
  {
    name: 'GET /api/obligations/:id/evidence',
    method: 'GET',
    path: '/api/obligations/:oid/evidence',
    fixture: { kind: 'shared' },
    expect: { own: [401, 200, 200, 200], other: NOT_VISIBLE, child: [401, 200, 200, 200], co: [401, 200, 200, 200] },
  },
  {
    name: 'GET /api/obligations/:id/evidence/:eid (download)',
    method: 'GET',
    path: '/api/obligations/:oid/evidence/:eid',
    fixture: { kind: 'shared' },
    expect: { own: [401, 200, 200, 200], other: NOT_VISIBLE, child: [401, 200, 200, 200], co: [401, 200, 200, 200] },
  },
  {
    name: 'POST /api/obligations/reassign',
    method: 'POST',
    path: '/api/obligations/reassign',
    fixture: { kind: 'freshUser' },
    json: (fx) => ({ fromUserId: fx.uid, toUserId: fx.toUid }),
    expect: { own: [401, 403, 200, 200], other: [401, 403, 200, 200], child: [401, 403, 200, 200], co: [401, 403, 200, 200] },
  },
  {
    name: "POST /api/obligations/reassign (to a user outside the manager's tree)",
    method: 'POST',
    path: '/api/obligations/reassign',
    fixture: { kind: 'freshUser' },
    json: (fx) => ({ fromUserId: fx.uid, toUserId: fx.outsideUid }),
    expect: { own: [401, 403, 403, 200], other: [401, 403, 403, 200], child: [401, 403, 403, 200], co: [401, 403, 403, 200] },
  },
  {
    name: 'POST /api/obligations/confirm',
    method: 'POST',
    path: '/api/obligations/confirm',
    fixture: { kind: 'obligation', status: 'draft' },
    json: (fx) => ({ ids: [fx.oid] }),
    expect: { own: [401, 403, 403, 200], other: [401, 403, 403, 200], child: [401, 403, 403, 200], co: [401, 403, 403, 200] },
  },
  {
    name: 'POST /api/obligations/import-ledger (workbook without the 台账 columns)',
    method: 'POST',
    path: '/api/obligations/import-ledger',
    fixture: { kind: 'none' },
    upload: { fileName: 'ledger.xlsx', kind: 'xlsx-bad-columns' },
    // admin passes authorization and gets the validation answer for this workbook
    expect: [401, 403, 403, 400],
  },

  // ---- bodies (read by all signed in; changed by admins only) ----
  { name: 'GET /api/bodies', method: 'GET', path: '/api/bodies', fixture: { kind: 'none' }, expect: [401, 200, 200, 200] },
  {
    name: 'GET /api/bodies/:id',
    method: 'GET',
    path: '/api/bodies/:bid',
    fixture: { kind: 'shared' },
    expect: { own: [401, 200, 200, 200], other: [401, 200, 200, 200], child: [401, 200, 200, 200], co: [401, 200, 200, 200] },
  },
  {
    name: 'POST /api/bodies',
    method: 'POST',
    path: '/api/bodies',
    fixture: { kind: 'none' },
    json: (fx) => ({ name: `安全测试机构${fx.unique}`, jurisdiction: '新疆维吾尔自治区', level: '园区', kind: 'department' }),
    expect: [401, 403, 403, 201],
  },
  {
    name: 'PUT /api/bodies/:id',
    method: 'PUT',
    path: '/api/bodies/:bid',
    fixture: { kind: 'freshBody' },
    json: () => ({ aliases: ['测试别名'] }),
    expect: { own: [401, 403, 403, 200], other: [401, 403, 403, 200], child: [401, 403, 403, 200], co: [401, 403, 403, 200] },
  },
  {
    name: 'DELETE /api/bodies/:id',
    method: 'DELETE',
    path: '/api/bodies/:bid',
    fixture: { kind: 'freshBody' },
    expect: { own: [401, 403, 403, 200], other: [401, 403, 403, 200], child: [401, 403, 403, 200], co: [401, 403, 403, 200] },
  },

  // ---- body registry cleaning (admin only; issue 20) ----
  { name: 'GET /api/body-registry', method: 'GET', path: '/api/body-registry', fixture: { kind: 'none' }, expect: [401, 403, 403, 200] },
  {
    name: 'POST /api/bodies/:id/merge',
    method: 'POST',
    path: '/api/bodies/:bid/merge',
    fixture: { kind: 'freshBody' },
    json: (fx) => ({ intoId: fx.childBid }),
    expect: { own: [401, 403, 403, 200], other: [401, 403, 403, 200], child: [401, 403, 403, 200], co: [401, 403, 403, 200] },
  },
  {
    name: 'POST /api/bodies/:id/rename',
    method: 'POST',
    path: '/api/bodies/:bid/rename',
    fixture: { kind: 'freshBody' },
    json: (fx) => ({ name: `安全测试改名${fx.unique}` }),
    expect: { own: [401, 403, 403, 200], other: [401, 403, 403, 200], child: [401, 403, 403, 200], co: [401, 403, 403, 200] },
  },
  {
    name: 'POST /api/bodies/:id/not-a-body',
    method: 'POST',
    path: '/api/bodies/:bid/not-a-body',
    fixture: { kind: 'freshBody' },
    expect: { own: [401, 403, 403, 200], other: [401, 403, 403, 200], child: [401, 403, 403, 200], co: [401, 403, 403, 200] },
  },

  // ---- users (admin only) ----
  { name: 'GET /api/users', method: 'GET', path: '/api/users', fixture: { kind: 'none' }, expect: [401, 403, 403, 200] },
  {
    name: 'GET /api/users/:id',
    method: 'GET',
    path: '/api/users/:uid',
    fixture: { kind: 'freshUser' },
    expect: { own: [401, 403, 403, 200], other: [401, 403, 403, 200], child: [401, 403, 403, 200], co: [401, 403, 403, 200] },
  },
  {
    name: 'POST /api/users',
    method: 'POST',
    path: '/api/users',
    fixture: { kind: 'none' },
    json: (fx) => ({ email: `sec-${fx.unique}@luyue.test`, name: '安全测试', password: 'Sec-test-password-1', role: 'admin', bodyId: null }),
    expect: [401, 403, 403, 201],
  },
  {
    name: 'PUT /api/users/:id',
    method: 'PUT',
    path: '/api/users/:uid',
    fixture: { kind: 'freshUser' },
    json: () => ({ name: '改名' }),
    expect: { own: [401, 403, 403, 200], other: [401, 403, 403, 200], child: [401, 403, 403, 200], co: [401, 403, 403, 200] },
  },
  {
    name: 'PUT /api/users/:id (make self-chosen user admin)',
    method: 'PUT',
    path: '/api/users/:uid',
    fixture: { kind: 'freshUser' },
    json: () => ({ role: 'admin' }),
    expect: { own: [401, 403, 403, 200], other: [401, 403, 403, 200], child: [401, 403, 403, 200], co: [401, 403, 403, 200] },
  },
  {
    name: 'DELETE /api/users/:id',
    method: 'DELETE',
    path: '/api/users/:uid',
    fixture: { kind: 'freshUser' },
    expect: { own: [401, 403, 403, 200], other: [401, 403, 403, 200], child: [401, 403, 403, 200], co: [401, 403, 403, 200] },
  },

  // ---- event trail, notifications ----
  { name: 'GET /api/obligation-events', method: 'GET', path: '/api/obligation-events', fixture: { kind: 'none' }, expect: [401, 200, 200, 200] },
  {
    name: 'GET /api/obligation-events/:id',
    method: 'GET',
    path: '/api/obligation-events/:evid',
    fixture: { kind: 'shared' },
    expect: { own: [401, 200, 200, 200], other: NOT_VISIBLE, child: [401, 200, 200, 200], co: [401, 200, 200, 200] },
  },
  { name: 'GET /api/notifications', method: 'GET', path: '/api/notifications', fixture: { kind: 'none' }, expect: [401, 403, 403, 200] },
  { name: 'GET /api/notifications/:id', method: 'GET', path: '/api/notifications/:nid', fixture: { kind: 'none' }, expect: [401, 403, 403, 200] },

  // ---- Bull Board: admin session cookie only ----
  { name: 'GET /api/admin/queues (session cookie)', method: 'GET', path: '/api/admin/queues', fixture: { kind: 'none' }, auth: 'cookie', expect: [401, 403, 403, 200] },
];

export interface Cell {
  key: string;
  route: RouteCase;
  principal: Principal;
  target: Target | null;
  expected: number;
}

export function cells(): Cell[] {
  const out: Cell[] = [];
  for (const route of MATRIX) {
    if (Array.isArray(route.expect)) {
      PRINCIPALS.forEach((p, i) => out.push({ key: `${route.name} | ${p}`, route, principal: p, target: null, expected: (route.expect as Row)[i] }));
    } else {
      for (const t of TARGETS) {
        PRINCIPALS.forEach((p, i) => out.push({ key: `${route.name} | ${p} | ${t}`, route, principal: p, target: t, expected: (route.expect as Record<Target, Row>)[t][i] }));
      }
    }
  }
  return out;
}
