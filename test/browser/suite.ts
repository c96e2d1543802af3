// One stack (api + worker on a fresh seeded database) per browser suite, and the sessions it
// opens, all closed after the suite. Call at the top level of a spec file.
import { login, openSession, type Session } from './browser';
import { startStack, type Stack } from './harness';

export function browserSuite() {
  let stack: Stack | undefined;
  const sessions: Session[] = [];
  beforeAll(async () => {
    stack = await startStack();
  }, 900_000); // build + fresh database + seed + api start
  afterAll(async () => {
    await Promise.all(sessions.map((s) => s.close().catch(() => undefined)));
    await stack?.stop();
  });
  const session = async (): Promise<Session> => {
    const opened = await openSession((stack as Stack).baseUrl);
    sessions.push(opened);
    return opened;
  };
  return {
    session,
    /** A fresh browser signed in as `email` (demo password), on the dashboard. */
    async signIn(email: string): Promise<Session> {
      const opened = await session();
      await login(opened.page, email);
      return opened;
    },
  };
}
