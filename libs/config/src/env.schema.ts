import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength } from 'class-validator';

const POSTGRES_URL = /^postgres(ql)?:\/\/[^\s/]+(:\d+)?\/[A-Za-z0-9_-]+(\?.*)?$/;

/** Every environment variable Luyue reads, with its local-development default. */
export class EnvironmentVariables {
  /**
   * `development` (npm start), `test`, `production` (npm run start:prod) or another stage name.
   * Only development and test accept the built-in JWT secret; unset counts as neither.
   */
  @IsOptional()
  @Matches(/^[a-z][a-z0-9_-]{0,31}$/, { message: 'NODE_ENV must be a lower-case name such as development, test or production' })
  NODE_ENV?: string;

  /** Listening interface of the api; validateEnv defaults it to 127.0.0.1, or 0.0.0.0 in production. */
  @IsString()
  @Matches(/^[0-9A-Za-z.:-]+$/, { message: 'HOST must be an interface address or host name, e.g. 127.0.0.1 or 0.0.0.0' })
  HOST!: string;

  @Transform(({ value }) => (value === undefined || value === '' ? value : Number(value)))
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @Matches(POSTGRES_URL, {
    message: 'DATABASE_URL must be a postgres:// URL with a database name, e.g. postgres://postgres@127.0.0.1:5432/luyue',
  })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/luyue';

  /**
   * The connection of the api, the worker and the CLI commands that serve users: the
   * least-privileged luyue_app role (DATABASE_URL, the owner, only migrates). Outside production
   * it defaults to DATABASE_URL with the user replaced by luyue_app; in production it is required
   * and must carry a password (validateEnv).
   */
  @Matches(POSTGRES_URL, {
    message: 'APP_DATABASE_URL must be a postgres:// URL with a database name, e.g. postgres://luyue_app:PASSWORD@127.0.0.1:5432/luyue',
  })
  APP_DATABASE_URL!: string;

  /** Longest a statement on the app's connections may run (ms); exports and the sweep raise it for theirs. */
  @Transform(({ value }) => (value === undefined || value === '' ? value : Number(value)))
  @IsInt()
  @Min(100)
  DB_STATEMENT_TIMEOUT_MS = 5000;

  @Matches(/^rediss?:\/\/[^\s/]+(:\d+)?(\/\d{1,2})?$/, {
    message: 'REDIS_URL must be a redis:// URL, optionally with a database index, e.g. redis://127.0.0.1:6379/0',
  })
  REDIS_URL = 'redis://127.0.0.1:6379/0';

  /** Unset in development: `npm start` runs a local inbox and points this at it. */
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL, e.g. smtp://127.0.0.1:1025' })
  SMTP_URL?: string;

  @Matches(/^(.+<)?[^@\s<>]+@[^@\s<>]+>?$/, { message: 'MAIL_FROM must be an email address, e.g. 履约 <noreply@luyue.local>' })
  MAIL_FROM = '履约 Luyue <noreply@luyue.local>';

  @IsString()
  @MinLength(16, { message: 'JWT_SECRET must be at least 16 characters' })
  JWT_SECRET = DEFAULT_JWT_SECRET;

  @Matches(/^https?:\/\/\S+$/, { message: 'APP_BASE_URL must be an http(s) URL, e.g. http://localhost:3000' })
  APP_BASE_URL = 'http://localhost:3000';

  @IsString()
  @Matches(/^[A-Za-z_]+(\/[A-Za-z_+-]+)*$/, { message: 'APP_TIME_ZONE must be an IANA time zone, e.g. Asia/Shanghai' })
  APP_TIME_ZONE = 'Asia/Shanghai';

  @IsString()
  CORS_ORIGIN = 'http://localhost:3000';

  /**
   * Peers trusted to set X-Forwarded-For (the client address the login throttle counts), as
   * Fastify's trustProxy: `loopback` (a reverse proxy on this host), addresses/CIDRs separated by
   * commas, `true` (anyone: lets clients pick their address) or `false`.
   */
  @IsString()
  @MinLength(1)
  TRUST_PROXY = 'loopback';

  @IsString()
  @MinLength(1)
  EVIDENCE_DIR = 'var/evidence';

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL?: string;

  /** Daily sweep time (cron, in APP_TIME_ZONE). */
  @IsString()
  @Matches(/^(\S+\s+){4}\S+$/, { message: 'SWEEP_CRON must be a 5-field cron expression, e.g. 30 8 * * *' })
  SWEEP_CRON = '30 8 * * *';

  @Matches(/^\d+(,\d+)*$/, { message: 'REMINDER_OFFSETS must be comma-separated day counts, e.g. 7,3,1' })
  REMINDER_OFFSETS = '7,3,1';

