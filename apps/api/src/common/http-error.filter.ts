import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { toErrorResponse } from './error-response';

/** The one place errors become HTTP: every failure answers `{statusCode, code, message, details}`. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(error: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const body = toErrorResponse(error);
    if (body.statusCode >= 500 && body.statusCode !== HttpStatus.SERVICE_UNAVAILABLE) {
      this.logger.error({ err: error }, 'unhandled error');
    } else if (body.statusCode === HttpStatus.SERVICE_UNAVAILABLE) {
      this.logger.warn(`service unavailable: ${body.message}`);
    }
    if (error instanceof HttpException && body.statusCode === 429) reply.header('retry-after', '900');
    void reply.status(body.statusCode).send(body);
  }
}
