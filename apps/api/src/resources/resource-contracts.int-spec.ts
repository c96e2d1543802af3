import type {
  AdminEventDto,
  BodyDto,
  DashboardDto,
  EvidenceDto,
  ExtensionRequestItemDto,
  ImportPreviewDto,
  NotificationDto,
  ObligationDto,
  ObligationEventDto,
  ProvisionDto,
  RegulationDto,
  UserAccountDto,
} from '@luyue/contracts';
import { addDays, todayIn } from '@luyue/domain';
import { JURISDICTION, SMALL_REGULATION, bearer, type Fixture, type Harness, importSmallRegulation, startWithFixture, tokens } from '@luyue/testing';
import { createApp } from '../app.factory';

// The api's answers have exactly the fields of their @luyue/contracts shapes. Each key list is a
// Record over the contract's keys, so the compiler keeps it complete; the rows come from real SQL.

type Keys<T> = Record<keyof T, true>;
const keysOf = <T>(keys: Keys<T>) => Object.keys(keys).sort();

const OBLIGATION: Keys<ObligationDto> = {
  id: true,
  version: true,
  status: true,
  light: true,
  overdue: true,
  leadBodyIds: true,
  coBodyIds: true,
  assigneeId: true,
  dueDate: true,
  regulationId: true,
  regulationTitle: true,
  regulationShortTitle: true,
  provisionId: true,
  article: true,
  paragraph: true,
  item: true,
  subitem: true,
  text: true,
  title: true,
  modality: true,
  mechanism: true,
  recurrence: true,
  priority: true,
  confidence: true,
  origin: true,
  subjects: true,
  coSubjects: true,
  unresolvedSubjects: true,
  previousId: true,
  sourceChanged: true,
  sourceRemoved: true,
  amendedText: true,
  latestProgress: true,
  allowedTransitions: true,
  can: true,
  createdAt: true,
  updatedAt: true,
};
const REGULATION: Keys<RegulationDto> = {
  id: true,
  title: true,
  shortTitle: true,
  documentNumber: true,
  issuer: true,
  jurisdiction: true,
  kind: true,
  unit: true,
  adoptedOn: true,
  publishedOn: true,
  effectiveDate: true,
  status: true,
  sourceFileName: true,
  sourceFormat: true,
  sourceSha256: true,
  version: true,
  defaultLeadBodyId: true,
  aliases: true,
  warnings: true,
  unitCount: true,
  amendedAt: true,
  obligationCount: true,
  unresolvedSubjects: true,
  createdBy: true,
  createdAt: true,
  updatedAt: true,
};
const PROVISION: Keys<ProvisionDto> = {
  id: true,
  regulationId: true,
  version: true,
  parentId: true,
  level: true,
  path: true,
  heading: true,
  article: true,
  suffix: true,
  paragraph: true,
  item: true,
  subitem: true,
  text: true,
  startOffset: true,
  endOffset: true,
  ordinal: true,
};
const BODY: Keys<BodyDto> = { id: true, name: true, aliases: true, jurisdiction: true, level: true, kind: true, parentId: true, contactEmail: true, createdAt: true, updatedAt: true };
const USER: Keys<UserAccountDto> = { id: true, email: true, name: true, role: true, bodyId: true, active: true, notifyDueSoon: true, digestOnly: true, createdAt: true, updatedAt: true };
const EVENT: Keys<ObligationEventDto> = { id: true, obligationId: true, type: true, fromStatus: true, toStatus: true, actorId: true, note: true, data: true, createdAt: true };
const ADMIN_EVENT: Keys<AdminEventDto> = { id: true, type: true, actorId: true, entity: true, entityId: true, changes: true, createdAt: true };
const NOTIFICATION: Keys<NotificationDto> = {
  id: true,
  key: true,
  kind: true,
  day: true,
  obligationId: true,
  recipientUserId: true,
  recipientEmail: true,
  channel: true,
  channelId: true,
  recipient: true,
  status: true,
  attempts: true,
  error: true,
  messageId: true,
  sweepId: true,
  payload: true,
  sentAt: true,
  createdAt: true,
};
const EXTENSION: Keys<ExtensionRequestItemDto> = {
  id: true,
  obligationId: true,
  requestedBy: true,
  reason: true,
  currentDueDate: true,
  proposedDueDate: true,
  status: true,
  decidedBy: true,
  decisionNote: true,
  decidedAt: true,
  createdAt: true,
};
const EVIDENCE: Keys<EvidenceDto> = { id: true, obligationId: true, fileName: true, contentType: true, size: true, sha256: true, uploadedBy: true, createdAt: true };
const DASHBOARD: Keys<DashboardDto> = { byStatus: true, lightsByBody: true, overdueByBody: true, dueThisWeek: true, awaitingVerification: true, myOpen: true, today: true };
const PREVIEW: Keys<ImportPreviewDto> = { document: true, units: true, obligations: true, unresolvedSubjects: true };