  @Transform(({ value }) => (value === undefined || value === '' ? value : Number(value)))
  @IsInt()
  @Min(1)
  ESCALATION_AFTER_DAYS = 7;

  @Transform(({ value }) => (value === undefined || value === '' ? value : Number(value)))
  @IsInt()
  @Min(0)
  YELLOW_DAYS = 3;

  /** Send attempts per reminder e-mail before its notification is marked failed. */
  @Transform(({ value }) => (value === undefined || value === '' ? value : Number(value)))
  @IsInt()
  @Min(1)
  EMAIL_ATTEMPTS = 8;

  /** First retry delay of a reminder e-mail (ms); doubles on each attempt. */
  @Transform(({ value }) => (value === undefined || value === '' ? value : Number(value)))
  @IsInt()
  @Min(10)
  EMAIL_BACKOFF_MS = 30_000;

  /** E-mails one worker sends in parallel. */
  @Transform(({ value }) => (value === undefined || value === '' ? value : Number(value)))
  @IsInt()
  @Min(1)
  @Max(200)
  EMAIL_CONCURRENCY = 10;

  /** BullMQ job lock (ms): a job held by a crashed worker is redelivered after about this long. */
  @Transform(({ value }) => (value === undefined || value === '' ? value : Number(value)))
  @IsInt()
  @Min(1000)
  QUEUE_LOCK_DURATION_MS = 30_000;

  /** Development inbox (`luyue inbox`): SMTP port, web view port and where .eml files go. */
  @Transform(({ value }) => (value === undefined || value === '' ? value : Number(value)))
  @IsInt()
  @Min(1)
  @Max(65535)
  INBOX_SMTP_PORT = 1025;

  @Transform(({ value }) => (value === undefined || value === '' ? value : Number(value)))
  @IsInt()
  @Min(1)
  @Max(65535)
  INBOX_HTTP_PORT = 1080;

  @IsString()
  @MinLength(1)
  INBOX_DIR = 'var/mail';

  @Transform(({ value }) => (value === undefined || value === '' ? value : Number(value)))
  @IsInt()
  @Min(1)
  EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;

  // Issue 17: group robots and the outbox relay.

  /**
   * Encrypts robot webhooks and secrets at rest (AES-256-GCM, key = SHA-256 of this string).
   * At least 32 characters; a development default outside production, required in production.
   */
  @IsString()
  @MinLength(32, { message: 'CHANNEL_SECRET_KEY must be at least 32 characters' })
  CHANNEL_SECRET_KEY = DEFAULT_CHANNEL_SECRET_KEY;

  /** Hosts robot webhooks may point to (comma-separated), so the server forwards nothing elsewhere. */
  @Matches(/^[A-Za-z0-9.-]+(:\d+)?(,[A-Za-z0-9.-]+(:\d+)?)*$/, { message: 'CHANNEL_ALLOWED_HOSTS must be comma-separated host names, e.g. qyapi.weixin.qq.com,oapi.dingtalk.com' })
  CHANNEL_ALLOWED_HOSTS = 'qyapi.weixin.qq.com,oapi.dingtalk.com';

  /** Messages one robot webhook is sent per ROBOT_RATE_WINDOW_MS (both vendors allow 20 a minute). */
  @Transform(({ value }) => (value === undefined || value === '' ? value : Number(value)))
  @IsInt()
  @Min(1)
  ROBOT_RATE_MAX = 20;

  @Transform(({ value }) => (value === undefined || value === '' ? value : Number(value)))
  @IsInt()
  @Min(100)
  ROBOT_RATE_WINDOW_MS = 60_000;

  /** Send attempts per robot message (throttling and network errors) before it is marked failed. */
  @Transform(({ value }) => (value === undefined || value === '' ? value : Number(value)))
  @IsInt()
  @Min(1)
  ROBOT_ATTEMPTS = 10;

  /** First retry delay of a robot message (ms); doubles on each attempt. */
  @Transform(({ value }) => (value === undefined || value === '' ? value : Number(value)))
  @IsInt()
  @Min(10)
  ROBOT_BACKOFF_MS = 5_000;

  /** How often the worker looks for notices written by transitions and robot rows to enqueue (ms). */
  @Transform(({ value }) => (value === undefined || value === '' ? value : Number(value)))
  @IsInt()
  @Min(100)
  OUTBOX_POLL_MS = 5_000;
}

export const DEFAULT_JWT_SECRET = 'luyue-development-secret-change-me';
/** Published, so refused in production (validateEnv). */
export const DEFAULT_CHANNEL_SECRET_KEY = 'luyue-development-channel-key-change-me';
