import type { CliCommand } from '../command';
import { migrateCommand } from './migrate.command';

// Registry of sub-commands. Each command file exports one CliCommand.
export const commands: Record<string, CliCommand> = {
  migrate: migrateCommand,
};
