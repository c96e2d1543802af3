import 'reflect-metadata';
import { EnvironmentVariables, assertChannelSecretKey, assertSessionSecret, loadEnv } from '@luyue/config';
import { createApp } from './app.factory';

async function bootstrap(): Promise<void> {
  assertSessionSecret(loadEnv());
  assertChannelSecretKey(loadEnv()); // fail fast, naming the bad variable, before anything connects
  const app = await createApp();
  const env = app.get(EnvironmentVariables);
  await app.listen({ port: env.PORT, host: env.HOST });
  process.stderr.write(`Luyue api listening on http://${env.HOST}:${env.PORT} (docs: /api/docs)\n`);
}

bootstrap().catch((err) => {
  process.stderr.write(`Luyue api failed to start: ${err instanceof Error ? err.message : err}\n`);
  process.exit(1);
});
