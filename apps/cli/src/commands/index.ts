import type { CliCommand } from '../command';
import { auditCommand } from './audit.command';
import { evalCommand } from './eval.command';
import { extractCommand } from './extract.command';
import { inboxCommand } from './inbox.command';
import { migrateCommand } from './migrate.command';
import { parseCommand } from './parse.command';
import { seedCommand } from './seed.command';
import { sweepCommand } from './sweep.command';

// Registry of sub-commands. Each command file exports one CliCommand.
export const commands: Record<string, CliCommand> = {
  eval: evalCommand,
  extract: extractCommand,
  migrate: migrateCommand,
  parse: parseCommand,
  seed: seedCommand,
  sweep: sweepCommand,
  inbox: inboxCommand,
  audit: auditCommand,
};
