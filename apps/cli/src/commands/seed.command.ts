import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadEnv } from '@luyue/config';
import { createAppDataSource, createDataAccess } from '@luyue/persistence';
import { type Actor, addDays } from '@luyue/domain';
import {
  AppContext,
  ConfirmObligationsUseCase,
  ImportRegulationUseCase,
  ReportProgressUseCase,
  TransitionObligationUseCase,
  deriveBodyRegistry,
  guessJurisdiction,
  hashPassword,
  loadActor,
  parseRegulation,
  type ImportedRegulation,
} from '@luyue/application';
import type { CliCommand } from '../command';
import { log } from '../cli-output';

// `luyue seed`: demo data on an EMPTY database only. Bodies are derived by running the extractor over
// ops/seed/*.txt; regulations go through the same import use case as the API.

export const DEMO_PASSWORD = 'Luyue-demo-2025';
const SEED_DIR = join(process.cwd(), 'ops/seed');

/** The three demo bodies, found by the alias their regulation defines for them. */
const DEMO_BODIES = [
  { alias: '管委会', key: 'gwh' },
  { alias: '自贸办', key: 'ftz' },
  { alias: '口岸主管部门', key: 'port' },
] as const;

/** Per demo body: due date offset (days from today) and the status reached through real transitions. */
const SCENARIO: { due: number; status: 'pending' | 'acknowledged' | 'in_progress' | 'submitted' | 'done' | 'waived' }[] = [
  { due: 7, status: 'pending' },
  { due: 3, status: 'acknowledged' },
  { due: 1, status: 'in_progress' },
  { due: -1, status: 'in_progress' }, // first overdue day
  { due: -10, status: 'acknowledged' }, // overdue by more than 7 days
  { due: 20, status: 'submitted' },
  { due: -5, status: 'done' },
  { due: 30, status: 'waived' },
];

interface DemoUser {
  id: string;
  email: string;
  role: 'admin' | 'manager' | 'staff';
  bodyId: string | null;
}

export const seedCommand: CliCommand = {
  summary: 'load demo data (bodies, users, the five seed regulations) into an empty database',
  options: {},
  async run() {
    const env = loadEnv();
    if (env.NODE_ENV === 'production') {
      log('seed skipped: NODE_ENV=production');
      return 0;
    }
    const ds = createAppDataSource(env);
    await ds.initialize();
    try {
      const [{ present }] = await ds.query('SELECT (EXISTS (SELECT 1 FROM users) OR EXISTS (SELECT 1 FROM bodies) OR EXISTS (SELECT 1 FROM regulations)) AS present');
      if (present) {
        log('demo data already present');
        return 0;
      }
      const started = Date.now();
      const ctx = new AppContext(createDataAccess(ds), { timeZone: env.APP_TIME_ZONE, yellowDays: env.YELLOW_DAYS, evidenceDir: env.EVIDENCE_DIR, evidenceMaxBytes: env.EVIDENCE_MAX_BYTES });
      const users = await seed(ctx);
      // The demo's history was made through the real transitions, which announce each hand-off:
      // those notices are of a past nobody lived, so none goes out.
      await ds.query('DELETE FROM notifications WHERE event_id IS NOT NULL');
      log(`demo data loaded in ${((Date.now() - started) / 1000).toFixed(1)} s; sign in with password ${DEMO_PASSWORD}:`);
      for (const u of users) log(`  ${u.role.padEnd(8)} ${u.email}`);
      return 0;
    } finally {
      await ds.destroy();
    }
  },
};

