import type { ResourceDtos } from '@luyue/contracts';
import type { EntityManager } from 'typeorm';
import {
  PROVISION_LEVELS,
  NOTIFICATION_CHANNELS,
  NOTIFICATION_KINDS,
  NOTIFICATION_STATUSES,
  ROLES,
  BODY_LEVELS,
  BODY_KINDS,
  REGULATION_KINDS,
  EVENT_TYPES,
  ADMIN_EVENT_TYPES,
  isOneOf,
} from '@luyue/contracts';
import { type Actor, NotFoundError, ValidationError } from '@luyue/domain';
import {
  type Page,
  type RawListQuery,
  type ResourceName,
  type ResourceReads,
  type SortSpec,
  assertNoInheritedKeys,
  declared,
  isUuid,
  obligationScope,
  parseListQuery,
  shortTitleSql,
} from '@luyue/application';
import { SqlParams } from '../shared/sql';
import { OBLIGATION_FILTER_KEYS, OBLIGATION_SORT, scopeSql } from '../obligations/obligation-filter';

// Read-only lists of the secondary resources (ra-data-simple-rest): one declarative entry each.

type FilterSql = (value: unknown, params: SqlParams) => string;

export interface ResourceDefinition {
  from: string;
  columns: string;
  idColumn: string;
  sort: Record<string, string>;
  defaultSort: SortSpec;
  filters: Record<string, FilterSql>;
  /** Extra condition limiting what the actor sees (null = everything). */
  scope?: (actor: Actor, params: SqlParams) => string | null;
  /** A condition that applies unless the request filters on `unless` (e.g. only the current version's provisions). */
  implicit?: { unless: string; sql: string };
}

const fail = (field: string, message: string): never => {
  throw new ValidationError(`filter.${field} ${message}`, { field: `filter.${field}` });
};
const values = (v: unknown) => (Array.isArray(v) ? v : [v]);
const uuidFilter =
  (column: string, field: string): FilterSql =>
  (v, p) => {
    const list = values(v);
    if (!list.every(isUuid)) fail(field, 'must be a uuid or a list of uuids');
    return `${column} = ANY(${p.add(list)}::uuid[])`;
  };
const enumFilter =
  (column: string, field: string, allowed: readonly string[]): FilterSql =>
  (v, p) => {
    const list = values(v);
    if (!list.every((x) => isOneOf(allowed, x))) fail(field, `must be one of ${allowed.join(', ')}`);
    return `${column} = ANY(${p.add(list)}::text[])`;
  };
const textFilter =
  (column: string, field: string): FilterSql =>
  (v, p) => {
    if (typeof v !== 'string') fail(field, 'must be a string');
    return `${column} = ${p.add(v)}`;
  };
