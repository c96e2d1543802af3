import type { CliCommand } from '../command';
import { evalCommand } from './eval.command';
import { extractCommand } from './extract.command';
import { migrateCommand } from './migrate.command';
import { parseCommand } from './parse.command';

// Registry of sub-commands. Each command file exports one CliCommand.
export const commands: Record<string, CliCommand> = {
  eval: evalCommand,
  extract: extractCommand,
  migrate: migrateCommand,
  parse: parseCommand,
};
