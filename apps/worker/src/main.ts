import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { assertChannelSecretKey, loadEnv } from '@luyue/config';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  assertChannelSecretKey(loadEnv()); // fail fast, naming the bad variable
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  process.stderr.write('Luyue worker running\n');
}

bootstrap().catch((err) => {
  process.stderr.write(`Luyue worker failed to start: ${err instanceof Error ? err.message : err}\n`);
  process.exit(1);
});