describe('answers match @luyue/contracts (integration)', () => {
  let h: Harness;
  let fixture: Fixture;
  let t: Awaited<ReturnType<typeof tokens>>;
  let obligation: ObligationDto;

  const list = async (path: string) => {
    const rows = (
      await h
        .http()
        .get(`${path}${path.includes('?') ? '&' : '?'}range=[0,49]`)
        .set(bearer(t.admin))
        .expect(200)
    ).body as object[];
    expect(rows.length).toBeGreaterThan(0);
    return rows;
  };
  const expectShape = (rows: object[], keys: string[]) => {
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(keys);
  };

  beforeAll(async () => {
    ({ h, fixture } = await startWithFixture(createApp));
    t = await tokens(h, fixture);
    await importSmallRegulation(h, t.admin);
    const drafts = (await h.http().get('/api/obligations?range=[0,99]').set(bearer(t.admin)).expect(200)).body as ObligationDto[];
    await h
      .http()
      .post('/api/obligations/confirm')
      .set(bearer(t.admin))
      .send({ ids: drafts.map((o) => o.id), mappings: [{ subject: '有关部门', bodyId: fixture.bodies.ftz }] })
      .expect(200);
    obligation = (await h.http().get(`/api/obligations/${drafts[0].id}`).set(bearer(t.admin)).expect(200)).body as ObligationDto;
    // A hand-off (a notification row), an extension request, evidence and an administration event.
    await h
      .http()
      .put('/api/obligations')
      .set(bearer(t.admin))
      .send({ ids: [obligation.id], data: { leadBodyIds: [fixture.bodies.gwh], dueDate: addDays(todayIn('Asia/Shanghai'), 30) } })
      .expect(200);
    await h
      .http()
      .post(`/api/obligations/${obligation.id}/extension-requests`)
      .set(bearer(t.admin))
      .send({ reason: '材料待补', proposedDueDate: addDays(todayIn('Asia/Shanghai'), 60) })
      .expect(201);
    await h.http().post(`/api/obligations/${obligation.id}/evidence`).set(bearer(t.admin)).attach('file', Buffer.from('会议纪要'), 'minutes.txt').expect(201);
    await h.http().post('/api/bodies').set(bearer(t.admin)).send({ name: '合同测试局', jurisdiction: JURISDICTION, level: '自治区', kind: 'department', parentId: fixture.bodies.root }).expect(201);
  }, 180_000);
  afterAll(async () => h.app.close());

  it('obligations: list, show and the bulk edit answer ObligationDto', async () => {
    expectShape(await list('/api/obligations'), keysOf(OBLIGATION));
    expectShape([(await h.http().get(`/api/obligations/${obligation.id}`).set(bearer(t.gwhStaff)).expect(200)).body], keysOf(OBLIGATION));
  });

  it.each([
    ['/api/regulations', REGULATION],
    ['/api/provisions', PROVISION],
    ['/api/bodies', BODY],
    ['/api/users', USER],
    ['/api/obligation-events', EVENT],
    ['/api/admin-events', ADMIN_EVENT],
    ['/api/notifications', NOTIFICATION],
  ] as [string, Keys<object>][])('%s rows', async (path, keys) => {
    const rows = await list(path);
    expectShape(rows, keysOf(keys));
    const one = (
      await h
        .http()
        .get(`${path}/${(rows[0] as { id: string }).id}`)
        .set(bearer(t.admin))
        .expect(200)
    ).body as object;
    expectShape([one], keysOf(keys));
  });

  it('extension requests, evidence and the dashboard', async () => {
    expectShape(await list(`/api/obligations/${obligation.id}/extension-requests`), keysOf(EXTENSION));
    expectShape(await list(`/api/obligations/${obligation.id}/evidence`), keysOf(EVIDENCE));
    expectShape([(await h.http().get('/api/dashboard').set(bearer(t.gwhManager)).expect(200)).body], keysOf(DASHBOARD));
  });

  it('the import preview', async () => {
    const preview = (await h.http().post('/api/regulations/import?dryRun=true').set(bearer(t.admin)).send({ text: SMALL_REGULATION, fileName: 'again.txt', jurisdiction: JURISDICTION }).expect(201))
      .body as ImportPreviewDto;
    expectShape([preview], keysOf(PREVIEW));
    expect(preview.obligations.length).toBeGreaterThan(0);
    for (const o of preview.obligations)
      expect(o).toEqual(expect.objectContaining({ title: expect.any(String), leadBodyIds: expect.any(Array), co: expect.any(Array), unresolvedSubjects: expect.any(Array) }));
  });
});
