import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A server binary (initdb, pg_ctl, pg_dump, psql) of the newest PostgreSQL installed from Debian packages. */
export function postgresBin(name: string): string {
  const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
  return join('/usr/lib/postgresql', versions[0], 'bin', name);
}
