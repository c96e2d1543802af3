import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeText } from '@luyue/regulation-diff';
import { bearer, type Fixture, type Harness, SMALL_REGULATION, login, startWithFixture } from '@luyue/testing';
import { createApp } from '../app.factory';

// Issue 15 over HTTP on real amended pairs of the corpus: import the old text, confirm it, move
// some duties forward (acknowledged; in progress with progress and evidence), import the new text
// as a version. Duties found verbatim in the new text keep everything; the others do not; new ones are drafts.

const CORPUS = join(process.cwd(), 'test/fixtures/corpus');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
const PAIRS: [string, string][] = [
  ['农药管理条例(2017-03-16).md', '农药管理条例(2022-03-29).md'],
  ['行政复议法(2017-09-01).md', '行政复议法(2023-09-01).md'],
  ['文物保护法(2017-11-04).md', '文物保护法(2024-11-08).md'],
];
const read = (f: string) => readFileSync(join(CORPUS, f), 'utf8');

interface Row {
  id: string;
  status: string;
  text: string;
  article: number | null;
  latestProgress: string | null;
  events: number;
  evidence: number;
  sourceChanged: boolean;
  sourceRemoved: boolean;
}

describe('regulation versions (integration)', () => {
  let h: Harness;
  let fixture: Fixture;
  let admin: string;
  const figures: string[] = [];

  beforeAll(async () => {
    ({ h, fixture } = await startWithFixture(createApp));
    admin = await login(h, fixture.users.admin.email);
    await h.ds.query(`INSERT INTO bodies (name, aliases, jurisdiction, level, kind) VALUES ('国务院', '{}', '全国', '国家', 'government')`);
  }, 180_000);
  afterAll(async () => {
    console.log(figures.join('\n'));
    await h.app.close();
  });

  const rows = async (regulationId: string): Promise<Row[]> =>
    h.ds.query(
      `SELECT o.id, o.status, o.text, o.article, o.latest_progress AS "latestProgress", o.source_changed AS "sourceChanged", o.source_removed AS "sourceRemoved",
         (SELECT count(*)::int FROM obligation_events e WHERE e.obligation_id = o.id) AS events,
         (SELECT count(*)::int FROM evidence v WHERE v.obligation_id = o.id) AS evidence
       FROM obligations o WHERE o.regulation_id = $1 ORDER BY o.created_at, o.id`,
      [regulationId],
    );

  async function importAndWork(fileName: string) {
    const imported = await h
      .http()
      .post('/api/regulations/import')
      .set(bearer(admin))
      .send({ text: read(fileName), fileName })
      .expect(201);
    expect(imported.body.jurisdiction).toBe('全国');
    const id: string = imported.body.id;
    const drafts = await rows(id);
    await h
      .http()
      .post('/api/obligations/confirm')
      .set(bearer(admin))
      .send({ ids: drafts.map((d) => d.id) })
      .expect(200);
    // Every third duty acknowledged, every third after that in progress with a progress report and evidence.
    for (const [n, d] of drafts.entries()) {
      if (n % 3 === 2) continue;
      let one = await h.http().get(`/api/obligations/${d.id}`).set(bearer(admin)).expect(200);
      one = await h.http().post(`/api/obligations/${d.id}/transitions`).set(bearer(admin)).send({ to: 'acknowledged', version: one.body.version }).expect(200);
      if (n % 3 === 1) {
        await h.http().post(`/api/obligations/${d.id}/transitions`).set(bearer(admin)).send({ to: 'in_progress', version: one.body.version }).expect(200);
        await h
          .http()
          .post(`/api/obligations/${d.id}/progress`)
          .set(bearer(admin))
          .send({ note: `已完成第${n}项` })
          .expect(200);
        await h.http().post(`/api/obligations/${d.id}/evidence`).set(bearer(admin)).attach('file', PNG, `现场${n}.png`).expect(201);
      }
    }
    return id;
  }

  it.each(PAIRS)('%s → %s keeps the duties found verbatim, flags the others, adds the new ones as drafts', async (before, after) => {
    const id = await importAndWork(before);
    const old = await rows(id);
    const newText = read(after);

    const started = Date.now();
    const dry = await h.http().post(`/api/regulations/${id}/versions?dryRun=true`).set(bearer(admin)).send({ text: newText, fileName: after }).expect(201);
    const dryMs = Date.now() - started;
    expect(Object.keys(dry.body).sort()).toEqual(['added', 'articles', 'fromVersion', 'obligations', 'provisions', 'regulationId', 'toVersion']);
    expect(dry.body).toMatchObject({ regulationId: id, fromVersion: 1, toVersion: 2 });
    expect(dry.body.obligations.map((o: { obligationId: string }) => o.obligationId).sort()).toEqual(old.map((o) => o.id).sort());
    expect((await rows(id)).map((r) => r.status)).toEqual(old.map((r) => r.status)); // nothing saved

    const applied = await h.http().post(`/api/regulations/${id}/versions`).set(bearer(admin)).send({ text: newText, fileName: after }).expect(201);
    expect(applied.body.provisions).toEqual(dry.body.provisions);
    const change = new Map<string, string>(applied.body.obligations.map((o: { obligationId: string; change: string }) => [o.obligationId, o.change]));
    const now = new Map((await rows(id)).map((r) => [r.id, r]));
    const normalizedNew = normalizeText(newText);
    for (const o of old) {
      const verbatim = normalizedNew.includes(normalizeText(o.text));
      const after = now.get(o.id) as Row;
      expect({ id: o.id, kept: ['unchanged', 'moved'].includes(change.get(o.id) as string) }).toEqual({ id: o.id, kept: verbatim });
      expect({ status: after.status, progress: after.latestProgress, evidence: after.evidence }).toEqual({ status: o.status, progress: o.latestProgress, evidence: o.evidence });
      if (change.get(o.id) === 'unchanged') expect(after.events).toBe(o.events);
      else expect(after.events).toBe(o.events + 1); // moved / modified / removed: one amendment event
      expect(after.sourceChanged).toBe(change.get(o.id) === 'modified');
      expect(after.sourceRemoved).toBe(change.get(o.id) === 'removed');
    }
    const added = [...now.values()].filter((r) => !old.some((o) => o.id === r.id));
    expect(added).toHaveLength(applied.body.added.length);
    expect(added.every((r) => r.status === 'draft')).toBe(true);

    const moved = applied.body.obligations.find((o: { change: string }) => o.change === 'moved');
    if (moved) {
      const [event] = await h.ds.query(`SELECT note, data FROM obligation_events WHERE obligation_id = $1 AND type = 'source_amended'`, [moved.obligationId]);
      expect(event.note).toBe(`条款调整 第${moved.fromArticle}条 → 第${moved.toArticle}条`);
      expect(event.data).toMatchObject({ fromVersion: 1, toVersion: 2, change: 'moved' });
    }

    const versions = await h.http().get(`/api/regulations/${id}/versions`).set(bearer(admin)).expect(200);
    expect(versions.body.map((v: { version: number; current: boolean }) => [v.version, v.current])).toEqual([
      [2, true],
      [1, false],
    ]);
    expect(versions.body[1].text).toBe((await h.ds.query('SELECT text FROM regulation_versions WHERE regulation_id = $1 AND version = 1', [id]))[0].text);
    const units = (v: number) =>
      h
        .http()
        .get(`/api/provisions?filter=${encodeURIComponent(JSON.stringify({ regulationId: id, level: 'unit', ...(v ? { version: v } : {}) }))}&range=[0,0]`)
        .set(bearer(admin))
        .expect(200);
    expect((await units(0)).headers['content-range']).toBe(`provisions 0-0/${versions.body[0].unitCount}`);
    expect((await units(1)).headers['content-range']).toBe(`provisions 0-0/${versions.body[1].unitCount}`);
    const regulation = await h.http().get(`/api/regulations/${id}`).set(bearer(admin)).expect(200);
    expect(regulation.body.version).toBe(2);
    expect(regulation.body.amendedAt).toBeTruthy();

    const kinds = { unchanged: 0, moved: 0, modified: 0, removed: 0 };
    for (const o of applied.body.obligations as { change: keyof typeof kinds }[]) kinds[o.change]++;
    figures.push(`${before} → ${after}: provisions ${JSON.stringify(applied.body.provisions)}; obligations ${JSON.stringify(kinds)}, added ${applied.body.added.length}; dry run ${dryMs} ms`);

    // The same text again: 409.
    const again = await h.http().post(`/api/regulations/${id}/versions?dryRun=true`).set(bearer(admin)).send({ text: newText, fileName: 'again.md' }).expect(409);
    expect(again.body.code).toBe('duplicate');
  });

  it('lists the amended duties for review (filter amended) with the new wording', async () => {
    const res = await h
      .http()
      .get(`/api/obligations?filter=${encodeURIComponent(JSON.stringify({ amended: true }))}&range=[0,999]`)
      .set(bearer(admin))
      .expect(200);
    expect(res.body.length).toBeGreaterThan(0);
    for (const o of res.body) expect(o.sourceChanged || o.sourceRemoved).toBe(true);
    expect(res.body.filter((o: { sourceChanged: boolean; amendedText: string | null }) => o.sourceChanged).every((o: { amendedText: string | null }) => !!o.amendedText)).toBe(true);
  });

  it('keeps a changed duty with its new wording, retires another (waived 条款已修改), and answers 409 once decided', async () => {
    const list = await h
      .http()
      .get(`/api/obligations?filter=${encodeURIComponent(JSON.stringify({ amended: true, status: 'acknowledged' }))}&range=[0,999]`)
      .set(bearer(admin))
      .expect(200);
    const [keep, retire] = list.body.filter((o: { sourceChanged: boolean }) => o.sourceChanged);
    const kept = await h.http().post(`/api/obligations/${keep.id}/amendment`).set(bearer(admin)).send({ decision: 'keep', version: keep.version }).expect(200);
    expect(kept.body).toMatchObject({ text: keep.amendedText, sourceChanged: false, amendedText: null, status: 'acknowledged' });
    const retired = await h.http().post(`/api/obligations/${retire.id}/amendment`).set(bearer(admin)).send({ decision: 'retire', version: retire.version }).expect(200);
    expect(retired.body).toMatchObject({ status: 'waived', sourceChanged: false });
    const [event] = await h.ds.query(`SELECT note, to_status AS "toStatus" FROM obligation_events WHERE obligation_id = $1 AND type = 'amendment_decided'`, [retire.id]);
    expect(event).toEqual({ note: '条款已修改', toStatus: 'waived' });
    await h.http().post(`/api/obligations/${keep.id}/amendment`).set(bearer(admin)).send({ decision: 'keep', version: kept.body.version }).expect(409);
    await h.http().post(`/api/obligations/${keep.id}/amendment`).set(bearer(admin)).send({ decision: 'maybe', version: 1 }).expect(400);
  });

  it('refuses an unrelated text with 422 saying what share matched, and non-admins with 403', async () => {
    const [{ id }] = await h.ds.query(`SELECT id FROM regulations WHERE title = '农药管理条例'`);
    const res = await h
      .http()
      .post(`/api/regulations/${id}/versions?dryRun=true`)
      .set(bearer(admin))
      .send({ text: read('生物安全法(2024-04-26).md'), fileName: 'x.md' })
      .expect(422);
    expect(res.body).toMatchObject({ code: 'not_an_amendment', details: { minShare: 0.2 } });
    expect(res.body.message).toMatch(/\d+ of \d+ provisions \(\d+ %\)/);
    const staff = await login(h, fixture.users.gwhStaff.email);
    await h.http().post(`/api/regulations/${id}/versions?dryRun=true`).set(bearer(staff)).send({ text: SMALL_REGULATION, fileName: 'x.txt' }).expect(403);
    await h.http().post('/api/regulations/00000000-0000-4000-8000-000000000000/versions?dryRun=true').set(bearer(admin)).send({ text: SMALL_REGULATION, fileName: 'x.txt' }).expect(404);
    await h.http().post(`/api/regulations/${id}/versions`).set(bearer(admin)).send({ text: 42, fileName: 'x.txt' }).expect(400);
  });
});
