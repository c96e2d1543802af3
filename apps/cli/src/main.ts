import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { commands } from './commands';
import { CliError, printError } from './cli-output';

// Entry point: `luyue <command> [args] [--json]`. Only command output goes to stdout.
async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    process.stderr.write(
      `usage: luyue <command> [options]\n\ncommands:\n${Object.entries(commands)
        .map(([key, c]) => `  ${key.padEnd(10)} ${c.summary}`)
        .join('\n')}\n`,
    );
    return name ? 2 : 0;
  }
  const { values, positionals } = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
  return command.run(positionals, values as Record<string, string | boolean | undefined>);
}

// Exit only once stdout is flushed: a pipe takes large JSON asynchronously.
function exitAfterFlush(code: number): void {
  process.stdout.write('', () => process.exit(code));
}

main(process.argv.slice(2))
  .then(exitAfterFlush)
  .catch((err) => {
    printError(err);
    exitAfterFlush(err instanceof CliError ? err.exitCode : 1);
  });
