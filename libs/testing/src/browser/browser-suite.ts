// One browser spec file's stack and sessions: the api + worker started once before its tests,
// every session opened through it closed after them, and the stack stopped.
import { login, openSession, type Session } from './browser-session';
import { startStack, type Stack } from './browser-stack';

export interface BrowserSuite {
  /** A fresh browser profile on the suite's stack, signed in as `email`. */
  signIn(email: string): Promise<Session>;
  /** A fresh browser profile on the suite's stack, signed out (the login page, timings). */
  session(): Promise<Session>;
}

export function browserSuite(): BrowserSuite {
  let stack: Stack | undefined;
  const sessions: Session[] = [];
  // Generous: each scenario loads the whole admin in a fresh profile, and CI machines are shared.
  jest.setTimeout(300_000);
  beforeAll(async () => {
    stack = await startStack();
  }, 900_000); // build + fresh database + seed + api start
  afterAll(async () => {
    await Promise.all(sessions.map((session) => session.close().catch(() => undefined)));
    await stack?.stop();
  });
  const open = async (): Promise<Session> => {
    if (!stack) throw new Error('the browser stack is not running');
    const session = await openSession(stack.baseUrl);
    sessions.push(session);
    return session;
  };
  return {
    session: open,
    async signIn(email) {
      const session = await open();
      await login(session.page, email);
      return session;
    },
  };
}
