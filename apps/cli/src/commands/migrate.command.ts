import { APP_DATABASE_ROLE, loadEnv } from '@luyue/config';
import { ensureDatabase, runMigrations, syncAppRolePassword } from '@luyue/persistence';
import type { CliCommand } from '../command';
import { log, printJson } from '../cli-output';

/** As the owner (DATABASE_URL): the only command that changes the schema and the app role. */
export const migrateCommand: CliCommand = {
  summary: 'create the database if missing and apply pending migrations',
  options: { json: { type: 'boolean' } },
  async run(_positionals, values) {
    const { DATABASE_URL, APP_DATABASE_URL } = loadEnv();
    const created = await ensureDatabase(DATABASE_URL);
    if (created) log(`created database ${new URL(DATABASE_URL).pathname.slice(1)}`);
    const applied = await runMigrations(DATABASE_URL);
    if (await syncAppRolePassword(DATABASE_URL, APP_DATABASE_URL, APP_DATABASE_ROLE)) log(`set the password of ${APP_DATABASE_ROLE} from APP_DATABASE_URL`);
    if (values['json']) printJson({ created, applied });
    else log(applied.length ? `applied ${applied.length} migration(s): ${applied.join(', ')}` : 'database is up to date');
    return 0;
  },
};