/** Substring match on a short name column (bodies, users, regulations are small tables). */
const containsFilter =
  (columns: string[], field: string): FilterSql =>
  (v, p) => {
    if (typeof v !== 'string') fail(field, 'must be a string');
    const q = p.add(`%${(v as string).replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    return `(${columns.map((c) => `${c} ILIKE ${q}`).join(' OR ')})`;
  };
const boolFilter =
  (column: string, field: string): FilterSql =>
  (v, p) => {
    if (v !== true && v !== false && v !== 'true' && v !== 'false') fail(field, 'must be true or false');
    return `${column} = ${p.add(v === true || v === 'true')}`;
  };

/** Events are visible with their obligation. */
const obligationVisible = (column: string) => (actor: Actor, p: SqlParams) => {
  const scope = obligationScope(actor);
  // Administration events (no obligation) are listed at admin-events, not here.
  if (scope.all) return `${column} IS NOT NULL`;
  return `EXISTS (SELECT 1 FROM obligations so WHERE so.id = ${column} AND ${scopeSql('so', scope, p)})`;
};

/** User and body administration events: admins only (the controller also answers 403 to others). */
const adminEventsOnly = (actor: Actor) => (obligationScope(actor).all ? 'e.obligation_id IS NULL' : 'FALSE');

export const RESOURCES = {
  regulations: {
    from: 'regulations r',
    idColumn: 'r.id',
    columns: `r.id, r.title, ${shortTitleSql('r')} AS "shortTitle", r.document_number AS "documentNumber", r.issuer, r.jurisdiction, r.kind, r.unit, to_char(r.adopted_on, 'YYYY-MM-DD') AS "adoptedOn",
      to_char(r.published_on, 'YYYY-MM-DD') AS "publishedOn", to_char(r.effective_date, 'YYYY-MM-DD') AS "effectiveDate", r.status, r.source_file_name AS "sourceFileName",
      r.source_format AS "sourceFormat", r.source_sha256 AS "sourceSha256", r.version, r.default_lead_body_id AS "defaultLeadBodyId", r.aliases, r.warnings,
      r.unit_count AS "unitCount", r.amended_at AS "amendedAt", (SELECT count(*)::int FROM obligations o WHERE o.regulation_id = r.id) AS "obligationCount",
      (SELECT coalesce(array_agg(DISTINCT u), '{}') FROM obligations o, unnest(o.unresolved_subjects) u WHERE o.regulation_id = r.id AND o.status <> 'discarded') AS "unresolvedSubjects",
      r.created_by AS "createdBy", r.created_at AS "createdAt", r.updated_at AS "updatedAt"`,
    sort: { id: 'r.id', title: 'r.title', createdAt: 'r.created_at', effectiveDate: 'r.effective_date', jurisdiction: 'r.jurisdiction', kind: 'r.kind' },
    defaultSort: { field: 'createdAt', order: 'DESC' },
    filters: {
      id: uuidFilter('r.id', 'id'),
      jurisdiction: textFilter('r.jurisdiction', 'jurisdiction'),
      kind: enumFilter('r.kind', 'kind', REGULATION_KINDS),
      q: containsFilter(['r.title', 'r.short_title', 'r.issuer'], 'q'),
    },
  },
  provisions: {
    from: 'provisions p',
    idColumn: 'p.id',
    columns: `p.id, p.regulation_id AS "regulationId", p.version, p.parent_id AS "parentId", p.level, p.path, p.heading, p.article, p.suffix, p.paragraph, p.item, p.subitem,
      p.text, p.start_offset AS "startOffset", p.end_offset AS "endOffset", p.ordinal`,
    // The current version's tree unless an earlier version is asked for (filter.version).
    implicit: { unless: 'version', sql: 'p.version = (SELECT pr.version FROM regulations pr WHERE pr.id = p.regulation_id)' },
    sort: { id: 'p.id', ordinal: 'p.ordinal', article: 'p.article' },
    defaultSort: { field: 'ordinal', order: 'ASC' },
    filters: {
      id: uuidFilter('p.id', 'id'),
      regulationId: uuidFilter('p.regulation_id', 'regulationId'),
      parentId: uuidFilter('p.parent_id', 'parentId'),
      level: enumFilter('p.level', 'level', PROVISION_LEVELS),
      article: (v, p) => {
        // Only a number or a numeric string: Number() of an object would call its own toString.
        if ((typeof v !== 'number' && typeof v !== 'string') || !Number.isInteger(Number(v))) fail('article', 'must be an integer');
        return `p.article = ${p.add(Number(v))}`;
      },
      version: (v, p) => {
        if ((typeof v !== 'number' && typeof v !== 'string') || !Number.isInteger(Number(v))) fail('version', 'must be an integer');
        return `p.version = ${p.add(Number(v))}`;
      },
    },
  },
  bodies: {
    from: 'bodies b',
    idColumn: 'b.id',
    columns: `b.id, b.name, b.aliases, b.jurisdiction, b.level, b.kind, b.parent_id AS "parentId", b.contact_email AS "contactEmail", b.created_at AS "createdAt", b.updated_at AS "updatedAt"`,
    sort: { id: 'b.id', name: 'b.name', jurisdiction: 'b.jurisdiction', level: 'b.level', createdAt: 'b.created_at' },
    defaultSort: { field: 'name', order: 'ASC' },
    filters: {
      id: uuidFilter('b.id', 'id'),
      parentId: uuidFilter('b.parent_id', 'parentId'),
      jurisdiction: textFilter('b.jurisdiction', 'jurisdiction'),
      level: enumFilter('b.level', 'level', BODY_LEVELS),
      kind: enumFilter('b.kind', 'kind', BODY_KINDS),
      q: (v, p) => `(${containsFilter(['b.name'], 'q')(v, p)} OR ${p.add(v)} = ANY(b.aliases))`,
    },
  },
  users: {
    from: 'users u',
    idColumn: 'u.id',
    columns: `u.id, u.email, u.name, u.role, u.body_id AS "bodyId", u.active, u.notify_due_soon AS "notifyDueSoon", u.digest_only AS "digestOnly", u.created_at AS "createdAt", u.updated_at AS "updatedAt"`,
    sort: { id: 'u.id', email: 'u.email', name: 'u.name', role: 'u.role', createdAt: 'u.created_at' },
    defaultSort: { field: 'email', order: 'ASC' },
    filters: {
      id: uuidFilter('u.id', 'id'),
      bodyId: uuidFilter('u.body_id', 'bodyId'),
      role: enumFilter('u.role', 'role', ROLES),
      active: boolFilter('u.active', 'active'),
      q: containsFilter(['u.email', 'u.name'], 'q'),
    },
  },
  'obligation-events': {
    from: 'obligation_events e',
    idColumn: 'e.id',
    columns: `e.id::text AS id, e.obligation_id AS "obligationId", e.type, e.from_status AS "fromStatus", e.to_status AS "toStatus", e.actor_id AS "actorId", e.note, e.data, e.created_at AS "createdAt"`,
    sort: { id: 'e.id', createdAt: 'e.created_at', type: 'e.type' },
    defaultSort: { field: 'id', order: 'ASC' },
    filters: {
      obligationId: uuidFilter('e.obligation_id', 'obligationId'),
      type: enumFilter('e.type', 'type', EVENT_TYPES),
      actorId: uuidFilter('e.actor_id', 'actorId'),
    },
    scope: obligationVisible('e.obligation_id'),
  },
  'admin-events': {
    from: 'obligation_events e',
    idColumn: 'e.id',
    columns: `e.id::text AS id, e.type, e.actor_id AS "actorId", e.data->>'entity' AS entity, e.data->>'id' AS "entityId", e.data->'changes' AS changes, e.created_at AS "createdAt"`,
    sort: { id: 'e.id', createdAt: 'e.created_at', type: 'e.type' },
    defaultSort: { field: 'id', order: 'DESC' },
    filters: {
      type: enumFilter('e.type', 'type', ADMIN_EVENT_TYPES),
      actorId: uuidFilter('e.actor_id', 'actorId'),
      entity: enumFilter(`e.data->>'entity'`, 'entity', ['user', 'body', 'regulation']),
      entityId: (v, p) => {
        const list = values(v);
        if (!list.every(isUuid)) fail('entityId', 'must be a uuid or a list of uuids');
        return `e.data->>'id' = ANY(${p.add(list.map((x) => String(x).toLowerCase()))}::text[])`;
      },
    },
    scope: adminEventsOnly,
  },
  notifications: {
    // A robot row's recipient is its channel's masked webhook (never the webhook itself).
    from: 'notifications n LEFT JOIN notification_channels ch ON ch.id = n.channel_id',
    idColumn: 'n.id',
    columns: `n.id, n.key, n.kind, to_char(n.day, 'YYYY-MM-DD') AS day, n.obligation_id AS "obligationId", n.recipient_user_id AS "recipientUserId", n.recipient_email AS "recipientEmail",
      n.channel, n.channel_id AS "channelId", coalesce(n.recipient_email, ch.webhook_masked) AS recipient,
      n.status, n.attempts, n.error, n.message_id AS "messageId", n.sweep_id AS "sweepId", n.payload, n.sent_at AS "sentAt", n.created_at AS "createdAt"`,
    sort: { id: 'n.id', createdAt: 'n.created_at', day: 'n.day', status: 'n.status', kind: 'n.kind' },
    defaultSort: { field: 'createdAt', order: 'DESC' },
    filters: {
      id: uuidFilter('n.id', 'id'),
      status: enumFilter('n.status', 'status', NOTIFICATION_STATUSES),
      kind: enumFilter('n.kind', 'kind', NOTIFICATION_KINDS),
      obligationId: uuidFilter('n.obligation_id', 'obligationId'),
      recipientUserId: uuidFilter('n.recipient_user_id', 'recipientUserId'),
      channel: enumFilter('n.channel', 'channel', NOTIFICATION_CHANNELS),
    },
  },
} satisfies Record<ResourceName, ResourceDefinition>;

for (const [name, def] of Object.entries(RESOURCES) as [string, ResourceDefinition][]) {
  assertNoInheritedKeys(`${name} filters`, def.filters);
  assertNoInheritedKeys(`${name} sort`, def.sort);
}

/** Every list resource (route /api/<name>) with the filter keys and sort fields it declares; the injection test walks these. */
export function listResourceDeclarations(): { name: string; filters: string[]; sortFields: string[] }[] {
  const simple = (Object.entries(RESOURCES) as [string, ResourceDefinition][]).map(([name, def]) => ({ name, filters: Object.keys(def.filters), sortFields: Object.keys(def.sort) }));
  return [...simple, { name: 'obligations', filters: [...OBLIGATION_FILTER_KEYS], sortFields: Object.keys(OBLIGATION_SORT) }];
}

function whereFor(def: ResourceDefinition, actor: Actor, filter: Record<string, unknown>, params: SqlParams): string {
  const where: string[] = [];
  const scope = def.scope?.(actor, params);
  if (scope) where.push(scope);
  const given = (key: string) => filter[key] !== undefined && filter[key] !== null && filter[key] !== '';
  if (def.implicit && !given(def.implicit.unless)) where.push(def.implicit.sql);
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null || value === '') continue;
    const build = declared(def.filters, key);
    if (!build) throw new ValidationError(`unknown filter ${key}`, { field: `filter.${key}`, allowed: Object.keys(def.filters) });
    where.push(build(value, params));
  }
  return where.length ? where.join(' AND ') : 'TRUE';
}

export async function listResource<N extends ResourceName>(m: EntityManager, name: N, actor: Actor, raw: RawListQuery): Promise<Page<ResourceDtos[N]> & { start: number }> {
  const def: ResourceDefinition = RESOURCES[name];
  const query = parseListQuery(raw, { sortFields: Object.keys(def.sort), defaultSort: def.defaultSort });
  const params = new SqlParams();
  const where = whereFor(def, actor, query.filter, params);
  const [{ total }] = await m.query(`SELECT count(*)::int AS total FROM ${def.from} WHERE ${where}`, params.values);
  const order = `${declared(def.sort, query.sort.field)} ${query.sort.order} NULLS LAST, ${def.idColumn} ${query.sort.order}`;
  const rows: ResourceDtos[N][] = await m.query(
    `SELECT ${def.columns} FROM ${def.from} WHERE ${where} ORDER BY ${order} LIMIT ${params.add(query.end - query.start + 1)} OFFSET ${params.add(query.start)}`,
    params.values,
  );
  return { rows, total, start: query.start };
}

export async function getResource<N extends ResourceName>(m: EntityManager, name: N, actor: Actor, id: string): Promise<ResourceDtos[N]> {
  const def: ResourceDefinition = RESOURCES[name];
  const params = new SqlParams();
  const idOk = name === 'obligation-events' || name === 'admin-events' ? /^\d{1,18}$/.test(id) : isUuid(id);
  if (!idOk) throw new NotFoundError(name, id);
  const scope = def.scope?.(actor, params);
  const idParam = params.add(id);
  const rows: ResourceDtos[N][] = await m.query(`SELECT ${def.columns} FROM ${def.from} WHERE ${def.idColumn} = ${idParam}${scope ? ` AND ${scope}` : ''}`, params.values);
  if (!rows[0]) throw new NotFoundError(name, id);
  return rows[0];
}

/** The declared resources over one connection or transaction. */
export class SqlResourceReads implements ResourceReads {
  constructor(private readonly m: EntityManager) {}

  list<N extends ResourceName>(actor: Actor, name: N, raw: RawListQuery) {
    return listResource(this.m, name, actor, raw);
  }

  get<N extends ResourceName>(actor: Actor, name: N, id: string) {
    return getResource(this.m, name, actor, id);
  }
}
