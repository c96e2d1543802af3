import { randomUUID } from 'node:crypto';
import type { ObligationDto, ObligationEventDto } from '@luyue/contracts';
import { BULK_EDIT_MAX_IDS } from '@luyue/contracts';
import { addDays, todayIn } from '@luyue/domain';
import { bearer, type Fixture, type Harness, importSmallRegulation, startWithFixture, tokens } from '@luyue/testing';
import { createApp } from '../app.factory';

type Tokens = Awaited<ReturnType<typeof tokens>>;

/** What a row looks like from outside: enough to tell whether anything about it changed. */
interface RowState {
  version: number;
  dueDate: string | null;
  priority: string;
  status: string;
  events: number;
}

describe('PUT /api/obligations: the bulk edit (integration)', () => {
  let h: Harness;
  let fixture: Fixture;
  let t: Tokens;
  /** led: 管委会 leads them; partnered: 管委会 only partners (商务部门 leads); foreign: 自贸办's alone. */
  let led: [string, string];
  let partnered: string;
  let foreign: string;
  let other: string;
  const today = todayIn('Asia/Shanghai');

  const bulk = (token: string, body: unknown) =>
    h
      .http()
      .put('/api/obligations')
      .set(bearer(token))
      .send(body as object);
  const get = async (id: string) => (await h.http().get(`/api/obligations/${id}`).set(bearer(t.admin)).expect(200)).body as ObligationDto;
  const events = async (id: string) =>
    (
      await h
        .http()
        .get(`/api/obligation-events?filter=${encodeURIComponent(JSON.stringify({ obligationId: id }))}&range=[0,999]`)
        .set(bearer(t.admin))
        .expect(200)
    ).body as ObligationEventDto[];
  const state = async (id: string): Promise<RowState> => {
    const o = await get(id);
    return { version: o.version, dueDate: o.dueDate, priority: o.priority, status: o.status, events: (await events(id)).length };
  };
  const states = async (ids: string[]) => Promise.all(ids.map(state));
  const versions = async (ids: string[]) => Object.fromEntries(await Promise.all(ids.map(async (id) => [id, (await get(id)).version] as const)));
  /** An event as the audit shows it, without what differs between two obligations. */
  const shape = (e: ObligationEventDto) => ({ type: e.type, actorId: e.actorId, data: e.data });

  beforeAll(async () => {
    ({ h, fixture } = await startWithFixture(createApp));
    t = await tokens(h, fixture);
    await importSmallRegulation(h, t.admin);
    const drafts = (await h.http().get('/api/obligations?range=[0,99]&sort=["article","ASC"]').set(bearer(t.admin)).expect(200)).body as ObligationDto[];
    await h
      .http()
      .post('/api/obligations/confirm')
      .set(bearer(t.admin))
      .send({ ids: drafts.map((o) => o.id), mappings: [{ subject: '有关部门', bodyId: fixture.bodies.ftz }] })
      .expect(200);
    expect(drafts.length).toBeGreaterThanOrEqual(5);
    const [a, b, c, d, e] = drafts.map((o) => o.id);
    // Same starting point for each, so a bulk item's trail can be compared with a single edit's.
    const assign = (id: string, lead: string, co: string[]) =>
      h.ds.query(`UPDATE obligations SET lead_body_ids = $2, co_body_ids = $3, due_date = NULL, priority = 'normal' WHERE id = $1`, [id, [lead], co]);
    await assign(a, fixture.bodies.gwh, []);
    await assign(b, fixture.bodies.gwh, [fixture.bodies.commerce]);
    await assign(c, fixture.bodies.commerce, [fixture.bodies.gwh]);
    await assign(d, fixture.bodies.ftz, []);
    await assign(e, fixture.bodies.ftz, []);
    [led, partnered, foreign, other] = [[a, b], c, d, e];
  }, 180_000);
  afterAll(async () => h.app.close());

  it('edits every id in one request, each audited and versioned as the single edit is', async () => {
    const ids = [...led];
    const data = { dueDate: addDays(today, 20), priority: 'high' };
    const before = await states(ids);
    const res = await bulk(t.gwhManager, { ids, data, versions: await versions(ids) }).expect(200);
    expect(res.body).toEqual({ ids });
    const after = await states(ids);
    after.forEach((row, i) => expect(row).toMatchObject({ version: before[i].version + 1, dueDate: data.dueDate, priority: 'high' }));

    // The same change made one at a time leaves the same trail.
    await h
      .http()
      .put(`/api/obligations/${other}`)
      .set(bearer(t.admin))
      .send({ ...data, version: (await get(other)).version })
      .expect(200);
    const singleTrail = (await events(other)).slice(-2).map((e) => ({ ...shape(e), actorId: null }));
    for (const [i, id] of ids.entries()) {
      const added = (await events(id)).slice(before[i].events);
      expect(added.map((e) => ({ ...shape(e), actorId: null }))).toEqual(singleTrail);
      expect(added.every((e) => e.actorId === fixture.users.gwhManager.id)).toBe(true);
    }
    // The answer's obligations say what the caller may do with them.
    expect((await h.http().get(`/api/obligations/${ids[0]}`).set(bearer(t.gwhManager)).expect(200)).body.can).toMatchObject({ edit: true, requestExtension: false });
  });

  it('without versions, applies to the rows as they are', async () => {
    const ids = [...led];
    const before = await states(ids);
    await bulk(t.gwhManager, { ids, data: { priority: 'low' } }).expect(200);
    expect((await states(ids)).map((s) => [s.version, s.priority])).toEqual(before.map((s) => [s.version + 1, 'low']));
  });

  it('one id the caller may see but not edit fails the whole request, and nothing changes', async () => {
    const ids = [...led, partnered];
    const before = await states(ids);
    const res = await bulk(t.gwhManager, { ids, data: { dueDate: addDays(today, 40) }, versions: await versions(ids) }).expect(403);
    expect(res.body).toMatchObject({ statusCode: 403, code: 'forbidden', details: { id: partnered } });
    expect(await states(ids)).toEqual(before);
  });

  it("one id outside the caller's bodies, or no longer there, is a 404 and nothing changes", async () => {
    const ids = [...led];
    const before = await states(ids);
    await bulk(t.gwhManager, { ids: [...ids, foreign], data: { priority: 'normal' } }).expect(404);
    const missing = randomUUID();
    const res = await bulk(t.admin, { ids: [...ids, missing], data: { priority: 'normal' } }).expect(404);
    expect(res.body.details).toMatchObject({ id: missing });
    expect(await states(ids)).toEqual(before);
  });

  it('one stale version is a 409 and nothing changes', async () => {
    const ids = [...led];
    const before = await states(ids);
    const seen = await versions(ids);
    const res = await bulk(t.admin, { ids, data: { priority: 'normal' }, versions: { ...seen, [ids[1]]: seen[ids[1]] - 1 } }).expect(409);
    expect(res.body).toMatchObject({ code: 'stale_version', details: { id: ids[1] } });
    expect(await states(ids)).toEqual(before);
  });

  it('staff never bulk edit', async () => {
    const ids = [led[0]];
    const before = await states(ids);
    await bulk(t.gwhStaff, { ids, data: { priority: 'normal' } }).expect(403);
    expect(await states(ids)).toEqual(before);
  });

  it('two bulk edits of the same rows at once, listed in opposite orders, both finish (no deadlock): each row moves twice', async () => {
    const ids = [...led, partnered, foreign];
    const before = await states(ids);
    const [first, second] = await Promise.all([bulk(t.admin, { ids, data: { priority: 'high' } }), bulk(t.admin, { ids: [...ids].reverse(), data: { dueDate: addDays(today, 90) } })]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect((await states(ids)).map((s) => [s.version, s.priority, s.dueDate])).toEqual(before.map((s) => [s.version + 2, 'high', addDays(today, 90)]));
  });

  it('two bulk edits from the same versions at once: one applies, the other is a 409 and changes nothing', async () => {
    const ids = [...led];
    const seen = await versions(ids);
    const before = await states(ids);
    const answers = await Promise.all(['low', 'normal'].map((priority) => bulk(t.admin, { ids, data: { priority }, versions: seen })));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const winner = answers[0].status === 200 ? 'low' : 'normal';
    expect((await states(ids)).map((s) => [s.version, s.priority])).toEqual(before.map((s) => [s.version + 1, winner]));
  });

  describe('hostile input', () => {
    const raw = (token: string, json: string) => h.http().put('/api/obligations').set(bearer(token)).set('Content-Type', 'application/json').send(json);

    it.each([
      ['__proto__ in data', (id: string) => `{"ids":["${id}"],"data":{"__proto__":{"priority":"high"},"dueDate":"2031-01-01"}}`],
      ['constructor.prototype in data', (id: string) => `{"ids":["${id}"],"data":{"constructor":{"prototype":{"priority":"high"}},"dueDate":"2031-01-01"}}`],
      ['__proto__ as a version key', (id: string) => `{"ids":["${id}"],"data":{"dueDate":"2031-01-01"},"versions":{"__proto__":{"x":1}}}`],
    ])('%s: refused, nothing changed, nothing polluted', async (_what, body) => {
      const id = led[0];
      const before = await state(id);
      const res = await raw(t.admin, body(id));
      expect(res.status).toBe(400);
      expect(await state(id)).toEqual(before);
      expect(({} as Record<string, unknown>)['priority']).toBeUndefined();
      expect(({} as Record<string, unknown>)['x']).toBeUndefined();
    });

    it('a version key that names no id of the request is refused', async () => {
      const id = led[0];
      const before = await state(id);
      for (const key of [led[1], 'abc']) {
        const res = await bulk(t.admin, { ids: [id], data: { priority: 'high' }, versions: { [key]: 1 } }).expect(400);
        expect(res.body.details).toMatchObject({ field: 'versions' });
      }
      expect(await state(id)).toEqual(before);
    });

    it.each(['constructor', 'toString', 'hasOwnProperty'])('a version key named %s (an Object.prototype member) is dropped on the way in: the edit applies to the row as it is', async (key) => {
      const id = led[0];
      const before = await state(id);
      await bulk(t.admin, { ids: [id], data: { priority: before.priority === 'high' ? 'low' : 'high' }, versions: { [key]: 1 } }).expect(200);
      expect(await state(id)).toMatchObject({ version: before.version + 1 });
      expect(typeof ({} as Record<string, unknown>)[key]).toBe('function');
    });

    it.each([
      ['non-uuid ids', () => ({ ids: [led[0], "1' OR '1'='1"], data: { priority: 'high' } })],
      ['an id twice', () => ({ ids: [led[0], led[0]], data: { priority: 'high' } })],
      ['no ids', () => ({ ids: [], data: { priority: 'high' } })],
      ['ids not a list', () => ({ ids: { 0: led[0] }, data: { priority: 'high' } })],
      ['10,001 ids (the cap is BULK_EDIT_MAX_IDS)', () => ({ ids: [led[0], ...Array.from({ length: 10_000 }, () => randomUUID())], data: { priority: 'high' } })],
      ['one id over the cap', () => ({ ids: [led[0], ...Array.from({ length: BULK_EDIT_MAX_IDS }, () => randomUUID())], data: { priority: 'high' } })],
      ['no data', () => ({ ids: [led[0]] })],
      ['a malformed field', () => ({ ids: [led[0]], data: { dueDate: 'soon' } })],
      ['a negative version', () => ({ ids: [led[0]], data: { priority: 'high' }, versions: { [led[0]]: -1 } })],
    ])('%s: 400 and nothing changed', async (_what, body) => {
      const id = led[0];
      const before = await state(id);
      const res = await bulk(t.admin, body()).expect(400);
      expect(res.body).toMatchObject({ statusCode: 400 });
      expect(await state(id)).toEqual(before);
    });

    it('fields outside the edit (status, version, id) are dropped, not applied', async () => {
      const id = led[0];
      const before = await state(id);
      await bulk(t.admin, { ids: [id], data: { priority: 'high', status: 'done', version: 999, id: randomUUID() } }).expect(200);
      expect(await state(id)).toMatchObject({ status: before.status, version: before.version + 1, priority: 'high' });
    });
  });
});