async function seed(ctx: AppContext): Promise<DemoUser[]> {
  const ds = ctx.ds;
  const files = (await readdir(SEED_DIR)).filter((f) => f.endsWith('.txt')).sort();
  const sources = [];
  for (const fileName of files) {
    const text = await readFile(join(SEED_DIR, fileName), 'utf8');
    const { parsed, extraction } = await parseRegulation({ text, fileName }, ctx.settings.evidenceMaxBytes);
    const jurisdiction = guessJurisdiction({ title: parsed.document.title, issuer: parsed.document.issuer, text: parsed.text });
    if (!jurisdiction) throw new Error(`cannot tell the jurisdiction of ${fileName}`);
    sources.push({ fileName, text, jurisdiction, extraction });
  }

  // 1. Body registry from the extractor's subjects.
  const registry = deriveBodyRegistry(
    sources.map((s) => ({ jurisdiction: s.jurisdiction, aliases: s.extraction.aliases, subjects: s.extraction.obligations.flatMap((o) => [...o.subjects, ...o.co]) })),
  );
  // Two statements: the top governments, then every other body under its jurisdiction's top.
  const tops = registry.filter((b) => b.parentName === null);
  const topIds = new Map<string, string>();
  for (const top of tops) {
    const [{ id }] = await ds.query('INSERT INTO bodies (name, aliases, jurisdiction, level, kind) VALUES ($1,$2,$3,$4,$5) RETURNING id', [top.name, top.aliases, top.jurisdiction, top.level, top.kind]);
    topIds.set(`${top.jurisdiction}/${top.name}`, id);
  }
  const rest = registry.filter((b) => b.parentName !== null);
  if (rest.length) {
    await ds.query(
      `INSERT INTO bodies (name, aliases, jurisdiction, level, kind, parent_id)
       SELECT name, ARRAY(SELECT jsonb_array_elements_text(aliases)), jurisdiction, level, kind, parent_id::uuid
       FROM jsonb_to_recordset($1::jsonb) AS b(name text, aliases jsonb, jurisdiction text, level text, kind text, parent_id text)`,
      [JSON.stringify(rest.map((b) => ({ ...b, parent_id: topIds.get(`${b.jurisdiction}/${b.parentName}`) ?? null })))],
    );
  }
  const demoBodies = [];
  for (const demo of DEMO_BODIES) {
    const [body] = await ds.query('SELECT id, name FROM bodies WHERE $1 = ANY(aliases) ORDER BY jurisdiction LIMIT 1', [demo.alias]);
    if (!body) throw new Error(`the extractor found no body for ${demo.alias}`);
    demoBodies.push({ ...demo, bodyId: body.id as string, name: body.name as string });
  }

  // 2. Users (one hash: they share the demo password).
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users: DemoUser[] = [];
  const addUser = async (email: string, name: string, role: DemoUser['role'], bodyId: string | null) => {
    const [{ id }] = await ds.query('INSERT INTO users (email, name, password_hash, role, body_id) VALUES ($1,$2,$3,$4,$5) RETURNING id', [email, name, passwordHash, role, bodyId]);
    users.push({ id, email, role, bodyId });
    return { id, email, role, bodyId };
  };
  const admin = await addUser('admin@luyue.demo', '系统管理员', 'admin', null);
  const perBody = new Map<string, { manager: DemoUser; staff: DemoUser }>();
  for (const demo of demoBodies) {
    perBody.set(demo.bodyId, {
      manager: await addUser(`manager.${demo.key}@luyue.demo`, `${demo.alias}负责人`, 'manager', demo.bodyId),
      staff: await addUser(`staff.${demo.key}@luyue.demo`, `${demo.alias}经办人`, 'staff', demo.bodyId),
    });
  }
  const adminActor = await loadActor(ctx.data.repositories.bodies, admin);

  // 3. Regulations through the import use case, then every draft confirmed.
  const importer = new ImportRegulationUseCase(ctx);
  for (const source of sources) {
    const result = (await importer.execute(adminActor, { text: source.text, fileName: source.fileName, jurisdiction: source.jurisdiction })) as ImportedRegulation;
    log(`imported ${result.title}: ${result.obligationCount} obligations (${result.jurisdiction})`);
  }
  const drafts: { id: string }[] = await ds.query(`SELECT id FROM obligations WHERE status = 'draft' ORDER BY regulation_id, article NULLS LAST, paragraph, item`);
  await new ConfirmObligationsUseCase(ctx).execute(adminActor, { ids: drafts.map((d) => d.id) });

  // 4. Due dates: the undated get a spread of future dates; then the demo scenario per demo body.
  const today = ctx.today();
  await planDueDates(ctx, admin.id, today);
  for (const demo of demoBodies) {
    await playScenario(ctx, demo.bodyId, perBody.get(demo.bodyId) as { manager: DemoUser; staff: DemoUser }, adminActor, today);
  }
  return users;
}

