import type { ParseArgsConfig } from 'node:util';

export type CliValues = Record<string, string | boolean | undefined>;

/** One `luyue <name>` sub-command; each lives in its own file under commands/. */
export interface CliCommand {
  summary: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(positionals: string[], values: CliValues): Promise<number>;
}
