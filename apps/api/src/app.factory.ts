import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import helmet from 'helmet';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import fastifyCookie from '@fastify/cookie';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { isUuid } from '@luyue/application';
import { EnvironmentVariables, loadEnv, trustProxyOption } from '@luyue/config';
import { AppModule } from './app.module';
import { HttpErrorFilter } from './common/http-error.filter';
import { createValidationPipe } from './common/validation.pipe';

export const ADMIN_DIST = join(process.cwd(), 'dist/apps/admin');
const JSON_BODY_LIMIT = 1024 * 1024;

/** A client's X-Request-Id is kept only when it is a UUID (so it cannot forge log lines or flood them); otherwise a new one. */
export function requestIdFrom(request: { headers: Record<string, string | string[] | undefined> }): string {
  const given = request.headers['x-request-id'];
  return isUuid(given) ? given.toLowerCase() : randomUUID();
}

/** Builds the configured api (used by main.ts and by the integration tests). */
export async function createApp(): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: JSON_BODY_LIMIT,
    trustProxy: trustProxyOption(loadEnv().TRUST_PROXY),
    maxParamLength: 200,
    requestIdHeader: false,
    genReqId: requestIdFrom,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, adapter, { bufferLogs: true });
  const env = app.get(EnvironmentVariables);
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpErrorFilter());
  app.enableCors({
    origin: env.CORS_ORIGIN.split(',').map((o) => o.trim()),
    credentials: true,
    exposedHeaders: ['Content-Range', 'X-Total-Count', 'Content-Disposition', 'X-Request-Id'],
  });
  app.enableShutdownHooks();

  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  // The security headers' middleware is built once: @fastify/helmet rebuilds it (and re-parses the
  // CSP directives) on every request, a measurable share of a list request's CPU.
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        scriptSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
      },
    },
  });
  fastify.addHook('onRequest', (request, reply, done) => securityHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined)));
  await fastify.register(fastifyCookie);
  await fastify.register(multipart, { limits: { fileSize: env.EVIDENCE_MAX_BYTES, files: 1, fields: 20 } });

  const docs = new DocumentBuilder().setTitle('Luyue API').setDescription('履约 — obligation tracking').setVersion('1').addBearerAuth().build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, docs));

  if (existsSync(join(ADMIN_DIST, 'index.html'))) {
    await fastify.register(fastifyStatic, { root: ADMIN_DIST, prefix: '/', wildcard: false, index: ['index.html'] });
  }
  return app;
}