async function planDueDates(ctx: AppContext, adminId: string, today: string): Promise<void> {
  const ds = ctx.ds;
  const planned: { id: string; due: string }[] = await ds.query(
    `UPDATE obligations o SET due_date = $1::date + (14 + (n.rn * 7) % 170)::int, version = o.version + 1, updated_at = now()
     FROM (SELECT id, row_number() OVER (ORDER BY created_at, id) AS rn FROM obligations WHERE due_date IS NULL) n
     WHERE o.id = n.id RETURNING o.id, to_char(o.due_date, 'YYYY-MM-DD') AS due`,
    [today],
  ).then((r) => r[0]);
  await ctx.data.repositories.obligations.addEvents(
    planned.map((p) => ({ obligationId: p.id, type: 'due_date_changed' as const, actorId: adminId, data: { from: null, to: p.due, reason: 'planned' } })),
  );
}

/** Drives obligations of one demo body through real transitions so the events match the statuses. */
async function playScenario(ctx: AppContext, bodyId: string, people: { manager: DemoUser; staff: DemoUser }, adminActor: Actor, today: string): Promise<void> {
  const ds = ctx.ds;
  const repo = ctx.data.repositories.obligations;
  let mine: { id: string; version: number }[] = await ds.query(`SELECT id, version FROM obligations WHERE $1 = ANY(lead_body_ids) AND status = 'pending' ORDER BY article NULLS LAST, paragraph, id LIMIT $2`, [
    bodyId,
    SCENARIO.length,
  ]);
  if (mine.length < SCENARIO.length) {
    // Too few clauses name this body: hand it some of its regulation's default-led duties (as an admin would).
    const extra: { id: string; version: number }[] = await ds.query(
      `SELECT o.id, o.version FROM obligations o JOIN regulations r ON r.id = o.regulation_id
       WHERE o.status = 'pending' AND o.lead_body_ids = ARRAY[r.default_lead_body_id]
         AND r.id IN (SELECT regulation_id FROM obligations WHERE $1 = ANY(lead_body_ids) UNION SELECT id FROM regulations r2 WHERE r2.jurisdiction = (SELECT jurisdiction FROM bodies WHERE id = $1))
       ORDER BY (r.id IN (SELECT regulation_id FROM obligations WHERE $1 = ANY(lead_body_ids))) DESC, o.article NULLS LAST, o.paragraph, o.id LIMIT $2`,
      [bodyId, SCENARIO.length - mine.length],
    );
    for (const o of extra) {
      await ctx.data.transaction(async ({ obligations }) => {
        await obligations.updateVersioned(o.id, o.version, { leadBodyIds: [bodyId] });
        await obligations.addEvent({ obligationId: o.id, type: 'assigned', actorId: adminActor.userId, data: { leadBodyIds: [bodyId], reason: 'demo' } });
      });
    }
    mine = [...mine, ...extra.map((o) => ({ id: o.id, version: o.version + 1 }))];
  }
  const staff = await loadActor(ctx.data.repositories.bodies, people.staff);
  const manager = await loadActor(ctx.data.repositories.bodies, people.manager);
  const transition = new TransitionObligationUseCase(ctx);
  const progress = new ReportProgressUseCase(ctx);
  const version = async (id: string) => ((await repo.findRow(id)) as { version: number }).version;
  const move = async (actor: Actor, id: string, to: Parameters<TransitionObligationUseCase['execute']>[2]['to'], note?: string) =>
    transition.execute(actor, id, { to, note, version: await version(id) });

  for (const [i, step] of SCENARIO.entries()) {
    const o = mine[i];
    if (!o) break;
    const due = addDays(today, step.due);
    await ctx.data.transaction(async ({ obligations }) => {
      const { version: current, dueDate } = (await obligations.findRow(o.id, true)) as { version: number; dueDate: string | null };
      await obligations.updateVersioned(o.id, current, { dueDate: due, assigneeId: people.staff.id });
      await obligations.addEvent({ obligationId: o.id, type: 'due_date_changed', actorId: adminActor.userId, data: { from: dueDate, to: due, reason: 'demo' } });
    });
    if (step.status === 'pending') continue;
    await move(staff, o.id, 'acknowledged');
    if (step.status === 'acknowledged') continue;
    if (step.status === 'waived') {
      await move(manager, o.id, 'waived', '上级已明确该事项不再单独办理');
      continue;
    }
    await move(staff, o.id, 'in_progress');
    await progress.execute(staff, o.id, '已制定工作方案，正在推进');
    if (step.status === 'in_progress') continue;
    await move(staff, o.id, 'submitted', '已按要求完成，提交复核');
    if (step.status === 'submitted') continue;
    await move(manager, o.id, 'done');
  }
}
