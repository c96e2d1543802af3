import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { EnvironmentVariables } from '@luyue/config';

/**
 * Structured JSON logs; every line of a request carries its request id (see requestIdFrom), and
 * from the auth guard on the client IP and the user id (assignResponse: the completion line too).
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [EnvironmentVariables],
      useFactory: (env: EnvironmentVariables) => ({
        assignResponse: true,
        pinoHttp: {
          level: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'warn' : 'info'),
          customProps: (req) => ({ requestId: req.id }),
          redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'req.body.password', 'res.headers["set-cookie"]'], remove: true },
          autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/api/health') },
          serializers: {
            req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
            res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
          },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
