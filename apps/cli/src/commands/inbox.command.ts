import { once } from 'node:events';
import { loadEnv } from '@luyue/config';
import { DevInbox } from '@luyue/mail';
import type { CliCommand } from '../command';
import { log } from '../cli-output';

/** Development inbox: `npm start` runs it when SMTP_URL is unset. Never for production. */
export const inboxCommand: CliCommand = {
  summary: 'run the development mail inbox (SMTP + web view) until interrupted',
  options: {},
  async run() {
    const env = loadEnv();
    const inbox = new DevInbox({ smtpPort: env.INBOX_SMTP_PORT, httpPort: env.INBOX_HTTP_PORT, dir: env.INBOX_DIR });
    await inbox.start();
    log(`development inbox: SMTP on smtp://127.0.0.1:${env.INBOX_SMTP_PORT}, read mail at http://localhost:${env.INBOX_HTTP_PORT} (files in ${inbox.dir})`);
    await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
    await inbox.stop();
    return 0;
  },
};
