import { type Actor, addDays } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import { loadActor } from '../access/actor.loader';
import { deriveBodyRegistry } from '../bodies/derive-body-registry';
import { ConfirmObligationsUseCase } from '../obligations/confirm-obligations.use-case';
import { ReportProgressUseCase } from '../obligations/report-progress.use-case';
import { TransitionObligationUseCase } from '../obligations/transition-obligation.use-case';
import { type ImportedRegulation, ImportRegulationUseCase } from '../regulations/import-regulation.use-case';
import { guessJurisdiction } from '../regulations/jurisdiction-guess';
import { parseRegulation } from '../regulations/regulation-pipeline';
import { hashPassword } from '../users/password-hash';

// Demo data on an EMPTY database only (`luyue seed`). Bodies are derived by running the extractor
// over the seed texts; regulations go through the same import use case as the API.

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

export interface DemoUser {
  id: string;
  email: string;
  role: 'admin' | 'manager' | 'staff';
  bodyId: string | null;
}

export interface SeedSource {
  fileName: string;
  text: string;
}

/** Loads the demo: bodies, users (one shared password), the regulations, and each demo body's scenario. */
export class SeedDemoDataUseCase {
  constructor(private readonly ctx: AppContext) {}

  /** The users created, or null when the database already holds data. */
  async execute(files: readonly SeedSource[], password: string, onImported: (r: ImportedRegulation) => void = () => undefined): Promise<DemoUser[] | null> {
    const seeds = this.ctx.data.repositories.demoSeed;
    if (await seeds.anyData()) return null;
    const users = await this.seed(files, password, onImported);
    // The demo's history was made through the real transitions, which announce each hand-off:
    // those notices are of a past nobody lived, so none goes out.
    await seeds.dropEventNotices();
    return users;
  }

  private async seed(files: readonly SeedSource[], password: string, onImported: (r: ImportedRegulation) => void): Promise<DemoUser[]> {
    const ctx = this.ctx;
    const seeds = ctx.data.repositories.demoSeed;
    const sources = [];
    for (const { fileName, text } of files) {
      const { parsed, extraction } = await parseRegulation({ text, fileName }, ctx.settings.evidenceMaxBytes);
      const jurisdiction = guessJurisdiction({ title: parsed.document.title, issuer: parsed.document.issuer, text: parsed.text });
      if (!jurisdiction) throw new Error(`cannot tell the jurisdiction of ${fileName}`);
      sources.push({ fileName, text, jurisdiction, extraction });
    }

    // 1. Body registry from the extractor's subjects.
    await seeds.insertRegistry(
      deriveBodyRegistry(sources.map((s) => ({ jurisdiction: s.jurisdiction, aliases: s.extraction.aliases, subjects: s.extraction.obligations.flatMap((o) => [...o.subjects, ...o.co]) }))),
    );
    const demoBodies = [];
    for (const demo of DEMO_BODIES) {
      const body = await seeds.bodyByAlias(demo.alias);
      if (!body) throw new Error(`the extractor found no body for ${demo.alias}`);
      demoBodies.push({ ...demo, bodyId: body.id, name: body.name });
    }

    // 2. Users (one hash: they share the demo password).
    const passwordHash = await hashPassword(password);
    const users: DemoUser[] = [];
    const addUser = async (email: string, name: string, role: DemoUser['role'], bodyId: string | null) => {
      const id = await seeds.insertUser({ email, name, passwordHash, role, bodyId });
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
      onImported((await importer.execute(adminActor, { text: source.text, fileName: source.fileName, jurisdiction: source.jurisdiction })) as ImportedRegulation);
    }
    await new ConfirmObligationsUseCase(ctx).execute(adminActor, { ids: await seeds.draftIds() });

    // 4. Due dates: the undated get a spread of future dates; then the demo scenario per demo body.
    const today = ctx.today();
    const planned = await seeds.spreadUndatedDueDates(today);
    await ctx.data.repositories.obligations.addEvents(
      planned.map((p) => ({ obligationId: p.id, type: 'due_date_changed' as const, actorId: admin.id, data: { from: null, to: p.due, reason: 'planned' } })),
    );
    for (const demo of demoBodies) {
      await this.playScenario(demo.bodyId, perBody.get(demo.bodyId) as { manager: DemoUser; staff: DemoUser }, adminActor, today);
    }
    return users;
  }

  /** Drives obligations of one demo body through real transitions so the events match the statuses. */
  private async playScenario(bodyId: string, people: { manager: DemoUser; staff: DemoUser }, adminActor: Actor, today: string): Promise<void> {
    const ctx = this.ctx;
    const seeds = ctx.data.repositories.demoSeed;
    const repo = ctx.data.repositories.obligations;
    let mine = await seeds.pendingLedBy(bodyId, SCENARIO.length);
    if (mine.length < SCENARIO.length) {
      // Too few clauses name this body: hand it some of its regulation's default-led duties (as an admin would).
      const extra = await seeds.defaultLedNear(bodyId, SCENARIO.length - mine.length);
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
}
